// Stub of folly's API for async-tidy tests; mirrors
// folly/experimental/coro/Sleep.h (facebook/folly), which in current folly
// only forwards to folly/coro/Sleep.h. Only the surface the tests need is
// declared.
#pragma once

#include <folly/coro/Sleep.h>
