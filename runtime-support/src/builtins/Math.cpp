// Builtins: see Builtin.h.
#include "builtins/Builtin.h"
