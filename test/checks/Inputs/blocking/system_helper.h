// A library helper whose body is in a system header: the transitive rule
// does not look into libraries.
#pragma once
#include <unistd.h>
inline void systemHelperThatSleeps() { ::sleep(1); }
