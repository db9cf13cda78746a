// Reference ownership of boxed values: where generated code retains and
// releases them (the plan in OWNERSHIP.md, next to this file).
//
// Each boxed SSA value owns one reference. A liveness analysis over the CFG
// finds where each value dies: after its last use (or right after its
// definition when nothing uses it), or on a CFG edge into a block that does
// not need it. An instruction that consumes an operand (indexed assignment,
// a call of a user function, return, a phi on its edge) takes that
// reference when the operand dies there and a retained one when it does not.
//
// On entry: a typed function, and what the code generator boxes and which
// operand uses consume. On exit: a plan the code generator follows; it never
// decides ownership itself. Tests: tests/lit/run (programs with arrays in
// loops, run under ASan's leak checker in the sanitizer build).
#pragma once

#include <functional>
#include <map>
#include <vector>

#include "ir/IR.h"

namespace mcc::codegen {

struct OwnershipPlan {
  // Retains before instruction i, one entry per extra reference needed
  // (a value consumed while still live, or consumed twice).
  std::map<const ir::Instr*, std::vector<const ir::Instr*>> retainBefore;
  // Releases right after instruction i: operands dying there that it does
  // not consume, and i itself when nothing uses it.
  std::map<const ir::Instr*, std::vector<const ir::Instr*>> releaseAfter;
  // Per CFG edge, keyed by (successor, index in its preds): values to retain
  // for the successor's phis (incoming values that stay live) and values to
  // release (live at the end of the predecessor, dead in the successor).
  struct Edge {
    std::vector<const ir::Instr*> retain, release;
  };
  std::map<std::pair<const ir::Block*, size_t>, Edge> edges;
};

struct OwnershipRules {
  std::function<bool(const ir::Instr*)> boxed;                     // the value is an owned reference
  std::function<bool(const ir::Instr& user, size_t operand)> consumes;  // this use takes a reference
};

OwnershipPlan planOwnership(const ir::Function& f, const OwnershipRules& rules);

}  // namespace mcc::codegen
