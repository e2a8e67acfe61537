//===--- Sarif.cpp - SARIF 2.1.0 logs from clang-tidy findings ------------===//

#include "Sarif.h"

#include "clang/Tooling/DiagnosticsYaml.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/SHA256.h"
#include "llvm/Support/raw_ostream.h"
#include <algorithm>
#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace async_tidy::sarif {
namespace {

using clang::tooling::Diagnostic;
using clang::tooling::DiagnosticMessage;
using llvm::json::Array;
using llvm::json::Object;
using llvm::json::Value;
// A json::Value made from a StringRef borrows it: every string that does not
// outlive the log goes in as a std::string.

// Each async-* check's doc page (docs/checks/<check>.md) without its title,
// and the summary sentence that opens it.
struct CheckDoc {
  llvm::StringLiteral Id;
  llvm::StringLiteral Summary;
  llvm::StringLiteral Page;
};
constexpr CheckDoc AsyncCheckDocs[] = {
#include "RuleDocs.inc"
};

constexpr llvm::StringLiteral SchemaUri =
    "https://json.schemastore.org/sarif-2.1.0.json";
constexpr llvm::StringLiteral ClangTidyDocs =
    "https://clang.llvm.org/extra/clang-tidy/checks/";
constexpr llvm::StringLiteral ClangDiagnosticDocs =
    "https://clang.llvm.org/docs/DiagnosticsReference.html";

struct RuleInfo {
  std::string Summary;
  std::string HelpUri;
  llvm::StringRef Level;
  std::string HelpMarkdown; // the doc page, for the checks we document
};

RuleInfo describeRule(llvm::StringRef Id) {
  if (Id.starts_with("async-")) {
    std::string Uri = std::string(ASYNC_TIDY_DOCS_URL) + "/" + Id.str() + ".md";
    for (const CheckDoc &Doc : AsyncCheckDocs)
      if (Doc.Id == Id)
        return {Doc.Summary.str(), Uri, "warning", Doc.Page.str()};
    return {"The async-tidy check " + Id.str() + ".", Uri, "warning", ""};
  }
  if (Id == "clang-diagnostic-error")
    return {"A clang compiler error: the code does not compile.",
            ClangDiagnosticDocs.str(), "error", ""};
  if (Id.consume_front("clang-diagnostic-"))
    return {"The clang compiler warning -W" + Id.str() + ".",
            ClangDiagnosticDocs.str() + "#w" + Id.lower(), "warning", ""};
  if (Id.consume_front("clang-analyzer-"))
    return {"The clang static analyzer checker " + Id.str() + ".",
            ClangTidyDocs.str() + "clang-analyzer/" + Id.str() + ".html",
            "warning", ""};
  auto [Module, Check] = Id.split('-');
  std::string Uri = Check.empty() ? ClangTidyDocs.str() + "list.html"
                                  : ClangTidyDocs.str() + Module.str() + "/" +
                                        Check.str() + ".html";
  return {"The clang-tidy check " + Id.str() + ".", Uri, "warning", ""};
}

/// "async-unawaited-task" -> "AsyncUnawaitedTask": the friendly name SARIF
/// viewers show beside the id.
std::string pascalCaseName(llvm::StringRef Id) {
  std::string Name;
  bool StartOfWord = true;
  for (char C : Id) {
    if (!llvm::isAlnum(C)) {
      StartOfWord = true;
      continue;
    }
    Name += StartOfWord ? llvm::toUpper(C) : C;
    StartOfWord = false;
  }
  return Name;
}

Object ruleObject(llvm::StringRef Id) {
  RuleInfo Info = describeRule(Id);
  // GitHub code scanning wants a full description and help on every rule.
  std::string HelpText = Info.Summary + " Documentation: " + Info.HelpUri;
  std::string HelpMarkdown =
      Info.HelpMarkdown.empty()
          ? Info.Summary + " [Documentation](" + Info.HelpUri + ")"
          : Info.HelpMarkdown;
  return Object{
      {"id", Id.str()},
      {"name", pascalCaseName(Id)},
      {"shortDescription", Object{{"text", Info.Summary}}},
      {"fullDescription", Object{{"text", Info.Summary}}},
      {"help", Object{{"text", HelpText}, {"markdown", HelpMarkdown}}},
      {"helpUri", Info.HelpUri},
      {"defaultConfiguration", Object{{"level", Info.Level}}},
  };
}

Object driverObject() {
  return Object{
      {"name", "async-tidy"},
      {"version", ASYNC_TIDY_VERSION},
      {"informationUri", ASYNC_TIDY_HOMEPAGE},
  };
}

// Percent-encodes everything but the unreserved characters and '/'.
std::string encodeUriPath(llvm::StringRef Path) {
  std::string Encoded;
  for (char C : Path) {
    if (llvm::isAlnum(C) || llvm::StringRef("-._~/").contains(C))
      Encoded += C;
    else
      Encoded += "%" + llvm::utohexstr(static_cast<unsigned char>(C),
                                       /*LowerCase=*/false, /*Width=*/2);
  }
  return Encoded;
}

std::string fileUri(llvm::StringRef AbsolutePath) {
  return "file://" +
         encodeUriPath(llvm::sys::path::convert_to_slash(AbsolutePath));
}

/// A 1-based line and a 1-based column counted in Unicode code points (the
/// run's columnKind), as SARIF viewers count them.
struct Position {
  unsigned Line = 1;
  unsigned Column = 1;
};

class SourceFile {
public:
  explicit SourceFile(std::string Text) : Text(std::move(Text)) {
    LineStarts.push_back(0);
    for (size_t I = 0; I < this->Text.size(); ++I)
      if (this->Text[I] == '\n')
        LineStarts.push_back(I + 1);
  }

