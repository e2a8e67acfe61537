// One finding of each shape a SARIF result takes (test/sarif/content.test).
#include <coroutine>
#include <mutex>

#include "simple_task.h"

Task fetch();
std::mutex m;

// A note: the related location.
Task locked() {
  std::lock_guard<std::mutex> guard(m);
  co_await fetch();
}

// A fix-it; two findings on equal lines tell their fingerprints apart by
// their occurrence.
Task dropped() {
  fetch();
  fetch();
  co_return;
}

// Suppressed: left out of the log.
Task silenced() {
  fetch(); // NOLINT(async-unawaited-task)
  co_return;
}

// A compiler warning whose notes carry alternative fixes.
int assigned(int x) {
  if (x = 1)
    return 0;
  return x;
}

// Columns count code points, not bytes.
Task accented() {
  /* é */ fetch();
  co_return;
}
