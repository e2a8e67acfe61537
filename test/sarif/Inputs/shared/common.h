// Included by every TU of this project: its finding is reported by each of
// them, and a merged log has it once.
#pragma once
#include "simple_task.h"

Task fetch();

inline Task refresh() {
  fetch();
  co_return;
}