  Position positionOf(unsigned Offset) const {
    size_t Clamped = std::min<size_t>(Offset, Text.size());
    auto Next = std::upper_bound(LineStarts.begin(), LineStarts.end(), Clamped);
    unsigned Line = Next - LineStarts.begin();
    llvm::StringRef Before =
        llvm::StringRef(Text).slice(LineStarts[Line - 1], Clamped);
    unsigned CodePoints = llvm::count_if(Before, [](char C) {
      return (static_cast<unsigned char>(C) & 0xC0) != 0x80;
    });
    return {Line, CodePoints + 1};
  }

  llvm::StringRef lineText(unsigned Line) const {
    size_t Begin = LineStarts[Line - 1];
    size_t End = Line < LineStarts.size() ? LineStarts[Line] : Text.size();
    return llvm::StringRef(Text).slice(Begin, End).rtrim("\r\n");
  }

private:
  std::string Text;
  std::vector<size_t> LineStarts;
};

//===----------------------------------------------------------------------===//
// Runs from results: shared by convert and merge, so both order, deduplicate
// and fingerprint the same way.
//===----------------------------------------------------------------------===//

llvm::StringRef stringAt(const Object &O, llvm::StringRef Key) {
  if (auto S = O.getString(Key))
    return *S;
  return "";
}

const Object *objectAt(const Object *O, llvm::StringRef Key) {
  return O ? O->getObject(Key) : nullptr;
}

/// What makes two results the same finding, in the order results are
/// listed: file, line, column, check, message.
struct ResultKey {
  std::string BaseId, Uri;
  int64_t Line = 0, Column = 0;
  std::string RuleId, Message;

