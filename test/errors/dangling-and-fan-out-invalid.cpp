// Coroutine calls, spawns and fan-outs that do not compile: clang's errors,
// no crash, and no async-dangling-coroutine-reference or
// async-unbounded-fan-out diagnostic built on a broken call or loop.
// RUN: not %async_tidy --checks='-*,async-dangling-coroutine-reference,async-unbounded-fan-out' --config={} %s -- -std=c++20 -isystem %S/../Inputs > %t.out 2>&1
// RUN: FileCheck %s --input-file=%t.out --implicit-check-not=async- --implicit-check-not="Stack dump"
// RUN: not %clang_tidy_plugin --checks='-*,async-dangling-coroutine-reference,async-unbounded-fan-out' --config={} %s -- -std=c++20 -isystem %S/../Inputs > %t.plugin 2>&1
// RUN: FileCheck %s --input-file=%t.plugin --implicit-check-not=async- --implicit-check-not="Stack dump"
// CHECK-DAG: error: use of undeclared identifier 'undeclaredName' [clang-diagnostic-error]
// CHECK-DAG: error: use of undeclared identifier 'Unknown' [clang-diagnostic-error]
// CHECK-DAG: error: use of undeclared identifier 'undeclaredItems' [clang-diagnostic-error]
// CHECK-DAG: error: no matching function for call to 'process' [clang-diagnostic-error]
// CHECK-DAG: error: use of undeclared identifier 'undeclaredTasks' [clang-diagnostic-error]
// CHECK: Found compiler error(s).

#include <coro/coro.hpp>
#include <string>
#include <vector>

coro::task<void> process(const std::string &name);
coro::task<void> fetch(std::string url);

coro::task<void> brokenArguments(coro::thread_pool &pool) {
  auto a = process(undeclaredName());
  co_await a;
  auto b = process(std::string("x"), 42);
  co_await b;
  pool.spawn_detached(process(Unknown{}));
  auto c = [&, undeclaredName]() -> coro::task<void> { co_return; }();
  co_await c;
}

coro::task<void> brokenLoops(coro::thread_pool &pool) {
  for (const auto &item : undeclaredItems)
    pool.spawn_detached(fetch(item));
  std::vector<coro::task<void>> tasks;
  for (int i = 0; i < undeclaredName; ++i)
    tasks.push_back(fetch("x"));
  co_await coro::when_all(std::move(undeclaredTasks));
  co_await coro::when_all(std::move(tasks));
}
