// Stub of libcoro's API for async-tidy tests; mirrors
// libcoro/include/coro/semaphore.hpp (jbaldwin/libcoro). This stub keeps all of
// libcoro's declarations in coro/coro.hpp; only the surface the tests need
// is declared.
#pragma once

#include <coro/coro.hpp>
