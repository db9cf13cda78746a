// Unit tests of builtins (LinAlg).
#include <gtest/gtest.h>
