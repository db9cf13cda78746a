// Scalar replacement of small arrays (see ScalarizeSmallArrays.h).
#include "ScalarizeSmallArrays.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <set>
#include <unordered_map>

#include "ValueRange.h"

namespace mcc::ir {
namespace {

// A real double or logical 2-D array of constant extents, 2 to 16 elements.
bool isSmall(const Type& t) {
  if (!t.reached || t.noValue || !t.rankKnown || t.dims.size() != 2 || t.cx != Complexity::Real ||
      t.sp != Sparsity::Full || !t.object.empty() || t.fieldsKnown || (t.cls != Class::Double && t.cls != Class::Logical))
    return false;
  if (t.dims[0].kind != Extent::Const || t.dims[1].kind != Extent::Const) return false;
  int64_t n = t.dims[0].value * t.dims[1].value;
  return n >= 2 && n <= kMaxSmallElements;
}
int64_t rowsOf(const Type& t) { return t.dims[0].value; }
int64_t colsOf(const Type& t) { return t.dims[1].value; }
int64_t numelOf(const Type& t) { return rowsOf(t) * colsOf(t); }
bool isVector(const Type& t) { return isSmall(t) && (rowsOf(t) == 1 || colsOf(t) == 1); }

// A real double or logical scalar: a machine value in generated code.
bool isNumber(const Type& t) {
  return t.unboxed() && t.cx == Complexity::Real && (t.cls == Class::Double || t.cls == Class::Logical);
}

bool isColon(const Instr* i) { return i->op == Op::Const && i->constant.kind == Constant::Colon; }
bool spliced(const Instr& i) {
  return std::any_of(i.splice.begin(), i.splice.end(), [](uint8_t s) { return s != 0; });
}
const Instr* constantDouble(const Instr* i) {
  bool ok = i->op == Op::Const && i->constant.kind == Constant::Double && !i->constant.complex && i->constant.intClass.empty();
  return ok ? i : nullptr;
}

// Builtins that codegen computes inline on real scalars (scalarBuiltins)
// and that act element by element, with their number of arguments.
const std::map<std::string, size_t>& elementwiseBuiltins() {
  static const std::map<std::string, size_t> table = {
      {"abs", 1},   {"floor", 1}, {"ceil", 1}, {"round", 1}, {"fix", 1},   {"sign", 1},    {"exp", 1},
      {"sin", 1},   {"cos", 1},   {"tan", 1},  {"atan", 1},  {"sinh", 1},  {"cosh", 1},    {"tanh", 1},
      {"sqrt", 1},  {"log", 1},   {"isnan", 1}, {"isinf", 1}, {"isfinite", 1}, {"double", 1},
      {"mod", 2},   {"rem", 2},   {"atan2", 2}, {"hypot", 2}, {"max", 2},  {"min", 2}};
  return table;
}

// The scalar operator of an element-wise binary operation, if it is one.
std::optional<BinaryOp> elementOp(const Instr& i) {
  bool aScalar = isNumber(i.operands[0]->type), bScalar = isNumber(i.operands[1]->type);
  switch (i.binary) {
    case BinaryOp::Plus: case BinaryOp::Minus: case BinaryOp::Times: case BinaryOp::RDivide: case BinaryOp::LDivide:
    case BinaryOp::Power: case BinaryOp::Eq: case BinaryOp::Ne: case BinaryOp::Lt: case BinaryOp::Le:
    case BinaryOp::Gt: case BinaryOp::Ge: case BinaryOp::And: case BinaryOp::Or: return i.binary;
    case BinaryOp::MTimes: if (aScalar || bScalar) return BinaryOp::Times; break;
    case BinaryOp::MRDivide: if (bScalar) return BinaryOp::RDivide; break;
    case BinaryOp::MLDivide: if (aScalar) return BinaryOp::LDivide; break;
    default: break;
  }
  return std::nullopt;
}

// Operands of an element-wise operation that broadcast to its result
// exactly (implicit expansion: each extent is the result's or 1).
bool broadcasts(const Instr& i, size_t first) {
  if (!isSmall(i.type)) return false;
  bool anySmall = false;
  for (size_t d = 0; d < 2; ++d) {
    int64_t want = i.type.dims[d].value, got = 1;
    for (size_t k = first; k < i.operands.size(); ++k) {
      const Type& t = i.operands[k]->type;
      if (isNumber(t)) continue;
      if (!isSmall(t)) return false;
      anySmall = true;
      int64_t e = t.dims[d].value;
      if (e != 1 && e != want) return false;
      got = std::max(got, e);
    }
    if (got != want) return false;
  }
  return anySmall;
}

// An index that is never NaN: a for loop's value over a range (a range
// with a NaN end has no elements), a constant, and sums, differences and
// products of those with finite bounds (which rule out Inf - Inf, 0 * Inf).
bool neverNaN(const Instr* x, int depth = 0) {
  if (depth > 8) return false;
  if (x->op == Op::Const) return x->constant.kind == Constant::Double && !std::isnan(x->constant.real);
  if (x->op == Op::ForValue) return x->operands[0]->op == Op::Range;
  if (x->op == Op::Binary &&
      (x->binary == BinaryOp::Plus || x->binary == BinaryOp::Minus || x->binary == BinaryOp::Times ||
       x->binary == BinaryOp::MTimes)) {
    for (const Instr* o : x->operands) {
      Interval r = valueRange(o);
      if (!std::isfinite(r.lo) || !std::isfinite(r.hi) || !neverNaN(o, depth + 1)) return false;
    }
    return true;
  }
  return false;
}

// One index of x(...) along an extent n.
struct Pick {
  enum Kind { All, Fixed, Dynamic } kind = All;
  int64_t at = 0;           // Fixed: counted from 0
  Instr* index = nullptr;   // Dynamic: a double scalar, whole, in [1, n]
  int64_t count(int64_t n) const { return kind == All ? n : 1; }
};

// The value of `end` in x(...) of a small x.
int64_t endValue(const Instr& e, const Type& base) {
  if (e.count == 1) return numelOf(base);
  if (e.index == 0) return rowsOf(base);
  return e.index == 1 ? colsOf(base) : 1;
}

std::optional<Pick> pickOf(Instr* x, int64_t n) {
  if (isColon(x)) return Pick{};
  const Instr* c = constantDouble(x);
  if (c || (x->op == Op::EndOf && isSmall(x->operands[0]->type))) {
    double v = c ? c->constant.real : static_cast<double>(endValue(*x, x->operands[0]->type));
    if (v != std::floor(v) || v < 1 || v > static_cast<double>(n)) return std::nullopt;
    return Pick{Pick::Fixed, static_cast<int64_t>(v) - 1, nullptr};
  }
  if (!isNumber(x->type) || x->type.cls != Class::Double || !neverNaN(x)) return std::nullopt;
  Interval r = valueRange(x);
  if (!r.integer || r.lo < 1 || r.hi > static_cast<double>(n)) return std::nullopt;
  return Pick{Pick::Dynamic, 0, x};
}

// The picks of x(args) (operands from `first` on) for a small x: one for a
// linear index, two for a row and column. None where any is not a pick.
std::optional<std::vector<Pick>> picksOf(const Instr& i, size_t first, const Type& base) {
  size_t n = i.operands.size() - first;
  if (spliced(i) || (n != 1 && n != 2)) return std::nullopt;
  std::vector<Pick> picks;
  for (size_t k = 0; k < n; ++k) {
    int64_t extent = n == 1 ? numelOf(base) : base.dims[k].value;
    std::optional<Pick> p = pickOf(i.operands[first + k], extent);
    if (!p) return std::nullopt;
    picks.push_back(*p);
  }
  return picks;
}

class Scalarizer {
 public:
  explicit Scalarizer(Function& f) : f_(f) {}

