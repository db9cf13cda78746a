// Kernel formation; see FormKernels.h.
#include "kernels/FormKernels.h"

#include <algorithm>
#include <optional>
#include <set>
#include <unordered_map>

namespace mcc::kernels {
namespace {

using ir::Class;
using ir::Instr;
using ir::Op;

bool isKernelMath(const std::string& name) {
  static const std::set<std::string> names = {
#define KERNEL_MATH(Name, How, What) #Name,
#include "kernels/KernelMath.def"
  };
  return names.count(name) != 0;
}

std::optional<ReduceKind> reduceKind(const std::string& name) {
  static const std::unordered_map<std::string, ReduceKind> table = {
      {"sum", ReduceKind::Sum}, {"prod", ReduceKind::Prod}, {"mean", ReduceKind::Mean}, {"max", ReduceKind::Max},
      {"min", ReduceKind::Min}, {"any", ReduceKind::Any},   {"all", ReduceKind::All}};
  auto it = table.find(name);
  if (it == table.end()) return std::nullopt;
  return it->second;
}

std::optional<ElemType> elemType(const ir::Type& t) {
  if (!t.reached || t.noValue || t.cx != ir::Complexity::Real) return std::nullopt;
  if (t.cls == Class::Double) return ElemType::F64;
  if (t.cls == Class::Single) return ElemType::F32;
  if (t.cls == Class::Logical) return ElemType::Bool;
  return std::nullopt;
}

// A reduction's result as inference typed it can be what the kernel gives:
// inference does not always follow a dim argument (sum(x, 2) is unknown).
bool resultMayBe(const Instr* i, ElemType want) {
  if (i->type.noValue) return false;
  if (!i->type.reached || i->type.cls == Class::Unknown) return true;
  if (elemType(i->type) == want) return true;
  if (i->type.cx != ir::Complexity::Unknown || elemType(i->type).has_value()) return false;
  ir::Type real = i->type;
  real.cx = ir::Complexity::Real;
  return elemType(real) == want;
}

// MATLAB's class of a reduction of an operand of type `x`: any and all give
// logicals; sum, prod, mean, max and min of single are single, of double or
// logical double.
ElemType reductionType(ReduceKind k, ElemType x) {
  if (k == ReduceKind::Any || k == ReduceKind::All) return ElemType::Bool;
  return x == ElemType::F32 ? ElemType::F32 : ElemType::F64;
}

// MATLAB's class of an arithmetic result on double, single or logical
// operands: single wins, else double.
ElemType arithmeticType(const Instr* i) {
  for (const Instr* o : i->operands)
    if (elemType(o->type) == ElemType::F32) return ElemType::F32;
  return ElemType::F64;
}

// A machine scalar in generated code, the same for every element.
bool isScalarValue(const Instr* v) { return v->type.unboxed() && elemType(v->type); }
// An array a kernel can read or write element by element.
bool isArrayValue(const Instr* v) { return v->type.rankKnown && !v->type.unboxed() && elemType(v->type); }
bool isConstScalar(const Instr* v) {
  return v->op == Op::Const && !v->constant.complex &&
         (v->constant.kind == ir::Constant::Double || v->constant.kind == ir::Constant::Logical) && isScalarValue(v);
}
bool dimsKnown(const ir::Type& t) {
  if (!t.rankKnown) return false;
  for (const ir::Extent& e : t.dims)
    if (e.kind == ir::Extent::Unknown) return false;
  return true;
}
// Extent `k` of t is certainly 1.
bool unitDim(const ir::Type& t, size_t k) { return k >= t.dims.size() || t.dims[k].isOne(); }

bool isComparisonOrLogical(BinaryOp op) {
  switch (op) {
    case BinaryOp::Eq: case BinaryOp::Ne: case BinaryOp::Lt: case BinaryOp::Le: case BinaryOp::Gt: case BinaryOp::Ge:
    case BinaryOp::And: case BinaryOp::Or: return true;
    default: return false;
  }
}

// The element-wise operator an IR binary computes on arrays, if any: the
// matrix forms are element-wise when a scalar is on the right side.
std::optional<BinaryOp> elementwiseBinary(const Instr* i) {
  bool s0 = isScalarValue(i->operands[0]), s1 = isScalarValue(i->operands[1]);
  switch (i->binary) {
    case BinaryOp::MTimes: if (s0 || s1) return BinaryOp::Times; return std::nullopt;
    case BinaryOp::MRDivide: if (s1) return BinaryOp::RDivide; return std::nullopt;
    case BinaryOp::MLDivide: if (s0) return BinaryOp::LDivide; return std::nullopt;
    case BinaryOp::MPower: case BinaryOp::AndAnd: case BinaryOp::OrOr: return std::nullopt;
    default: return i->binary;
  }
}

class Former {
 public:
  Former(ir::Function& f, KernelSet& out) : f_(f), out_(out) {}

