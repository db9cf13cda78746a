// String arrays (MATLAB's string class): arrays of class MCC_CLASS_STRING
// whose elements are owned char rows (1xN, "" being 1x0), a NULL element
// being <missing>. They share the cell machinery (Aggregate.h): copies share
// elements, and indexing, assignment, growth (which fills with <missing>,
// as MATLAB does), deletion, concatenation and transpose run on element
// positions.
//
// This file holds the conversions MATLAB applies between strings and other
// classes (string(x), and the implicit ones of `s + x`, `[s, x]` and
// `s(k) = x`), the operators on strings (+ joins text, comparisons are
// lexicographic) and MATLAB's display of string arrays.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "array/Aggregate.h"

namespace mcc::rt {

inline bool isStringArray(const mcc_array* a) { return a && a->class_id == MCC_CLASS_STRING; }

// A string array of these dims, every element <missing>.
Ref newStrings(const Dims& dims, const mcc_site* site = nullptr);
// A 1x1 string of UTF-8 text / UTF-16 codes.
Ref stringScalar(std::string_view utf8);
Ref stringScalar(const std::vector<uint16_t>& codes);
// Element k: its char row (borrowed), or nullptr for <missing>.
inline const mcc_array* stringElement(const mcc_array* s, size_t k) { return elementsOf(s)[k]; }
// A name or option written "text" read as 'text': the char row of a string
// scalar that is not <missing>, or v itself (any other value).
inline const mcc_array* scalarText(const mcc_array* v) {
  return isStringArray(v) && v->numel == 1 && stringElement(v, 0) ? stringElement(v, 0) : v;
}
// Element k as UTF-8 (nothing for <missing>).
std::optional<std::string> stringText(const mcc_array* s, size_t k);
// Stores text (consumed, a char row; nullptr: <missing>) as element k of an
// unshared string array.
void setStringElement(mcc_array* s, size_t k, Ref text);

// string(x): a string array of x's texts, MATLAB's conversion (char rows,
// a char matrix by rows, cell arrays of text, numbers as num2str writes
// each, logical as "true"/"false"); an error naming x's class otherwise.
Ref toStrings(const mcc_array* x, const mcc_site* site);
// The char row of a text value (a char row, or a string scalar that is not
// <missing>); nullptr for anything else.
Ref textAsChar(const mcc_array* x);

// a OP b when a or b is a string: + joins texts element by element,
// comparisons compare texts (<missing> compares false, ~= true); other ops
// are MATLAB's "Undefined function" error.
Ref stringBinary(uint32_t op, const mcc_array* a, const mcc_array* b, const mcc_site* site);

// What `name = s` (or disp(s), with an empty name) prints
// (format/DisplayAggregate.cpp).
std::string displayStrings(std::string_view name, const mcc_array* s);

}  // namespace mcc::rt
