// Stub of stdexec's API for async-tidy tests; mirrors
// stdexec/include/exec/async_scope.hpp (NVIDIA/stdexec). Only the surface
// the tests need is declared.
//
// spawn(sndr) starts the work eagerly and detaches it into the scope;
// on_empty() is a sender that completes once all spawned work is done (it
// must be awaited / sync_waited before the scope is destroyed).
#ifndef ASYNC_TIDY_STUB_EXEC_ASYNC_SCOPE_HPP
#define ASYNC_TIDY_STUB_EXEC_ASYNC_SCOPE_HPP

#include <stdexec/execution.hpp>

namespace exec {

class async_scope {
public:
  async_scope() noexcept = default;
  async_scope(const async_scope &) = delete;
  async_scope(async_scope &&) = delete;
  async_scope &operator=(const async_scope &) = delete;
  async_scope &operator=(async_scope &&) = delete;
  ~async_scope() = default;

  // Sender completing when the scope has no outstanding work.
  stdexec::__just_sender<> on_empty() const noexcept { return {}; }

  // Wraps `sndr` so the scope tracks it (lazy).
  template <stdexec::sender _Sender>
  _Sender nest(_Sender &&sndr) noexcept {
    return static_cast<_Sender &&>(sndr);
  }

  // Eagerly starts `sndr` (which must complete with no value).
  template <stdexec::sender _Sender>
  void spawn(_Sender &&sndr) {
    static_assert(std::is_same_v<stdexec::__values_of_t<_Sender>, std::tuple<>>,
                  "async_scope::spawn() requires a sender with no values");
    (void)sndr;
  }

  // Eagerly starts `sndr`; the returned sender yields its result.
  template <stdexec::sender _Sender>
  std::remove_cvref_t<_Sender> spawn_future(_Sender &&sndr) {
    return static_cast<_Sender &&>(sndr);
  }

  stdexec::inplace_stop_source &get_stop_source() noexcept;
  stdexec::inplace_stop_token get_stop_token() const noexcept;
  bool request_stop() noexcept;
};

} // namespace exec

#endif
