// Stub of folly's API for async-tidy tests; mirrors
// folly/experimental/coro/Result.h (facebook/folly), which in current folly
// only forwards to folly/coro/Result.h. Only the surface the tests need is
// declared.
#pragma once

#include <folly/coro/Result.h>