  auto tie() const {
    return std::tie(BaseId, Uri, Line, Column, RuleId, Message);
  }
  bool operator<(const ResultKey &Other) const { return tie() < Other.tie(); }
  bool operator==(const ResultKey &Other) const { return tie() == Other.tie(); }
};

ResultKey keyOf(const Object &Result) {
  ResultKey Key;
  Key.RuleId = stringAt(Result, "ruleId").str();
  if (const Object *Message = Result.getObject("message"))
    Key.Message = stringAt(*Message, "text").str();
  const Array *Locations = Result.getArray("locations");
  if (!Locations || Locations->empty())
    return Key;
  const Object *Physical =
      objectAt(Locations->front().getAsObject(), "physicalLocation");
  if (const Object *Artifact = objectAt(Physical, "artifactLocation")) {
    Key.BaseId = stringAt(*Artifact, "uriBaseId").str();
    Key.Uri = stringAt(*Artifact, "uri").str();
  }
  if (const Object *Region = objectAt(Physical, "region")) {
    // A region without lines (its file was unreadable) has a byte offset.
    Key.Line = Region->getInteger("startLine").value_or(0);
    Key.Column = Region->getInteger("startColumn")
                     .value_or(Region->getInteger("byteOffset").value_or(0));
  }
  return Key;
}

/// A result waiting for its run to be written. It waits as JSON text: a
/// json::Object costs kilobytes (its map starts at 64 buckets), dozens per
/// result, which tens of thousands of results cannot afford.
struct PendingResult {
  ResultKey Key;
  std::string FingerprintHash; // the <hash> of "<hash>:<n>"; n comes last
  std::string Json;            // without ruleIndex and that fingerprint
};

PendingResult pendingResult(Object Result) {
  PendingResult Pending;
  Result.erase("ruleIndex");
  Pending.Key = keyOf(Result);
  if (Object *Prints = Result.getObject("partialFingerprints")) {
    if (auto Print = Prints->getString(FingerprintKey)) {
      Pending.FingerprintHash = Print->split(':').first.str();
      Prints->erase(FingerprintKey);
    }
    if (Prints->empty())
      Result.erase("partialFingerprints");
  }
  Pending.Json = llvm::formatv("{0}", Value(std::move(Result)));
  return Pending;
}

/// One run being assembled: its tool, the rules its results may name
/// (others are described afresh), its results and its base URIs.
struct RunParts {
  Object Driver;
  std::map<std::string, Object> Rules;
  std::vector<PendingResult> Results;
  Object BaseIds;
};

/// Sorted, and one of each finding; which of equal copies stays does not
/// depend on the order they came in.
void sortAndDeduplicate(std::vector<PendingResult> &Results) {
  llvm::sort(Results, [](const PendingResult &A, const PendingResult &B) {
    return std::tie(A.Key, A.Json) < std::tie(B.Key, B.Json);
  });
  Results.erase(std::unique(Results.begin(), Results.end(),
                            [](const PendingResult &A, const PendingResult &B) {
                              return A.Key == B.Key;
                            }),
                Results.end());
}

void writeRun(llvm::json::OStream &Out, RunParts &Run) {
  sortAndDeduplicate(Run.Results);
  std::map<std::string, int64_t> RuleIndex;
  for (const PendingResult &Result : Run.Results)
    RuleIndex.emplace(Result.Key.RuleId, 0);
  Array Rules;
  for (auto &[Id, Index] : RuleIndex) {
    Index = static_cast<int64_t>(Rules.size());
    auto Known = Run.Rules.find(Id);
    Rules.push_back(Known != Run.Rules.end() ? Object(Known->second)
                                             : ruleObject(Id));
  }
  Run.Driver["rules"] = std::move(Rules);

  Out.object([&] {
    Out.attributeObject(
        "tool", [&] { Out.attribute("driver", Value(std::move(Run.Driver))); });
    if (!Run.BaseIds.empty())
      Out.attribute("originalUriBaseIds", Value(std::move(Run.BaseIds)));
    Out.attribute("columnKind", "unicodeCodePoints");
    Out.attributeArray("results", [&] {
      // n of "<hash>:<n>" counts the earlier results with the same hash.
      std::map<std::string, unsigned> Seen;
      for (PendingResult &Pending : Run.Results) {
        Value Parsed = llvm::cantFail(llvm::json::parse(Pending.Json));
        Object &Result = *Parsed.getAsObject();
        Result["ruleIndex"] = RuleIndex[Pending.Key.RuleId];
        if (!Pending.FingerprintHash.empty()) {
          if (!Result.getObject("partialFingerprints"))
            Result["partialFingerprints"] = Object{};
          (*Result.getObject("partialFingerprints"))[FingerprintKey] =
              Pending.FingerprintHash + ":" +
              std::to_string(Seen[Pending.FingerprintHash]++);
        }
        Out.value(Parsed);
      }
    });
  });
}

/// Writes the log only when everything is read, so a failed run leaves no
/// half a log (and merge -o may name one of its inputs).
llvm::Error writeLog(std::vector<RunParts> &Runs, llvm::StringRef Path) {
  std::error_code Error;
  llvm::raw_fd_ostream File(Path, Error, llvm::sys::fs::OF_None);
  if (Error)
    return llvm::createStringError(Error, "cannot write '%s': %s",
                                   Path.str().c_str(), Error.message().c_str());
  {
    llvm::json::OStream Out(File, /*IndentSize=*/2);
    Out.object([&] {
      Out.attribute("$schema", SchemaUri);
      Out.attribute("version", "2.1.0");
      Out.attributeArray("runs", [&] {
        for (RunParts &Run : Runs)
          writeRun(Out, Run);
      });
    });
  }
  File << "\n";
  File.close();
  if (File.has_error())
    return llvm::createStringError(File.error(), "cannot write '%s'",
                                   Path.str().c_str());
  return llvm::Error::success();
}

/// What the converter knows of one file a finding names.
struct Artifact {
  Object Location;          // the SARIF artifactLocation
  std::string Uri;          // its uri, part of the fingerprint
  const SourceFile *Source; // null when the file cannot be read
};

class Converter {
public:
  explicit Converter(std::string SrcRoot) : SrcRoot(std::move(SrcRoot)) {}

  void add(const Diagnostic &Diag);
  RunParts finish();

private:
  std::optional<Object> physicalLocation(const DiagnosticMessage &Message,
                                         llvm::StringRef BuildDirectory);
  Array fixesOf(const Diagnostic &Diag);
  std::optional<Object> fixOf(const DiagnosticMessage &Message,
                              llvm::StringRef BuildDirectory);
  Artifact &artifact(llvm::StringRef FilePath, llvm::StringRef BuildDirectory);
  std::string fingerprint(llvm::StringRef RuleId, const Diagnostic &Diag);

