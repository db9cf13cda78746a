// Helpers the builtins of other areas use for cell and struct arguments
// (builtins/Cells.cpp).
#pragma once

#include "array/Aggregate.h"
#include "builtins/Builtin.h"

namespace mcc::rt {

using BuiltinFn = void (*)(uint32_t, mcc_array**, uint32_t, mcc_array* const*, const mcc_site*);

// A rearranging builtin (reshape, repmat, flip...) applied to a cell or
// struct input 0: the builtin runs on its element positions.
void rearrangeAggregate(const Args& a, BuiltinFn builtin);
// isequal of two cells or structs, comparing elements with `equal`.
bool equalAggregates(const mcc_array* x, const mcc_array* y, bool (*equal)(const mcc_array*, const mcc_array*));

}  // namespace mcc::rt
