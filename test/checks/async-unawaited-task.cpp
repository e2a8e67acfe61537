// RUN: %check_async_tidy %s async-unawaited-task %t -- -- -std=c++20
// RUN: %check_async_tidy --check-suffixes=,STRICT %s async-unawaited-task %t -- \
// RUN:   -config="{CheckOptions: {async-unawaited-task.AllowExplicitDiscard: false}}" -- -std=c++20

#include <coroutine>

// A hand-written lazy task, detected from its promise_type and await_* members.
template <class T = void> struct Task {
  struct promise_type {
    Task get_return_object() { return {}; }
    std::suspend_always initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() {}
  };
  bool await_ready() { return false; }
  void await_suspend(std::coroutine_handle<>) {}
  void await_resume() {}
};

// An eager task: its initial awaiter's await_ready is a constant true.
struct RunNow {
  bool await_ready() const noexcept { return true; }
  void await_suspend(std::coroutine_handle<>) const noexcept {}
  void await_resume() const noexcept {}
};
struct Eager {
  struct promise_type {
    Eager get_return_object() { return {}; }
    RunNow initial_suspend() noexcept { return {}; }
    std::suspend_never final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() {}
  };
  bool await_ready() { return true; }
  void await_suspend(std::coroutine_handle<>) {}
  void await_resume() {}
};

// Awaitable only through a non-member operator co_await, found by ADL.
namespace net {
struct Op {
  struct promise_type {
    Op get_return_object() { return {}; }
    std::suspend_always initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() {}
  };
};
std::suspend_never operator co_await(Op);
} // namespace net

// A synchronous generator: it has a promise but cannot be awaited.
template <class T> struct Generator {
  struct promise_type {
    Generator get_return_object() { return {}; }
    std::suspend_always initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    std::suspend_always yield_value(T) { return {}; }
    void return_void() {}
    void unhandled_exception() {}
  };
};

Task<> fetch(int);
Eager fire(int);
net::Op send();
Generator<int> numbers();
int plain(int);

struct Client {
  Task<> refresh();
  static Task<> make();
};

