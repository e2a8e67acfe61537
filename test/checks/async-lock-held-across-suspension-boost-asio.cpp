// REQUIRES: boost-asio
// RUN: %check_async_tidy %s async-lock-held-across-suspension %t -- -- -std=c++20

// Real Boost.Asio and Boost.Thread headers (Debian's libboost1.81-dev): a
// session that shares state with other threads of a thread pool.
#include <boost/asio.hpp>
#include <boost/asio/experimental/awaitable_operators.hpp>
#include <boost/thread/mutex.hpp>
#include <deque>
#include <mutex>
#include <string>

namespace asio = boost::asio;
using asio::awaitable;
using asio::use_awaitable;
using asio::ip::tcp;
using namespace asio::experimental::awaitable_operators;

struct Room {
  std::mutex mutex;
  std::deque<std::string> history;
  boost::mutex statsMutex;
  long bytes = 0;
};

awaitable<void> writeHistory(tcp::socket &socket, Room &room) {
  std::lock_guard<std::mutex> lock(room.mutex);
  for (const std::string &line : room.history)
    co_await asio::async_write(socket, asio::buffer(line), use_awaitable);
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'std::mutex' locked by 'lock' is held across this 'co_await'; release it before suspending, or use an async mutex [async-lock-held-across-suspension]
  // CHECK-MESSAGES: :[[@LINE-4]]:31: note: 'lock' takes the lock here
}

awaitable<void> writeHistoryCopy(tcp::socket &socket, Room &room) {
  // Silent: the history is copied under the lock, written without it.
  std::deque<std::string> copy;
  {
    std::lock_guard<std::mutex> lock(room.mutex);
    copy = room.history;
  }
  for (const std::string &line : copy)
    co_await asio::async_write(socket, asio::buffer(line), use_awaitable);
}

awaitable<void> readLoop(tcp::socket socket, Room &room) {
  char data[1024];
  for (;;) {
    std::size_t n = co_await socket.async_read_some(asio::buffer(data), use_awaitable);
    boost::unique_lock<boost::mutex> stats(room.statsMutex);
    room.bytes += static_cast<long>(n);
    if (room.bytes > 1000000) {
      stats.unlock();
      // Silent: unlocked on this path.
      co_await asio::async_write(socket, asio::buffer("bye\n", 4), use_awaitable);
      co_return;
    }
    // Silent: awaiting this_coro::executor never suspends (its awaiter's
    // await_ready() returns true).
    asio::steady_timer timer(co_await asio::this_coro::executor);
    timer.expires_after(std::chrono::milliseconds(1));
    co_await (timer.async_wait(use_awaitable) || socket.async_wait(tcp::socket::wait_read, use_awaitable));
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'boost::mutex' locked by 'stats' is held across this 'co_await'
    // CHECK-MESSAGES: :[[@LINE-14]]:38: note: 'stats' takes the lock here
  }
}

awaitable<void> onStrand(asio::strand<asio::any_io_executor> strand, Room &room) {
  // Silent: a strand serialises without a lock.
  co_await asio::post(strand, use_awaitable);
  room.history.push_back("joined");
  co_await asio::dispatch(strand, use_awaitable);
}

void start(asio::io_context &io, Room &room) {
  asio::co_spawn(io, [&room]() -> awaitable<void> {
    room.mutex.lock();
    co_await asio::post(asio::use_awaitable);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'std::mutex' locked by 'room.mutex.lock()' is held across this 'co_await'
    // CHECK-MESSAGES: :[[@LINE-3]]:5: note: the mutex is locked here
    room.mutex.unlock();
  }, asio::detached);
}
