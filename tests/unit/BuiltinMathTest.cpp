// Unit tests of builtins (Math).
#include <gtest/gtest.h>