  bool run() {
    bool changed = false;
    for (ir::Block* b : f_.blocks) changed |= runBlock(*b);
    return changed;
  }

 private:
  // ---- which instructions fuse

  // The value whose shape an element-wise result has (shapes that reach the
  // same root are equal at run time, whatever inference knows of them).
  const Instr* root(const Instr* v) {
    auto it = root_.find(v);
    if (it != root_.end()) return it->second;
    root_[v] = v;  // a cycle (only through phis, never element-wise) ends here
    const Instr* r = v;
    if (elementwise(v))
      for (const Instr* o : v->operands)
        if (isArrayValue(o)) {
          r = root(o);
          break;
        }
    root_[v] = r;
    return r;
  }
  bool sameShape(const Instr* a, const Instr* b) {
    if (dimsKnown(a->type) && dimsKnown(b->type) && a->type.dims == b->type.dims) return true;
    return root(a) == root(b);
  }

  bool elementwise(const Instr* i) {
    auto it = elementwise_.find(i);
    if (it != elementwise_.end()) return it->second;
    elementwise_[i] = false;
    bool ok = checkElementwise(i);
    elementwise_[i] = ok;
    return ok;
  }
  bool checkElementwise(const Instr* i) {
    if (!isArrayValue(i)) return false;
    std::optional<ElemType> want;
    switch (i->op) {
      case Op::Unary:
        want = i->unary == UnaryOp::Not ? ElemType::Bool : arithmeticType(i);
        if (i->unary == UnaryOp::UPlus) want = elemType(i->operands[0]->type);
        break;
      case Op::Binary: {
        std::optional<BinaryOp> op = elementwiseBinary(i);
        if (!op) return false;
        want = isComparisonOrLogical(*op) ? ElemType::Bool : arithmeticType(i);
        break;
      }
      case Op::Call: {
        if (i->callee != ir::Callee::Builtin || i->nargout != 1 || i->operands.size() != 1 || !isKernelMath(i->name))
          return false;
        // double() and single() convert any operand; the math functions
        // take double or single and keep the class.
        std::optional<ElemType> x = elemType(i->operands[0]->type);
        if (i->name == "double") want = ElemType::F64;
        else if (i->name == "single") want = ElemType::F32;
        else if (x == ElemType::F64 || x == ElemType::F32) want = x;
        else return false;
        break;
      }
      default: return false;
    }
    if (elemType(i->type) != want) return false;
    // ~, & and | of a NaN are MATLAB errors: only logical operands fuse.
    bool logicalOnly = (i->op == Op::Unary && i->unary == UnaryOp::Not) ||
                       (i->op == Op::Binary && (i->binary == BinaryOp::And || i->binary == BinaryOp::Or));
    // Array operands of one shape (scalars broadcast): the result has it too.
    const Instr* first = nullptr;
    for (const Instr* o : i->operands) {
      if (logicalOnly && elemType(o->type) != ElemType::Bool) return false;
      if (isScalarValue(o)) continue;
      if (!isArrayValue(o) || (first && !sameShape(first, o))) return false;
      if (!first) first = o;
    }
    return first != nullptr;
  }

  // A builtin reduction call a kernel can compute, whatever its dims: one
  // output, an array operand, max/min only of double with one input.
  std::optional<ReduceKind> fusableReduction(const Instr* i) {
    if (i->op != Op::Call || i->callee != ir::Callee::Builtin || i->nargout != 1) return std::nullopt;
    std::optional<ReduceKind> kind = reduceKind(i->name);
    if (!kind || i->operands.empty() || i->operands.size() > 2) return std::nullopt;
    for (const Instr* u : i->users)
      if (u->op == Op::Extract) return std::nullopt;
    const Instr* x = i->operands[0];
    if (!isArrayValue(x)) return std::nullopt;
    bool minmax = *kind == ReduceKind::Max || *kind == ReduceKind::Min;
    if (minmax && (i->operands.size() != 1 || elemType(x->type) == ElemType::Bool)) return std::nullopt;
    if (!resultMayBe(i, reductionType(*kind, *elemType(x->type)))) return std::nullopt;
    return kind;
  }

