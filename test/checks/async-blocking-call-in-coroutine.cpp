// RUN: %check_async_tidy %s async-blocking-call-in-coroutine %t -- -- -std=c++20

// The standard library and POSIX: each default group with its remedy, and
// the near misses that must stay silent.
#include <barrier>
#include <chrono>
#include <condition_variable>
#include <coroutine>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <future>
#include <latch>
#include <mutex>
#include <semaphore>
#include <thread>
#include <unistd.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <netdb.h>

template <class T = void> struct task {
  struct promise_type {
    task get_return_object() { return {}; }
    std::suspend_always initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() {}
  };
  bool await_ready();
  void await_suspend(std::coroutine_handle<>);
  void await_resume();
};

using namespace std::chrono_literals;

task<> sleeping() {
  ::sleep(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'sleep' blocks the thread that runs this coroutine; await a timer instead [async-blocking-call-in-coroutine]
  usleep(10);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'usleep' blocks the thread that runs this coroutine; await a timer instead
  std::this_thread::sleep_for(10ms);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'std::this_thread::sleep_for' blocks the thread that runs this coroutine; await a timer instead
  std::this_thread::sleep_until(std::chrono::steady_clock::now() + 1s);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'std::this_thread::sleep_until' blocks the thread that runs this coroutine; await a timer instead
  // Silent: yielding the thread is not waiting.
  std::this_thread::yield();
  co_return;
}

task<> waiting(std::thread &worker, std::future<int> &result,
               std::shared_future<int> shared, std::condition_variable &cv,
               std::mutex &m, std::counting_semaphore<4> &slots,
               std::latch &done, std::barrier<> &phase) {
  worker.join();
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'std::thread::join' blocks the thread that runs this coroutine; await an asynchronous primitive or offload to a thread pool
  int value = result.get();
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: 'std::future::get' blocks the thread that runs this coroutine; await an asynchronous primitive or offload to a thread pool
  // libstdc++ declares wait() in a base class; the object's class counts.
  result.wait_for(1s);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'std::future::wait_for' blocks the thread that runs this coroutine; await an asynchronous primitive
  shared.wait();
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'std::shared_future::wait' blocks the thread that runs this coroutine; await an asynchronous primitive
  std::unique_lock<std::mutex> lock(m);
  cv.wait(lock, [&] { return value > 0; });
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: 'std::condition_variable::wait' blocks the thread that runs this coroutine; await an asynchronous primitive
  cv.wait_for(lock, 1s);
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: 'std::condition_variable::wait_for' blocks the thread that runs this coroutine
  slots.acquire();
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'std::counting_semaphore::acquire' blocks the thread that runs this coroutine
  done.arrive_and_wait();
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: 'std::latch::arrive_and_wait' blocks the thread that runs this coroutine
  phase.arrive_and_wait();
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'std::barrier::arrive_and_wait' blocks the thread that runs this coroutine
  auto *pointer = &result;
  pointer->get();
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'std::future::get' blocks the thread that runs this coroutine

  // Silent: none of these waits.
  if (m.try_lock())
    m.unlock();
  (void)slots.try_acquire();
  (void)result.valid();
  done.count_down();
  (void)worker.joinable();
  cv.notify_all();
  co_return;
}

task<> asyncDestructor() {
  std::async(std::launch::async, [] { ::sleep(1); });
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: discarded future of 'std::async' blocks the thread that runs this coroutine until the work finishes; offload the work to a thread pool instead
  (void)std::async([] { return 1; });
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: discarded future of 'std::async' blocks the thread
  // Silent: the future is kept (its get() would be reported where it is
  // called), and a deferred launch never waits in the destructor.
  auto kept = std::async([] { return 2; });
  std::async(std::launch::deferred, [] { return 3; });
  co_return;
}

task<> blockingIO(int fd, const char *name, std::filesystem::path dir) {
  char buffer[64];
  std::FILE *file = std::fopen(name, "r");
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: 'fopen' blocks the thread that runs this coroutine; use the asynchronous operation or offload to a thread pool
  std::fgets(buffer, sizeof buffer, file);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'fgets' blocks the thread that runs this coroutine; use the asynchronous operation
  ::read(fd, buffer, sizeof buffer);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'read' blocks the thread that runs this coroutine; use the asynchronous operation
  ::recv(fd, buffer, sizeof buffer, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'recv' blocks the thread that runs this coroutine
  addrinfo *found = nullptr;
  ::getaddrinfo(name, "80", nullptr, &found);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'getaddrinfo' blocks the thread that runs this coroutine
  std::ifstream config(name);
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'std::basic_ifstream::basic_ifstream' blocks the thread that runs this coroutine
  std::ofstream log;
  log.open("log.txt");
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: 'std::basic_ofstream::open' blocks the thread that runs this coroutine
  if (std::filesystem::exists(dir))
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: 'std::filesystem::exists' blocks the thread that runs this coroutine
    std::filesystem::create_directories(dir / "cache");
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'std::filesystem::create_directories' blocks the thread
  for (const auto &entry : std::filesystem::directory_iterator(dir))
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: 'std::filesystem::directory_iterator::directory_iterator' blocks the thread
    (void)entry;

  // Silent: a file_status already read, path arithmetic, a stream without
  // a file, closing and formatting to memory touch no disk.
  std::filesystem::file_status status{};
  (void)std::filesystem::is_directory(status);
  (void)dir.filename();
  std::ifstream unopened;
  std::ifstream moved(std::move(unopened));
  std::snprintf(buffer, sizeof buffer, "%d", fd);
  co_return;
}

task<> processes(pid_t child) {
  std::system("make");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'system' blocks the thread that runs this coroutine; use an asynchronous process API or offload to a thread pool
  ::waitpid(child, nullptr, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'waitpid' blocks the thread that runs this coroutine; use an asynchronous process API
  ::popen("ls", "r");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'popen' blocks the thread that runs this coroutine; use an asynchronous process API
  co_return;
}

// Lambdas: a lambda coroutine is checked; a plain lambda's body runs where
// the lambda is called, which for one handed to another thread is not here.
task<> lambdas() {
  auto coroutine = []() -> task<> {
    ::sleep(1);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'sleep' blocks the thread that runs this coroutine; await a timer instead
    co_return;
  };
  std::thread worker([] { ::sleep(1); });
  worker.detach();
  auto later = [] { std::this_thread::sleep_for(1s); };
  (void)later;
  co_await coroutine();
}

// Silent: not a coroutine, and a synchronous generator (runs on its
// caller's thread) is not an async coroutine.
void plainFunction() { ::sleep(1); }

template <class T> struct generator {
  struct promise_type {
    generator get_return_object() { return {}; }
    std::suspend_always initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    std::suspend_always yield_value(T) { return {}; }
    void return_void() {}
    void unhandled_exception() {}
  };
};
generator<int> numbers() {
  ::sleep(1);
  co_yield 1;
}

// Templates: one diagnostic per location, however many instantiations; a
// dependent call is decided in each instantiation.
template <class Future> task<> awaitAll(Future &f) {
  ::usleep(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'usleep' blocks the thread that runs this coroutine
  f.wait();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'std::future::wait' blocks the thread that runs this coroutine
  co_return;
}
struct Ready {
  void wait() {}
};
void instantiate(std::future<int> &a, std::future<long> &b, Ready &r) {
  awaitAll(a);
  awaitAll(b);
  awaitAll(r);
}

// A call written by a macro is reported at the macro's use.
#define NAP() ::sleep(1)
task<> macros() {
  NAP();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'sleep' blocks the thread that runs this coroutine
  co_return;
}
