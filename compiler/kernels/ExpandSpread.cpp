// std and var as kernels; see ExpandSpread.h.
#include "kernels/ExpandSpread.h"

#include <algorithm>
#include <map>
#include <optional>

namespace mcc::kernels {

using ir::Block;
using ir::Class;
using ir::Instr;
using ir::Op;
using ir::Type;

namespace {

std::optional<double> constScalar(const Instr* i) {
  if (i->op != Op::Const || i->constant.kind != ir::Constant::Double || i->constant.complex) return std::nullopt;
  return i->constant.real;
}

// The dims of `d` (a positive integer constant or a row of them, no
// repeats), or nothing.
std::optional<std::vector<int64_t>> constDims(const Instr* d) {
  std::vector<const Instr*> items{d};
  if (d->op == Op::Matrix) {
    for (uint8_t spliced : d->splice)
      if (spliced) return std::nullopt;
    items.assign(d->operands.begin(), d->operands.end());
  }
  std::vector<int64_t> dims;
  for (const Instr* c : items) {
    std::optional<double> v = constScalar(c);
    if (!v || *v < 1 || *v > 32 || *v != static_cast<int64_t>(*v)) return std::nullopt;
    for (int64_t seen : dims)
      if (seen == static_cast<int64_t>(*v)) return std::nullopt;
    dims.push_back(static_cast<int64_t>(*v));
  }
  if (dims.empty()) return std::nullopt;
  return dims;
}

// The dims `d` names for a reduction of `t`: constDims, or every dim for
// 'all' (std(X, w, 'all'), from std(X(:)) too: ColumnReductions).
std::optional<std::vector<int64_t>> reducedDims(const Instr* d, const Type& t) {
  if (const std::string* o = ir::literalText(d)) {
    if (*o != "all" || !t.rankKnown) return std::nullopt;
    std::vector<int64_t> dims;
    for (size_t k = 1; k <= t.dims.size(); ++k) dims.push_back(static_cast<int64_t>(k));
    return dims;
  }
  return constDims(d);
}

// The number of elements each result of a reduction of `t` over `dims`
// covers, when every reduced extent is a constant.
std::optional<int64_t> countOver(const Type& t, const std::vector<int64_t>& dims) {
  int64_t n = 1;
  for (int64_t d : dims) {
    if (static_cast<size_t>(d) > t.dims.size()) continue;  // a trailing 1
    const ir::Extent& e = t.dims[d - 1];
    if (e.kind != ir::Extent::Const) return std::nullopt;
    n *= e.value;
  }
  return n;
}

class Expander {
 public:
  Expander(ir::Function& f, Block& b, size_t at, const Instr* model) : f_(f), b_(b), at_(at), loc_(model->loc) {}

  Instr* add(Instr* i, const Type& t) {
    i->type = t;
    i->parent = &b_;
    b_.instrs.insert(b_.instrs.begin() + static_cast<std::ptrdiff_t>(at_++), i);
    return i;
  }
  Instr* constant(double v) {
    Instr* c = f_.newInstr(Op::Const, loc_);
    c->constant.kind = ir::Constant::Double;
    c->constant.real = v;
    return add(c, Type::scalar(Class::Double));
  }
  Instr* binary(BinaryOp op, Instr* a, Instr* b, const Type& t) {
    Instr* i = f_.newInstr(Op::Binary, loc_);
    i->binary = op;
    i->addOperand(a);
    i->addOperand(b);
    return add(i, t);
  }
  Instr* call(const char* name, std::vector<Instr*> args, const Type& t) {
    Instr* i = f_.newInstr(Op::Call, loc_);
    i->name = name;
    i->callee = ir::Callee::Builtin;
    i->nargout = 1;
    for (Instr* a : args) i->addOperand(a);
    i->outputTypes = {t};
    return add(i, t);
  }
  size_t position() const { return at_; }

