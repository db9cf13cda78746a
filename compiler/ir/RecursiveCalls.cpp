// Marks the calls inside recursive cycles of the call graph; see RecursiveCalls.h.
#include "ir/RecursiveCalls.h"

#include <algorithm>
#include <map>
#include <vector>

#include "ir/InferTypes.h"

namespace mcc::ir {

namespace {

// A value through which the runtime may call user code: a function handle,
// an object, or a value whose class only the run time knows.
bool mayCallBack(const Type& t) {
  if (!t.reached || t.noValue) return false;
  return t.cls == Class::Unknown || t.cls == Class::FunctionHandle || (t.cls == Class::Struct && !t.object.empty());
}

bool anyOperandMayCallBack(const Instr& i, size_t first = 0) {
  for (size_t k = first; k < i.operands.size(); ++k)
    if (mayCallBack(i.operands[k]->type)) return true;
  return false;
}

class CallGraph {
 public:
  explicit CallGraph(Module& m) : m_(m) {
    for (Function* f : m.functions) byName_[f->name] = f;
    for (Function* f : m.functions) {
      if (f->boxedEntry) handleTargets_.push_back(f);
      for (Block* b : f->blocks)
        for (Instr* i : b->instrs)
          if (i->op == Op::Call && i->callee == Callee::Builtin && i->name == "operator_methods_")
            for (Instr* h : i->operands)
              if (Function* t = find(h->name); t && h->op == Op::FuncHandle) operatorTargets_.push_back(t);
    }
  }

  // The functions instruction i may call (directly or through the runtime).
  std::vector<Function*> targets(const Instr& i) const {
    std::vector<Function*> out;
    auto add = [&](Function* f) {
      if (f) out.push_back(f);
    };
    auto indirect = [&] { out.insert(out.end(), handleTargets_.begin(), handleTargets_.end()); };
    switch (i.op) {
      case Op::Call:
        if (i.callee != Callee::Builtin) {
          add(find(i.name));
          break;
        }
        add(find(i.perElement));
        if (anyOperandMayCallBack(i)) indirect();
        break;
      case Op::CallHandle:
        if (Function* f = find(i.name)) add(f);
        else if (i.name.empty() || !isRuntimeBuiltin(i.name) || anyOperandMayCallBack(i, 1)) indirect();
        break;
      case Op::Subsref:
        if (Function* f = find(i.name); f && i.operands[0]->type.cls == Class::FunctionHandle) add(f);
        else if (mayCallBack(i.operands[0]->type)) indirect();
        break;
      case Op::Unary: case Op::Binary: case Op::Transpose:
        if (anyOperandMayCallBack(i)) out.insert(out.end(), operatorTargets_.begin(), operatorTargets_.end());
        break;
      default: break;
    }
    return out;
  }

  // Tarjan's algorithm: the strongly connected component of each function.
  std::map<const Function*, int> components() {
    for (Function* f : m_.functions)
      if (!index_.count(f)) visit(f);
    return component_;
  }

 private:
  Function* find(const std::string& name) const {
    auto it = byName_.find(name);
    return it == byName_.end() ? nullptr : it->second;
  }

  std::vector<Function*> callees(const Function* f) const {
    std::vector<Function*> out;
    for (const Block* b : f->blocks)
      for (const Instr* i : b->instrs)
        for (Function* t : targets(*i)) out.push_back(t);
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
  }

  // (Recursive: the depth is that of the program's own call chains.)
  void visit(Function* f) {
    int mine = static_cast<int>(index_.size());
    index_[f] = low_[f] = mine;
    stack_.push_back(f);
    onStack_[f] = true;
    for (Function* g : callees(f)) {
      if (!index_.count(g)) {
        visit(g);
        low_[f] = std::min(low_[f], low_[g]);
      } else if (onStack_[g]) {
        low_[f] = std::min(low_[f], index_[g]);
      }
    }
    if (low_[f] != mine) return;
    Function* g;
    do {
      g = stack_.back();
      stack_.pop_back();
      onStack_[g] = false;
      component_[g] = mine;
    } while (g != f);
  }

  Module& m_;
  std::map<std::string, Function*> byName_;
  std::vector<Function*> handleTargets_, operatorTargets_;
  std::map<const Function*, int> index_, low_, component_;
  std::map<const Function*, bool> onStack_;
  std::vector<Function*> stack_;
};

}  // namespace

void markRecursiveCalls(Module& m) {
  CallGraph graph(m);
  std::map<const Function*, int> component = graph.components();
  for (Function* f : m.functions)
    for (Block* b : f->blocks)
      for (Instr* i : b->instrs) {
        std::vector<Function*> targets = graph.targets(*i);
        i->recursive = std::any_of(targets.begin(), targets.end(),
                                   [&](const Function* t) { return component.at(t) == component.at(f); });
      }
}

}  // namespace mcc::ir