  bool run() {
    std::vector<Block*> order = reversePostOrder(f_);
    findLoops(order);
    choosePhis(order);
    for (Instr* phi : phis_) splitPhi(phi);
    for (Block* b : order)
      for (Instr* i : std::vector<Instr*>(b->instrs))
        if (i->op != Op::Phi && handles(*i)) rewrite(i);
    for (Instr* phi : phis_) fillPhi(phi);
    // Every other use of a value kept as elements takes the boxed array:
    // uses in blocks first (in order, so that a block's one boxed array is
    // made before its first use), then phis' (at the end of the edge's block).
    for (Block* b : order)
      for (Instr* i : std::vector<Instr*>(b->instrs))
        if (i->op != Op::Phi && !replaced_.count(i)) boxUses(i, nullptr);
    for (Block* b : order)
      for (Instr* i : std::vector<Instr*>(b->instrs))
        if (i->op == Op::Phi && !replaced_.count(i)) boxUses(i, b);
    // What they replaced is dead now, and so are the constants only they
    // used (their indices, zeros' sizes).
    std::set<Instr*> operands;
    for (Instr* i : replaced_)
      for (Instr* o : i->operands)
        if (o && o->op == Op::Const) operands.insert(o);
    for (Instr* i : replaced_)
      if (i->parent) f_.erase(i);
    for (Instr* c : operands)
      if (c->parent && c->users.empty()) f_.erase(c);
    return changed_;
  }

