// Nested functions: which variables a function shares with the functions
// nested in it (MATLAB's rule).
//
// A name that a nested function uses as a variable and that an enclosing
// function also uses is one variable, owned by the outermost function on
// the way that uses it; a nested function's parameters and outputs are its
// own, and so are the variables only it uses. A function with nested
// functions keeps the variables they share in an environment (IR EnvNew):
// a reference-counted runtime object it makes on entry. A nested function
// at depth d (d functions around it) receives the environments of the
// functions around it as its first d parameters, outermost first; a handle
// to it captures them, so a handle returned out of its parent keeps the
// parent's variables alive and shared between calls.
//
// On entry: a function of a file and its nested functions, parsed. On exit:
// for that function and each nested in it, its depth, the variables of its
// environment and where each variable it reads or writes through an
// environment lives. Tests: tests/conformance/programs/nested_*.m.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "frontend/AST.h"

namespace mcc::ir {

struct EnvSlot {
  uint32_t depth = 0;  // whose environment: the function at this depth of the nest
  uint32_t slot = 0;
};

struct NestedScope {
  uint32_t depth = 0;              // functions around this one
  std::vector<std::string> slots;  // its environment's variables (functions with nested functions)
  std::map<std::string, EnvSlot> shared;  // each of its variables that lives in an environment
  std::set<std::string> variables;        // every name that is a variable here
};

// The names a function assigns (parameters and outputs included).
using AssignedNames = std::function<std::set<std::string>(const mcc::Function&)>;

// `top` is a function that is not nested; the result has an entry for it
// and for every function nested in it, at any depth.
std::map<const mcc::Function*, NestedScope> analyzeNestedScopes(const mcc::Function& top, const AssignedNames& assigned);

}  // namespace mcc::ir
