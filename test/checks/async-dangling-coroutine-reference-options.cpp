// ViewTypes and SpawnFunctions replace the defaults; AdditionalViewTypes
// and AdditionalSpawnFunctions extend them.
// RUN: %check_async_tidy --check-suffixes=DEFAULT %s async-dangling-coroutine-reference %t -- -- %coro_flags
// RUN: %check_async_tidy --check-suffixes=DEFAULT,ADD %s async-dangling-coroutine-reference %t -- \
// RUN:   -config="{CheckOptions: {async-dangling-coroutine-reference.AdditionalViewTypes: 'app::Slice', async-dangling-coroutine-reference.AdditionalSpawnFunctions: 'app::fireAndForget'}}" -- %coro_flags
// RUN: %check_async_tidy --check-suffixes=ADD %s async-dangling-coroutine-reference %t -- \
// RUN:   -config="{CheckOptions: {async-dangling-coroutine-reference.ViewTypes: 'app::Slice', async-dangling-coroutine-reference.SpawnFunctions: 'app::fireAndForget'}}" -- %coro_flags

#include <coro/coro.hpp>
#include <string>
#include <string_view>

namespace app {
// The code base's own view type and spawn function.
struct Slice {
  Slice(const std::string &owner);
};
void fireAndForget(coro::task<void> &&task);
} // namespace app

coro::task<void> viewed(std::string_view text) { co_return; }
coro::task<void> sliced(app::Slice text) { co_return; }
coro::task<void> named(const std::string &text) { co_return; }
std::string makeName();

coro::task<void> run(coro::thread_pool &pool) {
  auto a = viewed(makeName());
  // CHECK-MESSAGES-DEFAULT: :[[@LINE-1]]:12: warning: task returned by 'viewed' keeps a reference to a temporary
  // CHECK-MESSAGES-DEFAULT: :21:42: note: the coroutine frame keeps this view
  co_await a;
  auto b = sliced(makeName());
  // CHECK-MESSAGES-ADD: :[[@LINE-1]]:12: warning: task returned by 'sliced' keeps a reference to a temporary
  // CHECK-MESSAGES-ADD: :22:36: note: the coroutine frame keeps this view
  co_await b;
  std::string local = makeName();
  pool.spawn_detached(named(local));
  // CHECK-MESSAGES-DEFAULT: :[[@LINE-1]]:23: warning: task returned by 'named' is spawned by 'spawn_detached'
  // CHECK-MESSAGES-DEFAULT: :23:43: note: the coroutine frame keeps this reference
  app::fireAndForget(named(local));
  // CHECK-MESSAGES-ADD: :[[@LINE-1]]:22: warning: task returned by 'named' is spawned by 'fireAndForget'
  // CHECK-MESSAGES-ADD: :23:43: note: the coroutine frame keeps this reference
}