  std::string SrcRoot;
  llvm::StringMap<Artifact> Artifacts;
  std::vector<std::unique_ptr<SourceFile>> Sources;
  std::vector<PendingResult> Results;
};

std::string absolutePath(llvm::StringRef FilePath,
                         llvm::StringRef BuildDirectory) {
  llvm::SmallString<256> Path(FilePath);
  if (!llvm::sys::path::is_absolute(Path)) {
    if (!BuildDirectory.empty()) {
      Path = BuildDirectory;
      llvm::sys::path::append(Path, FilePath);
    } else if (llvm::sys::fs::make_absolute(Path)) {
      return FilePath.str(); // no current directory: keep the path as given
    }
  }
  llvm::sys::path::remove_dots(Path, /*remove_dot_dot=*/true);
  return std::string(Path);
}

/// Path relative to Root when it lies below it, in '/' form.
std::optional<std::string> relativeTo(llvm::StringRef Path,
                                      llvm::StringRef Root) {
  if (!Path.consume_front(Root))
    return std::nullopt;
  if (!Root.ends_with("/") && !Path.consume_front("/"))
    return std::nullopt;
  return llvm::sys::path::convert_to_slash(Path);
}

std::string realPathOr(llvm::StringRef Path) {
  llvm::SmallString<256> Real;
  if (llvm::sys::fs::real_path(Path, Real))
    return Path.str();
  return std::string(Real);
}

Artifact &Converter::artifact(llvm::StringRef FilePath,
                              llvm::StringRef BuildDirectory) {
  std::string Path = absolutePath(FilePath, BuildDirectory);
  auto [It, Inserted] = Artifacts.try_emplace(Path);
  if (!Inserted)
    return It->second;
  Artifact &File = It->second;
  // Lexically first (a symlinked file inside the tree stays inside), then
  // with symlinks resolved on both sides.
  std::optional<std::string> Relative = relativeTo(Path, SrcRoot);
  if (!Relative)
    Relative = relativeTo(realPathOr(Path), realPathOr(SrcRoot));
  if (Relative) {
    File.Uri = encodeUriPath(*Relative);
    File.Location = Object{{"uri", File.Uri}, {"uriBaseId", SrcRootId}};
  } else {
    File.Uri = fileUri(Path);
    File.Location = Object{{"uri", File.Uri}};
  }
  File.Source = nullptr;
  if (auto Buffer = llvm::MemoryBuffer::getFile(Path)) {
    Sources.push_back(
        std::make_unique<SourceFile>((*Buffer)->getBuffer().str()));
    File.Source = Sources.back().get();
  } else {
    llvm::errs() << "warning: SARIF log: cannot read '" << Path
                 << "'; its locations keep byte offsets only\n";
  }
  return File;
}

Object regionOf(const Artifact &File, unsigned Offset,
                std::optional<unsigned> EndOffset) {
  if (!File.Source) {
    Object Region{{"byteOffset", Offset}};
    if (EndOffset)
      Region["byteLength"] = *EndOffset - Offset;
    return Region;
  }
  Position Start = File.Source->positionOf(Offset);
  Object Region{{"startLine", Start.Line}, {"startColumn", Start.Column}};
  if (EndOffset) {
    Position End = File.Source->positionOf(*EndOffset);
    Region["endLine"] = End.Line;
    Region["endColumn"] = End.Column;
  }
  return Region;
}

std::optional<Object>
Converter::physicalLocation(const DiagnosticMessage &Message,
                            llvm::StringRef BuildDirectory) {
  if (Message.FilePath.empty())
    return std::nullopt;
  Artifact &File = artifact(Message.FilePath, BuildDirectory);
  // The highlighted range that starts at the diagnostic, when there is one,
  // gives the region its end.
  std::optional<unsigned> End;
  for (const auto &Range : Message.Ranges)
    if (Range.FilePath == Message.FilePath &&
        Range.FileOffset == Message.FileOffset && Range.Length > 0) {
      End = Range.FileOffset + Range.Length;
      break;
    }
  return Object{
      {"artifactLocation", Object(File.Location)},
      {"region", regionOf(File, Message.FileOffset, End)},
  };
}

std::optional<Object> Converter::fixOf(const DiagnosticMessage &Message,
                                       llvm::StringRef BuildDirectory) {
  // StringMap order is a hash order: sort the files for a stable log.
  std::vector<llvm::StringRef> Files;
  for (const auto &Entry : Message.Fix)
    if (!Entry.second.empty())
      Files.push_back(Entry.first());
  if (Files.empty())
    return std::nullopt;
  llvm::sort(Files);
  Array Changes;
  for (llvm::StringRef FilePath : Files) {
    Artifact &File = artifact(FilePath, BuildDirectory);
    Array Replacements;
    for (const auto &Replacement : Message.Fix.find(FilePath)->second) {
      unsigned Offset = Replacement.getOffset();
      Replacements.push_back(Object{
          {"deletedRegion",
           regionOf(File, Offset, Offset + Replacement.getLength())},
          {"insertedContent",
           Object{{"text", Replacement.getReplacementText().str()}}},
      });
    }
    Changes.push_back(Object{{"artifactLocation", Object(File.Location)},
                             {"replacements", std::move(Replacements)}});
  }
  return Object{{"description", Object{{"text", Message.Message}}},
                {"artifactChanges", std::move(Changes)}};
}

Array Converter::fixesOf(const Diagnostic &Diag) {
  // The diagnostic's own fix first (what -fix applies), then the
  // alternatives that clang-tidy attaches to notes.
  Array Fixes;
  if (auto Fix = fixOf(Diag.Message, Diag.BuildDirectory))
    Fixes.push_back(std::move(*Fix));
  for (const DiagnosticMessage &Note : Diag.Notes)
    if (auto Fix = fixOf(Note, Diag.BuildDirectory))
      Fixes.push_back(std::move(*Fix));
  return Fixes;
}

std::string Converter::fingerprint(llvm::StringRef RuleId,
                                   const Diagnostic &Diag) {
  std::string Uri, Line;
  if (!Diag.Message.FilePath.empty()) {
    const Artifact &File = artifact(Diag.Message.FilePath, Diag.BuildDirectory);
    Uri = File.Uri;
    if (File.Source) {
      llvm::StringRef Text = File.Source->lineText(
          File.Source->positionOf(Diag.Message.FileOffset).Line);
      // Without whitespace, so re-indenting the line keeps the identity.
      llvm::copy_if(Text, std::back_inserter(Line),
                    [](char C) { return !llvm::isSpace(C); });
    }
  }
  std::string Input = (RuleId + llvm::Twine('\0') + Uri + llvm::Twine('\0') +
                       Diag.Message.Message + llvm::Twine('\0') + Line)
                          .str();
  auto Digest = llvm::SHA256::hash(llvm::arrayRefFromStringRef(Input));
  return llvm::toHex(llvm::ArrayRef<uint8_t>(Digest).take_front(16),
                     /*LowerCase=*/true) +
         ":0";
}

llvm::StringRef levelName(Diagnostic::Level Level) {
  switch (Level) {
  case Diagnostic::Error:
    return "error";
  case Diagnostic::Remark:
    return "note";
  default:
    return "warning";
  }
}

void Converter::add(const Diagnostic &Diag) {
  Object Result{
      {"ruleId", Diag.DiagnosticName},
      {"level", levelName(Diag.DiagLevel)},
      {"message", Object{{"text", Diag.Message.Message}}},
      {"partialFingerprints",
       Object{{FingerprintKey, fingerprint(Diag.DiagnosticName, Diag)}}},
  };
  if (auto Location = physicalLocation(Diag.Message, Diag.BuildDirectory))
    Result["locations"] =
        Array{Object{{"physicalLocation", std::move(*Location)}}};
  Array Related;
  for (const DiagnosticMessage &Note : Diag.Notes) {
    Object Entry{{"id", static_cast<int64_t>(Related.size() + 1)},
                 {"message", Object{{"text", Note.Message}}}};
    if (auto Location = physicalLocation(Note, Diag.BuildDirectory))
      Entry["physicalLocation"] = std::move(*Location);
    Related.push_back(std::move(Entry));
  }
  if (!Related.empty())
    Result["relatedLocations"] = std::move(Related);
  Array Fixes = fixesOf(Diag);
  if (!Fixes.empty())
    Result["fixes"] = std::move(Fixes);
  Results.push_back(pendingResult(std::move(Result)));
}

RunParts Converter::finish() {
  llvm::SmallString<256> Root(SrcRoot);
  if (!Root.str().ends_with("/"))
    Root += "/";
  RunParts Run;
  Run.Driver = driverObject();
  Run.Results = std::move(Results);
  Run.BaseIds = Object{{SrcRootId, Object{{"uri", fileUri(Root)}}}};
  return Run;
}

llvm::Expected<clang::tooling::TranslationUnitDiagnostics>
readExportFixes(const std::string &Path) {
  auto Buffer = llvm::MemoryBuffer::getFile(Path);
  if (!Buffer)
    return llvm::createStringError(Buffer.getError(), "cannot read '%s': %s",
                                   Path.c_str(),
                                   Buffer.getError().message().c_str());
  clang::tooling::TranslationUnitDiagnostics Diagnostics;
  if ((*Buffer)->getBuffer().trim().empty())
    return Diagnostics;
  llvm::yaml::Input Yaml((*Buffer)->getBuffer());
  Yaml >> Diagnostics;
  if (Yaml.error())
    return llvm::createStringError(Yaml.error(),
                                   "'%s' is not clang-tidy --export-fixes YAML",
                                   Path.c_str());
  return Diagnostics;
}

/// The files themselves, and the *.yaml files of each directory (what
/// run-clang-tidy -export-fixes DIR/ leaves), in name order.
llvm::Expected<std::vector<std::string>>
expandDirectories(llvm::ArrayRef<std::string> Paths) {
  std::vector<std::string> Files;
  for (const std::string &Path : Paths) {
    if (!llvm::sys::fs::is_directory(Path)) {
      Files.push_back(Path);
      continue;
    }
    std::vector<std::string> InDirectory;
    std::error_code Error;
    for (llvm::sys::fs::directory_iterator It(Path, Error), End;
         It != End && !Error; It.increment(Error))
      if (llvm::sys::path::extension(It->path()) == ".yaml")
        InDirectory.push_back(It->path());
    if (Error)
      return llvm::createStringError(Error, "cannot list '%s': %s",
                                     Path.c_str(), Error.message().c_str());
    llvm::sort(InDirectory);
    Files.insert(Files.end(), InDirectory.begin(), InDirectory.end());
  }
  return Files;
}

} // namespace

