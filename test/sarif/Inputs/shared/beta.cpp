#include "common.h"

Task beta() {
  fetch();
  co_return;
}