Task<> discardedStatements(Client &c) {
  fetch(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task returned by 'fetch' is never awaited; the coroutine will not run [async-unawaited-task]
  // CHECK-FIXES: {{^}}  co_await fetch(1);{{$}}
  c.refresh();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task returned by 'refresh' is never awaited; the coroutine will not run
  // CHECK-FIXES: {{^}}  co_await c.refresh();{{$}}
  Client::make();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task returned by 'make' is never awaited; the coroutine will not run
  // CHECK-FIXES: {{^}}  co_await Client::make();{{$}}
  fire(2);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task returned by 'fire' is never awaited; it runs detached and its result and exceptions are lost
  // CHECK-FIXES: {{^}}  co_await fire(2);{{$}}
  send();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task returned by 'send' is never awaited; the coroutine will not run
  // CHECK-FIXES: {{^}}  co_await send();{{$}}
  if (plain(0))
    fetch(3);
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: task returned by 'fetch' is never awaited
  // CHECK-FIXES: {{^}}    co_await fetch(3);{{$}}
  for (int i = 0; i < 2; fetch(4))
    // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: task returned by 'fetch' is never awaited
    // CHECK-FIXES: {{^}}  for (int i = 0; i < 2; co_await fetch(4)){{$}}
    ++i;
  (fetch(5));
  // CHECK-MESSAGES: :[[@LINE-1]]:4: warning: task returned by 'fetch' is never awaited
  // CHECK-FIXES: {{^}}  co_await (fetch(5));{{$}}
  fetch(6), plain(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task returned by 'fetch' is never awaited
  // CHECK-FIXES: {{^}}  co_await fetch(6), plain(1);{{$}}
  plain(2) ? fetch(7) : fetch(8);
  // No fix: awaiting one branch would leave the other one a task.
  // CHECK-MESSAGES: :[[@LINE-2]]:14: warning: task returned by 'fetch' is never awaited
  // CHECK-MESSAGES: :[[@LINE-3]]:25: warning: task returned by 'fetch' is never awaited
  // CHECK-FIXES: {{^}}  plain(2) ? fetch(7) : fetch(8);{{$}}
  co_return;
}

Task<> explicitDiscards() {
  // A lazy task cast to void still never runs: always reported.
  (void)fetch(10);
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: task returned by 'fetch' is never awaited; the coroutine will not run
  // CHECK-FIXES: {{^}}  (void)co_await fetch(10);{{$}}
  // An eager task cast to void ran; the discard is deliberate unless
  // AllowExplicitDiscard is false.
  (void)fire(11);
  // CHECK-MESSAGES-STRICT: :[[@LINE-1]]:9: warning: task returned by 'fire' is never awaited; it runs detached
  static_cast<void>(fire(12));
  // CHECK-MESSAGES-STRICT: :[[@LINE-1]]:21: warning: task returned by 'fire' is never awaited; it runs detached
  [[maybe_unused]] auto kept = fire(13);
  // CHECK-MESSAGES-STRICT: :[[@LINE-1]]:25: warning: task 'kept' returned by 'fire' is never awaited
  co_return;
}

Task<> unusedVariables() {
  auto never = fetch(20);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: task 'never' returned by 'fetch' is never awaited; the coroutine will not run
  Eager eager = fire(21);
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: task 'eager' returned by 'fire' is never awaited; it runs detached and its result and exceptions are lost
  // Silent: every one of these variables is used.
  auto awaited = fetch(22);
  co_await awaited;
  auto moved = fetch(23);
  Task<> other = static_cast<Task<> &&>(moved);
  co_await other;
  auto passed = fetch(24);
  [](Task<>) {}(passed);
  auto returned = fetch(25);
  co_await [&]() -> Task<> { co_await returned; }();
}

// Silent: a task that is awaited, returned, passed on or stored.
struct Holder { Task<> member; };
void takes(Task<>);
Task<> forwarded() { return fetch(30); }
Task<> usedTasks(Holder &h) {
  co_await fetch(31);
  takes(fetch(32));
  h.member = fetch(33);
  Task<> arr[] = {fetch(34)};
  co_await arr[0];
  co_return;
}

// Silent: generators are not awaitable, and non-task calls are not tasks.
Task<> notTasks() {
  numbers();
  plain(40);
  co_return;
}

void notACoroutine() {
  fetch(50);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task returned by 'fetch' is never awaited; the coroutine will not run
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: 'co_await' it from a coroutine, or hand it to 'sync_wait' or 'co_spawn' to run it
  // CHECK-FIXES: {{^}}  fetch(50);{{$}}
}

Task<> inHandler() {
  try {
    co_await fetch(60);
  } catch (...) {
    fetch(61);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: task returned by 'fetch' is never awaited
    // CHECK-MESSAGES: :[[@LINE-2]]:5: note: 'co_await' is not allowed in a 'catch' handler; keep the task and await it after the handler
    // CHECK-FIXES: {{^}}    fetch(61);{{$}}
  }
}

// Lambdas: a non-coroutine lambda inside a coroutine gets no fix-it; a
// coroutine lambda does.
Task<> lambdas() {
  auto sync = [] {
    fetch(70);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: task returned by 'fetch' is never awaited
    // CHECK-MESSAGES: :[[@LINE-2]]:5: note: 'co_await' it from a coroutine
    // CHECK-FIXES: {{^}}    fetch(70);{{$}}
  };
  sync();
  auto async = []() -> Task<> {
    fetch(71);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: task returned by 'fetch' is never awaited
    // CHECK-FIXES: {{^}}    co_await fetch(71);{{$}}
    co_return;
  };
  async();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task returned by the lambda is never awaited; the coroutine will not run
  // CHECK-FIXES: {{^}}  co_await async();{{$}}
  co_return;
}

// Templates: one diagnostic per location, however many instantiations.
template <class T> Task<> generic() {
  fetch(80);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task returned by 'fetch' is never awaited
  // CHECK-FIXES: {{^}}  co_await fetch(80);{{$}}
  // Whether this is a task depends on T (generic<Sync> gets an int), so no
  // rewrite of the template is safe: diagnostic without a fix-it.
  T::make();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task returned by 'make' is never awaited
  // CHECK-FIXES: {{^}}  T::make();{{$}}
  co_return;
}
struct Sync { static int make(); };
Task<> instantiate() {
  co_await generic<Client>();
  co_await generic<Client>();
  co_await generic<Sync>();
}

// Macros: the diagnostic stays, the fix-it does not go inside the expansion.
#define FETCH(n) fetch(n)
#define SPAWN_AND_FORGET() fetch(90)
Task<> macros() {
  FETCH(91);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task returned by 'fetch' is never awaited
  // CHECK-FIXES: {{^}}  FETCH(91);{{$}}
  SPAWN_AND_FORGET();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task returned by 'fetch' is never awaited
  // CHECK-FIXES: {{^}}  SPAWN_AND_FORGET();{{$}}
  co_return;
}

// An operator that returns a task needs parentheses under co_await.
Task<> operator+(Client, int);
Task<> operators(Client c) {
  c + 1;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task returned by 'operator+' is never awaited
  // CHECK-FIXES: {{^}}  co_await (c + 1);{{$}}
  co_return;
}

// A generator coroutine may not co_await: no fix-it there.
Generator<int> producer() {
  fetch(100);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task returned by 'fetch' is never awaited
  // CHECK-FIXES: {{^}}  fetch(100);{{$}}
  co_yield 1;
}
