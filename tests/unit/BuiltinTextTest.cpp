// Unit tests of builtins (Text).
#include <gtest/gtest.h>