 private:
  // ------------------------------------------------------------ placement

  void insertAt(Block* b, size_t at, Instr* n) {
    b->instrs.insert(b->instrs.begin() + static_cast<std::ptrdiff_t>(at), n);
    n->parent = b;
    changed_ = true;
  }
  void insertBefore(Instr* at, Instr* n) {
    Block* b = at->parent;
    insertAt(b, static_cast<size_t>(std::find(b->instrs.begin(), b->instrs.end(), at) - b->instrs.begin()), n);
  }
  Instr* make(Op op, const Instr& like, Type type) {
    Instr* n = f_.newInstr(op, like.loc);
    n->type = std::move(type);
    return n;
  }
  // New instructions of the rewrite in progress go before `at_`.
  Instr* emit(Instr* n) {
    insertBefore(at_, n);
    return n;
  }
  Instr* number(double v, const Instr& like) {
    Instr* c = make(Op::Const, like, Type::scalar(Class::Double));
    c->constant.kind = Constant::Double;
    c->constant.real = v;
    return c;
  }
  Instr* binary(BinaryOp op, Instr* a, Instr* b, Class cls) {
    Instr* n = make(Op::Binary, *at_, Type::scalar(cls));
    n->binary = op;
    n->addOperand(a);
    n->addOperand(b);
    return emit(n);
  }
  Instr* select(Instr* cond, Instr* a, Instr* b) {
    Instr* n = make(Op::Select, *at_, a->type);
    n->addOperand(cond);
    n->addOperand(a);
    n->addOperand(b);
    return emit(n);
  }
  Instr* callScalar(const std::string& name, std::vector<Instr*> args, Class cls) {
    Instr* n = make(Op::Call, *at_, Type::scalar(cls));
    n->name = name;
    n->callee = Callee::Builtin;
    n->nargout = 1;
    n->outputTypes = {n->type};
    for (Instr* a : args) n->addOperand(a);
    return emit(n);
  }

  // ------------------------------------------------------------ elements

  bool hasParts(Instr* v) const { return parts_.count(v) != 0; }

  // The elements of a small value, column-major: its parts, or reads of
  // the boxed array just after it is made.
  const std::vector<Instr*>& partsOf(Instr* v) {
    if (auto it = parts_.find(v); it != parts_.end()) return it->second;
    Block* b = v->parent;
    size_t at = 0;
    if (v->op == Op::Phi || v->op == Op::Param || v->op == Op::Undef) {
      for (size_t k = 0; k < b->instrs.size(); ++k)
        if (b->instrs[k]->op == Op::Phi || b->instrs[k]->op == Op::Param || b->instrs[k]->op == Op::Undef) at = k + 1;
    } else {
      at = static_cast<size_t>(std::find(b->instrs.begin(), b->instrs.end(), v) - b->instrs.begin()) + 1;
    }
    std::vector<Instr*> reads;
    const Type& t = v->type;
    for (int64_t c = 0; c < colsOf(t); ++c)
      for (int64_t r = 0; r < rowsOf(t); ++r) {
        Instr* read = make(Op::Subsref, *v, Type::scalar(t.cls));
        read->addOperand(v);
        for (int64_t k : {r, c}) {
          Instr* index = number(static_cast<double>(k + 1), *v);
          insertAt(b, at++, index);
          read->addOperand(index);
        }
        insertAt(b, at++, read);
        reads.push_back(read);
      }
    return parts_[v] = reads;
  }

  // Element (r, c) of an operand broadcast to a result of the current rewrite.
  Instr* elementAt(Instr* o, int64_t r, int64_t c) {
    if (isNumber(o->type)) return o;
    const std::vector<Instr*>& p = partsOf(o);
    int64_t rows = rowsOf(o->type), cols = colsOf(o->type);
    return p[static_cast<size_t>((rows == 1 ? 0 : r) + rows * (cols == 1 ? 0 : c))];
  }

  // index == k + 1 (a logical scalar), once a rewrite.
  Instr* equals(Instr* index, int64_t k) {
    auto key = std::make_pair(index, k);
    if (auto it = equals_.find(key); it != equals_.end()) return it->second;
    return equals_[key] = binary(BinaryOp::Eq, index, emit(number(static_cast<double>(k + 1), *at_)), Class::Logical);
  }

