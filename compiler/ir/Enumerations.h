// The functions an enumeration class gets, as MATLAB text (LowerAST
// parses each into a generated file of its own and adds it to the class).
//
// A member is an object of the class whose hidden property EnumIndex_ is
// its position in the enumeration block, EnumName_ its name (for the
// runtime's display of a struct field) and EnumValue_ its value, for a
// class derived from a built-in class (ClassDecl::enumBase). NAME.M is the
// static method M, which runs the class's constructor (LowerAST names it
// NAME.new_) with M's arguments and sets them (NAME.tag_); NAME(x) is the conversion
// from member names (char, string, cellstr) or values; eq, ne, char,
// string, cellstr, ismember, union and the other set operations, sort,
// unique, disp and enumeration are methods, and an
// enumeration derived from a built-in class converts to it and does its
// arithmetic and comparisons on the values (the result of the base class).
// Arrays of members are struct arrays of the class at run time.
// Tests: tests/conformance/programs/enum_*.m, tests/conformance/errors/err_enum_*.m.
#pragma once

#include <deque>
#include <string>
#include <vector>

#include "ClassDefs.h"

namespace mcc::ir {

struct EnumerationFunction {
  enum Kind { Static, Method, Conversion } kind;
  std::string name;  // the method's name (the text's function is named m_, so it can call a builtin f)
  std::string text;
};

// The functions of the enumeration class `c` (c.isEnumeration()).
std::vector<EnumerationFunction> enumerationFunctions(const ClassDecl& c);

// NAME.M, the static method that makes the member `k` of `c`:
// obj = NAME.new_(ARGS); obj = NAME.tag_(obj, 'M'[, VALUE]) (of a handle
// enumeration once, kept in a persistent variable). A function of
// the class file whose nodes sit at the member's place (its arguments are
// the enumeration block's own), so diagnostics point there; made in
// `nodes` and kept in `store`.
mcc::Function* enumerationMember(const ClassDecl& c, size_t k, ASTContext& nodes, std::deque<mcc::Function>& store);

}  // namespace mcc::ir
