#include "analysis/NameLists.h"
#include "clang-tidy/utils/OptionsUtils.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"

namespace clang::tidy::async {

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

bool isListed(llvm::StringRef QualifiedName,
              llvm::ArrayRef<llvm::StringLiteral> Names) {
  QualifiedName.consume_front("::");
  return llvm::any_of(Names, [&](llvm::StringRef Listed) {
    Listed.consume_front("::");
    return Listed == QualifiedName;
  });
}

bool isListed(const NamedDecl *D, llvm::ArrayRef<llvm::StringLiteral> Names) {
  if (!D)
    return false;
  // Most declarations asked about are named nothing like any listed one;
  // their own identifier says so before a qualified name is built.
  if (const IdentifierInfo *Id = D->getIdentifier()) {
    bool SameLastPart = llvm::any_of(Names, [&](llvm::StringRef Listed) {
      size_t Scope = Listed.rfind("::");
      return Listed.substr(Scope == llvm::StringRef::npos ? 0 : Scope + 2) ==
             Id->getName();
    });
    if (!SameLastPart)
      return false;
  }
  return isListed(listedNameOf(D), Names);
}

bool hasIdentifierIn(const NamedDecl *D,
                     llvm::ArrayRef<llvm::StringLiteral> Names) {
  const IdentifierInfo *Id = D ? D->getIdentifier() : nullptr;
  return Id && llvm::is_contained(Names, Id->getName());
}

NameList::NameList(llvm::ArrayRef<llvm::StringLiteral> Listed) {
  for (llvm::StringRef Name : Listed) {
    Name.consume_front("::");
    Names.push_back(Name.str());
    Set.insert(Name);
  }
}

NameList NameList::parse(llvm::StringRef Value) {
  NameList List;
  for (llvm::StringRef Part : utils::options::parseStringList(Value)) {
    Part = Part.trim();
    Part.consume_front("::");
    if (Part.empty())
      continue;
    List.Names.push_back(Part.str());
    List.Set.insert(Part);
  }
  return List;
}

void NameList::append(const NameList &More) {
  for (const std::string &Name : More.Names) {
    Names.push_back(Name);
    Set.insert(Name);
  }
}

NameListOption::NameListOption(ClangTidyCheck::OptionsView &Options,
                               llvm::StringRef OptionName,
                               llvm::ArrayRef<llvm::StringLiteral> Default,
                               bool Global)
    : NameListOption(Options, OptionName, llvm::join(Default, ";"), Global) {}

NameListOption::NameListOption(ClangTidyCheck::OptionsView &Options,
                               llvm::StringRef OptionName,
                               llvm::StringRef Joined, bool Global)
    : Name(OptionName.str()) {
  std::string AdditionalName = ("Additional" + OptionName).str();
  if (Global) {
    Value = Options.getLocalOrGlobal(OptionName, Joined).str();
    Additional = Options.getLocalOrGlobal(AdditionalName, "").str();
  } else {
    Value = Options.get(OptionName, Joined).str();
    Additional = Options.get(AdditionalName, "").str();
  }
  All = NameList::parse(Value);
  All.append(NameList::parse(Additional));
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

/// True when \p IsListed holds for a typedef, an alias template or the class
/// that \p T is written with, at any step of its sugar.
static bool
namesTypeWith(QualType T,
              llvm::function_ref<bool(const NamedDecl *)> IsListed) {
  if (T.isNull())
    return false;
  for (QualType Sugared = T;;) {
    if (const auto *Alias = dyn_cast<TypedefType>(Sugared.getTypePtr()))
      if (IsListed(Alias->getDecl()))
        return true;
    // An alias template (`asio::experimental::channel<Sig>`).
    if (const auto *Spec =
            dyn_cast<TemplateSpecializationType>(Sugared.getTypePtr()))
      if (Spec->isTypeAlias() &&
          IsListed(Spec->getTemplateName().getAsTemplateDecl()))
        return true;
    QualType Next = Sugared->getLocallyUnqualifiedSingleStepDesugaredType();
    if (Next.getTypePtr() == Sugared.getTypePtr())
      break;
    Sugared = Next;
  }
  const auto *Record = T->getAsCXXRecordDecl();
  return Record && IsListed(Record);
}

bool namesListedType(QualType T, NamedDeclSet &Names) {
  return namesTypeWith(T,
                       [&](const NamedDecl *D) { return Names.contains(D); });
}

bool namesListedType(QualType T, llvm::ArrayRef<llvm::StringLiteral> Names) {
  return namesTypeWith(T,
                       [&](const NamedDecl *D) { return isListed(D, Names); });
}

} // namespace clang::tidy::async