  // The boxed array of a value kept as parts, built from them just before
  // `at` (`edge`: before the terminator of that block, for a phi's
  // operand), once a block; or, where the use is in a loop that the value
  // is made outside of, at the end of the block on the way there that is
  // in the fewest loops (a loop's preheader), so that no trip builds it.
  Instr* boxed(Instr* v, Instr* at, Block* edge) {
    Block* use = edge ? edge : at->parent;
    Block* b = placement(v, use);
    if (b != use || edge) at = b->terminator();
    if (auto it = boxed_.find({v, b}); it != boxed_.end()) return it->second;
    const Type& t = v->type;
    Instr* m = make(Op::Matrix, *v, t);
    const std::vector<Instr*>& p = parts_.at(v);
    for (int64_t r = 0; r < rowsOf(t); ++r) {
      for (int64_t c = 0; c < colsOf(t); ++c) m->addOperand(p[static_cast<size_t>(r + rowsOf(t) * c)]);
      m->rowSizes.push_back(static_cast<uint32_t>(colsOf(t)));
    }
    insertBefore(at, m);
    boxed_[{v, b}] = m;
    return m;
  }

  void boxUses(Instr* i, Block* phiBlock) {
    for (size_t k = 0; k < i->operands.size(); ++k) {
      Instr* o = i->operands[k];
      if (!o || !replaced_.count(o)) continue;
      i->setOperand(k, boxed(o, i, phiBlock ? phiBlock->preds[k] : nullptr));
    }
  }

  // ------------------------------------------------------------ loops

  // Immediate dominators of the reachable blocks (Cooper, Harvey and
  // Kennedy's iteration over reverse postorder), and how many natural
  // loops hold each block.
  void findLoops(const std::vector<Block*>& order) {
    std::unordered_map<Block*, size_t> rank;
    for (size_t k = 0; k < order.size(); ++k) rank[order[k]] = k;
    idom_[order[0]] = order[0];
    auto intersect = [&](Block* a, Block* b) {
      while (a != b) {
        while (rank[a] > rank[b]) a = idom_[a];
        while (rank[b] > rank[a]) b = idom_[b];
      }
      return a;
    };
    for (bool changed = true; changed;) {
      changed = false;
      for (size_t k = 1; k < order.size(); ++k) {
        Block* dom = nullptr;
        for (Block* p : order[k]->preds)
          if (idom_.count(p)) dom = dom ? intersect(p, dom) : p;
        if (dom && idom_[order[k]] != dom) {
          idom_[order[k]] = dom;
          changed = true;
        }
      }
    }
    for (Block* latch : order) {
      Instr* t = latch->terminator();
      if (!t || !idom_.count(latch)) continue;
      for (Block* header : t->targets) {
        if (!dominates(header, latch)) continue;
        std::set<Block*> body = {header};
        std::vector<Block*> work = {latch};
        while (!work.empty()) {
          Block* b = work.back();
          work.pop_back();
          if (!body.insert(b).second) continue;
          for (Block* p : b->preds) work.push_back(p);
        }
        for (Block* b : body) depth_[b] += 1;
      }
    }
  }

  bool dominates(Block* a, Block* b) const {
    for (;;) {
      if (a == b) return true;
      auto it = idom_.find(b);
      if (it == idom_.end() || it->second == b) return false;
      b = it->second;
    }
  }

  // Where v's boxed array for a use in block `use` goes: the block between
  // v's and `use` on the dominator tree that is in the fewest loops, the
  // nearest to `use` among those.
  Block* placement(Instr* v, Block* use) {
    Block* def = v->parent;
    if (!idom_.count(use) || !idom_.count(def) || !dominates(def, use)) return use;
    Block* best = use;
    for (Block* b = use; b != def;) {
      b = idom_.at(b);
      if (depth_[b] < depth_[best]) best = b;
    }
    return best;
  }

  // ------------------------------------------------------------ phis

  // Phis of small values become phis of their elements where some operand
  // is made element by element (else the elements would only be read from
  // boxed arrays to build another one).
  void choosePhis(const std::vector<Block*>& order) {
    std::vector<Instr*> candidates;
    for (Block* b : order)
      for (Instr* i : b->instrs) {
        if (i->op != Op::Phi || !isSmall(i->type)) continue;
        bool same = std::all_of(i->operands.begin(), i->operands.end(), [&](Instr* o) { return o && o->type == i->type; });
        if (same) candidates.push_back(i);
      }
    std::set<Instr*> chosen;
    for (bool grew = true; grew;) {
      grew = false;
      for (Instr* phi : candidates) {
        if (chosen.count(phi)) continue;
        for (Instr* o : phi->operands)
          if (chosen.count(o) || (o->op != Op::Phi && handles(*o))) {
            chosen.insert(phi);
            grew = true;
            break;
          }
      }
    }
    for (Instr* phi : candidates)
      if (chosen.count(phi)) phis_.push_back(phi);
  }

