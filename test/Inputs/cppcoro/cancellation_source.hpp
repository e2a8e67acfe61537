// Stub of cppcoro's API for async-tidy tests; mirrors
// cppcoro/include/cppcoro/cancellation_source.hpp (lewissbaker/cppcoro).
// Only the surface the tests need is declared.
#ifndef ASYNC_TIDY_STUB_CPPCORO_CANCELLATION_SOURCE_HPP
#define ASYNC_TIDY_STUB_CPPCORO_CANCELLATION_SOURCE_HPP

#include <cppcoro/cancellation_token.hpp>

namespace cppcoro {

class cancellation_source {
public:
  cancellation_source();
  cancellation_source(const cancellation_source &other) noexcept;
  cancellation_source(cancellation_source &&other) noexcept;
  ~cancellation_source();
  cancellation_source &operator=(const cancellation_source &other) noexcept;
  cancellation_source &operator=(cancellation_source &&other) noexcept;

  bool can_be_cancelled() const noexcept;
  cancellation_token token() const noexcept;
  void request_cancellation();
  bool is_cancellation_requested() const noexcept;

private:
  detail::cancellation_state *m_state = nullptr;
};

} // namespace cppcoro

#endif
