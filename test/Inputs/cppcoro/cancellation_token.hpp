// Stub of cppcoro's API for async-tidy tests; mirrors
// cppcoro/include/cppcoro/cancellation_token.hpp (lewissbaker/cppcoro).
// Only the surface the tests need is declared.
#ifndef ASYNC_TIDY_STUB_CPPCORO_CANCELLATION_TOKEN_HPP
#define ASYNC_TIDY_STUB_CPPCORO_CANCELLATION_TOKEN_HPP

namespace cppcoro {

class cancellation_source;
class cancellation_registration;

namespace detail {
class cancellation_state;
}

class cancellation_token {
public:
  // A token that can never be cancelled.
  cancellation_token() noexcept;
  cancellation_token(const cancellation_token &other) noexcept;
  cancellation_token(cancellation_token &&other) noexcept;
  ~cancellation_token();
  cancellation_token &operator=(const cancellation_token &other) noexcept;
  cancellation_token &operator=(cancellation_token &&other) noexcept;

  void swap(cancellation_token &other) noexcept;

  bool can_be_cancelled() const noexcept;
  bool is_cancellation_requested() const noexcept;
  // Throws cppcoro::operation_cancelled if cancellation was requested.
  void throw_if_cancellation_requested() const;

private:
  friend class cancellation_source;
  friend class cancellation_registration;
  detail::cancellation_state *m_state = nullptr;
};

} // namespace cppcoro

#endif