 private:
  ir::Function& f_;
  Block& b_;
  size_t at_;
  SourceRange loc_;
};

// A call mean(x, dims) before `at` in b (the program's own mean, which a
// spread of the same data reuses instead of computing it again).
Instr* sameMean(Block& b, size_t at, const Instr* x, const std::vector<int64_t>& dims) {
  for (size_t k = 0; k < at; ++k) {
    Instr* i = b.instrs[k];
    if (i->op == Op::Call && i->callee == ir::Callee::Builtin && i->name == "mean" && i->nargout == 1 &&
        i->operands.size() == 2 && i->operands[0] == x && i->splice.empty() && reducedDims(i->operands[1], x->type) == dims)
      return i;
  }
  return nullptr;
}

// The expansion of v, a call of std or var, or null when it does not qualify.
// The sums of squared deviations made so far, by data and mean: std(X(:))
// and var(X(:)) of one X share one (its pass).
using DeviationSums = std::map<std::pair<const Instr*, const Instr*>, Instr*>;

Instr* expand(ir::Function& f, Block& b, size_t at, DeviationSums& sums) {
  Instr* v = b.instrs[at];
  if (v->op != Op::Call || v->callee != ir::Callee::Builtin || (v->name != "std" && v->name != "var") || v->nargout != 1 ||
      v->operands.size() != 3)
    return nullptr;
  for (uint8_t spliced : v->splice)
    if (spliced) return nullptr;
  Instr* x = v->operands[0];
  const Type& t = x->type;
  if (!t.fullyKnown() || t.cx != ir::Complexity::Real || (t.cls != Class::Double && t.cls != Class::Single) || t.isScalar())
    return nullptr;
  if (!v->type.fullyKnown() || v->type.cls != t.cls || v->type.cx != ir::Complexity::Real) return nullptr;
  std::optional<double> w = constScalar(v->operands[1]);
  if (!w || (*w != 0 && *w != 1)) return nullptr;
  std::optional<std::vector<int64_t>> dims = reducedDims(v->operands[2], t);
  if (!dims) return nullptr;
  std::optional<int64_t> n = countOver(t, *dims);
  // Over 'all' the count may be numel(x) at run time: the one result of an
  // empty x is NaN (0 / 0) as the runtime's.
  const std::string* option = ir::literalText(v->operands[2]);
  bool all = option && *option == "all";
  if (n ? *n < 1 : !all) return nullptr;
  Expander e(f, b, at, v);
  Instr* mu = sameMean(b, at, x, *dims);
  if (!mu) mu = e.call("mean", {x, v->operands[2]}, v->type);
  Instr*& s = sums[{x, mu}];
  if (!s || s->parent != &b || s->type != v->type) {
    Instr* dev = e.binary(BinaryOp::Minus, x, mu, t);
    Instr* sq = e.binary(BinaryOp::Power, dev, e.constant(2), t);
    s = e.call("sum", {sq, v->operands[2]}, v->type);
  }
  Instr* d;
  if (n) {
    d = e.constant((*w == 1 || *n == 1) ? static_cast<double>(*n) : static_cast<double>(*n - 1));
  } else {
    d = e.call("numel", {x}, Type::scalar(Class::Double));
    if (*w == 0) {  // n - 1, or n when n is 0 or 1
      Instr* more = e.binary(BinaryOp::Gt, d, e.constant(1), Type::scalar(Class::Logical));
      d = e.binary(BinaryOp::Minus, d, more, Type::scalar(Class::Double));
    }
  }
  Instr* r = e.binary(BinaryOp::RDivide, s, d, v->type);
  if (v->name == "std") r = e.call("sqrt", {r}, v->type);
  return r;
}

// min([a, b, c]) and max([...]) of a row or column written out of real
// scalars of one class (double or single): a chain of two-argument min or
// max, folded in the reduction's order (a NaN accumulator takes the next
// value, as the reduction's does), which code generation keeps unboxed;
// the concatenation, if nothing else uses it, goes. (Dynamic programming
// writes D(i, j) = min([D(i-1, j) + 1, D(i, j-1) + 1, D(i-1, j-1) + c]);
// each was an array and a reduction launch.)
Instr* foldScalarList(ir::Function& f, Block& b, size_t at) {
  Instr* v = b.instrs[at];
  if (v->op != Op::Call || v->callee != ir::Callee::Builtin || (v->name != "min" && v->name != "max") ||
      v->nargout > 1 || v->operands.size() != 1 || !v->splice.empty())
    return nullptr;
  Instr* list = v->operands[0];
  if (list->op != Op::Matrix || list->operands.size() < 2) return nullptr;
  for (uint8_t spliced : list->splice)
    if (spliced) return nullptr;
  bool row = list->rowSizes.size() == 1;
  bool column = std::all_of(list->rowSizes.begin(), list->rowSizes.end(), [](uint32_t n) { return n == 1; });
  if (!row && !column) return nullptr;
  Class cls = list->operands[0]->type.cls;
  if (cls != Class::Double && cls != Class::Single) return nullptr;
  for (const Instr* x : list->operands)
    if (!x->type.unboxed() || !x->type.isScalar() || x->type.cls != cls || x->type.cx != ir::Complexity::Real)
      return nullptr;
  Type t = Type::scalar(cls);
  if (!v->type.fullyKnown() || v->type != t) return nullptr;
  Expander e(f, b, at, v);
  Instr* acc = list->operands[0];
  for (size_t k = 1; k < list->operands.size(); ++k) acc = e.call(v->name.c_str(), {acc, list->operands[k]}, t);
  return acc;
}

}  // namespace

bool expandSpread(ir::Module& m) {
  bool changed = false;
  DeviationSums sums;
  for (ir::Function* f : m.functions)
    for (Block* b : f->blocks)
      for (size_t at = 0; at < b->instrs.size(); ++at) {
        Instr* v = b->instrs[at];
        Instr* list = nullptr;  // a concatenation the rewrite may leave unused
        Instr* r = expand(*f, *b, at, sums);
        if (!r && (r = foldScalarList(*f, *b, at))) list = v->operands[0];
        if (!r) continue;
        r->variable = v->variable;
        f->replaceAllUses(v, r);
        f->erase(v);
        if (list && list->users.empty()) f->erase(list);
        at = static_cast<size_t>(std::find(b->instrs.begin(), b->instrs.end(), r) - b->instrs.begin());
        changed = true;
      }
  return changed;
}

}  // namespace mcc::kernels