  void splitPhi(Instr* phi) {
    std::vector<Instr*> parts;
    size_t at = static_cast<size_t>(std::find(phi->parent->instrs.begin(), phi->parent->instrs.end(), phi) -
                                    phi->parent->instrs.begin());
    for (int64_t k = 0; k < numelOf(phi->type); ++k) {
      Instr* p = make(Op::Phi, *phi, Type::scalar(phi->type.cls));
      p->name = phi->name;
      insertAt(phi->parent, ++at, p);
      parts.push_back(p);
    }
    parts_[phi] = parts;
    replaced_.insert(phi);
  }

  void fillPhi(Instr* phi) {
    const std::vector<Instr*> parts = parts_.at(phi);
    for (Instr* o : phi->operands) {
      const std::vector<Instr*> elements = partsOf(o);
      for (size_t k = 0; k < parts.size(); ++k) parts[k]->addOperand(elements[k]);
    }
  }

  // ------------------------------------------------------------ operations

  // Whether i is an operation this pass computes element by element.
  bool handles(const Instr& i) const {
    switch (i.op) {
      case Op::Unary:
        return isSmall(i.operands[0]->type) && isSmall(i.type) && i.type.dims == i.operands[0]->type.dims;
      case Op::Transpose: {
        const Type& x = i.operands[0]->type;
        return isSmall(x) && isSmall(i.type) && i.type.cls == x.cls && rowsOf(i.type) == colsOf(x) &&
               colsOf(i.type) == rowsOf(x);
      }
      case Op::Binary:
        // (& and | of doubles: NaN is MATLAB's error there, which the runtime gives)
        if ((i.binary == BinaryOp::And || i.binary == BinaryOp::Or) &&
            (i.operands[0]->type.cls != Class::Logical || i.operands[1]->type.cls != Class::Logical))
          return false;
        return elementOp(i).has_value() && broadcasts(i, 0);
      case Op::Matrix: {
        if (!isSmall(i.type) || spliced(i) || i.rowSizes.size() != static_cast<size_t>(rowsOf(i.type))) return false;
        for (uint32_t n : i.rowSizes)
          if (n != colsOf(i.type)) return false;
        for (const Instr* o : i.operands)
          if (!isNumber(o->type) || o->type.cls != i.type.cls) return false;
        // (a row a for loop walks stays the stack array codegen makes of it)
        return std::none_of(i.users.begin(), i.users.end(),
                            [](const Instr* u) { return u->op == Op::ForCount || u->op == Op::ForValue; });
      }
      case Op::Subsref: {
        const Type& base = i.operands[0]->type;
        if (!isSmall(base) || i.forUpdate || i.type.cls != base.cls || i.type.cx != Complexity::Real) return false;
        auto picks = picksOf(i, 1, base);
        if (!picks) return false;
        int64_t count = 1;
        for (size_t k = 0; k < picks->size(); ++k)
          count *= (*picks)[k].count(picks->size() == 1 ? numelOf(base) : base.dims[k].value);
        return count == 1 ? isNumber(i.type) : isSmall(i.type) && numelOf(i.type) == count;
      }
      case Op::Subsasgn: {
        const Type& base = i.operands[0]->type;
        const Type& v = i.operands[1]->type;
        if (!isSmall(base) || !isSmall(i.type) || i.type.cls != base.cls || i.type.dims != base.dims) return false;
        auto picks = picksOf(i, 2, base);
        if (!picks) return false;
        int64_t count = 1;
        for (size_t k = 0; k < picks->size(); ++k)
          count *= (*picks)[k].count(picks->size() == 1 ? numelOf(base) : base.dims[k].value);
        if (isNumber(v)) return v.cls == base.cls;
        if (!isSmall(v) || v.cls != base.cls || numelOf(v) != count) return false;
        if (picks->size() == 1) return true;  // x(k) = v: as many elements
        // x(i, j) = v: v's extents other than 1 are the selection's, in order.
        auto squeezed = [](std::vector<int64_t> d) {
          d.erase(std::remove(d.begin(), d.end(), 1), d.end());
          return d;
        };
        return squeezed({(*picks)[0].count(rowsOf(base)), (*picks)[1].count(colsOf(base))}) ==
               squeezed({rowsOf(v), colsOf(v)});
      }
      case Op::EndOf: return isSmall(i.operands[0]->type);
      case Op::Call: {
        if (i.callee != Callee::Builtin || spliced(i) || i.nargout > 1 || i.type.noValue || i.operands.empty())
          return false;
        auto it = elementwiseBuiltins().find(i.name);
        if (it != elementwiseBuiltins().end()) {
          // Doubles in, doubles out (a predicate: logical out; double(): logical in).
          bool predicate = i.name == "isnan" || i.name == "isinf" || i.name == "isfinite";
          for (const Instr* o : i.operands)
            if (o->type.cls != Class::Double && i.name != "double") return false;
          return it->second == i.operands.size() && broadcasts(i, 0) &&
                 i.type.cls == (predicate ? Class::Logical : Class::Double);
        }
        const Type& x = i.operands[0]->type;
        if (i.name == "numel" || i.name == "length" || i.name == "isempty" || i.name == "ndims")
          return i.operands.size() == 1 && isSmall(x) && isNumber(i.type);
        if (i.name == "sum") return sumDim(i) != 0;
        if (i.name == "dot")
          return i.operands.size() == 2 && isVector(x) && isVector(i.operands[1]->type) &&
                 x.cls == Class::Double && i.operands[1]->type.cls == Class::Double &&
                 numelOf(x) == numelOf(i.operands[1]->type) && isNumber(i.type) && i.type.cls == Class::Double;
        if (i.name == "norm")
          return i.operands.size() == 1 && isVector(x) && x.cls == Class::Double &&
                 isNumber(i.type) && i.type.cls == Class::Double;
        if (i.name == "zeros" || i.name == "ones")
          return isSmall(i.type) && i.type.cls == Class::Double &&
                 std::all_of(i.operands.begin(), i.operands.end(), [](const Instr* o) { return constantDouble(o); });
        return false;
      }
      default: return false;
    }
  }

