// Spawned work from which nothing realistic can escape: a noexcept callable,
// awaits that cannot throw, and calls that fail only when memory runs out or
// do not throw in practice. Each beside the near miss that is still reported.
// RUN: %check_async_tidy %s async-detached-spawn %t -- -- -std=c++20

#include <coroutine>
#include <iostream>
#include <map>
#include <memory>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

// Declarations as libcoro and concurrencpp spell them
// (coro/thread_pool.hpp, coro/event.hpp, concurrencpp/executors/executor.h).
namespace coro {
template <class T = void> class task {
public:
  struct promise_type {
    task get_return_object() { return {}; }
    std::suspend_always initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() {}
  };
  bool await_ready() { return false; }
  void await_suspend(std::coroutine_handle<>) {}
  void await_resume() {}
};
class thread_pool {
public:
  auto spawn_detached(coro::task<void> user_task) -> bool;
};
class event {
public:
  struct awaiter {
    bool await_ready() const noexcept;
    bool await_suspend(std::coroutine_handle<>) noexcept;
    void await_resume() noexcept {}
  };
  awaiter operator co_await() const noexcept;
};
} // namespace coro

namespace concurrencpp {
class executor {
public:
  template <class C, class... A> void post(C &&callable, A &&...args) {}
};
} // namespace concurrencpp

// --- a noexcept callable ---------------------------------------------------

// Like concurrencpp's await_via_functor: its call operator is noexcept and
// defined elsewhere; an exception would end the program, not vanish.
struct ResumeFunctor {
  std::coroutine_handle<> Handle;
  void operator()() noexcept;
};
// The same functor whose call operator may throw.
struct RunFunctor {
  std::coroutine_handle<> Handle;
  void operator()();
};
// One whose body is visible and throws.
struct CheckFunctor {
  int Limit;
  void operator()() {
    if (Limit < 0)
      throw std::invalid_argument("limit");
  }
};

void resumeLater(concurrencpp::executor &Ex, std::coroutine_handle<> H) {
  Ex.post(ResumeFunctor{H});
  Ex.post(RunFunctor{H});
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: 'post' drops any exception escaping 'RunFunctor'; catch inside it, or spawn it joinably and await the result [async-detached-spawn]
  Ex.post(CheckFunctor{1});
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: 'post' drops any exception escaping 'CheckFunctor'
  // CHECK-MESSAGES: :[[@LINE-10]]:7: note: an exception can escape 'CheckFunctor' here
  Ex.post([]() noexcept { throw std::runtime_error("terminates"); });
  Ex.post([] { throw std::runtime_error("dropped"); });
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: 'post' drops any exception escaping the lambda
  // CHECK-MESSAGES: :[[@LINE-2]]:16: note: an exception can escape the lambda here
}

// --- awaits that cannot throw ----------------------------------------------

struct Alarm {
  bool await_ready() noexcept;
  void await_suspend(std::coroutine_handle<>) noexcept;
  void await_resume();
};

// Silent: coro::event's awaiter is noexcept from end to end.
coro::task<void> waitForStart(coro::event &Started) { co_await Started; }
// An awaiter whose await_resume() may throw.
coro::task<void> waitForAlarm() { co_await Alarm{}; }

void startWaiters(coro::thread_pool &Pool, coro::event &Started) {
  Pool.spawn_detached(waitForStart(Started));
  Pool.spawn_detached(waitForAlarm());
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: 'spawn_detached' drops any exception escaping 'waitForAlarm'
  // CHECK-MESSAGES: :[[@LINE-6]]:35: note: an exception can escape 'waitForAlarm' here
}

// --- calls that only allocate or do not throw in practice -------------------

struct Status {
  bool Ok;
};
Status readSome(std::string &Buffer) noexcept;
coro::task<void> flushLater(std::vector<std::string> Lines) { co_return; }

// Silent: strings, containers, smart pointers, new, stream output and
// making a coroutine frame fail only when memory runs out.
coro::task<void> echoSession(coro::event &Ready) {
  std::string Buffer(1024, '\0');
  std::vector<std::string> Lines;
  std::map<int, std::string> ById;
  auto Shared = std::make_shared<int>(1);
  auto *Raw = new int(2);
  co_await Ready;
  while (readSome(Buffer).Ok) {
    Lines.push_back(Buffer);
    ById[*Shared + *Raw] = Buffer;
    Buffer.resize(16);
    std::cerr << "read " << Buffer.size() << " bytes" << std::endl;
  }
  auto Flush = flushLater(std::move(Lines));
  delete Raw;
}

// A checked access throws std::out_of_range.
coro::task<void> firstLine(coro::event &Ready, std::vector<std::string> Lines) {
  co_await Ready;
  std::cerr << Lines.at(0);
}

void startSessions(coro::thread_pool &Pool, coro::event &Ready) {
  Pool.spawn_detached(echoSession(Ready));
  Pool.spawn_detached(firstLine(Ready, {}));
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: 'spawn_detached' drops any exception escaping 'firstLine'
  // CHECK-MESSAGES: :[[@LINE-7]]:16: note: an exception can escape 'firstLine' here
}

// --- operations that hand back a status, and accessors of it ----------------

// As libcoro spells them (coro/net/io_status.hpp, coro/net/tcp/client.hpp):
// a read resumes with a pair that starts with the status, and the status's
// accessors are defined in the class without `noexcept`.
namespace coro::net {
struct io_status {
  enum class kind { ok, closed };
  kind type;
  bool is_ok() const { return type == kind::ok; }
  bool is_closed() const { return type == kind::closed; }
  explicit operator bool() const { return is_ok(); }
};
template <class R> struct operation {
  bool await_ready();
  void await_suspend(std::coroutine_handle<>);
  R await_resume();
};
struct client {
  operation<std::pair<io_status, int>> read_some(std::string &Buffer);
  operation<std::pair<int, int>> read_count(std::string &Buffer);
};
} // namespace coro::net

bool peerStillThere(int Fd);
struct Peer {
  int Fd;
  bool alive() const { return peerStillThere(Fd); }
};

// Silent: the read hands its failure back in the status, and testing the
// status throws nothing.
coro::task<void> readUntilClosed(coro::net::client Client) {
  std::string Buffer(64, '\0');
  while (true) {
    auto [Status, N] = co_await Client.read_some(Buffer);
    if (!Status || Status.is_closed())
      co_return;
  }
}

// A read that resumes with a plain count has no status to fail with.
coro::task<void> readCounts(coro::net::client Client) {
  std::string Buffer(64, '\0');
  auto [Count, N] = co_await Client.read_count(Buffer);
}

// An accessor that calls a function which may throw.
coro::task<void> readWhileAlive(coro::net::client Client, Peer P) {
  std::string Buffer(64, '\0');
  while (P.alive())
    co_await Client.read_some(Buffer);
}

void startReaders(coro::thread_pool &Pool, coro::net::client Client) {
  Pool.spawn_detached(readUntilClosed(Client));
  Pool.spawn_detached(readCounts(Client));
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: 'spawn_detached' drops any exception escaping 'readCounts'
  // CHECK-MESSAGES: :[[@LINE-14]]:21: note: an exception can escape 'readCounts' here
  Pool.spawn_detached(readWhileAlive(Client, Peer{3}));
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: 'spawn_detached' drops any exception escaping 'readWhileAlive'
  // CHECK-MESSAGES: :[[@LINE-11]]:10: note: an exception can escape 'readWhileAlive' here
}
