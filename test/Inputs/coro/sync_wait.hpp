// Stub of libcoro's API for async-tidy tests; mirrors
// libcoro/include/coro/sync_wait.hpp (jbaldwin/libcoro). This stub keeps all of
// libcoro's declarations in coro/coro.hpp; only the surface the tests need
// is declared.
#pragma once

#include <coro/coro.hpp>
