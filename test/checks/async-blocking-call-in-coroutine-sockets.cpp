// RUN: %check_async_tidy --check-suffixes=,NOTOWN %s async-blocking-call-in-coroutine %t -- -- %coro_flags
// An empty ReadinessAwaitables knows no readiness poll: every descriptor
// call is reported; AdditionalReadinessAwaitables adds a project's own.
// RUN: %check_async_tidy --check-suffixes=,NOTOWN,NONE %s async-blocking-call-in-coroutine %t -- \
// RUN:   -config="{CheckOptions: {async-blocking-call-in-coroutine.ReadinessAwaitables: ''}}" -- %coro_flags
// RUN: %check_async_tidy %s async-blocking-call-in-coroutine %t -- \
// RUN:   -config="{CheckOptions: {async-blocking-call-in-coroutine.AdditionalReadinessAwaitables: 'app::Reactor::readable'}}" -- %coro_flags

// A descriptor call on a socket that the code polls for readiness is the
// event loop's own pattern on a non-blocking socket: try the call, and on
// EAGAIN await readiness and try again. A descriptor nobody polls may be
// blocking, and is reported.
#include <boost/asio.hpp>
#include <coro/coro.hpp>
#include <sys/socket.h>
#include <unistd.h>

namespace asio = boost::asio;
using asio::ip::tcp;

// The coroutine itself polls the descriptor it reads.
coro::task<long> readWhenReady(coro::scheduler &s, int fd, char *buf) {
  long n = ::recv(fd, buf, 64, 0);
  // CHECK-MESSAGES-NONE: :[[@LINE-1]]:12: warning: 'recv' blocks the thread
  if (n < 0) {
    co_await s.poll(fd, coro::poll_op::read);
    n = ::recv(fd, buf, 64, 0);
    // CHECK-MESSAGES-NONE: :[[@LINE-1]]:9: warning: 'recv' blocks the thread
  }
  co_return n;
}

// Near miss: it polls one descriptor and reads another.
coro::task<long> readsAnother(coro::scheduler &s, int polled, int other,
                              char *buf) {
  co_await s.poll(polled, coro::poll_op::read);
  co_return ::read(other, buf, 64);
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: 'read' blocks the thread that runs this coroutine; use the asynchronous operation or offload to a thread pool [async-blocking-call-in-coroutine]
}

// A client whose socket its class polls: the helpers that send and receive
// are the "try" half of the loop.
class Client {
public:
  coro::task<long> receive(char *buf) {
    if (long n = recvNow(buf); n >= 0)
      // CHECK-MESSAGES-NONE: :[[@LINE-1]]:18: warning: 'Client::recvNow' blocks the thread that runs this coroutine: it calls 'recv'
      // CHECK-MESSAGES-NONE: :67:12: note: 'Client::recvNow' calls 'recv' here
      co_return n;
    co_await poll(coro::poll_op::read);
    co_return recvNow(buf);
    // CHECK-MESSAGES-NONE: :[[@LINE-1]]:15: warning: 'Client::recvNow' blocks the thread that runs this coroutine: it calls 'recv'
    // CHECK-MESSAGES-NONE: :67:12: note: 'Client::recvNow' calls 'recv' here
  }
  coro::task<int> connect(const sockaddr *addr, socklen_t len) {
    int rc = ::connect(m_socket.native_handle(), addr, len);
    // CHECK-MESSAGES-NONE: :[[@LINE-1]]:14: warning: 'connect' blocks the thread
    co_await poll(coro::poll_op::write);
    co_return rc;
  }

private:
  coro::task<coro::poll_status> poll(coro::poll_op op) {
    return m_scheduler->poll(m_socket, op);
  }
  long recvNow(char *buf) {
    return ::recv(m_socket.native_handle(), buf, 64, 0);
  }
  coro::scheduler *m_scheduler = nullptr;
  coro::net::socket m_socket;
};

// Near miss: a class that never polls its descriptor.
class BlockingClient {
public:
  coro::task<long> receive(char *buf) { co_return recvNow(buf); }
  // CHECK-MESSAGES: :[[@LINE-1]]:51: warning: 'BlockingClient::recvNow' blocks the thread that runs this coroutine: it calls 'recv'; use the asynchronous operation or offload to a thread pool
  // CHECK-MESSAGES: :[[@LINE+3]]:36: note: 'BlockingClient::recvNow' calls 'recv' here

private:
  long recvNow(char *buf) { return ::recv(m_fd, buf, 64, 0); }
  int m_fd = -1;
};

// Asio: awaiting a socket's readiness, then a descriptor call on it.
asio::awaitable<void> asioReadiness(tcp::socket &socket, char *buf) {
  co_await socket.async_wait(tcp::socket::wait_read, asio::use_awaitable);
  ::recv(socket.native_handle(), buf, 64, 0);
  // CHECK-MESSAGES-NONE: :[[@LINE-1]]:3: warning: 'recv' blocks the thread
}

// Near miss: waiting for an error condition is no readiness.
asio::awaitable<void> asioErrorWait(tcp::socket &socket, char *buf) {
  co_await socket.async_wait(tcp::socket::wait_error, asio::use_awaitable);
  ::recv(socket.native_handle(), buf, 64, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'recv' blocks the thread
}

// A project's own readiness awaitable, named in AdditionalReadinessAwaitables.
namespace app {
struct Reactor {
  coro::task<void> readable(int fd);
};
} // namespace app
coro::task<long> ownReactor(app::Reactor &reactor, int fd, char *buf) {
  co_await reactor.readable(fd);
  co_return ::read(fd, buf, 64);
  // CHECK-MESSAGES-NOTOWN: :[[@LINE-1]]:13: warning: 'read' blocks the thread
}
