// Trims lifetime_end_ marks to the values that may hold objects; see ObjectLifetimes.h.
#include "ir/ObjectLifetimes.h"

#include <algorithm>
#include <vector>

namespace mcc::ir {

bool mayHoldObject(const Type& t) {
  if (!t.reached || t.noValue) return false;
  if (t.isRecord())  // (its fields are what it holds)
    return std::any_of(t.fields.begin(), t.fields.end(), [](const FieldType& f) { return mayHoldObject(f.type); });
  return t.cls == Class::Unknown || t.cls == Class::Cell || t.cls == Class::Struct || t.cls == Class::FunctionHandle;
}

bool isLifetimeMark(const Instr& i) {
  return i.op == Op::Call && i.callee == Callee::Builtin && i.name == "lifetime_end_";
}

namespace {

bool holdsObject(const Instr* v) { return v->op != Op::Undef && mayHoldObject(v->type); }

// Erases the phis no instruction but themselves uses, until none is left.
void dropDeadPhis(Function& f) {
  for (bool changed = true; changed;) {
    changed = false;
    for (Block* b : f.blocks) {
      std::vector<Instr*> dead;
      for (Instr* i : b->instrs)
        if (i->op == Op::Phi) {
          bool used = false;
          for (const Instr* u : i->users) used |= u != i;
          if (!used) dead.push_back(i);
        }
      for (Instr* i : dead) f.erase(i);
      changed |= !dead.empty();
    }
  }
}

void trim(Function& f) {
  bool any = false;
  for (Block* b : f.blocks) {
    std::vector<Instr*> empty;
    for (Instr* i : b->instrs) {
      if (!isLifetimeMark(*i)) continue;
      any = true;
      std::vector<Instr*> kept;
      for (Instr* o : i->operands)
        if (holdsObject(o)) kept.push_back(o);
      for (size_t k = 0; k < i->operands.size(); ++k) i->setOperand(k, nullptr);
      i->operands.clear();
      for (Instr* o : kept) i->addOperand(o);
      if (kept.empty()) empty.push_back(i);
    }
    for (Instr* i : empty) f.erase(i);
  }
  if (any) dropDeadPhis(f);
}

}  // namespace

void trimLifetimeEnds(Module& m) {
  for (Function* f : m.functions) trim(*f);
}

bool keepsLifetimes(const Module& m) {
  for (const Function* f : m.functions)
    for (const Block* b : f->blocks)
      for (const Instr* i : b->instrs)
        if (isLifetimeMark(*i)) return true;
  return false;
}

}  // namespace mcc::ir
