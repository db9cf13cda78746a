// How the text builtins written for char arrays and cell arrays of them
// also take string arrays (builtins/StringFns.cpp).
#pragma once

#include "array/StringArray.h"
#include "builtins/Cells.h"

namespace mcc::rt {

// What a builtin run through runAsText gives back when an input was a string.
enum class TextOut {
  Same,     // its results as they are (logical, numbers)
  Strings,  // text results as strings: a char row a string scalar, a cell of texts a string array
  // As Strings when the first input (the data) is a string, else as Same: a
  // string option leaves the type alone (sort(c, "descend") is a cell).
  StringsForFirst,
};

// When any input is a string array, calls `builtin` with each string scalar
// as its char row and each other string array as a cell of char rows (of
// its size), converts the results as `out` says and returns true; returns
// false when no input is a string. <missing> elements pass as ''. Inputs
// whose bit is set in `cellInputs` always pass as cells (strjoin's first).
bool runAsText(const Args& a, BuiltinFn builtin, TextOut out, uint32_t cellInputs = 0);

// A char row or cell result turned into strings (TextOut::Strings).
Ref textAsStrings(Ref r, const mcc_site* site);

}  // namespace mcc::rt
