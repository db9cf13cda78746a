// Kernel formation; see FormKernels.h.
#include "kernels/FormKernels.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <set>
#include <unordered_map>

#include "ir/ValueRange.h"

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

// What fusion knows of one extent of a value at run time: a constant, the
// value of an IR scalar, or extent k of a value whose shape no fusion rule
// derives (the dims of an array inference knows only by rank).
struct DimFact {
  enum Kind : uint8_t { Const, Sym, Of } kind = Const;
  int64_t value = 1;
  const Instr* v = nullptr;
  size_t k = 0;
  bool operator==(const DimFact& o) const {
    return kind == o.kind && (kind == Const ? value == o.value : v == o.v && (kind == Sym || k == o.k));
  }
  bool isOne() const { return kind == Const && value == 1; }
};
using Shape = std::vector<DimFact>;  // at least 2 dims; trailing ones may be absent

DimFact dimOf(const Shape& s, size_t d) { return d < s.size() ? s[d] : DimFact{}; }
bool sameShape(const Shape& a, const Shape& b) {
  for (size_t d = 0; d < std::max(a.size(), b.size()); ++d)
    if (!(dimOf(a, d) == dimOf(b, d))) return false;
  return true;
}
// MATLAB's implicit expansion of a and b, when it is provably valid: each
// dim equal, or 1 in one of them.
std::optional<Shape> broadcast(const Shape& a, const Shape& b) {
  Shape r(std::max(a.size(), b.size()));
  for (size_t d = 0; d < r.size(); ++d) {
    DimFact x = dimOf(a, d), y = dimOf(b, d);
    if (x == y || y.isOne()) r[d] = x;
    else if (x.isOne()) r[d] = y;
    else return std::nullopt;
  }
  return r;
}

