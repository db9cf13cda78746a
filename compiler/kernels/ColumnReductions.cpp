// Reductions of X(:) as reductions of X over 'all'; see ColumnReductions.h.
#include "kernels/ColumnReductions.h"

#include <algorithm>
#include <deque>

#include "kernels/FormKernels.h"

namespace mcc::kernels {

using ir::Class;
using ir::Instr;
using ir::Op;
using ir::Type;

namespace {

bool realArrayOf(const Type& t) {
  return t.reached && !t.noValue && t.rankKnown && t.sp == ir::Sparsity::Full && t.object.empty() &&
         t.cx == ir::Complexity::Real && (t.cls == Class::Double || t.cls == Class::Single || t.cls == Class::Logical);
}

// Every extent a constant or a symbol, so that equal dims mean equal shapes.
bool provenShape(const Type& t) {
  return std::all_of(t.dims.begin(), t.dims.end(), [](const ir::Extent& e) { return e.kind != ir::Extent::Unknown; });
}

bool isColon(const Instr* i) { return i->op == Op::Const && i->constant.kind == ir::Constant::Colon; }

// c is X(:) of a real double, single or logical array X of known rank.
bool isColumn(const Instr* c) {
  return c->op == Op::Subsref && c->operands.size() == 2 && isColon(c->operands[1]) && !c->forUpdate &&
         c->splice.empty() && realArrayOf(c->operands[0]->type) && !c->operands[0]->type.unboxed() &&
         c->type.rankKnown && c->type.dims.size() == 2 && c->type.dims[1].isOne() && c->type.cls == c->operands[0]->type.cls;
}

bool realScalar(const Instr* v) { return v->type.unboxed() && v->type.cx == ir::Complexity::Real; }

bool builtinCall(const Instr* u, size_t operands) {
  return u->op == Op::Call && u->callee == ir::Callee::Builtin && u->nargout == 1 && u->splice.empty() &&
         u->operands.size() == operands;
}

// u computes element by element what FormKernels fuses: its result is the
// operation of its operands' elements at the same linear index.
bool elementwiseOp(const Instr* u) {
  if (!realArrayOf(u->type)) return false;
  switch (u->op) {
    case Op::Unary: return true;
    case Op::Binary: return kernelBinary(u).has_value();
    case Op::Call:
      return (builtinCall(u, 1) && isKernelMathCall(u->name)) ||
             (builtinCall(u, 2) && (u->name == "max" || u->name == "min" || u->name == "mod"));
    default: return false;
  }
}

class Rewriter {
 public:
  explicit Rewriter(ir::Function& f) : f_(f) {}

  bool run() {
    std::deque<Instr*> work;
    for (ir::Block* b : f_.blocks)
      for (Instr* i : b->instrs)
        if (isColumn(i)) work.push_back(i);
    bool changed = false;
    while (!work.empty()) {
      Instr* c = work.front();
      work.pop_front();
      if (!c->parent) continue;
      std::vector<Instr*> users = c->users;
      std::sort(users.begin(), users.end());
      users.erase(std::unique(users.begin(), users.end()), users.end());
      for (Instr* u : users) {
        if (!u->parent) continue;
        if (Instr* moved = sink(u)) {
          work.push_back(moved);
          changed = true;
        } else {
          changed |= reduceWhole(u, c);
        }
      }
      if (c->users.empty()) f_.erase(c);
    }
    return changed;
  }

 private:
  Instr* insertBefore(Instr* at, Instr* i, const Type& t) {
    i->type = t;
    i->parent = at->parent;
    auto& v = at->parent->instrs;
    v.insert(std::find(v.begin(), v.end(), at), i);
    return i;
  }