  // A reduction over every element of its operand.
  std::optional<ReduceKind> reduction(const Instr* i) {
    std::optional<ReduceKind> kind = fusableReduction(i);
    if (!kind) return std::nullopt;
    const Instr* x = i->operands[0];
    const ir::Type& t = x->type;
    if (i->operands.size() == 2) {
      const Instr* d = i->operands[1];
      if (d->op == Op::Const && d->constant.kind == ir::Constant::Char && d->constant.text == "all") return kind;
      if (!isConstScalar(d) || d->constant.real < 1 || d->constant.real != static_cast<int64_t>(d->constant.real))
        return std::nullopt;
      size_t dim = static_cast<size_t>(d->constant.real) - 1;
      for (size_t k = 0; k < t.dims.size(); ++k)
        if (k != dim && !unitDim(t, k)) return std::nullopt;
      return kind;
    }
    // Along the first non-singleton dim: the whole array when it is a vector.
    size_t other = 0;
    for (size_t k = 0; k < t.dims.size(); ++k) other += !unitDim(t, k);
    if (other > 1) return std::nullopt;
    return kind;
  }

  // A reduction along one dim of an array that is not a vector: the dim
  // given as a constant, or the first when inference knows it is not 1.
  std::optional<std::pair<ReduceKind, uint32_t>> along(const Instr* i) {
    if (reduction(i)) return std::nullopt;
    std::optional<ReduceKind> kind = fusableReduction(i);
    if (!kind) return std::nullopt;
    const Instr* x = i->operands[0];
    uint32_t dim = 1;
    if (i->operands.size() == 2) {
      const Instr* d = i->operands[1];
      if (!isConstScalar(d) || d->constant.real < 1 || d->constant.real > 32 ||
          d->constant.real != static_cast<int64_t>(d->constant.real))
        return std::nullopt;
      dim = static_cast<uint32_t>(d->constant.real);
    } else if (x->type.dims.empty() || x->type.dims[0].kind != ir::Extent::Const || x->type.dims[0].value < 2) {
      return std::nullopt;  // the first non-singleton dim known only at run time, or sum([]) (1x1)
    }
    return std::make_pair(*kind, dim);
  }

  // ---- grouping within a block

  struct Group {
    std::vector<Instr*> members;  // in block order
    bool alive = true;
  };

  bool member(const Instr* v, size_t g) const {
    auto it = groupOf_.find(v);
    return it != groupOf_.end() && it->second == g;
  }
  // Group g may grow to end at position p (instruction i): nothing outside
  // it reads one of its values before p.
  bool canExtend(size_t g, size_t p, const Instr* i) const {
    for (const Instr* m : groups_[g].members)
      for (const Instr* u : m->users) {
        if (u == i || member(u, g)) continue;
        if (u->parent == block_ && pos_.at(u) < p) return false;
      }
    return true;
  }