// The most dims a kernel reads an expanded input over (MCC_KERNEL_MAX_DIMS).
constexpr size_t kMaxExpandedDims = 8;
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

  // The shape v has at run time as far as fusion can tell (none: its rank is
  // unknown): an element-wise result's is the expansion of its operands'
  // (so results of one chain provably agree, whatever inference knows of
  // their extents), a reduction along dims its operand's with 1 there, any
  // other value's what inference knows.
  const std::optional<Shape>& shapeOf(const Instr* v) {
    if (auto it = shapes_.find(v); it != shapes_.end()) return it->second;
    shapes_[v] = std::nullopt;  // a cycle (only through phis, never element-wise) ends here
    std::optional<Shape> s;
    if (elementwise(v)) {
      s = expandedShape(v);
    } else if (std::vector<uint32_t> dims = reducedDims(v); !dims.empty()) {
      s = shapeOf(v->operands[0]);
      for (uint32_t d : dims)
        if (s) {
          if (s->size() < d) s->resize(d);
          (*s)[d - 1] = DimFact{};
        }
    } else if (v->type.rankKnown) {
      s.emplace();
      for (size_t d = 0; d < v->type.dims.size(); ++d) {
        const ir::Extent& e = v->type.dims[d];
        if (e.kind == ir::Extent::Const) s->push_back({DimFact::Const, e.value, nullptr, 0});
        else if (e.kind == ir::Extent::Sym) s->push_back({DimFact::Sym, 0, e.sym, 0});
        else s->push_back({DimFact::Of, 0, v, d});
      }
    }
    return shapes_[v] = s;
  }
  // The dims a reduction with constant dims makes 1 (its shape is its
  // operand's otherwise): one fusion computes, or std/var(x, w, dims).
  std::vector<uint32_t> reducedDims(const Instr* v) {
    std::vector<uint32_t> dims;
    if (auto a = along(v)) {
      for (uint32_t d = a->dim; d < a->dim + a->count; ++d) dims.push_back(d);
      return dims;
    }
    if (v->op != Op::Call || v->callee != ir::Callee::Builtin || (v->name != "std" && v->name != "var") ||
        v->operands.size() != 3 || v->nargout != 1 || !isArrayValue(v->operands[0]))
      return dims;
    const Instr* d = v->operands[2];
    std::vector<const Instr*> items(d->operands.begin(), d->operands.end());
    if (d->op != Op::Matrix) items = {d};
    if (d->op == Op::Matrix)
      for (uint8_t spliced : d->splice)
        if (spliced) return {};
    for (const Instr* c : items) {
      if (!isConstScalar(c) || c->constant.real < 1 || c->constant.real > 32 ||
          c->constant.real != static_cast<int64_t>(c->constant.real))
        return {};
      dims.push_back(static_cast<uint32_t>(c->constant.real));
    }
    return dims;
  }
  // The implicit expansion of i's array operands, when provably valid.
  std::optional<Shape> expandedShape(const Instr* i) {
    std::optional<Shape> shape;
    for (const Instr* o : i->operands) {
      if (isScalarValue(o)) continue;
      const std::optional<Shape>& s = shapeOf(o);
      if (!s) return std::nullopt;
      shape = shape ? broadcast(*shape, *s) : s;
      if (!shape) return std::nullopt;
    }
    return shape;
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
        if (i->callee != ir::Callee::Builtin || i->nargout != 1) return false;
        if ((i->name == "max" || i->name == "min") && i->operands.size() == 2) {  // max(x, 0): element-wise
          want = arithmeticType(i);
          break;
        }
        if (i->name == "mod" && i->operands.size() == 2) {  // of doubles, as in loop kernels
          if (elemType(i->operands[0]->type) != ElemType::F64 || elemType(i->operands[1]->type) != ElemType::F64)
            return false;
          want = ElemType::F64;
          break;
        }
        if (i->operands.size() != 1 || !isKernelMath(i->name)) return false;
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
    // Array operands whose shapes provably expand to one (scalars broadcast;
    // an outer product such as r + r' expands both), over at most
    // kMaxExpandedDims dims where one is expanded.
    bool array = false;
    for (const Instr* o : i->operands) {
      if (logicalOnly && elemType(o->type) != ElemType::Bool) return false;
      if (isScalarValue(o)) continue;
      if (!isArrayValue(o)) return false;
      array = true;
    }
    std::optional<Shape> shape = array ? expandedShape(i) : std::nullopt;
    if (!shape) return false;
    bool expands = false;
    for (const Instr* o : i->operands)
      if (!isScalarValue(o)) expands |= !sameShape(*shapeOf(o), *shape);
    return !expands || shape->size() <= kMaxExpandedDims;
  }

  // A builtin reduction call a kernel can compute, whatever its dims: one
  // output, an array operand, max/min only of double or single with one input.
  std::optional<ReduceKind> fusableReduction(const Instr* i) {
    if (i->op != Op::Call || i->callee != ir::Callee::Builtin || i->nargout != 1) return std::nullopt;
    std::optional<ReduceKind> kind = reduceKind(i->name);
    if (!kind || i->operands.empty() || i->operands.size() > 3) return std::nullopt;
    for (const Instr* u : i->users)
      if (u->op == Op::Extract) return std::nullopt;
    const Instr* x = i->operands[0];
    if (!isArrayValue(x)) return std::nullopt;
    bool minmax = *kind == ReduceKind::Max || *kind == ReduceKind::Min;
    // max and min of one array, or along a dim: max(x, [], dim).
    if (i->operands.size() == 3 && (!minmax || !emptyMatrix(i->operands[1]))) return std::nullopt;
    if (minmax && (i->operands.size() == 2 || elemType(x->type) == ElemType::Bool)) return std::nullopt;
    if (!resultMayBe(i, reductionType(*kind, *elemType(x->type)))) return std::nullopt;
    return kind;
  }

  // `[]` written in the program.
  static bool emptyMatrix(const Instr* v) { return v->op == Op::Matrix && v->operands.empty(); }

  // A reduction over every element of its operand (max(x, [], dim) is
  // one along a dim, max(x, [], 'all') over every element).
  std::optional<ReduceKind> reduction(const Instr* i) {
    std::optional<ReduceKind> kind = fusableReduction(i);
    if (!kind) return std::nullopt;
    if (i->operands.size() == 3) {
      const std::string* o = ir::literalText(i->operands[2]);
      return o && *o == "all" ? kind : std::nullopt;
    }
    const Instr* x = i->operands[0];
    const ir::Type& t = x->type;
    if (i->operands.size() == 2) {
      const Instr* d = i->operands[1];
      if (const std::string* o = ir::literalText(d); o && *o == "all") return kind;
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

  // A reduction along dims of an array that is not a vector: the dim given
  // as a constant, the first when inference knows it is not 1, or a
  // constant vecdim of consecutive dims in increasing order (mean(X, [2 3]);
  // not for max and min, whose dim is max(X, [], dim)).
  struct Along {
    ReduceKind kind;
    uint32_t dim, count;  // dims dim .. dim + count - 1
  };
  std::optional<Along> along(const Instr* i) {
    if (reduction(i)) return std::nullopt;
    std::optional<ReduceKind> kind = fusableReduction(i);
    if (!kind) return std::nullopt;
    const Instr* x = i->operands[0];
    auto dimOf = [](const Instr* d) -> uint32_t {
      if (!isConstScalar(d) || d->constant.real < 1 || d->constant.real > 32 ||
          d->constant.real != static_cast<int64_t>(d->constant.real))
        return 0;
      return static_cast<uint32_t>(d->constant.real);
    };
    if (i->operands.size() == 2) {
      const Instr* d = i->operands[1];
      if (d->op != Op::Matrix) {
        uint32_t dim = dimOf(d);
        if (!dim) return std::nullopt;
        return Along{*kind, dim, 1};
      }
      bool minmax = *kind == ReduceKind::Max || *kind == ReduceKind::Min;
      if (d->operands.empty() || minmax) return std::nullopt;
      for (size_t k = 0; k < d->operands.size(); ++k)
        if ((k < d->splice.size() && d->splice[k]) || !dimOf(d->operands[k]) ||
            dimOf(d->operands[k]) != dimOf(d->operands[0]) + k)
          return std::nullopt;
      return Along{*kind, dimOf(d->operands[0]), static_cast<uint32_t>(d->operands.size())};
    }
    if (i->operands.size() == 3) {  // max(x, [], dim)
      uint32_t dim = dimOf(i->operands[2]);
      if (!dim) return std::nullopt;
      return Along{*kind, dim, 1};
    }
    if (x->type.dims.empty() || x->type.dims[0].kind != ir::Extent::Const || x->type.dims[0].value < 2)
      return std::nullopt;  // the first non-singleton dim known only at run time, or sum([]) (1x1)
    return Along{*kind, 1, 1};
  }

  // ---- grouping within a block

  struct Group {
    std::vector<Instr*> members;  // in block order
    Shape space;                  // the shape of its element-wise values and of what it reduces
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
      // i joins groups over its own space only: an operand it expands stays
      // an array of its own kernel.
      const Shape& space = *shapeOf(isReduce || isAlong ? i->operands[0] : i);
      size_t into = groups_.size();
      for (size_t g : joins) {
        if (banned.count(g) || !canExtend(g, p, i) || !sameShape(groups_[g].space, space)) continue;
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
      if (into == groups_.size()) groups_.push_back({{}, space});
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
        if (!shared || dependent || !sameShape(groups_[a].space, groups_[b].space) || !canExtend(a, p, nullptr) ||
            !canExtend(b, p, nullptr))
          continue;
        for (Instr* m : groups_[b].members) {
          groups_[a].members.push_back(m);
          groupOf_[m] = a;
        }
        groups_[b].alive = false;
      }
    }
  }

  // ---- one group becomes a kernel instruction

  // Drops the nodes no output reaches (a member nothing uses, such as the
  // result of a reduction the program discards: its array would be made and
  // never released), renumbering the rest in order.
  static void pruneUnused(Kernel& k) {
    std::vector<bool> live(k.nodes.size(), false);
    for (const Output& o : k.outputs) live[o.node] = true;
    for (size_t n = k.nodes.size(); n-- > 0;)
      if (live[n])
        for (uint32_t a : k.nodes[n].args) live[a] = true;
    std::vector<uint32_t> renumbered(k.nodes.size());
    std::vector<Node> kept;
    for (size_t n = 0; n < k.nodes.size(); ++n) {
      if (!live[n]) continue;
      renumbered[n] = static_cast<uint32_t>(kept.size());
      kept.push_back(std::move(k.nodes[n]));
      for (uint32_t& a : kept.back().args) a = renumbered[a];
    }
    k.nodes = std::move(kept);
    for (Output& o : k.outputs) o.node = renumbered[o.node];
  }

  // An outer kernel's space carrier: its first array output, made with the
  // space's extents, or the along reduction's result (whose launch takes
  // them). A kernel with neither also writes its first element-wise member,
  // an output no Extract reads (released after the launch). Sets k.space.
  bool spaceCarrier(Kernel& k, const std::vector<Instr*>& members,
                    const std::unordered_map<const Instr*, uint32_t>& nodeOf) {
    auto it = std::find_if(members.begin(), members.end(), [&](const Instr* m) { return elementwise(m); });
    if (it == members.end() || !(*it)->type.rankKnown) return false;
    const Instr* typed = *it;
    k.space = typed->type;
    for (const Output& o : k.outputs)
      if (!o.reduction || k.nodes[o.node].along) return true;
    k.outputs.push_back({typed, nodeOf.at(typed), false, *elemType(typed->type)});
    return true;
  }

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
    // Input 0 has the space's shape (the space takes its dims at run time):
    // the first array a member reads whole. Where none does (an outer
    // product), the kernel is outer: see Kernel::spaceFrom.
    const Shape& space = groups_[g].space;
    for (Instr* m : members)
      for (const Instr* o : m->operands)
        if (k->inputs.empty() && !member(o, g) && isArrayValue(o) && sameShape(*shapeOf(o), space)) operand(o);
    bool outer = k->inputs.empty();
    for (Instr* m : members) {
      Node n{};
      n.type = elemType(m->type).value_or(ElemType::F64);
      if (std::optional<ReduceKind> r = reduction(m); r && !elementwise(m)) {
        n.kind = Node::Reduce;
        n.reduce = *r;
        n.type = reductionType(*r, *elemType(m->operands[0]->type));
        if (m->operands.size() == 2) {
          const Instr* d = m->operands[1];
          n.dim = ir::literalText(d) ? kAllDims : static_cast<uint32_t>(d->constant.real);
        } else if (m->operands.size() == 3) {
          n.dim = kAllDims;  // max(x, [], 'all')
        }
        n.args = {operand(m->operands[0])};
      } else if (auto a = along(m); a && !elementwise(m)) {
        n.kind = Node::Reduce;
        n.reduce = a->kind;
        n.type = reductionType(a->kind, *elemType(m->operands[0]->type));
        n.dim = a->dim;
        n.dims = a->count;
        n.along = true;
        n.args = {operand(m->operands[0])};
      } else {
        for (const Instr* o : m->operands) n.args.push_back(operand(o));
        switch (m->op) {
          case Op::Unary: n.kind = Node::Unary; n.unary = m->unary; break;
          case Op::Binary: n.kind = Node::Binary; n.binary = *elementwiseBinary(m); break;
          default:
            n.kind = Node::Math;
            n.fn = m->name;
            n.modulus = wholeModulus(m);
            break;
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
    if (outer && !spaceCarrier(*k, members, nodeOf)) return false;
    pruneUnused(*k);
    for (Input& in : k->inputs) {
      if (!in.array || sameShape(*shapeOf(in.value), space)) continue;
      const Shape& s = *shapeOf(in.value);
      for (size_t d = 0; d < space.size(); ++d) in.expanded.push_back(dimOf(s, d).isOne() && !space[d].isOne());
    }
    if (outer) {
      // Each extent of the space from an array input not expanded there
      // (whose extent it provably is), or 1.
      for (size_t d = 0; d < std::max<size_t>(space.size(), 2); ++d) {
        int32_t from = -1;
        for (size_t j = 0; j < k->inputs.size() && from < 0; ++j)
          if (k->inputs[j].array && !dimOf(space, d).isOne() && !k->inputs[j].expanded[d])
            from = static_cast<int32_t>(j);
        k->spaceFrom.push_back(from);
      }
    } else {
      k->space = k->inputs[0].value->type;
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
      // The output keeps the shape fusion derived for its member, which
      // the shapes of its users (cached) were derived from.
      if (auto it = shapes_.find(outs[o]); it != shapes_.end()) shapes_[e] = it->second;
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
  std::unordered_map<const Instr*, std::optional<Shape>> shapes_;
  std::unordered_map<const Instr*, bool> elementwise_;
  std::set<const Instr*> reductions_;
  std::set<size_t> alongGroups_, reducingGroups_;  // groups with a reduction along a dim; with any reduction
  std::vector<Group> groups_;
  std::unordered_map<const Instr*, size_t> groupOf_;
  std::unordered_map<const Instr*, size_t> pos_;
};

}  // namespace

std::optional<ElemType> kernelElemType(const ir::Type& t) { return elemType(t); }
std::optional<BinaryOp> kernelBinary(const ir::Instr* i) { return elementwiseBinary(i); }
bool isKernelMathCall(const std::string& name) { return isKernelMath(name); }

bool isWholeDivisor(double p) { return p >= 1 && p < 4503599627370496.0 && std::floor(p) == p; }

double wholeModulus(const ir::Instr* call) {
  constexpr double kLimit = 4503599627370496.0;  // 2^52
  if (call->op != Op::Call || call->name != "mod" || call->operands.size() != 2) return 0;
  const Instr* p = call->operands[1];
  if (p->op != Op::Const || p->constant.kind != ir::Constant::Double || p->constant.complex) return 0;
  double v = p->constant.real;
  if (!isWholeDivisor(v)) return 0;
  ir::Interval x = ir::valueRange(call->operands[0]);
  return x.integer && x.lo > -kLimit && x.hi < kLimit ? v : 0;
}
std::optional<ReduceKind> kernelReduceKind(const std::string& name) { return reduceKind(name); }

bool formKernels(ir::Module& m, KernelSet& out) {
  bool changed = false;
  for (ir::Function* f : m.functions) changed |= Former(*f, out).run();
  return changed;
}

}  // namespace mcc::kernels
