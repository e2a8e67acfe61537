//===--- TaskTypes.h - which types are tasks, and do they start lazily ----===//
//
// A task type is a class type that coroutines return and that can be
// awaited. It is recognised from the `TaskTypes` list, detected from its
// `promise_type` plus awaitability, or marked `[[clang::coro_return_type]]`.
// Whether it is lazy comes from its promise's `initial_suspend()`.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_ANALYSIS_TASKTYPES_H
#define ASYNC_TIDY_ANALYSIS_TASKTYPES_H

#include "analysis/NameLists.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/Type.h"
#include "llvm/ADT/DenseMap.h"

namespace clang::tidy::async {

enum class Start { Lazy, Eager, Unknown };

struct TaskTypeInfo {
  bool IsTask = false;
  /// An Asio operation made with the `deferred` token: it does nothing until
  /// it is awaited or invoked, like a lazy task.
  bool IsDeferredOperation = false;
  Start StartMode = Start::Unknown;
  const CXXRecordDecl *Record = nullptr;
};

/// The task-type options every check that asks about tasks shares. They are
/// read locally or globally, so a code base configures its task types once.
struct TaskTypeOptions {
  explicit TaskTypeOptions(ClangTidyCheck::OptionsView &Options);
  void store(ClangTidyCheck::OptionsView &Options,
             ClangTidyOptions::OptionMap &Map) const;

  NameListOption TaskTypes;
  bool DetectTaskTypes;
};

/// Classifies types, once per class.
class TaskTypeClassifier {
public:
  explicit TaskTypeClassifier(const TaskTypeOptions &Options)
      : Options(&Options) {}

  TaskTypeInfo classify(QualType T);
  bool isTaskType(QualType T) { return classify(T).IsTask; }
  /// A task type or an asynchronous generator: what an async coroutine
  /// returns (a synchronous generator runs on its caller's thread).
  bool isAsyncCoroutineType(QualType T);
  void clear() {
    Cache.clear();
    ListedThroughAliasCache.clear();
    AliasListed.clear();
  }

private:
  TaskTypeInfo classifyRecord(const CXXRecordDecl *RD, bool ListedByAlias);
  bool isSpelledWithListedAlias(QualType T);
  bool isListedAlias(const NamedDecl *Alias);
  const TaskTypeOptions *Options;
  llvm::DenseMap<const CXXRecordDecl *, TaskTypeInfo> Cache;
  /// Classes that are tasks only when spelled through a listed alias.
  llvm::DenseMap<const CXXRecordDecl *, TaskTypeInfo> ListedThroughAliasCache;
  /// Whether a typedef or alias template is listed: every call's type sugar
  /// is walked, so its qualified name is built once per alias, not per call.
  llvm::DenseMap<const NamedDecl *, bool> AliasListed;
};

/// The promise type of a coroutine return type (its nested `promise_type`),
/// as a definition or, for a specialisation not yet instantiated, the
/// pattern it would be instantiated from.
const CXXRecordDecl *promiseTypeOf(const CXXRecordDecl *ReturnType);

/// True when values of \p RD can be awaited without the help of the
/// awaiting promise's `await_transform`.
bool isAwaitable(const CXXRecordDecl *RD);

/// True when \p Promise (or a base) declares `await_transform`, so it
/// decides for itself what may be awaited inside its coroutines.
bool hasAwaitTransform(const CXXRecordDecl *Promise);

/// True when \p Promise (or a base) declares `return_value`: its coroutine
/// hands a value to its awaiter.
bool promiseReturnsValue(const CXXRecordDecl *Promise);

/// The top-level namespace of a declaration ("boost", "folly", ...), or ""
/// for the global namespace.
llvm::StringRef topLevelNamespaceOf(const Decl *D);

/// The class a (possibly dependent) type names, looking through aliases and
/// to the pattern of a specialisation that has no definition yet.
const CXXRecordDecl *recordOf(QualType T);

} // namespace clang::tidy::async

#endif
