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
// A text builtin (upper, strtrim, strrep...) applied to each element of a
// cell input 0: a cell of the results, of the same size.
void mapCellElements(const Args& a, BuiltinFn builtin);
// strcmp and relatives where input 0 or 1 is a cell: the builtin on each
// pair (a cell against a char or a 1x1 cell compares with each element), a
// logical array of the cell's size.
void compareCellElements(const Args& a, BuiltinFn builtin);
// sort, unique and ismember of cell arrays of character vectors (text in
// code-unit order, as MATLAB sorts it).
void sortCellstr(const Args& a);
void uniqueCellstr(const Args& a);
void ismemberCellstr(const Args& a);
// isequal of two cells or structs, comparing elements with `equal`.
bool equalAggregates(const mcc_array* x, const mcc_array* y, bool (*equal)(const mcc_array*, const mcc_array*));

}  // namespace mcc::rt