llvm::Error convertExportFixes(llvm::ArrayRef<std::string> YamlFiles,
                               const ConvertOptions &Options,
                               llvm::StringRef OutputPath) {
  llvm::SmallString<256> Root(Options.SrcRoot);
  if (llvm::sys::fs::make_absolute(Root))
    return llvm::createStringError(std::errc::invalid_argument,
                                   "cannot make '%s' absolute", Root.c_str());
  llvm::sys::path::remove_dots(Root, /*remove_dot_dot=*/true);
  auto Files = expandDirectories(YamlFiles);
  if (!Files)
    return Files.takeError();
  Converter Convert{std::string(Root)};
  for (const std::string &Path : *Files) {
    auto Diagnostics = readExportFixes(Path);
    if (!Diagnostics)
      return Diagnostics.takeError();
    for (const Diagnostic &Diag : Diagnostics->Diagnostics)
      Convert.add(Diag);
  }
  std::vector<RunParts> Runs;
  Runs.push_back(Convert.finish());
  return writeLog(Runs, OutputPath);
}

namespace {

/// Walks a log's JSON text without building it: a parsed log needs about
/// 60 times its size (a json::Object is kilobytes), so merge parses one
/// result at a time. Values it hands out are slices of the text, parsed by
/// the caller; what lies between them is checked here.
class LogScanner {
public:
  explicit LogScanner(llvm::StringRef Text) : Text(Text) {}

