// RUN: %check_async_tidy %s async-blocking-call-in-coroutine %t -- -- %coro_flags

// Reading the console waits for the user (flake8-async's ASYNC250), and a
// project's own function that shares a C function's name is not that C
// function.
#include <chrono>
#include <coro/coro.hpp>
#include <cstdio>
#include <iostream>
#include <sstream>
#include <string>
#include <unistd.h>

coro::task<std::string> prompt() {
  std::string line;
  std::getline(std::cin, line);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: reading 'std::cin' blocks the thread that runs this coroutine until input arrives; read the console on a thread of its own or offload to a thread pool [async-blocking-call-in-coroutine]
  int n = 0;
  std::cin >> n;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: reading 'std::cin' blocks the thread
  std::cin >> line;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: reading 'std::cin' blocks the thread
  (void)std::cin.get();
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: reading 'std::cin' blocks the thread
  char buf[64];
  std::fgets(buf, sizeof buf, stdin);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'fgets' blocks the thread that runs this coroutine; use the asynchronous operation or offload to a thread pool
  // Near misses: a string stream is memory, and asking about the console
  // reads nothing.
  std::istringstream memory("1 2");
  std::getline(memory, line);
  memory >> n;
  (void)std::cin.good();
  std::cin.tie(nullptr);
  co_return line;
}

std::string readAnswer() {
  std::string answer;
  std::cin >> answer;
  return answer;
}
coro::task<> asks() {
  readAnswer();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'readAnswer' blocks the thread that runs this coroutine: it reads 'std::cin'; read the console on a thread of its own or offload to a thread pool
  // CHECK-MESSAGES: :[[@LINE-6]]:3: note: 'readAnswer' reads 'std::cin' here
  co_return;
}

// A project's own awaitable sleep, in the global namespace like POSIX's.
coro::task<> sleep(std::chrono::milliseconds ms);
coro::task<> naps() {
  co_await sleep(std::chrono::milliseconds(10));
  // Near miss: POSIX's sleep.
  ::sleep(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'sleep' blocks the thread that runs this coroutine; await a timer instead
}
