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
#include <optional>
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

  // Errors (try/catch, OWNERSHIP.md): the values owned while instruction i
  // runs (its consumed operands that die there excluded: the callee owns
  // them), which a landing pad releases when i raises an error; and per
  // block of a try region, those of them its catch edge takes over.
  std::map<const ir::Instr*, std::vector<const ir::Instr*>> ownedDuring;
  std::map<const ir::Block*, std::vector<const ir::Instr*>> unwindKeep;
};

// Where an error raised in block b goes: the edge (handler, pred index) of
// the TryBr that is b's only way in, when b is in a try region. The values
// the handler needs on that edge stay alive through all of b.
std::optional<std::pair<const ir::Block*, size_t>> unwindEdgeOf(const ir::Block* b);

struct OwnershipRules {
  std::function<bool(const ir::Instr*)> boxed;                     // the value is an owned reference
  std::function<bool(const ir::Instr& user, size_t operand)> consumes;  // this use takes a reference
};

OwnershipPlan planOwnership(const ir::Function& f, const OwnershipRules& rules);

}  // namespace mcc::codegen
