// Unit tests of builtins (ArrayFns).
#include <gtest/gtest.h>