  /// A scanner of Part, a value this one handed out: errors keep counting
  /// bytes from the start of the log.
  LogScanner within(llvm::StringRef Part) const {
    LogScanner Scanner(Text.take_front(Part.end() - Text.begin()));
    Scanner.Pos = Part.begin() - Text.begin();
    return Scanner;
  }

  /// The value at the cursor, parsed.
  llvm::Expected<Value> parsed() {
    skipSpace();
    size_t Start = Pos;
    auto Slice = value();
    if (!Slice)
      return Slice.takeError();
    auto Parsed = llvm::json::parse(*Slice);
    if (!Parsed)
      return llvm::createStringError(
          std::errc::invalid_argument, "in the value at byte %zu: %s", Start,
          llvm::toString(Parsed.takeError()).c_str());
    return Parsed;
  }

  /// The text of the value at the cursor; the cursor moves past it.
  llvm::Expected<llvm::StringRef> value() {
    skipSpace();
    size_t Start = Pos;
    if (Pos == Text.size())
      return syntaxError("a value expected");
    if (Text[Pos] == '"') {
      if (llvm::Error Error = skipString())
        return std::move(Error);
    } else if (Text[Pos] == '{' || Text[Pos] == '[') {
      if (llvm::Error Error = skipContainer())
        return std::move(Error);
    } else {
      while (Pos < Text.size() && (llvm::isAlnum(Text[Pos]) ||
                                   llvm::StringRef("+-.").contains(Text[Pos])))
        ++Pos;
      if (Pos == Start)
        return syntaxError("a value expected");
    }
    return Text.slice(Start, Pos);
  }

  /// Calls Member with each member name of the object at the cursor, the
  /// cursor at its value, which Member must read.
  llvm::Error
  members(llvm::function_ref<llvm::Error(llvm::StringRef Name)> Member) {
    return sequence('{', '}', [&]() -> llvm::Error {
      skipSpace();
      size_t Start = Pos;
      if (Pos == Text.size() || Text[Pos] != '"')
        return syntaxError("a member name expected");
      if (llvm::Error Error = skipString())
        return Error;
      auto Name = llvm::json::parse(Text.slice(Start, Pos));
      if (!Name)
        return Name.takeError();
      if (llvm::Error Error = expect(':'))
        return Error;
      return Member(*Name->getAsString());
    });
  }

