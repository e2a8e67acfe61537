#include "analysis/TaskTypes.h"
#include "analysis/Coroutines.h"
#include "analysis/KnownNames.h"
#include "compat/Compat.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Attr.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtVisitor.h"
#include "llvm/ADT/STLExtras.h"

namespace clang::tidy::async {

TaskTypeOptions::TaskTypeOptions(ClangTidyCheck::OptionsView &Options)
    : TaskTypes(Options, "TaskTypes", known::TaskTypes, /*Global=*/true),
      DetectTaskTypes(Options.getLocalOrGlobal("DetectTaskTypes", true)) {}

void TaskTypeOptions::store(ClangTidyCheck::OptionsView &Options,
                            ClangTidyOptions::OptionMap &Map) const {
  TaskTypes.store(Options, Map);
  Options.store(Map, "DetectTaskTypes", DetectTaskTypes);
}

static const CXXRecordDecl *definitionOrPattern(const CXXRecordDecl *RD) {
  if (!RD)
    return nullptr;
  if (const CXXRecordDecl *Def = RD->getDefinition())
    return Def;
  if (const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(RD))
    if (const CXXRecordDecl *Pattern =
            Spec->getSpecializedTemplate()->getTemplatedDecl())
      return Pattern->getDefinition();
  // A member class of a specialisation (`Task<int>::promise_type`) that
  // nobody has needed complete yet.
  if (const CXXRecordDecl *Member = RD->getInstantiatedFromMemberClass())
    return Member->getDefinition();
  return nullptr;
}

const CXXRecordDecl *recordOf(QualType T) {
  if (T.isNull())
    return nullptr;
  T = T.getNonReferenceType();
  if (const CXXRecordDecl *RD = T->getAsCXXRecordDecl())
    return definitionOrPattern(RD);
  // A dependent `detail::task_promise<T>` names a template, not a class yet.
  if (const auto *TST = T->getAs<TemplateSpecializationType>())
    if (const auto *CTD = dyn_cast_or_null<ClassTemplateDecl>(
            TST->getTemplateName().getAsTemplateDecl()))
      return definitionOrPattern(CTD->getTemplatedDecl());
  if (const auto *Injected = T->getAs<InjectedClassNameType>())
    return definitionOrPattern(Injected->getDecl());
  return nullptr;
}

/// Finds a member by name in \p RD or its bases (depth-first, bounded so a
/// pathological hierarchy cannot make us spin).
static const NamedDecl *findMember(const CXXRecordDecl *RD,
                                   DeclarationName Name, unsigned Depth = 0) {
  RD = definitionOrPattern(RD);
  if (!RD || Depth > 8)
    return nullptr;
  for (const NamedDecl *Found : RD->lookup(Name))
    return Found;
  for (const CXXBaseSpecifier &Base : RD->bases())
    if (const NamedDecl *Found =
            findMember(recordOf(Base.getType()), Name, Depth + 1))
      return Found;
  return nullptr;
}

static const NamedDecl *findMember(const CXXRecordDecl *RD,
                                   llvm::StringRef Name) {
  if (!RD)
    return nullptr;
  return findMember(RD, DeclarationName(&RD->getASTContext().Idents.get(Name)));
}

/// `std::coroutine_traits`, wherever the standard library puts it (libstdc++
/// and libc++ both nest it in an inline namespace).
static const ClassTemplateDecl *coroutineTraitsTemplate(ASTContext &Ctx) {
  auto Lookup = [&](const DeclContext *DC,
                    llvm::StringRef Name) -> const NamedDecl * {
    for (const NamedDecl *Found : DC->lookup(&Ctx.Idents.get(Name)))
      return Found;
    return nullptr;
  };
  const auto *Std = dyn_cast_or_null<NamespaceDecl>(
      Lookup(Ctx.getTranslationUnitDecl(), "std"));
  if (!Std)
    return nullptr;
  for (const NamespaceDecl *NS : Std->redecls()) {
    if (const auto *Traits =
            dyn_cast_or_null<ClassTemplateDecl>(Lookup(NS, "coroutine_traits")))
      return Traits;
    for (const Decl *Member : NS->decls())
      if (const auto *Inline = dyn_cast<NamespaceDecl>(Member))
        if (Inline->isInline())
          if (const auto *Traits = dyn_cast_or_null<ClassTemplateDecl>(
                  Lookup(Inline, "coroutine_traits")))
            return Traits;
  }
  return nullptr;
}

/// True when the first template argument of a `coroutine_traits`
/// specialisation names \p Returned (or, for a partial specialisation, the
/// template \p Returned is made from).
static bool traitsArgumentNames(const TemplateArgumentList &Args,
                                const CXXRecordDecl *Returned) {
  if (Args.size() == 0 || Args[0].getKind() != TemplateArgument::Type)
    return false;
  QualType First = Args[0].getAsType();
  if (const CXXRecordDecl *RD = First->getAsCXXRecordDecl())
    return RD->getCanonicalDecl() == Returned->getCanonicalDecl();
  const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(Returned);
  const auto *TST = First->getAs<TemplateSpecializationType>();
  return Spec && TST && TST->getTemplateName().getAsTemplateDecl() &&
         TST->getTemplateName().getAsTemplateDecl()->getCanonicalDecl() ==
             Spec->getSpecializedTemplate()->getCanonicalDecl();
}

/// The `promise_type` a `std::coroutine_traits` specialisation gives a
/// return type (Boost.Asio declares `awaitable`'s promise this way).
static const NamedDecl *promiseFromCoroutineTraits(const CXXRecordDecl *RD) {
  const ClassTemplateDecl *Traits =
      coroutineTraitsTemplate(RD->getASTContext());
  if (!Traits)
    return nullptr;
  for (const ClassTemplateSpecializationDecl *Spec :
       const_cast<ClassTemplateDecl *>(Traits)->specializations())
    if (traitsArgumentNames(Spec->getTemplateArgs(), RD))
      if (const NamedDecl *Promise = findMember(Spec, "promise_type"))
        return Promise;
  llvm::SmallVector<ClassTemplatePartialSpecializationDecl *, 4> Partials;
  const_cast<ClassTemplateDecl *>(Traits)->getPartialSpecializations(Partials);
  for (const ClassTemplatePartialSpecializationDecl *Partial : Partials)
    if (traitsArgumentNames(Partial->getTemplateArgs(), RD))
      if (const NamedDecl *Promise = findMember(Partial, "promise_type"))
        return Promise;
  return nullptr;
}

const CXXRecordDecl *promiseTypeOf(const CXXRecordDecl *ReturnType) {
  if (!ReturnType)
    return nullptr;
  const NamedDecl *Promise = findMember(ReturnType, "promise_type");
  if (!Promise)
    Promise = promiseFromCoroutineTraits(ReturnType);
  if (!Promise)
    return nullptr;
  if (const auto *Nested = dyn_cast<CXXRecordDecl>(Promise))
    return definitionOrPattern(Nested);
  if (const auto *Alias = dyn_cast<TypedefNameDecl>(Promise))
    return recordOf(Alias->getUnderlyingType());
  if (const auto *Alias = dyn_cast<TypeAliasTemplateDecl>(Promise))
    return recordOf(Alias->getTemplatedDecl()->getUnderlyingType());
  return nullptr;
}

bool hasAwaitTransform(const CXXRecordDecl *Promise) {
  return findMember(Promise, "await_transform") != nullptr;
}

bool promiseReturnsValue(const CXXRecordDecl *Promise) {
  return findMember(Promise, "return_value") != nullptr;
}

static bool hasMemberCoawait(const CXXRecordDecl *RD) {
  return findMember(RD, RD->getASTContext().DeclarationNames.getCXXOperatorName(
                            OO_Coawait)) != nullptr;
}

static bool isAwaiter(const CXXRecordDecl *RD) {
  return findMember(RD, "await_ready") && findMember(RD, "await_suspend") &&
         findMember(RD, "await_resume");
}

/// A non-member `operator co_await` found by argument-dependent lookup in
/// the class's own namespace.
static bool hasNonMemberCoawait(const CXXRecordDecl *RD) {
  const DeclContext *NS = RD->getEnclosingNamespaceContext();
  DeclarationName Name =
      RD->getASTContext().DeclarationNames.getCXXOperatorName(OO_Coawait);
  const CXXRecordDecl *Canonical = RD->getCanonicalDecl();
  for (const NamedDecl *Found : NS->lookup(Name)) {
    const FunctionDecl *FD = Found->getAsFunction();
    if (!FD || FD->getNumParams() != 1)
      continue;
    const CXXRecordDecl *Param = recordOf(FD->getParamDecl(0)->getType());
    if (Param && Param->getCanonicalDecl() == Canonical)
      return true;
  }
  return false;
}

bool isAwaitable(const CXXRecordDecl *RD) {
  RD = definitionOrPattern(RD);
  return RD &&
         (hasMemberCoawait(RD) || isAwaiter(RD) || hasNonMemberCoawait(RD));
}

/// The awaiter type `initial_suspend()` returns, looking into the body when
/// the declared type is an `auto` not deduced yet (in a template pattern).
static const CXXRecordDecl *initialAwaiterOf(const FunctionDecl *Initial) {
  QualType Declared = Initial->getReturnType();
  if (!Declared->isUndeducedType() && !Declared->isDependentType())
    return recordOf(Declared);
  const auto *Body = dyn_cast_or_null<CompoundStmt>(Initial->getBody());
  if (!Body)
    return nullptr;
  for (const Stmt *S : Body->body())
    if (const auto *Return = dyn_cast<ReturnStmt>(S))
      if (const Expr *Value = Return->getRetValue())
        return recordOf(Value->getType());
  return nullptr;
}

static Start startModeOf(const CXXRecordDecl *TaskRecord) {
  const auto *Initial = dyn_cast_or_null<FunctionDecl>(
      findMember(promiseTypeOf(TaskRecord), "initial_suspend"));
  if (!Initial)
    return Start::Unknown;
  const CXXRecordDecl *Awaiter = initialAwaiterOf(Initial);
  if (!Awaiter)
    return Start::Unknown;
  std::string AwaiterName = listedNameOf(Awaiter);
  if (isListed(AwaiterName, known::SuspendingAwaiters))
    return Start::Lazy;
  if (isListed(AwaiterName, known::NonSuspendingAwaiters))
    return Start::Eager;
  const auto *Ready =
      dyn_cast_or_null<FunctionDecl>(findMember(Awaiter, "await_ready"));
  if (std::optional<bool> Constant = constantBoolReturnOf(Ready))
    return *Constant ? Start::Eager : Start::Lazy;
  return Start::Unknown;
}

static const CXXRecordDecl *templatePatternOf(const CXXRecordDecl *RD) {
  if (const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(RD))
    return Spec->getSpecializedTemplate()->getTemplatedDecl();
  return RD;
}

/// True when \p T is spelled through a listed alias: libunifex's
/// `unifex::task<T>` is an alias template of `_task::_task<T>::type`, and a
/// code base may list its own `using Task = ...`.
bool TaskTypeClassifier::isListedAlias(const NamedDecl *Alias) {
  auto [It, Inserted] = AliasListed.try_emplace(Alias, false);
  if (Inserted)
    It->second = Options->TaskTypes.contains(listedNameOf(Alias));
  return It->second;
}

bool TaskTypeClassifier::isSpelledWithListedAlias(QualType T) {
  for (unsigned Step = 0; Step < 16 && !T.isNull(); ++Step) {
    const Type *Sugar = T.getTypePtr();
    const NamedDecl *Alias = nullptr;
    if (const auto *TST = dyn_cast<TemplateSpecializationType>(Sugar)) {
      if (TST->isTypeAlias())
        Alias = TST->getTemplateName().getAsTemplateDecl();
    } else if (const auto *Typedef = dyn_cast<TypedefType>(Sugar)) {
      Alias = Typedef->getDecl();
    }
    if (Alias && isListedAlias(Alias))
      return true;
    QualType Next = T->getLocallyUnqualifiedSingleStepDesugaredType();
    if (Next == T)
      return false;
    T = Next;
  }
  return false;
}

TaskTypeInfo TaskTypeClassifier::classifyRecord(const CXXRecordDecl *RD,
                                                bool ListedByAlias) {
  TaskTypeInfo Info;
  Info.Record = RD;
  std::string Name = listedNameOf(RD);
  if (isListed(Name, known::DeferredOperationTypes)) {
    Info.IsTask = Info.IsDeferredOperation = true;
    Info.StartMode = Start::Lazy;
    return Info;
  }
  bool Listed = ListedByAlias || Options->TaskTypes.contains(Name);
  bool Marked =
      hasCoroReturnTypeAttr(RD) || hasCoroReturnTypeAttr(templatePatternOf(RD));
  bool Detected = !Listed && !Marked && Options->DetectTaskTypes &&
                  promiseTypeOf(RD) && isAwaitable(RD);
  if (!Listed && !Marked && !Detected)
    return Info;
  Info.IsTask = true;
  Info.StartMode =
      isListed(Name, known::EagerTaskTypes) ? Start::Eager : startModeOf(RD);
  return Info;
}

TaskTypeInfo TaskTypeClassifier::classify(QualType T) {
  if (T.isNull() || T->isDependentType())
    return {};
  const CXXRecordDecl *RD = T.getNonReferenceType()->getAsCXXRecordDecl();
  if (!RD)
    return {};
  RD = RD->getCanonicalDecl();
  auto It = Cache.find(RD);
  TaskTypeInfo Info;
  if (It != Cache.end()) {
    Info = It->second;
  } else {
    Info = classifyRecord(RD, /*ListedByAlias=*/false);
    Cache[RD] = Info;
  }
  if (Info.IsTask || !isSpelledWithListedAlias(T))
    return Info;
  auto [AliasIt, Inserted] = ListedThroughAliasCache.try_emplace(RD);
  if (Inserted)
    AliasIt->second = classifyRecord(RD, /*ListedByAlias=*/true);
  return AliasIt->second;
}

bool TaskTypeClassifier::isAsyncCoroutineType(QualType T) {
  if (isTaskType(T))
    return true;
  const CXXRecordDecl *RD =
      T.isNull() ? nullptr : T.getNonReferenceType()->getAsCXXRecordDecl();
  return isListed(RD, known::AsyncGeneratorTypes);
}

llvm::StringRef topLevelNamespaceOf(const Decl *D) {
  const NamespaceDecl *Outermost = nullptr;
  for (const DeclContext *DC = D->getDeclContext(); DC; DC = DC->getParent())
    if (const auto *NS = dyn_cast<NamespaceDecl>(DC))
      Outermost = NS;
  return Outermost && Outermost->getIdentifier() ? Outermost->getName() : "";
}

} // namespace clang::tidy::async