  // f(X(:), Y(:), s) as f(X, Y, s)(:) when X and Y have one proven shape:
  // the column of the operation over X's shape, or null.
  Instr* sink(Instr* u) {
    if (!elementwiseOp(u)) return nullptr;
    std::vector<const Instr*> columns;
    for (const Instr* o : u->operands) {
      if (realScalar(o)) continue;
      if (!isColumn(o)) return nullptr;
      columns.push_back(o);
    }
    if (columns.empty()) return nullptr;
    const Instr* first = columns[0];
    for (const Instr* o : columns)
      if (o->operands[0] != first->operands[0] &&
          (!provenShape(o->operands[0]->type) || o->operands[0]->type.dims != first->operands[0]->type.dims))
        return nullptr;
    Instr* e = f_.newInstr(u->op, u->loc);
    e->unary = u->unary;
    e->binary = u->binary;
    e->name = u->name;
    e->callee = u->callee;
    e->nargout = u->nargout;
    for (Instr* o : u->operands) e->addOperand(realScalar(o) ? o : o->operands[0]);
    Type shaped = Type::matrix(u->type.cls, first->operands[0]->type.dims, u->type.cx);
    if (u->op == Op::Call) e->outputTypes = {shaped};
    insertBefore(u, e, shaped);
    Instr* column = f_.newInstr(Op::Subsref, u->loc);
    column->addOperand(e);
    column->addOperand(first->operands[1]);
    column->variable = u->variable;
    insertBefore(u, column, u->type);
    f_.replaceAllUses(u, column);
    f_.erase(u);
    return column;
  }

  // sum(X(:)) as sum(X, 'all'), max(X(:)) as max(X, [], 'all'), std(X(:))
  // and std(X(:), w) as std(X, w, 'all'): MATLAB's 'all' is the reduction
  // of X(:) (the runtime's too: the column, then along dim 1).
  bool reduceWhole(Instr* u, Instr* c) {
    if (u->op != Op::Call || u->callee != ir::Callee::Builtin || u->nargout != 1 || !u->splice.empty() ||
        u->operands.empty() || u->operands[0] != c)
      return false;
    for (size_t k = 1; k < u->operands.size(); ++k)
      if (u->operands[k] == c) return false;
    const std::string& n = u->name;
    bool plain = n == "sum" || n == "prod" || n == "mean" || n == "any" || n == "all";
    bool extreme = n == "max" || n == "min";
    bool spread = n == "std" || n == "var";
    if (!((plain || extreme) && u->operands.size() == 1) && !(spread && u->operands.size() <= 2)) return false;
    if (spread && u->operands.size() == 2) {  // std(X(:), w): a constant weight 0 or 1
      const Instr* w = u->operands[1];
      if (w->op != Op::Const || w->constant.kind != ir::Constant::Double || w->constant.complex ||
          (w->constant.real != 0 && w->constant.real != 1))
        return false;
    }
    u->setOperand(0, c->operands[0]);
    if (extreme) {
      Instr* empty = f_.newInstr(Op::Matrix, u->loc);
      u->addOperand(insertBefore(u, empty, Type::matrix(Class::Double, {ir::Extent::constant(0), ir::Extent::constant(0)})));
    }
    if (spread && u->operands.size() == 1) u->addOperand(constant(u, 0));
    Instr* all = f_.newInstr(Op::Const, u->loc);
    all->constant.kind = ir::Constant::Char;
    all->constant.text = "all";
    u->addOperand(insertBefore(u, all, Type::matrix(Class::Char, {ir::Extent::constant(1), ir::Extent::constant(3)})));
    return true;
  }

  Instr* constant(Instr* at, double v) {
    Instr* k = f_.newInstr(Op::Const, at->loc);
    k->constant.kind = ir::Constant::Double;
    k->constant.real = v;
    return insertBefore(at, k, Type::scalar(Class::Double));
  }

  ir::Function& f_;
};

}  // namespace

bool reduceColumns(ir::Module& m) {
  bool changed = false;
  for (ir::Function* f : m.functions) changed |= Rewriter(*f).run();
  return changed;
}

}  // namespace mcc::kernels