  // sum(x) or sum(x, d) of a small x with d 1 or 2: the dimension summed
  // (where the result's type agrees), else 0.
  static int64_t sumDim(const Instr& i) {
    if (i.operands.empty() || i.operands.size() > 2 || !isSmall(i.operands[0]->type)) return 0;
    const Type& x = i.operands[0]->type;
    int64_t d = rowsOf(x) == 1 ? 2 : 1;
    if (i.operands.size() == 2) {
      const Instr* c = constantDouble(i.operands[1]);
      if (!c || (c->constant.real != 1 && c->constant.real != 2)) return 0;
      d = static_cast<int64_t>(c->constant.real);
    }
    int64_t rows = d == 1 ? 1 : rowsOf(x), cols = d == 1 ? colsOf(x) : 1;
    if (i.type.cls != Class::Double) return 0;
    if (rows * cols == 1) return isNumber(i.type) ? d : 0;
    return isSmall(i.type) && rowsOf(i.type) == rows && colsOf(i.type) == cols ? d : 0;
  }

  // The element of base (parts p, extents rows x cols) that the picks
  // select at selection position (sr, sc): a select chain over the
  // candidates where a pick is dynamic.
  Instr* picked(const std::vector<Instr*>& p, int64_t rows, int64_t cols, const std::vector<Pick>& picks, int64_t sr,
                int64_t sc) {
    // Each dimension's candidates: (position, condition or null).
    std::vector<std::vector<std::pair<int64_t, Instr*>>> options;
    std::vector<int64_t> extents = picks.size() == 1 ? std::vector<int64_t>{rows * cols} : std::vector<int64_t>{rows, cols};
    std::vector<int64_t> positions = picks.size() == 1 ? std::vector<int64_t>{sr} : std::vector<int64_t>{sr, sc};
    for (size_t d = 0; d < picks.size(); ++d) {
      const Pick& k = picks[d];
      std::vector<std::pair<int64_t, Instr*>> o;
      if (k.kind == Pick::All) o.push_back({positions[d], nullptr});
      if (k.kind == Pick::Fixed) o.push_back({k.at, nullptr});
      if (k.kind == Pick::Dynamic)
        for (int64_t e = 0; e < extents[d]; ++e) o.push_back({e, equals(k.index, e)});
      options.push_back(o);
    }
    std::vector<std::pair<Instr*, Instr*>> candidates;  // (element, condition)
    for (auto& a : options[0]) {
      if (options.size() == 1) {
        candidates.push_back({p[static_cast<size_t>(a.first)], a.second});
        continue;
      }
      for (auto& b : options[1]) {
        Instr* cond = a.second && b.second ? binary(BinaryOp::And, a.second, b.second, Class::Logical)
                                           : a.second ? a.second : b.second;
        candidates.push_back({p[static_cast<size_t>(a.first + rows * b.first)], cond});
      }
    }
    Instr* v = candidates.back().first;
    for (size_t k = candidates.size() - 1; k-- > 0;) v = select(candidates[k].second, candidates[k].first, v);
    return v;
  }

