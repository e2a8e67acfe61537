//===--- NameLists.h - lists of qualified names, and matching them
//---------===//
//
// The one way the checks ask "is this declaration one of these names?".
// Every list, an option's or a fixed one of KnownNames.h, names declarations
// by their qualified name without inline namespaces and without template
// arguments, so `std::future` names every `std::future<T>` and
// `std::__cxx11::basic_string` is `std::basic_string`. A list option `X`
// (';'-separated, parsed as clang-tidy parses its own list options) is
// extended, not replaced, by its companion `AdditionalX`.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_ANALYSIS_NAMELISTS_H
#define ASYNC_TIDY_ANALYSIS_NAMELISTS_H

#include "clang-tidy/ClangTidyCheck.h"
#include "clang/AST/Type.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/StringSet.h"
#include <string>
#include <vector>

namespace clang {
class NamedDecl;
namespace tidy::async {

/// The qualified name of \p D as lists spell it: no inline namespaces, no
/// template arguments on any enclosing class (`std::future::get`).
std::string listedNameOf(const NamedDecl *D);

/// True when \p D (null: false) is named in the fixed list \p Names.
bool isListed(const NamedDecl *D, llvm::ArrayRef<llvm::StringLiteral> Names);
bool isListed(llvm::StringRef QualifiedName,
              llvm::ArrayRef<llvm::StringLiteral> Names);

/// True when the identifier of \p D, in whatever scope, is one of \p Names:
/// for names every library spells the same way (`sync_wait`, `run`).
bool hasIdentifierIn(const NamedDecl *D,
                     llvm::ArrayRef<llvm::StringLiteral> Names);

/// A set of qualified names.
class NameList {
public:
  NameList() = default;
  explicit NameList(llvm::ArrayRef<llvm::StringLiteral> Names);
  /// Parses a ';'-separated option value; a leading "::" is dropped.
  static NameList parse(llvm::StringRef Value);
  void append(const NameList &More);

  const std::vector<std::string> &names() const { return Names; }
  bool contains(llvm::StringRef QualifiedName) const {
    return Set.contains(QualifiedName);
  }

private:
  std::vector<std::string> Names;
  llvm::StringSet<> Set;
};

/// A list option `Name` with its companion `AdditionalName`, read from a
/// check's options (locally, or globally when \p Global is set).
class NameListOption {
public:
  NameListOption(ClangTidyCheck::OptionsView &Options, llvm::StringRef Name,
                 llvm::ArrayRef<llvm::StringLiteral> Default,
                 bool Global = false);
  /// \p Default is the option's value as written: ';'-separated.
  NameListOption(ClangTidyCheck::OptionsView &Options, llvm::StringRef Name,
                 llvm::StringRef Default, bool Global = false);

  void store(ClangTidyCheck::OptionsView &Options,
             ClangTidyOptions::OptionMap &Map) const;

  /// Every name: the list plus its additions.
  const NameList &list() const { return All; }
  const std::vector<std::string> &names() const { return All.names(); }
  bool contains(llvm::StringRef QualifiedName) const {
    return All.contains(QualifiedName);
  }

private:
  std::string Name;
  std::string Value;
  std::string Additional;
  NameList All;
};

/// Answers "is this declaration one of the listed names?", remembering the
/// answer per declaration: the same few callees are asked about again and
/// again in a translation unit. Cleared when a translation unit begins.
class NamedDeclSet {
public:
  explicit NamedDeclSet(const NameList &Names) : Names(&Names) {}
  explicit NamedDeclSet(const NameListOption &Option) : Names(&Option.list()) {}
  bool contains(const NamedDecl *D);
  void clear() { Cache.clear(); }

private:
  const NameList *Names;
  llvm::DenseMap<const NamedDecl *, bool> Cache;
};

/// True when \p T names a listed class, directly or through an alias or an
/// alias template it is written with (`folly::SharedMutex` is an alias of a
/// `SharedMutexImpl`).
bool namesListedType(QualType T, NamedDeclSet &Names);
/// The same for a fixed list of names, not cached: for questions asked
/// once per function.
bool namesListedType(QualType T, llvm::ArrayRef<llvm::StringLiteral> Names);

} // namespace tidy::async
} // namespace clang

#endif
