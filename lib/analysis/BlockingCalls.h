//===--- BlockingCalls.h - which calls block the calling thread -----------===//
//
// "Does this call block the thread it runs on?", directly (a call of a
// listed blocking function, a discarded `std::async` future) or through
// helpers whose bodies are in the translation unit, answered once per
// function: a summary of each helper is computed on first use, so a large
// translation unit stays linear.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_ANALYSIS_BLOCKINGCALLS_H
#define ASYNC_TIDY_ANALYSIS_BLOCKINGCALLS_H

#include "analysis/KnownNames.h"
#include "analysis/ListedCallees.h"
#include "analysis/Readiness.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallVector.h"
#include <memory>
#include <optional>

namespace clang::tidy::async {

using BlockingGroup = known::BlockingGroup;

/// The default `BlockingFunctions`: every group, for every library the
/// product knows.
const std::string &defaultBlockingFunctions();

/// The group of a listed name; names that are not defaults are UserListed.
BlockingGroup blockingGroupOf(llvm::StringRef ListedName);

struct BlockingCall {
  const Expr *Call = nullptr;
  /// The listed name the call matched ("std::async" for a dropped future).
  std::string Name;
  BlockingGroup Group = BlockingGroup::UserListed;
};

/// Decides, for one call, whether it blocks by itself and whether the
/// transitive rule may look into the function it calls.
class BlockingCallClassifier {
public:
  BlockingCallClassifier(const NameListOption &BlockingFunctions,
                         const NameListOption &AllowedFunctions,
                         Readiness &Ready)
      : Blocking(BlockingFunctions), Allowed(AllowedFunctions), Ready(&Ready) {}

  /// The call, made in \p Within, blocks the thread it runs on: a listed
  /// function called without a completion token and not on a value that is
  /// already there (see Readiness), `std::async` whose future is dropped,
  /// or a read of the console.
  std::optional<BlockingCall>
  blockingCallOf(const Expr *Call, const FunctionDecl *Within, ASTContext &Ctx);

  /// The function \p Call enters, when its body may be searched for
  /// blocking calls: not listed, not allowed, not a coroutine, not
  /// compiler-generated, defined in the translation unit outside system
  /// headers, and not a callable the caller was handed as a template
  /// argument (an executor's submit machinery runs what its caller chose).
  /// Its definition, or null.
  const FunctionDecl *helperCalledBy(const Expr *Call, const SourceManager &SM);

  void clear() {
    Blocking.clear();
    Allowed.clear();
    Ready->clear();
  }

private:
  bool isDiscardedAsync(const Expr *Call, ASTContext &Ctx);
  ListedCallees Blocking;
  ListedCallees Allowed;
  Readiness *Ready;
};

/// A path from a helper down to the call that blocks: each function on the
/// way and the call in it that leads on; the last call is the blocking one.
struct BlockingChain {
  struct Link {
    const FunctionDecl *Function;
    const Expr *Call;
  };
  llvm::SmallVector<Link, 4> Links;
  BlockingCall Leaf;
};

/// Blocking chains of helpers, shortest first, at most MaxCallDepth
/// functions deep (1: the helper itself blocks).
class BlockingSummaries {
public:
  BlockingSummaries(BlockingCallClassifier &Classifier, unsigned MaxCallDepth)
      : Classifier(&Classifier), MaxCallDepth(MaxCallDepth) {}

  /// The shortest chain from \p Helper (a definition) to a blocking call,
  /// or null when there is none within MaxCallDepth.
  const BlockingChain *chainFrom(const FunctionDecl *Helper, ASTContext &Ctx);
  void clear() {
    Summaries.clear();
    Chains.clear();
  }

private:
  struct Summary {
    std::optional<BlockingCall> Direct;
    /// Each helper called, with its first call site.
    llvm::SmallVector<std::pair<const Expr *, const FunctionDecl *>, 8> Callees;
  };
  const Summary &summaryOf(const FunctionDecl *Function, ASTContext &Ctx);
  std::unique_ptr<BlockingChain> searchChain(const FunctionDecl *Helper,
                                             ASTContext &Ctx);

  BlockingCallClassifier *Classifier;
  unsigned MaxCallDepth;
  llvm::DenseMap<const FunctionDecl *, std::unique_ptr<Summary>> Summaries;
  llvm::DenseMap<const FunctionDecl *, std::unique_ptr<BlockingChain>> Chains;
};

} // namespace clang::tidy::async

#endif
