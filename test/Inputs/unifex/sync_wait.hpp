// Stub of libunifex's API for async-tidy tests; mirrors
// libunifex/include/unifex/sync_wait.hpp (facebookexperimental/libunifex).
// Only the surface the tests need is declared.
//
// sync_wait(sender) BLOCKS until the sender completes; it returns
// std::optional<T> (std::optional<unifex::unit> for a void sender), empty
// if the sender completed with "done".
#ifndef ASYNC_TIDY_STUB_UNIFEX_SYNC_WAIT_HPP
#define ASYNC_TIDY_STUB_UNIFEX_SYNC_WAIT_HPP

#include <exception>
#include <optional>
#include <tuple>
#include <type_traits>
#include <variant>

#include <unifex/await_transform.hpp>

namespace unifex {
namespace _sync_wait {

template <typename... Ts>
struct _single {
  using type = unit;
};
template <typename T>
struct _single<T> {
  using type = T;
};

template <typename... Tuples>
struct _variant_of;
template <typename... Ts>
struct _variant_of<std::tuple<Ts...>> {
  using type = typename _single<Ts...>::type;
};

template <typename Sender>
using _result_t = typename std::remove_cvref_t<Sender>::template value_types<
    _variant_of, std::tuple>::type;

} // namespace _sync_wait

template <typename Sender>
auto sync_wait(Sender &&sender) -> std::optional<_sync_wait::_result_t<Sender>> {
  (void)sender;
  std::terminate(); // stub: never runs
}

} // namespace unifex

#endif