  /// Calls Element with the cursor at each element of the array at the
  /// cursor, which Element must read.
  llvm::Error elements(llvm::function_ref<llvm::Error()> Element) {
    return sequence('[', ']', Element);
  }

  /// Nothing but whitespace is left.
  llvm::Error finish() {
    skipSpace();
    return Pos == Text.size() ? llvm::Error::success()
                              : syntaxError("text after the end");
  }

private:
  llvm::Error sequence(char Open, char Close,
                       llvm::function_ref<llvm::Error()> Item) {
    if (llvm::Error Error = expect(Open))
      return Error;
    skipSpace();
    if (Pos < Text.size() && Text[Pos] == Close) {
      ++Pos;
      return llvm::Error::success();
    }
    while (true) {
      if (llvm::Error Error = Item())
        return Error;
      skipSpace();
      if (Pos < Text.size() && Text[Pos] == Close) {
        ++Pos;
        return llvm::Error::success();
      }
      if (llvm::Error Error = expect(','))
        return Error;
    }
  }

  void skipSpace() {
    while (Pos < Text.size() && llvm::StringRef(" \t\r\n").contains(Text[Pos]))
      ++Pos;
  }

  llvm::Error expect(char C) {
    skipSpace();
    if (Pos == Text.size() || Text[Pos] != C)
      return syntaxError(llvm::formatv("'{0}' expected", C).str());
    ++Pos;
    return llvm::Error::success();
  }

  llvm::Error skipString() {
    for (++Pos; Pos < Text.size(); ++Pos) {
      if (Text[Pos] == '\\')
        ++Pos;
      else if (Text[Pos] == '"') {
        ++Pos;
        return llvm::Error::success();
      }
    }
    return syntaxError("unterminated string");
  }

  /// An object or array, nested ones and strings matched.
  llvm::Error skipContainer() {
    llvm::SmallVector<char, 16> Closers;
    while (Pos < Text.size()) {
      char C = Text[Pos];
      if (C == '"') {
        if (llvm::Error Error = skipString())
          return Error;
        continue;
      }
      ++Pos;
      if (C == '{' || C == '[') {
        Closers.push_back(C == '{' ? '}' : ']');
      } else if (C == '}' || C == ']') {
        if (Closers.pop_back_val() != C)
          return syntaxError(llvm::formatv("'{0}' unexpected", C).str());
        if (Closers.empty())
          return llvm::Error::success();
      }
    }
    return syntaxError("unexpected end");
  }

  llvm::Error syntaxError(const std::string &What) const {
    return llvm::createStringError(std::errc::invalid_argument,
                                   "%s at byte %zu", What.c_str(), Pos);
  }

  llvm::StringRef Text;
  size_t Pos = 0;
};

llvm::Error inLog(llvm::StringRef Path, llvm::Error Error) {
  return llvm::createStringError(std::errc::invalid_argument, "'%s': %s",
                                 Path.str().c_str(),
                                 llvm::toString(std::move(Error)).c_str());
}

llvm::Error notSarif(llvm::StringRef What) {
  return llvm::createStringError(std::errc::invalid_argument,
                                 "not a SARIF log: %s", What.str().c_str());
}

/// The text of each member of the object at the cursor that Wanted names
/// (the others are parsed, so a broken log does not pass unseen).
llvm::Error
memberTexts(LogScanner &Scanner,
            std::map<std::string, std::optional<llvm::StringRef>> &Wanted) {
  return Scanner.members([&](llvm::StringRef Name) -> llvm::Error {
    auto It = Wanted.find(Name.str());
    if (It == Wanted.end())
      return Scanner.parsed().takeError();
    auto Text = Scanner.value();
    if (!Text)
      return Text.takeError();
    It->second = *Text;
    return llvm::Error::success();
  });
}

/// Where the results of one tool's runs are gathered.
class MergedRuns {
public:
  llvm::Error addLog(llvm::StringRef Path, llvm::StringRef Text);
  std::vector<RunParts> &runs() { return Runs; }

private:
  llvm::Error addRuns(LogScanner Log);
  llvm::Error addRun(LogScanner Run);
  llvm::Error addResults(LogScanner Results,
                         llvm::ArrayRef<std::string> RuleIds, RunParts &Into);