  void rewrite(Instr* i) {
    at_ = i;
    equals_.clear();
    const Type& t = i->type;
    std::vector<Instr*> parts;
    Instr* scalar = nullptr;
    auto eachElement = [&](auto&& element) {
      for (int64_t c = 0; c < colsOf(t); ++c)
        for (int64_t r = 0; r < rowsOf(t); ++r) parts.push_back(element(r, c));
    };
    switch (i->op) {
      case Op::Unary:
        eachElement([&](int64_t r, int64_t c) {
          Instr* n = make(Op::Unary, *i, Type::scalar(t.cls));
          n->unary = i->unary;
          n->addOperand(elementAt(i->operands[0], r, c));
          return emit(n);
        });
        break;
      case Op::Transpose:
        eachElement([&](int64_t r, int64_t c) { return elementAt(i->operands[0], c, r); });
        break;
      case Op::Binary: {
        BinaryOp op = *elementOp(*i);
        eachElement([&](int64_t r, int64_t c) {
          return binary(op, elementAt(i->operands[0], r, c), elementAt(i->operands[1], r, c), t.cls);
        });
        break;
      }
      case Op::Matrix:
        eachElement([&](int64_t r, int64_t c) { return i->operands[static_cast<size_t>(r * colsOf(t) + c)]; });
        break;
      case Op::Subsref: {
        const Type& base = i->operands[0]->type;
        std::vector<Pick> picks = *picksOf(*i, 1, base);
        const std::vector<Instr*>& p = partsOf(i->operands[0]);
        if (isNumber(t)) {
          scalar = picked(p, rowsOf(base), colsOf(base), picks, 0, 0);
          break;
        }
        // The selection, column-major: rows of the first pick, columns of the second.
        int64_t selRows = picks.size() == 1 ? numelOf(base) : picks[0].count(rowsOf(base));
        for (int64_t k = 0; k < numelOf(t); ++k)
          parts.push_back(picked(p, rowsOf(base), colsOf(base), picks, k % selRows, k / selRows));
        break;
      }
      case Op::Subsasgn: {
        const Type& base = i->operands[0]->type;
        Instr* v = i->operands[1];
        std::vector<Pick> picks = *picksOf(*i, 2, base);
        const std::vector<Instr*> old = partsOf(i->operands[0]);
        std::vector<int64_t> extents =
            picks.size() == 1 ? std::vector<int64_t>{numelOf(base)} : std::vector<int64_t>{rowsOf(base), colsOf(base)};
        int64_t selRows = picks[0].count(extents[0]);
        for (int64_t e = 0; e < numelOf(base); ++e) {
          std::vector<int64_t> at = picks.size() == 1 ? std::vector<int64_t>{e}
                                                      : std::vector<int64_t>{e % rowsOf(base), e / rowsOf(base)};
          bool selected = true;
          Instr* cond = nullptr;
          std::vector<int64_t> pos;  // the position within the selection
          for (size_t d = 0; d < picks.size(); ++d) {
            const Pick& k = picks[d];
            if (k.kind == Pick::Fixed) selected &= at[d] == k.at;
            if (k.kind == Pick::Dynamic) {
              Instr* eq = equals(k.index, at[d]);
              cond = cond ? binary(BinaryOp::And, cond, eq, Class::Logical) : eq;
            }
            pos.push_back(k.kind == Pick::All ? at[d] : 0);
          }
          if (!selected) {
            parts.push_back(old[static_cast<size_t>(e)]);
            continue;
          }
          int64_t s = pos.size() == 1 ? pos[0] : pos[0] + selRows * pos[1];
          Instr* value = isNumber(v->type) ? v : partsOf(v)[static_cast<size_t>(s)];
          parts.push_back(cond ? select(cond, value, old[static_cast<size_t>(e)]) : value);
        }
        break;
      }
      case Op::EndOf: scalar = emit(number(static_cast<double>(endValue(*i, i->operands[0]->type)), *i)); break;
      case Op::Call: scalar = rewriteCall(i, parts); break;
      default: break;
    }
    if (scalar) {
      f_.replaceAllUses(i, scalar);
    } else {
      parts_[i] = parts;
    }
    replaced_.insert(i);
  }

