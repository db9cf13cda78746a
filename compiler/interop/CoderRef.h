// coder.ref/rref/wref(x) as an argument of a C call.
#pragma once

#include <string>

#include "ir/IR.h"

namespace mcc::interop {

// "coder.ref", "coder.rref" or "coder.wref" when argument `arg` of `call`
// is written so in the call, else "". After coder.ceval('f', coder.ref(x))
// the variable x is the coder.ref value itself (LowerAST), so a later
// coder.ceval('g', x) has it as an operand too: only a coder.ref written
// inside the call's own source range counts.
inline std::string coderRefMode(const ir::Instr* arg, const ir::Instr& call) {
  if (arg->op != ir::Op::Call || arg->callee != ir::Callee::Builtin) return "";
  if (arg->name != "coder.ref" && arg->name != "coder.rref" && arg->name != "coder.wref") return "";
  if (arg->loc.begin < call.loc.begin || arg->loc.end > call.loc.end) return "";
  return arg->name;
}

}  // namespace mcc::interop
