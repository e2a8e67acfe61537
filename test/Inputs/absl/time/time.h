// Stub of Abseil's API for async-tidy tests; mirrors absl/time/time.h
// (abseil/abseil-cpp). Only the surface the tests need is declared.
#ifndef ASYNC_TIDY_STUB_ABSL_TIME_TIME_H
#define ASYNC_TIDY_STUB_ABSL_TIME_TIME_H

#include <cstdint>

namespace absl {

class Duration {
public:
  constexpr Duration() = default;
};

class Time {
public:
  constexpr Time() = default;
};

Duration Seconds(std::int64_t n);
Duration Milliseconds(std::int64_t n);
Time Now();
void SleepFor(Duration duration);

} // namespace absl

#endif