  bool runBlock(ir::Block& b) {
    block_ = &b;
    groups_.clear();
    alongGroups_.clear();
    reducingGroups_.clear();
    groupOf_.clear();
    pos_.clear();
    for (size_t p = 0; p < b.instrs.size(); ++p) pos_[b.instrs[p]] = p;
    for (size_t p = 0; p < b.instrs.size(); ++p) {
      Instr* i = b.instrs[p];
      bool isReduce = false, isAlong = false;
      if (!elementwise(i)) {
        isReduce = reduction(i).has_value();
        isAlong = !isReduce && along(i).has_value();
        if (!isReduce && !isAlong) continue;
      }
      std::set<size_t> joins, banned;
      for (size_t k = 0; k < i->operands.size(); ++k) {
        auto it = groupOf_.find(i->operands[k]);
        if (it == groupOf_.end()) continue;
        bool readsReduction = reductions_.count(i->operands[k]) != 0;
        if (readsReduction) banned.insert(it->second);
        else if ((!isReduce && !isAlong) || k == 0) joins.insert(it->second);
      }
      // A reduction along a dim is its kernel's only reduction; such a
      // kernel joins no other.
      for (auto it = joins.begin(); it != joins.end();) {
        bool hasAlong = alongGroups_.count(*it) != 0, hasReduce = reducingGroups_.count(*it) != 0;
        bool refuse = (isAlong && hasReduce) || (isReduce && hasAlong) || (hasAlong && joins.size() > 1);
        it = refuse ? joins.erase(it) : std::next(it);
      }
      size_t into = groups_.size();
      for (size_t g : joins) {
        if (banned.count(g) || !canExtend(g, p, i)) continue;
        if (into == groups_.size()) {
          into = g;
          continue;
        }
        for (Instr* m : groups_[g].members) {
          groups_[into].members.push_back(m);
          groupOf_[m] = into;
        }
        groups_[g].alive = false;
        if (reducingGroups_.count(g)) reducingGroups_.insert(into);
      }
      if (into == groups_.size()) groups_.push_back({});
      groups_[into].members.push_back(i);
      groupOf_[i] = into;
      if (isReduce || isAlong) {
        reductions_.insert(i);
        reducingGroups_.insert(into);
      }
      if (isAlong) alongGroups_.insert(into);
    }
    mergeSiblings();
    bool changed = false;
    for (size_t g = 0; g < groups_.size(); ++g)
      if (groups_[g].alive) changed |= materialise(g);
    return changed;
  }

  size_t lastPosition(size_t g) const {
    size_t p = 0;
    for (const Instr* m : groups_[g].members) p = std::max(p, pos_.at(m));
    return p;
  }
  // The values a group reads that it does not compute.
  std::set<const Instr*> inputsOf(size_t g) const {
    std::set<const Instr*> in;
    for (const Instr* m : groups_[g].members)
      for (const Instr* o : m->operands)
        if (!member(o, g)) in.insert(o);
    return in;
  }
  // Sibling kernels: two groups reading the same array, neither reading the
  // other's values, become one kernel (one pass over what they share) where
  // nothing outside either needs a value before the later one ends.
  void mergeSiblings() {
    for (size_t a = 0; a < groups_.size(); ++a) {
      if (!groups_[a].alive || alongGroups_.count(a)) continue;
      for (size_t b = a + 1; b < groups_.size(); ++b) {
        if (!groups_[b].alive || alongGroups_.count(b)) continue;
        std::set<const Instr*> inA = inputsOf(a), inB = inputsOf(b);
        bool shared = false, dependent = false;
        for (const Instr* v : inB) {
          shared |= inA.count(v) && isArrayValue(v);
          dependent |= member(v, a);
        }
        for (const Instr* v : inA) dependent |= member(v, b);
        size_t p = std::max(lastPosition(a), lastPosition(b));
        if (!shared || dependent || !canExtend(a, p, nullptr) || !canExtend(b, p, nullptr)) continue;
        for (Instr* m : groups_[b].members) {
          groups_[a].members.push_back(m);
          groupOf_[m] = a;
        }
        groups_[b].alive = false;
      }
    }
  }

  // ---- one group becomes a kernel instruction

