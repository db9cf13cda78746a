// The fields a MATLAB struct value is known to have at compile time, for
// checking structs passed to C structs (BindCCalls.h).
//
// Type inference tracks a value's class and shape but not a struct's fields;
// this pass follows how a struct value was built within one function:
// struct('x', 1, ...) with constant names, `s.x = v` (SetField) on a struct
// whose fields are known or on a new variable, coder.ref/rref/wref(s), and
// phis whose incoming values agree on the field names. Anything else (a
// parameter, a call's result, a dynamic field name) has unknown fields, and
// is checked at run time instead.
//
// On entry: a typed function (inferTypes). Nothing is changed.
// Tests: tests/lit/interop/ceval-struct-wrong-fields.m.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "ir/IR.h"

namespace mcc::interop {

struct KnownField {
  std::string name;
  ir::Type type;
  const ir::Instr* value = nullptr;  // the value assigned, when one instruction gives it on every path
};

struct StructFieldSet {
  enum State : uint8_t { Bottom, Known, Unknown } state = Bottom;
  std::vector<KnownField> fields;  // Known: in the order the struct has them
  const KnownField* find(const std::string& name) const {
    for (const KnownField& f : fields)
      if (f.name == name) return &f;
    return nullptr;
  }
};

class StructFields {
 public:
  explicit StructFields(const ir::Function& f);
  // The fields of `v` (an instruction of the function): Known, or Unknown.
  const StructFieldSet& of(const ir::Instr* v) const;

 private:
  std::map<const ir::Instr*, StructFieldSet> sets_;
  StructFieldSet unknown_;
};

}  // namespace mcc::interop
