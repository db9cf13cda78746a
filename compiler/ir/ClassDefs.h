// What a classdef file defines, for lowering.
//
// mcc compiles value classes and handle classes (`< handle`, whose
// objects are references: runtime-support's Aggregate.h): properties (with
// defaults, constant ones read as NAME.K), a constructor (or the default
// one), ordinary methods called as f(obj, ...) or obj.f(...), and static
// methods called as NAME.f(...). Everything else classdef (inheritance
// from other classes, events, enumerations, get./set. methods, property
// validation, operator overloading, destructors, methods in their own
// files) gets a NotImplemented diagnostic at its place here, so no program
// compiles to wrong code.
// Tests: tests/conformance/programs/classdef_*.m, tests/conformance/errors/err_classdef_*.m.
#pragma once

#include <string>
#include <vector>

#include "frontend/AST.h"
#include "frontend/Diagnostics.h"

namespace mcc::ir {

struct ClassDecl {
  std::string name;
  bool handle = false;  // `< handle`: objects are references
  struct Property {
    std::string name;
    const Expr* defaultValue = nullptr;  // null: []
  };
  std::vector<Property> properties, constants;
  const mcc::Function* constructor = nullptr;  // null: the default one
  std::vector<const mcc::Function*> methods, staticMethods;
};

// The class `file` (a classdef file) defines; reports what is not supported.
ClassDecl declareClass(const File& file, DiagnosticEngine& diags);

}  // namespace mcc::ir
