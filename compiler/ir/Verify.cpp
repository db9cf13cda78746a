// IR invariant checks; see Verify.h.
#include "Verify.h"

#include <algorithm>
#include <set>

namespace mcc::ir {
namespace {

std::string where(const Function& f, const Block* b, const Instr* i) {
  std::string s = "in " + f.name + ", bb" + std::to_string(b->id);
  if (i) s += std::string(", ") + opName(i->op) + " %" + std::to_string(i->id);
  return s;
}

std::string verifyFunction(const Function& f) {
  if (f.blocks.empty()) return "in " + f.name + ": no blocks";
  std::set<const Block*> blocks(f.blocks.begin(), f.blocks.end());
  std::set<const Instr*> live;
  for (const Block* b : f.blocks)
    for (const Instr* i : b->instrs) live.insert(i);
  for (const Block* b : f.blocks) {
    if (!b->terminator()) return where(f, b, nullptr) + ": no terminator at its end";
    bool pastPhis = false;
    for (size_t k = 0; k < b->instrs.size(); ++k) {
      const Instr* i = b->instrs[k];
      if (i->parent != b) return where(f, b, i) + ": wrong parent block";
      if (isTerminator(i->op) && k + 1 != b->instrs.size()) return where(f, b, i) + ": terminator before the end";
      if (i->op == Op::Phi) {
        if (pastPhis) return where(f, b, i) + ": phi after other instructions";
        if (i->operands.size() != b->preds.size()) return where(f, b, i) + ": phi operands do not match predecessors";
      } else if (i->op != Op::Undef && i->op != Op::Param) {
        pastPhis = true;
      }
      for (const Instr* o : i->operands) {
        if (!o) return where(f, b, i) + ": null operand";
        if (!live.count(o)) return where(f, b, i) + ": operand %" + std::to_string(o->id) + " is not in the function";
        size_t uses = static_cast<size_t>(std::count(i->operands.begin(), i->operands.end(), o));
        size_t listed = static_cast<size_t>(std::count(o->users.begin(), o->users.end(), i));
        if (uses != listed) return where(f, b, i) + ": use list of %" + std::to_string(o->id) + " out of date";
      }
      for (const Block* t : i->targets) {
        if (!blocks.count(t)) return where(f, b, i) + ": branch to a block not in the function";
        if (std::find(t->preds.begin(), t->preds.end(), b) == t->preds.end())
          return where(f, b, i) + ": target bb" + std::to_string(t->id) + " does not list it as a predecessor";
      }
    }
    for (const Block* p : b->preds) {
      if (!blocks.count(p)) return where(f, b, nullptr) + ": predecessor not in the function";
      const Instr* t = p->terminator();
      if (!t || std::find(t->targets.begin(), t->targets.end(), b) == t->targets.end())
        return where(f, b, nullptr) + ": predecessor bb" + std::to_string(p->id) + " does not branch here";
    }
  }
  return "";
}

}  // namespace

std::string verifyModule(const Module& m) {
  for (const Function* f : m.functions) {
    std::string e = verifyFunction(*f);
    if (!e.empty()) return e;
  }
  return "";
}

}  // namespace mcc::ir
