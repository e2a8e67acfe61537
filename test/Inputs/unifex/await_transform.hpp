// Stub of libunifex's API for async-tidy tests; mirrors
// libunifex/include/unifex/await_transform.hpp and tag_invoke.hpp
// (facebookexperimental/libunifex). Only the surface the tests need is
// declared.
#ifndef ASYNC_TIDY_STUB_UNIFEX_AWAIT_TRANSFORM_HPP
#define ASYNC_TIDY_STUB_UNIFEX_AWAIT_TRANSFORM_HPP

#include <type_traits>
#include <utility>

namespace unifex {

template <auto &CPO>
using tag_t = std::decay_t<decltype(CPO)>;

struct unit {};

namespace _await_tfx {
void tag_invoke() = delete;

struct _fn {
  // Dispatches to a tag_invoke customisation found by ADL (e.g. the one
  // unifex::task provides), else returns the value unchanged.
  template <typename Promise, typename Value>
  decltype(auto) operator()(Promise &promise, Value &&value) const {
    if constexpr (requires {
                    tag_invoke(*this, promise, static_cast<Value &&>(value));
                  })
      return tag_invoke(*this, promise, static_cast<Value &&>(value));
    else
      return static_cast<Value &&>(value);
  }
};
} // namespace _await_tfx

inline constexpr _await_tfx::_fn await_transform{};

} // namespace unifex

#endif
