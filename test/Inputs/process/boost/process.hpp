// Stub of Boost.Process (v1) API for async-tidy tests; mirrors
// boost/process.hpp, boost/process/system.hpp, boost/process/child.hpp and
// boost/process/spawn.hpp (boostorg/process, Boost 1.81). Only the surface
// the tests need is declared. It lives under test/Inputs/process so that it
// is only picked up with an explicit -isystem and never shadows the
// installed Boost by accident.
//
// boost::process::system() BLOCKS until the child exits; child::wait() and
// child::wait_for() block as well.
#ifndef ASYNC_TIDY_STUB_BOOST_PROCESS_HPP
#define ASYNC_TIDY_STUB_BOOST_PROCESS_HPP

#include <chrono>
#include <string>
#include <system_error>
#include <utility>

namespace boost {
namespace process {

using pid_t = int;

class child {
public:
  child() = default;
  template <typename... Args>
  explicit child(Args &&...args) {
    ((void)args, ...);
  }
  child(child &&lhs) noexcept = default;
  child &operator=(child &&lhs) noexcept = default;
  child(const child &) = delete;
  ~child();

  void detach();
  void join(); // same as wait()
  bool joinable();

  pid_t id() const;
  int exit_code() const;
  int native_exit_code() const;

  bool running();
  bool running(std::error_code &ec) noexcept;

  // Blocking.
  void wait();
  void wait(std::error_code &ec) noexcept;
  template <class Rep, class Period>
  bool wait_for(const std::chrono::duration<Rep, Period> &rel_time) {
    (void)rel_time;
    return false;
  }
  template <class Clock, class Duration>
  bool wait_until(const std::chrono::time_point<Clock, Duration> &timeout_time) {
    (void)timeout_time;
    return false;
  }

  bool valid() const;
  explicit operator bool() const { return valid(); }
  void terminate();
  void terminate(std::error_code &ec) noexcept;
};

// Launches a process and BLOCKS until it exits; returns its exit code.
template <typename... Args>
int system(Args &&...args) {
  ((void)args, ...);
  return 0;
}

// Launches a detached process (does not wait).
template <typename... Args>
void spawn(Args &&...args) {
  ((void)args, ...);
}

std::string search_path(const std::string &filename);

} // namespace process
} // namespace boost

#endif
