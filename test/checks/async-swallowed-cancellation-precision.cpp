// Where no cancellation is swallowed although a handler catches everything:
// a test macro's try/catch in a `do ... while (false)`, a loop that runs once,
// an await that cannot resume with an exception. Each beside the near miss
// that is still reported.
// RUN: %check_async_tidy %s async-swallowed-cancellation %t -- -- -std=c++20

#include <coroutine>
#include <exception>

namespace cppcoro {
class operation_cancelled : public std::exception {};
template <class T = void> class task {
public:
  struct promise_type {
    task get_return_object() noexcept;
    std::suspend_always initial_suspend() noexcept;
    std::suspend_always final_suspend() noexcept;
    void unhandled_exception() noexcept;
    void return_value(T) noexcept;
  };
  bool await_ready() noexcept;
  void await_suspend(std::coroutine_handle<>) noexcept;
  T await_resume();
};
template <> class task<void> {
public:
  struct promise_type {
    task get_return_object() noexcept;
    std::suspend_always initial_suspend() noexcept;
    std::suspend_always final_suspend() noexcept;
    void unhandled_exception() noexcept;
    void return_void() noexcept;
  };
  bool await_ready() noexcept;
  void await_suspend(std::coroutine_handle<>) noexcept;
  void await_resume();
};
} // namespace cppcoro

using cppcoro::task;
task<int> next();
void recordFailure(const char *);

// A test framework's assertion: its try/catch and its one-shot loop are the
// macro author's design.
#define EXPECT_NO_THROW(expr)                                                  \
  do {                                                                         \
    try {                                                                      \
      expr;                                                                    \
    } catch (...) {                                                            \
      recordFailure(#expr);                                                    \
    }                                                                          \
  } while (false)

// Silent: the handler comes from the macro.
task<int> readTwice() {
  int Total = 0;
  for (int I = 0; I < 2; ++I)
    EXPECT_NO_THROW(Total += co_await next());
  co_return Total;
}

// The same try written by the user in a real retry loop is reported.
task<void> readUntilDone() {
  for (;;) {
    try {
      if (co_await next() == 0)
        co_return;
    } catch (...) {
      // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: catch-all handler swallows cancellation and the loop goes round again, so 'readUntilDone' never stops when cancelled; rethrow it or test for cancellation [async-swallowed-cancellation]
      recordFailure("next");
    }
  }
}

// Silent: a `do ... while (false)` written by the user runs once; nothing
// goes round again.
task<void> readOnce() {
  do {
    try {
      co_await next();
    } catch (...) {
      recordFailure("next");
    }
  } while (false);
}

// Silent: every path through the body leaves the loop.
task<void> readFirst() {
  while (true) {
    try {
      co_await next();
    } catch (...) {
      recordFailure("next");
    }
    break;
  }
}

// The same loop with a condition that holds is a retry loop.
task<void> readAgain(bool &Running) {
  do {
    try {
      co_await next();
    } catch (...) {
      // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: catch-all handler swallows cancellation and the loop goes round again, so 'readAgain' never stops when cancelled
      recordFailure("next");
    }
  } while (Running);
}

// --- awaits that cannot resume with an exception ---------------------------

// An awaiter whose await_resume() is noexcept: the coroutine resumes without
// an exception, so no cancellation reaches the handler.
struct Tick {
  bool await_ready() noexcept;
  void await_suspend(std::coroutine_handle<>) noexcept;
  void await_resume() noexcept;
};
// The same awaiter whose await_resume() may throw.
struct Alarm {
  bool await_ready() noexcept;
  void await_suspend(std::coroutine_handle<>) noexcept;
  void await_resume();
};
int work();

// Silent: only the noexcept awaiter is awaited in the try.
task<void> ticker() {
  for (;;) {
    try {
      co_await Tick{};
      work();
    } catch (...) {
      recordFailure("work");
    }
  }
}

task<void> alarms() {
  for (;;) {
    try {
      co_await Alarm{};
      work();
    } catch (...) {
      // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: catch-all handler swallows cancellation and the loop goes round again, so 'alarms' never stops when cancelled
      // CHECK-MESSAGES: :[[@LINE-4]]:7: note: the awaited operation can be cancelled here
      recordFailure("work");
    }
  }
}

// The note names the first await that can be cancelled, not the noexcept one.
task<void> tickThenRead() {
  for (;;) {
    try {
      co_await Tick{};
      co_await next();
    } catch (const std::exception &) {
      // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: handler for 'std::exception' swallows cancellation ('cppcoro::operation_cancelled') and the loop goes round again, so 'tickThenRead' never stops when cancelled
      // CHECK-MESSAGES: :[[@LINE-3]]:7: note: the awaited operation can be cancelled here
      recordFailure("next");
    }
  }
}

// --- the error-code tokens of asio 1.30 and later --------------------------

// `as_tuple` and `redirect_error(ec)` without a token are objects of the
// `partial_*` classes, completing with the default token (asio/as_tuple.hpp,
// asio/redirect_error.hpp); declared here as asio spells them.
#include <tuple>
namespace asio {
struct error_code {
  explicit operator bool() const noexcept;
};
namespace error {
enum basic_errors { operation_aborted = 125 };
} // namespace error
bool operator==(const error_code &, error::basic_errors) noexcept;
struct partial_as_tuple {};
inline constexpr partial_as_tuple as_tuple;
class partial_redirect_error {
public:
  explicit partial_redirect_error(error_code &Ec) : Ec(Ec) {}
  error_code &Ec;
};
inline partial_redirect_error redirect_error(error_code &Ec) {
  return partial_redirect_error(Ec);
}
struct socket {};
struct acceptor {
  task<std::tuple<error_code, socket>> async_accept(partial_as_tuple);
};
struct steady_timer {
  task<void> async_wait(partial_redirect_error);
};
} // namespace asio

task<void> acceptLoop(asio::acceptor &Acceptor) {
  for (;;) {
    auto [E, Socket] = co_await Acceptor.async_accept(asio::as_tuple);
    // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: loop awaits 'async_accept' with an error-code token and goes round again on error, so 'acceptLoop' never stops when cancelled; test the error for 'asio::error::operation_aborted' and stop
    if (E)
      recordFailure("accept");
  }
}

task<void> tickLoop(asio::steady_timer &Timer) {
  asio::error_code Ec;
  for (;;) {
    co_await Timer.async_wait(asio::redirect_error(Ec));
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: loop awaits 'async_wait' with an error-code token and goes round again on error, so 'tickLoop' never stops when cancelled; test the error for 'asio::error::operation_aborted' and stop
  }
}

// Silent: the loop tests the redirected error for cancellation.
task<void> tickUntilAborted(asio::steady_timer &Timer) {
  asio::error_code Ec;
  for (;;) {
    co_await Timer.async_wait(asio::redirect_error(Ec));
    if (Ec == asio::error::operation_aborted)
      co_return;
  }
}
