// Stub of folly's API for async-tidy tests; mirrors folly/CancellationToken.h
// (facebook/folly). Only the surface the tests need is declared.
#ifndef ASYNC_TIDY_STUB_FOLLY_CANCELLATIONTOKEN_H
#define ASYNC_TIDY_STUB_FOLLY_CANCELLATIONTOKEN_H

#include <memory>

namespace folly {

class CancellationSource;

class CancellationToken {
public:
  // A token that can never be cancelled.
  CancellationToken() noexcept = default;

  bool isCancellationRequested() const noexcept;
  bool canBeCancelled() const noexcept;

  static CancellationToken merge(const CancellationToken &a,
                                 const CancellationToken &b);

private:
  friend class CancellationSource;
  std::shared_ptr<void> state_;
};

class CancellationSource {
public:
  CancellationSource();
  static CancellationSource invalid() noexcept;

  bool isCancellationRequested() const noexcept;
  bool canBeCancelled() const noexcept;
  CancellationToken getToken() const noexcept;
  // Returns true if cancellation had already been requested.
  bool requestCancellation() const noexcept;

private:
  std::shared_ptr<void> state_;
};

template <typename Callable>
class CancellationCallback {
public:
  CancellationCallback(const CancellationToken &token, Callable &&callback)
      : callback_(static_cast<Callable &&>(callback)) {
    (void)token;
  }
  CancellationCallback(const CancellationCallback &) = delete;
  ~CancellationCallback() = default;

private:
  Callable callback_;
};

} // namespace folly

#endif
