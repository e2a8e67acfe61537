//===--- ControlExits.h - how can control leave this statement? -----------===//
//
// "Does every path through this handler end in a rethrow?", "can this
// handler fall through into the next loop iteration?", "does it ever
// throw?": answered by one structured walk over the statement, without a CFG.
// The walk is exact for structured code and conservative elsewhere (a
// `switch` may always complete, a `goto` is a jump to somewhere unknown).
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_ANALYSIS_CONTROLEXITS_H
#define ASYNC_TIDY_ANALYSIS_CONTROLEXITS_H

#include "clang/AST/ASTContext.h"
#include "clang/AST/Stmt.h"
#include "llvm/ADT/ArrayRef.h"
#include <functional>

namespace clang::tidy::async {

/// The ways control can leave a statement; several can hold at once.
struct Exits {
  /// It completes normally and the next statement runs.
  bool FallsThrough = false;
  /// A `break` or `continue` that leaves it for an enclosing loop or switch.
  bool Breaks = false;
  bool Continues = false;
  /// `return` / `co_return`, with a value or without one.
  bool ReturnsValue = false;
  bool ReturnsVoid = false;
  /// `throw;`, or a call that rethrows the exception being handled.
  bool Rethrows = false;
  /// `throw x;`, or a call that never returns (`std::abort`).
  bool Throws = false;
  /// A `goto`: it goes somewhere this walk does not follow.
  bool Jumps = false;

  Exits &operator|=(const Exits &Other);
  /// Some path leaves without an exception: the statement after it, the
  /// enclosing loop or the function's caller carries on.
  bool completesWithoutException() const {
    return FallsThrough || Breaks || Continues || ReturnsValue || ReturnsVoid ||
           Jumps;
  }
};

/// Computes the exits of statements. \p IsRethrowCall names the calls that
/// rethrow the exception being handled beyond `std::rethrow_exception` (which
/// is `[[noreturn]]`); it receives calls and constructions.
class ControlExits {
public:
  ControlExits(ASTContext &Ctx, std::function<bool(const Expr *)> IsRethrowCall)
      : Ctx(Ctx), IsRethrowCall(std::move(IsRethrowCall)) {}

  Exits exitsOf(const Stmt *S);
  /// The exits of statements that run one after the other.
  Exits exitsOfSequence(llvm::ArrayRef<const Stmt *> Statements);

private:
  Exits exitsOfIf(const IfStmt *If);
  Exits exitsOfLoop(const Stmt *Body, const Expr *Cond);
  Exits exitsOfExpression(const Expr *E);

  ASTContext &Ctx;
  std::function<bool(const Expr *)> IsRethrowCall;
};

} // namespace clang::tidy::async

#endif
