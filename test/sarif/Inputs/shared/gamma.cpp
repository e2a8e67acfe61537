#include "common.h"

Task gamma() {
  fetch();
  co_return;
}
