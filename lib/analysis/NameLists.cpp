#include "analysis/NameLists.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringExtras.h"

namespace clang::tidy::async {

std::vector<std::string> parseNameList(llvm::StringRef Value) {
  llvm::SmallVector<llvm::StringRef, 16> Parts;
  Value.split(Parts, ';', /*MaxSplit=*/-1, /*KeepEmpty=*/false);
  std::vector<std::string> Names;
  for (llvm::StringRef Part : Parts) {
    Part = Part.trim();
    Part.consume_front("::");
    if (!Part.empty())
      Names.push_back(Part.str());
  }
  return Names;
}

std::string joinNameList(const std::vector<std::string> &Names) {
  return llvm::join(Names, ";");
}

static void appendScope(const DeclContext *DC, std::string &Out) {
  if (!DC || DC->isTranslationUnit())
    return;
  appendScope(DC->getParent(), Out);
  if (const auto *NS = dyn_cast<NamespaceDecl>(DC)) {
    if (NS->isInline())
      return;
    Out += NS->isAnonymousNamespace() ? "(anonymous namespace)"
                                      : NS->getName().str();
    Out += "::";
    return;
  }
  if (const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(DC)) {
    Out += Spec->getSpecializedTemplate()->getName();
    Out += "::";
    return;
  }
  if (const auto *Named = dyn_cast<NamedDecl>(DC)) {
    if (const IdentifierInfo *II = Named->getIdentifier()) {
      Out += II->getName();
      Out += "::";
    }
  }
}

std::string listedNameOf(const NamedDecl *D) {
  std::string Name;
  appendScope(D->getDeclContext(), Name);
  Name += D->getNameAsString();
  return Name;
}

NameListOption::NameListOption(ClangTidyCheck::OptionsView &Options,
                               llvm::StringRef OptionName,
                               llvm::StringRef Default, bool Global)
    : Name(OptionName.str()) {
  std::string AdditionalName = ("Additional" + OptionName).str();
  if (Global) {
    Value = Options.getLocalOrGlobal(OptionName, Default).str();
    Additional = Options.getLocalOrGlobal(AdditionalName, "").str();
  } else {
    Value = Options.get(OptionName, Default).str();
    Additional = Options.get(AdditionalName, "").str();
  }
  All = parseNameList(Value);
  for (std::string &Extra : parseNameList(Additional))
    All.push_back(std::move(Extra));
  for (const std::string &N : All)
    Set.insert(N);
}

void NameListOption::store(ClangTidyCheck::OptionsView &Options,
                           ClangTidyOptions::OptionMap &Map) const {
  Options.store(Map, Name, Value);
  Options.store(Map, "Additional" + Name, Additional);
}

bool NamedDeclSet::contains(const NamedDecl *D) {
  if (!D)
    return false;
  auto [It, Inserted] = Cache.try_emplace(D, false);
  if (Inserted)
    It->second = Names->contains(listedNameOf(D));
  return It->second;
}

bool namesListedType(QualType T, NamedDeclSet &Names) {
  if (T.isNull())
    return false;
  for (QualType Sugared = T;;) {
    if (const auto *Alias = dyn_cast<TypedefType>(Sugared.getTypePtr()))
      if (Names.contains(Alias->getDecl()))
        return true;
    // An alias template (`asio::experimental::channel<Sig>`).
    if (const auto *Spec =
            dyn_cast<TemplateSpecializationType>(Sugared.getTypePtr()))
      if (Spec->isTypeAlias() &&
          Names.contains(Spec->getTemplateName().getAsTemplateDecl()))
        return true;
    QualType Next = Sugared->getLocallyUnqualifiedSingleStepDesugaredType();
    if (Next.getTypePtr() == Sugared.getTypePtr())
      break;
    Sugared = Next;
  }
  const auto *Record = T->getAsCXXRecordDecl();
  return Record && Names.contains(Record);
}

} // namespace clang::tidy::async
