// Stub of folly's API for async-tidy tests; mirrors
// folly/executors/GlobalExecutor.h (facebook/folly). Only the surface the
// tests need is declared.
#ifndef ASYNC_TIDY_STUB_FOLLY_EXECUTORS_GLOBALEXECUTOR_H
#define ASYNC_TIDY_STUB_FOLLY_EXECUTORS_GLOBALEXECUTOR_H

#include <folly/Executor.h>

namespace folly {

Executor::KeepAlive<> getGlobalCPUExecutor();
Executor::KeepAlive<> getGlobalIOExecutor();

} // namespace folly

#endif
