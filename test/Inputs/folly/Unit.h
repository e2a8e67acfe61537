// Stub of folly's API for async-tidy tests; mirrors folly/Unit.h
// (facebook/folly). Only the surface the tests need is declared.
#ifndef ASYNC_TIDY_STUB_FOLLY_UNIT_H
#define ASYNC_TIDY_STUB_FOLLY_UNIT_H

#include <type_traits>

namespace folly {

struct Unit {
  constexpr bool operator==(const Unit &) const { return true; }
};
inline constexpr Unit unit{};

template <typename T>
struct lift_unit {
  using type = T;
};
template <>
struct lift_unit<void> {
  using type = Unit;
};
template <typename T>
using lift_unit_t = typename lift_unit<T>::type;

template <typename T>
struct drop_unit {
  using type = T;
};
template <>
struct drop_unit<Unit> {
  using type = void;
};
template <typename T>
using drop_unit_t = typename drop_unit<T>::type;

} // namespace folly

#endif