  bool materialise(size_t g) {
    std::vector<Instr*> members = groups_[g].members;
    std::sort(members.begin(), members.end(), [&](const Instr* a, const Instr* b) { return pos_.at(a) < pos_.at(b); });
    auto k = std::make_unique<Kernel>();
    k->function = f_.name;
    std::unordered_map<const Instr*, uint32_t> nodeOf, inputOf;
    auto addNode = [&](Node n) {
      k->nodes.push_back(std::move(n));
      return static_cast<uint32_t>(k->nodes.size() - 1);
    };
    auto operand = [&](const Instr* o) -> uint32_t {
      if (auto it = nodeOf.find(o); it != nodeOf.end()) return it->second;
      Node n{};
      if (isConstScalar(o)) {
        n.kind = Node::Const;
        n.type = *elemType(o->type);
        n.value = o->constant.real;
        return addNode(n);
      }
      n.kind = isScalarValue(o) ? Node::Scalar : Node::Load;
      n.type = *elemType(o->type);
      auto in = inputOf.find(o);
      if (in == inputOf.end()) {
        in = inputOf.emplace(o, static_cast<uint32_t>(k->inputs.size())).first;
        k->inputs.push_back({o, n.kind == Node::Load, n.type});
      }
      n.input = in->second;
      uint32_t id = addNode(n);
      nodeOf[o] = id;
      return id;
    };
    for (Instr* m : members) {
      Node n{};
      n.type = elemType(m->type).value_or(ElemType::F64);
      if (std::optional<ReduceKind> r = reduction(m); r && !elementwise(m)) {
        n.kind = Node::Reduce;
        n.reduce = *r;
        n.type = reductionType(*r, *elemType(m->operands[0]->type));
        if (m->operands.size() == 2) {
          const Instr* d = m->operands[1];
          n.dim = d->constant.kind == ir::Constant::Char ? kAllDims : static_cast<uint32_t>(d->constant.real);
        }
        n.args = {operand(m->operands[0])};
      } else if (auto a = along(m); a && !elementwise(m)) {
        n.kind = Node::Reduce;
        n.reduce = a->first;
        n.type = reductionType(a->first, *elemType(m->operands[0]->type));
        n.dim = a->second;
        n.along = true;
        n.args = {operand(m->operands[0])};
      } else {
        for (const Instr* o : m->operands) n.args.push_back(operand(o));
        switch (m->op) {
          case Op::Unary: n.kind = Node::Unary; n.unary = m->unary; break;
          case Op::Binary: n.kind = Node::Binary; n.binary = *elementwiseBinary(m); break;
          default: n.kind = Node::Math; n.fn = m->name; break;
        }
      }
      nodeOf[m] = addNode(n);
    }
    std::set<const Instr*> inGroup(members.begin(), members.end());
    std::vector<Instr*> outs;
    for (Instr* m : members) {
      bool usedOutside = false;
      for (const Instr* u : m->users) usedOutside |= !inGroup.count(u);
      if (!usedOutside) continue;
      outs.push_back(m);
      const Node& node = k->nodes[nodeOf.at(m)];
      k->outputs.push_back({m, nodeOf.at(m), node.kind == Node::Reduce, node.type});
    }
    if (outs.empty()) return false;  // dead code: left to the code generator
    for (const Input& in : k->inputs)
      if (in.array) {
        k->space = in.value->type;
        break;
      }

    // The IR: one kernel instruction where the last member was, its outputs
    // read by Extract.
    Instr* last = members.back();
    Instr* ki = f_.newInstr(Op::Kernel, last->loc);
    ki->parent = block_;
    ki->kernel = k.get();
    ki->index = k->id = static_cast<uint32_t>(out_.kernels.size());
    ki->nargout = static_cast<uint32_t>(outs.size());
    ki->type = ir::Type::nothing();
    for (const Input& in : k->inputs) ki->addOperand(const_cast<Instr*>(in.value));
    std::vector<Instr*> placed = {ki};
    for (size_t o = 0; o < outs.size(); ++o) {
      Instr* e = f_.newInstr(Op::Extract, outs[o]->loc);
      e->parent = block_;
      e->index = static_cast<uint32_t>(o);
      e->type = outs[o]->type;
      e->addOperand(ki);
      placed.push_back(e);
      f_.replaceAllUses(outs[o], e);
    }
    auto& instrs = block_->instrs;
    instrs.insert(std::find(instrs.begin(), instrs.end(), last) + 1, placed.begin(), placed.end());
    for (auto it = members.rbegin(); it != members.rend(); ++it) f_.erase(*it);
    for (size_t p = 0; p < instrs.size(); ++p) pos_[instrs[p]] = p;
    out_.kernels.push_back(std::move(k));
    return true;
  }

  ir::Function& f_;
  KernelSet& out_;
  ir::Block* block_ = nullptr;
  std::unordered_map<const Instr*, const Instr*> root_;
  std::unordered_map<const Instr*, bool> elementwise_;
  std::set<const Instr*> reductions_;
  std::set<size_t> alongGroups_, reducingGroups_;  // groups with a reduction along a dim; with any reduction
  std::vector<Group> groups_;
  std::unordered_map<const Instr*, size_t> groupOf_;
  std::unordered_map<const Instr*, size_t> pos_;
};

}  // namespace

bool formKernels(ir::Module& m, KernelSet& out) {
  bool changed = false;
  for (ir::Function* f : m.functions) changed |= Former(*f, out).run();
  return changed;
}

}  // namespace mcc::kernels
