#include "common.h"

Task delta() {
  fetch();
  co_return;
}
