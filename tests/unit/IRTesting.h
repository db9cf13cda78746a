// IR built by hand for the unit tests of passes: a function of one block,
// whose instructions are appended in order with their types.
#pragma once

#include <vector>

#include "ir/IR.h"

namespace mcc::testing {

struct IRBuilder {
  ir::Module m;
  ir::Function* f = m.newFunction("f");
  ir::Block* b = f->newBlock();
  ir::Instr* add(ir::Op op, ir::Type t, std::vector<ir::Instr*> operands = {}) {
    ir::Instr* i = f->newInstr(op, {});
    i->parent = b;
    i->type = std::move(t);
    for (ir::Instr* o : operands) i->addOperand(o);
    b->instrs.push_back(i);
    return i;
  }
};

}  // namespace mcc::testing
