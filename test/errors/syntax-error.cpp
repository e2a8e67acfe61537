// Code that does not parse: clang's error, clang-tidy's exit code 1, no crash,
// and no async-* diagnostic built on a broken AST.
// RUN: not %async_tidy --checks='-*,async-*' --config={} %s -- -std=c++20 > %t.out 2>&1
// RUN: FileCheck %s --input-file=%t.out --implicit-check-not=async- --implicit-check-not="Stack dump"
// RUN: not %clang_tidy_plugin --checks='-*,async-*' --config={} %s -- -std=c++20 > %t.plugin 2>&1
// RUN: FileCheck %s --input-file=%t.plugin --implicit-check-not=async- --implicit-check-not="Stack dump"
// CHECK: error: no template named 'Tsk' [clang-diagnostic-error]
// CHECK: Found compiler error(s).

#include <coroutine>
Tsk<> broken() { co_await whatever(; }
struct S { void f() { fetch(); } 
