#include "common.h"

Task alpha() {
  fetch();
  co_return;
}
