// RUN: %check_async_tidy %s async-dangling-coroutine-reference %t -- -- %coro_flags

#include <coro/coro.hpp>
#include <span>
#include <string>
#include <string_view>

coro::task<void> process(const std::string &name) { co_return; }
// A reference, a view and a pointer: the frame keeps each as it is.
coro::task<void> view(std::string_view name) { co_return; }
// (std::span is a view type too.)
coro::task<void> sum(std::span<const int> values) { co_return; }
coro::task<void> point(const char *text) { co_return; }
// By value: the frame owns a copy, nothing can dangle.
coro::task<void> copy(std::string name) { co_return; }
std::string makeName();
std::vector<int> makeValues();
void use(int);
static const std::string Global = "global";

// Case 1: a temporary bound to the parameter dies at the end of the
// full-expression, and the task is awaited later.
coro::task<void> temporaries() {
  auto named = process(std::string("x"));
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: task returned by 'process' keeps a reference to a temporary that is destroyed at the end of the full-expression, before the coroutine uses it; 'co_await' the task in the same expression, or take the parameter by value [async-dangling-coroutine-reference]
  // CHECK-MESSAGES: :8:45: note: the coroutine frame keeps this reference
  co_await named;
  auto literal = process("literal"); // a temporary std::string made from it
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: task returned by 'process' keeps a reference to a temporary
  // CHECK-MESSAGES: :8:45: note: the coroutine frame keeps this reference
  co_await literal;
  auto viewed = view(makeName());
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: task returned by 'view' keeps a reference to a temporary
  // CHECK-MESSAGES: :10:40: note: the coroutine frame keeps this view
  co_await viewed;
  auto spanned = sum(makeValues());
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: task returned by 'sum' keeps a reference to a temporary
  // CHECK-MESSAGES: :12:43: note: the coroutine frame keeps this view
  co_await spanned;
  auto pointed = point(makeName().c_str());
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: task returned by 'point' keeps a reference to a temporary
  // CHECK-MESSAGES: :13:36: note: the coroutine frame keeps this pointer
  co_await pointed;

  // Silent: awaited in the same full-expression, the temporary outlives it.
  co_await process(std::string("x"));
  co_await view(makeName());
  co_await coro::when_all(process(makeName()), view(makeName()));
  // Silent: static storage, or by value.
  auto fromLiteral = view("literal");
  co_await fromLiteral;
  auto fromGlobal = process(Global);
  co_await fromGlobal;
  auto copied = copy(makeName());
  co_await copied;
  // Silent: a local that lives until the task is awaited.
  std::string local = makeName();
  auto fromLocal = process(local);
  co_await fromLocal;
}

void blocking() {
  // Silent: sync_wait runs the task to completion within the expression.
  coro::sync_wait(process(std::string("x")));
}

// Case 2: a local handed to a detached spawn dies when the spawner returns.
void spawnLocals(coro::thread_pool &pool, std::string byValue,
                 const std::string &byReference) {
  std::string local = makeName();
  pool.spawn_detached(process(local));
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: task returned by 'process' is spawned by 'spawn_detached' but keeps a reference to 'local', which is destroyed when 'spawnLocals' returns; take the parameter by value, or wait for the spawned work before 'local' goes out of scope
  // CHECK-MESSAGES: :8:45: note: the coroutine frame keeps this reference
  pool.spawn_detached(view(byValue));
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: task returned by 'view' is spawned by 'spawn_detached' but keeps a reference to 'byValue', which is destroyed when 'spawnLocals' returns
  // CHECK-MESSAGES: :10:40: note: the coroutine frame keeps this view
  pool.spawn_detached(process(std::move(local)));
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: task returned by 'process' is spawned by 'spawn_detached' but keeps a reference to 'local'
  // CHECK-MESSAGES: :8:45: note: the coroutine frame keeps this reference
  // Silent: the caller's object, static storage, a copy.
  pool.spawn_detached(process(byReference));
  pool.spawn_detached(process(Global));
  pool.spawn_detached(copy(local));
}

void spawnThenWait(coro::thread_pool &pool) {
  std::string config = makeName();
  pool.spawn_detached(process(config));
  // Silent: the function blocks until the work is done while 'config' lives.
  coro::sync_wait(coro::when_all(pool.spawn_joinable(copy(config))));
}

// Case 3: a plain function returns the task made from its own locals.
coro::task<void> wrapper(std::string name) {
  return process(name);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: task returned by 'process' keeps a reference to 'name', which is destroyed when 'wrapper' returns; take the parameter by value, or make 'wrapper' a coroutine that awaits the task
  // CHECK-MESSAGES: :8:45: note: the coroutine frame keeps this reference
}
coro::task<void> wrapperOfLocal() {
  std::string name = makeName();
  return view(name);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: task returned by 'view' keeps a reference to 'name', which is destroyed when 'wrapperOfLocal' returns
  // CHECK-MESSAGES: :10:40: note: the coroutine frame keeps this view
}
// Silent: forwards the caller's reference; a coroutine keeps its own copy.
coro::task<void> forwarder(const std::string &name) { return process(name); }
coro::task<void> coroutineWrapper(std::string name) { co_await process(name); }

// Case 4: a capturing lambda coroutine called on its temporary closure.
coro::task<void> lambdas(coro::thread_pool &pool, int x) {
  auto later = [x]() -> coro::task<void> {
    // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: the captures of this lambda coroutine are destroyed with its temporary closure at the end of the full-expression, but its task runs later; pass the lambda itself to the spawn, or pass the values as parameters
    // CHECK-MESSAGES: :[[@LINE-2]]:17: note: captured here: the capture lives in the closure, not in the coroutine frame
    use(x);
    co_return;
  }();
  co_await later;
  pool.spawn_detached([&]() -> coro::task<void> {
    // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: the captures of this lambda coroutine are destroyed with its temporary closure
    // CHECK-MESSAGES: :[[@LINE-2]]:24: note: captured here
    use(x);
    co_return;
  }());

  // Silent: awaited at once, a named closure that lives on, no captures.
  co_await [x]() -> coro::task<void> {
    use(x);
    co_return;
  }();
  auto named = [x]() -> coro::task<void> {
    use(x);
    co_return;
  };
  auto fromNamed = named();
  co_await fromNamed;
  auto uncaptured = []() -> coro::task<void> { co_return; }();
  co_await uncaptured;
}

// Templates: a dependent call is decided on the instantiations, and reported
// once however many there are.
struct Named {
  std::string name() const;
};
struct Titled {
  std::string name() const;
};
template <class T> coro::task<void> generic(T item) {
  auto named = process(item.name());
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: task returned by 'process' keeps a reference to a temporary
  // CHECK-MESSAGES: :8:45: note: the coroutine frame keeps this reference
  co_await named;
  // Silent: awaited in the same full-expression, in every instantiation.
  co_await view(item.name());
}
template coro::task<void> generic(Named);
template coro::task<void> generic(Titled);

// Macros: reported at the expansion.
#define START_PROCESS(var, text) auto var = process(std::string(text))
coro::task<void> macros() {
  START_PROCESS(started, "x");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task returned by 'process' keeps a reference to a temporary
  // CHECK-MESSAGES: :8:45: note: the coroutine frame keeps this reference
  co_await started;
}