  Instr* rewriteCall(Instr* i, std::vector<Instr*>& parts) {
    const Type& t = i->type;
    const std::string& n = i->name;
    Instr* x = i->operands[0];
    if (elementwiseBuiltins().count(n)) {
      for (int64_t c = 0; c < colsOf(t); ++c)
        for (int64_t r = 0; r < rowsOf(t); ++r) {
          std::vector<Instr*> args;
          for (Instr* o : i->operands) args.push_back(elementAt(o, r, c));
          parts.push_back(callScalar(n, args, t.cls));
        }
      return nullptr;
    }
    if (n == "numel" || n == "length" || n == "ndims") {
      const Type& s = x->type;
      double v = n == "numel" ? numelOf(s) : n == "length" ? std::max(rowsOf(s), colsOf(s)) : 2;
      return emit(number(v, *i));
    }
    if (n == "isempty") {
      Instr* c = make(Op::Const, *i, Type::scalar(Class::Logical));
      c->constant.kind = Constant::Logical;
      c->constant.real = 0;
      return emit(c);
    }
    if (n == "zeros" || n == "ones") {
      for (int64_t k = 0; k < numelOf(t); ++k) parts.push_back(emit(number(n == "ones" ? 1 : 0, *i)));
      return nullptr;
    }
    const std::vector<Instr*> p = partsOf(x);
    if (n == "sum") {
      // In order from 0, as the runtime's sum adds.
      int64_t d = sumDim(*i), rows = rowsOf(x->type), cols = colsOf(x->type);
      int64_t outer = d == 1 ? cols : rows, len = d == 1 ? rows : cols;
      for (int64_t o = 0; o < outer; ++o) {
        Instr* acc = emit(number(0, *i));
        for (int64_t k = 0; k < len; ++k)
          acc = binary(BinaryOp::Plus, acc, p[static_cast<size_t>(d == 1 ? k + rows * o : o + rows * k)], Class::Double);
        parts.push_back(acc);
      }
      return parts.size() == 1 ? parts[0] : nullptr;
    }
    if (n == "dot") {
      // sum(a .* b) of the two as columns, in order from 0 (the runtime's dot).
      const std::vector<Instr*> q = partsOf(i->operands[1]);
      Instr* acc = emit(number(0, *i));
      for (size_t k = 0; k < p.size(); ++k)
        acc = binary(BinaryOp::Plus, acc, binary(BinaryOp::Times, p[k], q[k], Class::Double), Class::Double);
      return acc;
    }
    // norm of a vector, as the runtime computes it: NaN if any element is;
    // else the largest magnitude if it is 0 or Inf; else that magnitude
    // times the root of the sum of squares scaled by it (no overflow).
    std::vector<Instr*> mags;
    Instr* nan = nullptr;
    Instr* big = nullptr;
    for (Instr* e : p) {
      Instr* isnan = callScalar("isnan", {e}, Class::Logical);
      nan = nan ? binary(BinaryOp::Or, nan, isnan, Class::Logical) : isnan;
      mags.push_back(callScalar("abs", {e}, Class::Double));
      big = big ? callScalar("max", {big, mags.back()}, Class::Double) : mags.back();
    }
    Instr* sum = emit(number(0, *i));
    for (Instr* m : mags)
      sum = binary(BinaryOp::Plus, sum, binary(BinaryOp::Power, binary(BinaryOp::RDivide, m, big, Class::Double),
                                                emit(number(2, *i)), Class::Double),
                   Class::Double);
    Instr* scaled = binary(BinaryOp::Times, big, callScalar("sqrt", {sum}, Class::Double), Class::Double);
    Instr* plain = binary(BinaryOp::Or, binary(BinaryOp::Eq, big, emit(number(0, *i)), Class::Logical),
                          callScalar("isinf", {big}, Class::Logical), Class::Logical);
    Instr* nanValue = callScalar("NaN", {}, Class::Double);
    return select(nan, nanValue, select(plain, big, scaled));
  }

  Function& f_;
  bool changed_ = false;
  Instr* at_ = nullptr;
  std::vector<Instr*> phis_;
  std::unordered_map<Instr*, std::vector<Instr*>> parts_;
  std::set<Instr*> replaced_;
  std::map<std::pair<Instr*, Block*>, Instr*> boxed_;
  std::map<std::pair<Instr*, int64_t>, Instr*> equals_;
  std::unordered_map<Block*, Block*> idom_;
  std::unordered_map<Block*, int> depth_;
};

}  // namespace

bool scalarizeSmallArrays(Module& m) {
  bool changed = false;
  for (Function* f : m.functions) changed |= Scalarizer(*f).run();
  return changed;
}

}  // namespace mcc::ir
