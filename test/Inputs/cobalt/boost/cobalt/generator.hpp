// Stub of Boost.Cobalt's API for async-tidy tests; mirrors
// boost/cobalt/generator.hpp (boostorg/cobalt). This stub keeps all of Cobalt's
// declarations in boost/cobalt.hpp; only the surface the tests need is
// declared.
#pragma once

#include <boost/cobalt.hpp>