  // One run per tool, in the order the tools first appear.
  std::vector<RunParts> Runs;
  std::map<std::string, size_t> RunOfTool;
  // Each run's count of results when its duplicates were last dropped.
  std::vector<size_t> Compacted;
};

llvm::Error MergedRuns::addLog(llvm::StringRef Path, llvm::StringRef Text) {
  if (llvm::Error Error = addRuns(LogScanner(Text)))
    return inLog(Path, std::move(Error));
  return llvm::Error::success();
}

llvm::Error MergedRuns::addRuns(LogScanner Log) {
  std::map<std::string, std::optional<llvm::StringRef>> Members{{"runs", {}}};
  if (llvm::Error Error = memberTexts(Log, Members))
    return Error;
  if (llvm::Error Error = Log.finish())
    return Error;
  if (!Members["runs"])
    return notSarif("no 'runs'");
  LogScanner RunList = Log.within(*Members["runs"]);
  return RunList.elements([&]() -> llvm::Error {
    auto RunText = RunList.value();
    if (!RunText)
      return RunText.takeError();
    return addRun(RunList.within(*RunText));
  });
}

llvm::Error MergedRuns::addRun(LogScanner Run) {
  // The results wait for the tool and its rules, wherever in the run
  // they are.
  std::map<std::string, std::optional<llvm::StringRef>> Members{
      {"tool", {}}, {"originalUriBaseIds", {}}, {"results", {}}};
  if (llvm::Error Error = memberTexts(Run, Members))
    return Error;
  std::optional<Value> Tool;
  if (Members["tool"]) {
    auto Parsed = Run.within(*Members["tool"]).parsed();
    if (!Parsed)
      return Parsed.takeError();
    Tool = std::move(*Parsed);
  }
  const Object *Driver =
      Tool ? objectAt(Tool->getAsObject(), "driver") : nullptr;
  if (!Driver)
    return notSarif("a run has no 'tool.driver'");

  auto [It, New] =
      RunOfTool.try_emplace(stringAt(*Driver, "name").str(), Runs.size());
  if (New) {
    Runs.emplace_back();
    Runs.back().Driver = *Driver;
    Runs.back().Driver.erase("rules");
    Compacted.push_back(0);
  }
  RunParts &Into = Runs[It->second];
  std::vector<std::string> RuleIds;
  if (const Array *Rules = Driver->getArray("rules"))
    for (const Value &Rule : *Rules) {
      const Object *R = Rule.getAsObject();
      RuleIds.push_back(R ? stringAt(*R, "id").str() : "");
      if (R)
        Into.Rules.try_emplace(RuleIds.back(), *R);
    }
  if (Members["originalUriBaseIds"]) {
    auto BaseIds = Run.within(*Members["originalUriBaseIds"]).parsed();
    if (!BaseIds)
      return BaseIds.takeError();
    if (const Object *Bases = BaseIds->getAsObject())
      for (const auto &Entry : *Bases)
        Into.BaseIds.try_emplace(Entry.first, Entry.second);
  }
  if (!Members["results"])
    return llvm::Error::success();
  if (llvm::Error Error =
          addResults(Run.within(*Members["results"]), RuleIds, Into))
    return Error;
  // Shards that share headers repeat results: drop the copies as they
  // come, whenever a run has doubled, not all at the end.
  size_t &Size = Compacted[It->second];
  if (Into.Results.size() > 2 * Size) {
    sortAndDeduplicate(Into.Results);
    Size = Into.Results.size();
  }
  return llvm::Error::success();
}

llvm::Error MergedRuns::addResults(LogScanner Results,
                                   llvm::ArrayRef<std::string> RuleIds,
                                   RunParts &Into) {
  return Results.elements([&]() -> llvm::Error {
    auto Parsed = Results.parsed();
    if (!Parsed)
      return Parsed.takeError();
    Object *Result = Parsed->getAsObject();
    if (!Result)
      return llvm::Error::success();
    // A result may name its rule by index only.
    auto Index = Result->getInteger("ruleIndex");
    if (!Result->getString("ruleId") && Index && *Index >= 0 &&
        static_cast<size_t>(*Index) < RuleIds.size())
      (*Result)["ruleId"] = RuleIds[*Index];
    Into.Results.push_back(pendingResult(std::move(*Result)));
    return llvm::Error::success();
  });
}

} // namespace

llvm::Error mergeLogs(llvm::ArrayRef<std::string> LogPaths,
                      llvm::StringRef OutputPath) {
  MergedRuns Merged;
  for (const std::string &Path : LogPaths) {
    auto Buffer = llvm::MemoryBuffer::getFileOrSTDIN(Path);
    if (!Buffer)
      return llvm::createStringError(Buffer.getError(), "cannot read '%s': %s",
                                     Path.c_str(),
                                     Buffer.getError().message().c_str());
    if (llvm::Error Error = Merged.addLog(Path, (*Buffer)->getBuffer()))
      return Error;
  }
  return writeLog(Merged.runs(), OutputPath);
}

} // namespace async_tidy::sarif
