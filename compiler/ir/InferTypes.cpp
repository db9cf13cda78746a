// Type inference and specialisation; see InferTypes.h.
#include "InferTypes.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <limits>
#include <map>
#include <set>
#include <unordered_map>

#include "ClassDefs.h"
#include "SparseRules.h"
#include "ValueRange.h"

namespace mcc::ir {
namespace {

enum class Rule {
  MathReal, MathMaybeComplex, MathKeepInt, Elementwise2, Predicate, Construct, ConstructLogical, Constant,
  Reduce, Cumulative, SizeOf, CountOf, Is, Print, Text, Convert, Scalar, Same, Row, Matrix, CellOf, StructOf, StringOf, Exception,
  Command, Setting, TextIs, IsNamed, Chars, ParseNumber, FloatLimit, IntLimit, ScalarOfScalars, Statistic, PartOf, MakeComplex,
  TransposeOf, SameClass, MatrixOp, Solve, Member, RandomIntegers, Doubles, Coordinates, Grid, Kron, SparseOf, FullOf, Unknown,
};

const std::unordered_map<std::string, Rule>& builtinRules() {
  static const std::unordered_map<std::string, Rule> table = {
#define BUILTIN(Name, R) {#Name, Rule::R},
#include "Builtins.def"
  };
  return table;
}

Type unknownOf(Class c) {
  Type t = Type::unknown();
  t.cls = c;
  return t;
}

// A real value of class c and unknown shape.
Type realOf(Class c) {
  Type t = unknownOf(c);
  t.cx = Complexity::Real;
  return t;
}

Type withClass(Type t, Class c) {
  t.cls = c;
  return t;
}

Type rowOf(Class c, Extent n = Extent::unknown()) { return Type::matrix(c, {Extent::constant(1), n}); }

bool isColon(const Instr* idx) { return idx->op == Op::Const && idx->constant.kind == Constant::Colon; }

// Every element of index `idx` into A is at most A's extent `e` along it,
// so that A(..., idx, ...) = v does not grow A there: ':', `end` of A
// itself, a number bounded by a constant extent, or the values of a range
// with a positive step whose last value is the very value that gave a
// symbolic extent (`for k = 1:n` into `zeros(1, n)`). A logical mask may
// be longer than the extent.
bool within(const Instr* idx, const Instr* base, const Extent& e) {
  if (isColon(idx)) return true;
  if (!idx->type.reached || idx->type.cls == Class::Logical || !isNumericClass(idx->type.cls)) return false;
  if (idx->op == Op::EndOf) return idx->operands[0] == base;
  if (e.kind == Extent::Const) return valueRange(idx).hi <= static_cast<double>(e.value);
  if (e.kind != Extent::Sym) return false;
  const Instr* r = idx->op == Op::ForValue ? idx->operands[0] : idx;
  return r->op == Op::Range && r->operands[2] == e.sym && valueRange(r->operands[1]).lo > 0;
}

// The extent an index selects along A's extent `e`: all of it for ':', one
// for a scalar, a vector index's length; unknown for a logical mask.
Extent selected(const Instr* idx, const Extent& e) {
  if (isColon(idx)) return e;
  const Type& t = idx->type;
  if (!t.reached || !t.rankKnown || t.dims.size() != 2 || t.cls == Class::Logical) return Extent::unknown();
  if (t.isScalar()) return Extent::constant(1);
  if (t.dims[0].isOne()) return t.dims[1];
  if (t.dims[1].isOne()) return t.dims[0];
  return Extent::unknown();
}

// The shape of A(index) or A(i, j) (not for an update) of a full value A
// of known rank, into t: A(k) of a vector k has the vector's orientation
// where A is a vector of that orientation (a row index into a row or a
// scalar, a column into a column), k's shape where A is a matrix of known
// extents above one; A(i, j) of a matrix is the extents i and j select.
// (A(:) is columnOf's. A 1x1 result stays an array here: the runtime's
// subsref makes it.)
void indexedShape(const Instr& i, const Type& base, Type& t) {
  if (!base.rankKnown || base.dims.size() != 2 || base.sp != Sparsity::Full || !i.splice.empty() ||
      i.operands.size() < 2)
    return;  // (x() is x)
  size_t indices = i.operands.size() - 1;
  const Instr* first = i.operands[1];
  std::vector<Extent> dims;
  if (indices == 2) {
    dims = {selected(first, base.dims[0]), selected(i.operands[2], base.dims[1])};
  } else {
    const Type& k = first->type;
    if (indices != 1 || isColon(first) || !k.reached || !k.rankKnown || k.dims.size() != 2 || k.cls == Class::Logical)
      return;
    auto big = [](const Extent& e) { return e.kind == Extent::Const && e.value > 1; };
    bool kRow = k.dims[0].isOne(), kColumn = k.dims[1].isOne();
    if (!(kRow && base.dims[0].isOne()) && !(kColumn && base.dims[1].isOne()) &&
        !(big(base.dims[0]) && big(base.dims[1])))
      return;
    dims = k.dims;
  }
  if (dims[0].isOne() && dims[1].isOne()) return;
  t.rankKnown = true;
  t.dims = std::move(dims);
}

// The shape of A after A(index) = v with a v that is not [] (no deletion),
// into t (A's class and complexity there): A(:) = v keeps A's shape (v has
// as many elements or one, else an error); one index into a row (a 1-by-n
// or a scalar) leaves a row, into an n-by-1 with n > 1 a column, into [] a
// row, and into any other matrix of known extents keeps its shape (growing
// it by one index is an error); an index no larger than the vector's
// length keeps it. Two indices into a matrix leave a matrix, of A's
// extent along each dimension where the index stays within it.
// Values only (numbers, text, cells, structs), not objects.
void assignedShape(const Instr& i, const Type& base, Type& t) {
  bool plain = isNumericClass(base.cls) || base.cls == Class::Logical || base.cls == Class::Char ||
               base.cls == Class::Cell || (base.cls == Class::Struct && base.object.empty());
  if (!base.rankKnown || !plain || i.operands.size() < 3) return;  // (x() = v)
  size_t indices = i.operands.size() - 2;
  const Instr* first = i.operands[2];
  const Instr* a = i.operands[0];
  auto set = [&](std::vector<Extent> dims) {
    t.rankKnown = true;
    t.dims = std::move(dims);
  };
  bool matrix = base.dims.size() == 2;
  if (indices == 1 && isColon(first)) return set(base.dims);
  if (indices == 2 && matrix) {
    auto keep = [&](size_t d) { return within(i.operands[2 + d], a, base.dims[d]) ? base.dims[d] : Extent::unknown(); };
    return set({keep(0), keep(1)});
  }
  if (indices != 1 || !matrix) return;
  const Extent &rows = base.dims[0], &cols = base.dims[1];
  bool empty00 = rows.kind == Extent::Const && rows.value == 0 && cols.kind == Extent::Const && cols.value == 0;
  if (rows.isOne() || empty00) return set({Extent::constant(1), !empty00 && within(first, a, cols) ? cols : Extent::unknown()});
  // Neither extent may be 1 or 0 for the shape to stay: [] and vectors
  // grow (and a column that may be a scalar grows as a row).
  auto big = [](const Extent& e) { return e.kind == Extent::Const && e.value > 1; };
  if (cols.isOne() && big(rows)) return set({within(first, a, rows) ? rows : Extent::unknown(), Extent::constant(1)});
  if (big(rows) && big(cols)) set(base.dims);
}

// A real double array of unknown shape.
Type realDoubles() {
  Type t = unknownOf(Class::Double);
  t.cx = Complexity::Real;
  return t;
}

// MATLAB's class of an arithmetic result: integers win, then single, else double.
Class arithmeticClass(Class a, Class b) {
  if (a == Class::Unknown || b == Class::Unknown) return Class::Unknown;
  bool aNum = isNumericClass(a) || a == Class::Logical || a == Class::Char;
  bool bNum = isNumericClass(b) || b == Class::Logical || b == Class::Char;
  if (!aNum || !bNum) return Class::Unknown;
  if (isIntegerClass(a) && isIntegerClass(b)) return a == b ? a : Class::Unknown;  // an error at run time
  if (isIntegerClass(a)) return a;
  if (isIntegerClass(b)) return b;
  if (a == Class::Single || b == Class::Single) return Class::Single;
  return Class::Double;
}

// The runtime narrows a complex result whose imaginary parts are all zero
// to real, so a complex input gives a result of either complexity.
Complexity narrowed(Complexity cx) { return cx == Complexity::Complex ? Complexity::Unknown : cx; }

// A reduction of x along its default dimension (sum, median...): a scalar
// for a non-empty vector, a row for a matrix of known height above one;
// with a dim argument or an unknown shape, the class only.
// `dims`: the constant dims a dim argument names (sum(x, 2), mean(x, [2 3]),
// std(x, 0, [2 3])), or none: then x's dims with those of extent 1.
Type reduced(const Type& x, size_t nargs, Class c, Complexity cx, const std::vector<int64_t>& dims = {}) {
  bool vector = x.rankKnown && x.dims.size() == 2 && (x.dims[0].isOne() || x.dims[1].isOne());
  if (nargs == 1 && vector && !x.isEmptyConst()) return Type::scalar(c, cx);
  if (nargs == 1 && x.rankKnown && x.dims.size() == 2 && x.dims[0].kind == Extent::Const && x.dims[0].value > 1)
    return Type::matrix(c, {Extent::constant(1), x.dims[1]}, cx);
  if (!dims.empty() && x.rankKnown) {
    std::vector<Extent> e = x.dims;
    for (int64_t d : dims)
      if (static_cast<size_t>(d) <= e.size()) e[d - 1] = Extent::constant(1);
    while (e.size() > 2 && e.back().isOne()) e.pop_back();
    return Type::matrix(c, e, cx);
  }
  return unknownOf(c);
}

Complexity joinComplexity(Complexity a, Complexity b) {
  if (a == Complexity::Complex || b == Complexity::Complex) return Complexity::Complex;
  if (a == Complexity::Real && b == Complexity::Real) return Complexity::Real;
  return Complexity::Unknown;
}

// Implicit expansion: a scalar takes the other's shape; equal extents stay;
// an extent of 1 takes the other's.
bool broadcastDims(const Type& a, const Type& b, std::vector<Extent>& out) {
  if (!a.rankKnown || !b.rankKnown) return false;
  if (a.isScalar()) { out = b.dims; return true; }
  if (b.isScalar()) { out = a.dims; return true; }
  size_t n = std::max(a.dims.size(), b.dims.size());
  for (size_t k = 0; k < n; ++k) {
    Extent x = k < a.dims.size() ? a.dims[k] : Extent::constant(1);
    Extent y = k < b.dims.size() ? b.dims[k] : Extent::constant(1);
    if (x == y) out.push_back(x);
    else if (x.isOne()) out.push_back(y);
    else if (y.isOne()) out.push_back(x);
    else out.push_back(Extent::unknown());
  }
  return true;
}

Type elementwise(const Type& a, const Type& b, Class cls, Complexity cx) {
  if (!a.reached || !b.reached) return Type::bottom();
  std::vector<Extent> dims;
  if (!broadcastDims(a, b, dims)) {
    Type t = Type::unknown();
    t.cls = cls;
    t.cx = cx;
    return t;
  }
  return Type::matrix(cls, dims, cx);
}

Type constantType(const Constant& c) {
  switch (c.kind) {
    case Constant::Double: {
      Class cls = Class::Double;
      static const std::map<std::string_view, Class> ints = {
          {"int8", Class::Int8},   {"int16", Class::Int16},   {"int32", Class::Int32},   {"int64", Class::Int64},
          {"uint8", Class::UInt8}, {"uint16", Class::UInt16}, {"uint32", Class::UInt32}, {"uint64", Class::UInt64}};
      if (!c.intClass.empty()) cls = ints.at(c.intClass);
      return Type::scalar(cls, c.complex ? Complexity::Complex : Complexity::Real);
    }
    case Constant::Char:
      return Type::matrix(Class::Char, {Extent::constant(c.text.empty() ? 0 : 1),
                                        Extent::constant(static_cast<int64_t>(c.text.size()))});
    case Constant::String: return Type::scalar(Class::String);
    case Constant::Logical: return Type::scalar(Class::Logical);
    case Constant::Empty: return Type::matrix(Class::Double, {Extent::constant(0), Extent::constant(0)});
    case Constant::Colon: return Type::unknown();
  }
  return Type::unknown();
}

bool isIntegerConstant(const Instr* i) {
  return i && i->op == Op::Const && i->constant.kind == Constant::Double && !i->constant.complex &&
         std::floor(i->constant.real) == i->constant.real;
}

// The dims a reduction's dim argument names when it is a constant: a whole
// number or a row of them, each from 1 to 64 (else none).
std::vector<int64_t> constantDims(const Instr* d) {
  std::vector<int64_t> dims;
  auto add = [&](const Instr* c) {
    if (!isIntegerConstant(c) || c->constant.real < 1 || c->constant.real > 64) return false;
    dims.push_back(static_cast<int64_t>(c->constant.real));
    return true;
  };
  if (!d) return dims;
  if (d->op == Op::Matrix) {
    for (size_t k = 0; k < d->operands.size(); ++k)
      if ((k < d->splice.size() && d->splice[k]) || !add(d->operands[k])) return {};
    return dims;
  }
  if (!add(d)) return {};
  return dims;
}

// The dim argument of a reduction: sum(x, DIM), std(x, w, DIM) (else none).
const Instr* dimArgument(const Instr& i) {
  // std, var, mad, skewness and kurtosis take a weight or flag before the dim.
  bool flagFirst = i.name == "std" || i.name == "var" || i.name == "mad" || i.name == "skewness" || i.name == "kurtosis";
  size_t at = flagFirst ? 2 : 1;
  return i.operands.size() == at + 1 ? i.operands[at] : nullptr;
}

// The 'all' (or "all") of sum(x, 'all'), std(x, w, 'all').
bool isAllOption(const Instr* d) {
  const std::string* o = d ? literalText(d) : nullptr;
  return o && *o == "all";
}

// Values known to hold integers (whatever their class): integer constants,
// loop values over integer ranges, sums and products of such, rounding. A
// real base to an integer power stays real.
bool isIntegerValued(const Instr* i, int depth = 0) {
  if (!i || depth > 8) return false;
  switch (i->op) {
    case Op::Const: return isIntegerConstant(i);
    case Op::ForValue: {
      const Instr* r = i->operands[0];
      return r->op == Op::Range && isIntegerValued(r->operands[0], depth + 1) && isIntegerValued(r->operands[1], depth + 1);
    }
    case Op::Unary: return i->unary != UnaryOp::Not && isIntegerValued(i->operands[0], depth + 1);
    case Op::Binary:
      return (i->binary == BinaryOp::Plus || i->binary == BinaryOp::Minus || i->binary == BinaryOp::Times ||
              i->binary == BinaryOp::MTimes) &&
             isIntegerValued(i->operands[0], depth + 1) && isIntegerValued(i->operands[1], depth + 1);
    case Op::Call:
      return i->callee == Callee::Builtin && (i->name == "floor" || i->name == "ceil" || i->name == "round" ||
                                              i->name == "fix" || i->name == "numel" || i->name == "length");
    case Op::EndOf: case Op::ForCount: case Op::IsDefined: return true;
    default: return isIntegerClass(i->type.cls) || i->type.cls == Class::Logical;
  }
}

// Real values known to hold no negative number (NaN allowed): a base of a
// real power or the argument of sqrt and log that keeps the result real.
// Non-negative constants, abs, exp, sqrt, rand, squares (an even integer
// power), sums, products and quotients of such (a matrix divisor solves),
// their sums and means, and max with a non-negative operand (max(x, 0):
// NaN gives the other).
bool isNonNegative(const Instr* i, int depth = 0) {
  if (!i || depth > 12 || i->type.cx != Complexity::Real) return false;
  auto nonNeg = [&](size_t k) { return k < i->operands.size() && isNonNegative(i->operands[k], depth + 1); };
  switch (i->op) {
    case Op::Const: return i->constant.kind == Constant::Double && !i->constant.complex && !(i->constant.real < 0);
    case Op::Binary:
      switch (i->binary) {
        case BinaryOp::Plus: case BinaryOp::Times: case BinaryOp::MTimes: case BinaryOp::RDivide:
          return nonNeg(0) && nonNeg(1);
        case BinaryOp::MRDivide:  // a solve unless the divisor is a scalar: [1 0] / [1 1; 0 1] is [1 -1]
          return nonNeg(0) && nonNeg(1) && i->operands[1]->type.isScalar();
        case BinaryOp::Power: {
          const Instr* e = i->operands[1];
          bool even = e->op == Op::Const && isIntegerConstant(e) && std::fmod(e->constant.real, 2) == 0;
          return even || nonNeg(0);
        }
        default: return false;
      }
    case Op::Call: {
      if (i->callee != Callee::Builtin) return false;
      const std::string& f = i->name;
      if (f == "abs" || f == "exp" || f == "rand" || f == "sqrt" || f == "std" || f == "var") return true;
      if (f == "sum" || f == "mean" || f == "single" || f == "double" || f == "min" || f == "prod")
        return nonNeg(0) && (f != "min" || i->operands.size() < 2 || nonNeg(1));
      if (f == "max") return nonNeg(0) || (i->operands.size() == 2 && nonNeg(1));
      return false;
    }
    default: return i->type.cls == Class::Logical;
  }
}

// An extent given by a size argument of zeros(m, n): a constant, a symbol for
// a scalar computed at run time, or unknown.
Extent extentOf(const Instr* arg) {
  if (isIntegerConstant(arg)) {
    // Beyond 2^53 no array fits: the run time reports it (and the cast would be undefined).
    double v = arg->constant.real;
    if (!(std::fabs(v) < 9.0e15)) return v < 0 ? Extent::constant(0) : Extent::unknown();
    return Extent::constant(std::max<int64_t>(0, static_cast<int64_t>(v)));
  }
  if (arg->type.isScalar() && isNumericClass(arg->type.cls)) return Extent::symbol(arg);
  return Extent::unknown();
}

// What every caller of a specialisation passes in one real double or single
// argument, beyond its type: value ranges inside the callee start from it
// (a path index idx passed in keeps mod(idx*a + b, p) whole there).
// Only whole-ness and the sign are kept (not the bounds themselves), so that
// f(1), f(2), ... share one specialisation.
struct ArgFacts {
  bool whole = false;
  enum Sign { Any, NonNegative, Positive } sign = Any;
};

ArgFacts argFacts(const Instr* v) {
  const Type& t = v->type;
  if (!t.reached || t.cx != Complexity::Real || (t.cls != Class::Double && t.cls != Class::Single)) return {};
  Interval r = valueRange(v);
  return {r.integer, r.lo > 0 ? ArgFacts::Positive : r.lo >= 0 ? ArgFacts::NonNegative : ArgFacts::Any};
}

struct Specialization {
  const Function* generic = nullptr;
  Function* fn = nullptr;
  std::vector<Type> args;
  std::vector<ArgFacts> facts;
  std::vector<Type> results;
  bool inProgress = false;
};

class Inference {
 public:
  Inference(const Module& generic, const std::vector<Type>& entryInputs, DiagnosticEngine& diags)
      : generic_(generic), entryInputs_(entryInputs), diags_(diags), out_(std::make_unique<Module>()) {
    for (const Function* f : generic.functions) byName_[f->name] = f;
  }

  std::unique_ptr<Module> run() {
    const Function* entry = generic_.functions.front();
    std::vector<Type> args(entry->params.size(), Type::unknown());
    if (entryInputs_.size() == args.size()) args = entryInputs_;
    specialize(entry, args);
    // Whole-program fixpoint: recursion makes results depend on each other.
    for (int round = 0; round < 16; ++round) {
      bool changed = false;
      for (size_t k = 0; k < specs_.size(); ++k) changed |= analyze(*specs_[k]);
      if (!changed) break;
    }
    return std::move(out_);
  }

 private:
  // The specialisation of `f` for `args`, analysed now unless it is already
  // being analysed (recursion: its current results stand until the next round).
  Specialization& specialize(const Function* f, const std::vector<Type>& args,
                             const std::vector<ArgFacts>& facts = {}) {
    std::vector<Type> key = args;
    for (Type& t : key)  // a caller's symbols mean nothing in the callee
      for (Extent& e : t.dims)
        if (e.kind == Extent::Sym) e = Extent::unknown();
    std::string name = f->name;
    if (!key.empty()) {
      name += '<';
      for (size_t k = 0; k < key.size(); ++k) {
        name += (k ? ", " : "") + key[k].str();
        if (k >= facts.size()) continue;
        if (facts[k].whole) name += " whole";
        if (facts[k].sign != ArgFacts::Any) name += facts[k].sign == ArgFacts::Positive ? " >0" : " >=0";
      }
      name += '>';
    }
    auto it = byKey_.find(name);
    if (it != byKey_.end()) return *it->second;
    auto spec = std::make_unique<Specialization>();
    spec->generic = f;
    spec->args = key;
    spec->facts = facts;
    spec->fn = out_->clone(*f, name);
    spec->results.assign(f->outputNames.size(), Type::bottom());
    Specialization& s = *spec;
    byKey_[name] = spec.get();
    specs_.push_back(std::move(spec));
    analyze(s);
    return s;
  }

  // Types every value of a specialisation; returns whether its results changed.
  bool analyze(Specialization& s) {
    if (s.inProgress) return false;
    s.inProgress = true;
    // Inputs not passed are unknown (reading one is MATLAB's error at run
    // time); extra ones are an error at the call, at run time.
    for (size_t k = 0; k < s.fn->params.size(); ++k) {
      Instr* p = s.fn->params[k];
      p->type = k < s.args.size() ? s.args[k] : Type::unknown();
      ArgFacts f = k < s.facts.size() ? s.facts[k] : ArgFacts{};
      p->wholeParam = f.whole;
      // (every element > 0: at least the smallest positive double)
      p->paramLo = f.sign == ArgFacts::Positive      ? std::numeric_limits<double>::denorm_min()
                   : f.sign == ArgFacts::NonNegative ? 0.0
                                                     : -std::numeric_limits<double>::infinity();
    }
    for (int pass = 0; pass < 64; ++pass) {
      bool changed = false;
      for (Block* b : s.fn->blocks) {
        for (Instr* i : b->instrs) {
          Type t = transfer(*i);
          // char and logical values are never complex (complex('a') is an
          // error; 'a' + 1i is double), whatever the rule said.
          if (t.reached && (t.cls == Class::Char || t.cls == Class::Logical)) t.cx = Complexity::Real;
          if (pass > 32) t = join(t, i->type);  // guard against oscillation: only go up
          if (t != i->type) {
            i->type = t;
            changed = true;
          }
        }
      }
      if (!changed) break;
    }
    std::vector<Type> results(s.fn->outputNames.size(), Type::bottom());
    for (Block* b : s.fn->blocks) {
      Instr* term = b->terminator();
      if (term && term->op == Op::Return)
        for (size_t k = 0; k < term->operands.size() && k < results.size(); ++k)
          results[k] = join(results[k], returnType(term->operands[k]));
    }
    s.inProgress = false;
    bool changed = results != s.results;
    s.results = results;
    return changed;
  }

  // An output never assigned is an error only when asked for: unknown here.
  // struct('a', va, 'b', vb, ...) with constant names and values that are
  // not cells (a cell makes a struct array): a record.
  static Type structLiteral(const Instr& i) {
    if (i.operands.size() % 2 || std::any_of(i.splice.begin(), i.splice.end(), [](uint8_t s) { return s != 0; }))
      return unknownOf(Class::Struct);
    auto isValidName = [](const std::string& n) {
      if (n.empty() || n.size() > 63 || !std::isalpha(static_cast<unsigned char>(n[0]))) return false;
      return std::all_of(n.begin(), n.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; });
    };
    std::vector<FieldType> fields;
    for (size_t k = 0; k < i.operands.size(); k += 2) {
      const Instr* name = i.operands[k];
      const Type& v = i.operands[k + 1]->type;
      if (name->op != Op::Const || name->constant.kind != Constant::Char || !isValidName(name->constant.text))
        return unknownOf(Class::Struct);
      if (!v.reached || v.noValue || v.cls == Class::Unknown || v.cls == Class::Cell || !v.object.empty())
        return unknownOf(Class::Struct);
      FieldType f{name->constant.text, v};
      bool repeated = false;  // struct('a', 1, 'a', 2) is an error
      for (const FieldType& g : fields) repeated |= g.name == f.name;
      if (repeated) return unknownOf(Class::Struct);
      fields.push_back(std::move(f));
    }
    return Type::record(std::move(fields));
  }

  // [] (0x0 double): s.f = v on it makes a 1x1 struct.
  static bool isEmptyMatrix(const Type& t) {
    return t.reached && t.cls == Class::Double && t.rankKnown && t.dims.size() == 2 && t.dims[0] == Extent::constant(0) &&
           t.dims[1] == Extent::constant(0);
  }

  // s.f = v as a record: on a record (f replaced or appended, as MATLAB
  // orders fields), on [] or on struct(). Anything else: not a record.
  static Type setFieldType(const Instr& i) {
    const Type& base = i.operands[0]->type;
    const Type& v = i.operands[1]->type;
    if (i.dynamicField || i.direct || !v.reached || v.noValue) return Type::unknown();
    std::vector<FieldType> fields;
    if (base.isRecord()) fields = base.fields;
    else if (!isEmptyMatrix(base)) return Type::unknown();
    int k = base.isRecord() ? base.fieldIndex(i.name) : -1;
    if (k >= 0) fields[k].type = v;
    else fields.push_back({i.name, v});
    return Type::record(std::move(fields));
  }

  static Type returnType(const Instr* v) { return v->op == Op::Undef ? Type::unknown() : v->type; }

  Type transfer(Instr& i) {
    if (hasSparseOperand(i)) return sparseTransfer(i);
    return denseTransfer(i);
  }

  // An instruction one of whose operands is or may be sparse: the dense
  // rules give the shape and class, SparseRules the sparsity, or a
  // diagnostic where mcc has no sparse implementation.
  Type sparseTransfer(Instr& i) {
    // (an operand not reached yet looks like top: no verdict before it is)
    for (const Instr* o : i.operands)
      if (!o->type.reached && i.op != Op::Phi) return Type::bottom();
    bool userCall = (i.op == Op::Call && i.callee != Callee::Builtin) ||
                    (i.op == Op::Call && !method(i, argTypes(i)).empty());
    if (userCall) {
      auto it = byName_.find(generalName(i));
      bool varargin = it != byName_.end() && !it->second->paramNames.empty() && it->second->paramNames.back() == "varargin";
      bool spliced = false;
      for (uint8_t s : i.splice) spliced |= s != 0;
      if (varargin || spliced || it == byName_.end()) {
        report(i, DiagId::NotImplemented, {"passing a sparse matrix through varargin or a comma-separated list"});
        return Type::unknown();
      }
      return denseTransfer(i);
    }
    SparseOutcome r = sparseOutcome(i, std::max<uint32_t>(i.nargout, 1));
    if (!r.supported) {
      report(i, DiagId::NotImplemented, {r.what});
      i.outputTypes.clear();
      return Type::unknown();
    }
    Type t = denseTransfer(i);
    if (r.outputs.empty()) return t;
    if (t.reached && !t.noValue) t.sp = r.outputs[0];
    if (t.sp == Sparsity::Sparse) t.cx = Complexity::Real;  // mcc's sparse matrices are real
    if (i.op == Op::Subsref && t.sp != Sparsity::Sparse && i.operands[0]->type.cx == Complexity::Real)
      t.cx = Complexity::Real;  // an element of a real matrix
    // S(:, j), S(i, :): a colon keeps the base's extent, a scalar gives 1.
    const Type& base = i.operands[0]->type;
    if (i.op == Op::Subsref && i.operands.size() == 3 && t.sp != Sparsity::Full && base.rankKnown && base.dims.size() == 2) {
      std::vector<Extent> dims;
      for (size_t k = 1; k < 3; ++k) {
        const Instr* x = i.operands[k];
        bool colon = x->op == Op::Const && x->constant.kind == Constant::Colon;
        dims.push_back(colon ? base.dims[k - 1] : x->type.isScalar() ? Extent::constant(1) : Extent::unknown());
      }
      Type shaped = Type::matrix(base.cls, dims, Complexity::Real);
      shaped.sp = t.sp;
      t = shaped;
    }
    for (size_t k = 0; k < i.outputTypes.size() && k < r.outputs.size(); ++k)
      if (i.outputTypes[k].reached && !i.outputTypes[k].noValue) i.outputTypes[k].sp = r.outputs[k];
    return t;
  }

  // X(:) of a full numeric, logical or char array of known rank: its
  // elements as a column, numel(X) x 1 (a constant when every extent is).
  // Bottom when it is not that (or a 1x1, which stays an array here).
  static Type columnOf(const Instr& i) {
    const Type& base = i.operands[0]->type;
    if (i.operands.size() != 2 || i.operands[1]->op != Op::Const || i.operands[1]->constant.kind != Constant::Colon ||
        !i.splice.empty() || !base.rankKnown || base.sp != Sparsity::Full || !base.object.empty() ||
        !(isNumericClass(base.cls) || base.cls == Class::Logical || base.cls == Class::Char))
      return Type::bottom();
    int64_t n = 1;
    bool known = true;
    for (const Extent& e : base.dims) {
      known &= e.kind == Extent::Const;
      n *= e.value;
    }
    if (known && n == 1) return Type::bottom();
    return Type::matrix(base.cls, {known ? Extent::constant(n) : Extent::unknown(), Extent::constant(1)}, base.cx);
  }

  static std::vector<Type> argTypes(const Instr& i) {
    std::vector<Type> args;
    for (const Instr* o : i.operands) args.push_back(o->type);
    return args;
  }

  Type denseTransfer(Instr& i) {
    auto T = [&](size_t k) -> const Type& { return i.operands[k]->type; };
    switch (i.op) {
      case Op::Const: return constantType(i.constant);
      case Op::Param: return i.type;
      case Op::Undef: return Type::unknown();  // reading it raises MATLAB's error at run time
      case Op::Phi: {
        Type t = Type::bottom();
        for (Instr* o : i.operands) t = join(t, o->type);
        return t;
      }
      case Op::Unary: case Op::Binary: case Op::Transpose:
        if (overloadedOperator(i)) return call(i);
        return operation(i);
      case Op::Range: {
        for (size_t k = 0; k < 3; ++k)
          if (!T(k).reached) return Type::bottom();
        for (size_t k = 0; k < 3; ++k)
          if (classOf(T(k))) {  // (no class defines colon: ClassDefs.h; enumerations do not support it)
            report(i, DiagId::UndefinedForType, {"colon", T(k).object});
            return Type::unknown();
          }
        Class c = arithmeticClass(arithmeticClass(T(0).cls, T(1).cls), T(2).cls);
        // 'a':'z' and 'a':2:'k' are char: both ends are (the colon builtin's rule)
        if (c == Class::Double && T(0).cls == Class::Char && T(2).cls == Class::Char) c = Class::Char;
        Extent n = Extent::unknown();
        if (isIntegerConstant(i.operands[0]) && isIntegerConstant(i.operands[1]) && isIntegerConstant(i.operands[2]) &&
            i.operands[1]->constant.real != 0) {
          double count = std::floor((i.operands[2]->constant.real - i.operands[0]->constant.real) /
                                    i.operands[1]->constant.real) + 1;
          n = Extent::constant(count < 0 ? 0 : static_cast<int64_t>(count));
        } else if (isIntegerConstant(i.operands[0]) && i.operands[0]->constant.real == 1 &&
                   isIntegerConstant(i.operands[1]) && i.operands[1]->constant.real == 1 && T(2).isScalar() &&
                   T(2).cx == Complexity::Real && (isIntegerValued(i.operands[2]) || valueRange(i.operands[2]).integer)) {
          // 1:n of a whole n has max(0, n) elements, the extent zeros(1, n)
          // has: the same symbol.
          n = extentOf(i.operands[2]);
        }
        return rowOf(c, n);
      }
      case Op::Matrix: {
        // Members of an enumeration concatenate into a struct array of the
        // class (Enumerations.h), of a type known at run time only.
        // So do objects of a value or handle class (an object array).
        bool members = false;
        for (const Instr* o : i.operands)
          if (classOf(o->type)) members = true;
        if (members) return Type::unknown();
        for (size_t k = 0; k < i.splice.size(); ++k)
          if (i.splice[k] && !isSingleValue(*i.operands[k])) return Type::unknown();
        return concatenation(i);
      }
      case Op::Cell: {
        for (size_t k = 0; k < i.splice.size(); ++k)
          if (i.splice[k] && !isSingleValue(*i.operands[k])) return unknownOf(Class::Cell);
        int64_t rows = 0, cols = 0;
        for (uint32_t n : i.rowSizes)
          if (n) rows += 1, cols = n;
        if (rows > 1)
          for (uint32_t n : i.rowSizes)
            if (n && n != cols) return unknownOf(Class::Cell);  // an error at run time
        return Type::matrix(Class::Cell, {Extent::constant(rows), Extent::constant(cols)}, Complexity::Real);
      }
      case Op::Subsref: {
        const Type& base = T(0);
        if (!base.reached) return base;
        if (base.cls == Class::FunctionHandle) return handleCall(i);
        if (base.cls == Class::Unknown) return Type::unknown();
        bool scalarIndex = i.operands.size() > 1;
        for (size_t k = 1; k < i.operands.size(); ++k)
          scalarIndex &= T(k).isScalar() && (isNumericClass(T(k).cls) || T(k).cls == Class::Char);
        if (i.forUpdate) return Type::unknown();  // [] past the end
        // obj(k) of an object: itself for a scalar index (else an error, or
        // for an enumeration member the members an array of it gives).
        if (classOf(base)) return scalarIndex ? base : Type::unknown();
        if (base.cls == Class::Cell || base.cls == Class::Struct)
          return scalarIndex ? Type::scalar(base.cls) : unknownOf(base.cls);
        if (scalarIndex) return Type::scalar(base.cls, base.cx);
        if (Type column = columnOf(i); column.reached) return column;
        Type t = unknownOf(base.cls);
        if (isNumericClass(base.cls) || base.cls == Class::Logical || base.cls == Class::Char) {
          t.cx = narrowed(base.cx);
          indexedShape(i, base, t);
        }
        return t;
      }
      case Op::Field:
        checkAccess(i, false);
        if (propertyGetter(i)) return call(i);
        checkProperty(i, false);
        if (T(0).cls == Class::MException && (i.name == "message" || i.name == "identifier")) return rowOf(Class::Char);
        if (T(0).cls == Class::MException && i.name == "stack") return unknownOf(Class::Struct);
        if (T(0).cls == Class::MException && i.name == "cause") return unknownOf(Class::Cell);
        // err.getReport(...): the method bound to err, which the Subsref calls.
        if (T(0).cls == Class::MException && i.called && !i.dynamicField && isExceptionMethod(i.name))
          return Type::scalar(Class::FunctionHandle);
        // s.f of a record: the field's type (a missing field is an error, or [] for an update).
        if (T(0).isRecord() && !i.dynamicField && !i.list && T(0).fieldIndex(i.name) >= 0)
          return T(0).fields[T(0).fieldIndex(i.name)].type;
        // s.a.b = v where s has no field a (or is []): s.a reads as [].
        if (i.forUpdate && !i.dynamicField && !i.list && (T(0).isRecord() || isEmptyMatrix(T(0))))
          return Type::matrix(Class::Double, {Extent::constant(0), Extent::constant(0)});
        return Type::unknown();
      case Op::CellRef: case Op::GlobalLoad: case Op::EnvNew: case Op::EnvLoad: return Type::unknown();
      case Op::Caught: return Type::scalar(Class::MException);
      case Op::Subsasgn: {
        const Type& base = T(0);
        const Type& v = T(1);
        if (classOf(v)) return Type::unknown();  // an object array (of a class, or enumeration members)
        if (!base.reached || !v.reached) return Type::bottom();
        Class c = base.isEmptyConst() && base.cls == Class::Double ? v.cls
                  : base.cls == v.cls ? base.cls : Class::Unknown;
        Type t = unknownOf(c);
        t.cx = base.isEmptyConst() ? v.cx : joinComplexity(base.cx, v.cx);
        // v cannot be [] (which deletes): a scalar, or an extent known nonzero.
        bool nonEmpty = v.isScalar() || (v.rankKnown && std::any_of(v.dims.begin(), v.dims.end(), [](const Extent& e) {
                                           return e.kind == Extent::Const && e.value > 0;
                                         }));
        if (nonEmpty) assignedShape(i, base, t);
        return t;
      }
      case Op::CellAsgn: return unknownOf(Class::Cell);
      case Op::SetField: {
        // (a member of an enumeration is immutable, validated properties too)
        if (const ClassInfo* c = classOf(T(0)); c && c->enumeration) checkProperty(i, true);
        checkAccess(i, true);
        if (propertySetter(i)) return call(i);
        // s.f = v keeps a 1x1 struct 1x1; on [] (a new variable) it makes one.
        const Type& base = T(0);
        if (!base.reached) return base;
        checkProperty(i, true);
        if (!base.object.empty()) return base;
        if (Type r = setFieldType(i); r.isRecord()) return r;
        if (base.isEmptyConst() || (base.cls == Class::Struct && base.isScalar())) return Type::scalar(Class::Struct);
        // An object of unknown class may be a handle that stays itself (p.Value = v of a lib.pointer).
        if (base.cls == Class::Unknown) return Type::unknown();
        return unknownOf(Class::Struct);
      }
      case Op::EndOf: case Op::ForCount: case Op::IsDefined: return Type::scalar(Class::Double);
      case Op::ForValue: {
        const Type& x = T(0);
        if (!x.reached) return x;
        if (x.rankKnown && x.dims.size() == 2 && x.dims[0].isOne()) return Type::scalar(x.cls, x.cx);
        if (x.rankKnown && x.dims.size() == 2) return Type::matrix(x.cls, {x.dims[0], Extent::constant(1)}, x.cx);
        return unknownOf(x.cls);
      }
      case Op::Call:
        if (operators_.count(&i) && !overloadedOperator(i)) return operation(i);  // an operator again
        if (setters_.count(&i) && !propertySetter(i)) return denseTransfer(i);    // a SetField again
        if (getters_.count(&i) && !propertyGetter(i)) return denseTransfer(i);    // a Field again
        return call(i);
      case Op::Extract: {
        const Instr* c = i.operands[0];
        return i.index < c->outputTypes.size() ? c->outputTypes[i.index] : Type::unknown();
      }
      case Op::FuncHandle:
        // (a call through a handle is boxed: a sparse result would escape inference)
        if (i.callee == Callee::Builtin && makesSparse(i.name))
          report(i, DiagId::NotImplemented, {"a function handle to '" + i.name + "' (a sparse matrix through a handle)"});
        if (i.callee == Callee::Builtin) return Type::handle(i.name);
        [[fallthrough]];
      case Op::Closure: {
        // The target's boxed entry: a specialisation for unknown arguments.
        auto it = byName_.find(generalName(i));
        if (it == byName_.end()) return Type::handle("");
        const Function* target = it->second;
        Specialization& s = specialize(target, std::vector<Type>(target->params.size(), Type::unknown()));
        s.fn->boxedEntry = true;
        i.name = s.fn->name;
        for (const Type& r : s.results)
          if (r.maybeSparse())
            report(i, DiagId::NotImplemented, {"a function handle to a function that returns a sparse matrix"});
        // (its entry hands a call asking for several outputs to manyOutputs's)
        if (auto many = byName_.find(target->manyOutputs); many != byName_.end()) {
          Specialization& m = specialize(many->second, std::vector<Type>(many->second->params.size(), Type::unknown()));
          m.fn->boxedEntry = true;
          s.fn->manyOutputs = m.fn->name;
        }
        Type h = Type::handle(target->name);
        // Captured real scalars, typed for the calls of functions it reaches.
        bool known = false;
        for (const Instr* c : i.operands) {
          bool number = c->type.unboxed() && c->type.cx == Complexity::Real &&
                        (c->type.cls == Class::Double || c->type.cls == Class::Logical);
          h.captured.push_back(number ? c->type : Type::unknown());
          known |= number;
        }
        if (!known) h.captured.clear();
        return h;
      }
      case Op::CallHandle: return handleCall(i);
      case Op::Truth: case Op::LogicalScalar: case Op::CaseMatch: return Type::scalar(Class::Logical);
      case Op::Display:
        if (shownByDisp(i)) return call(i);
        return Type::bottom();
      default: return Type::bottom();  // statements and terminators have no value
    }
  }

  // -a, a + b, a'.
  Type operation(const Instr& i) {
    const Type& a = i.operands[0]->type;
    if (i.op == Op::Binary) return binary(i.binary, *i.operands[0], *i.operands[1]);
    if (i.op == Op::Transpose) {
      Type t = a;
      if (t.rankKnown && t.dims.size() == 2) std::swap(t.dims[0], t.dims[1]);
      else if (t.rankKnown) t = unknownOf(t.cls);
      return t;
    }
    if (!a.reached) return a;
    if (i.unary == UnaryOp::Not) return elementwise(a, Type::scalar(Class::Logical), Class::Logical, Complexity::Real);
    Class c = (a.cls == Class::Logical || a.cls == Class::Char) ? Class::Double : a.cls;
    return withClass(a, c);
  }

  // An operator, or its function form (mtimes(a, b)).
  Type binary(BinaryOp op, const Instr& lhs, const Instr& rhs) {
    const Type& a = lhs.type;
    const Type& b = rhs.type;
    if (!a.reached || !b.reached) return Type::bottom();
    // A string operand: + joins texts, comparisons compare them; the other
    // operand converts to strings of its own shape (a char row is one), so
    // the shape is known only when both are strings.
    bool aString = a.cls == Class::String, bString = b.cls == Class::String;
    if (aString || bString) {
      bool both = aString && bString;
      switch (op) {
        case BinaryOp::Plus:
          return both ? elementwise(a, b, Class::String, Complexity::Real) : realOf(Class::String);
        case BinaryOp::Eq: case BinaryOp::Ne: case BinaryOp::Lt: case BinaryOp::Le: case BinaryOp::Gt:
        case BinaryOp::Ge:
          return both ? elementwise(a, b, Class::Logical, Complexity::Real) : realOf(Class::Logical);
        default: return Type::unknown();  // MATLAB's error at run time
      }
    }
    switch (op) {
      case BinaryOp::Eq: case BinaryOp::Ne: case BinaryOp::Lt: case BinaryOp::Le: case BinaryOp::Gt:
      case BinaryOp::Ge: case BinaryOp::And: case BinaryOp::Or:
        return elementwise(a, b, Class::Logical, Complexity::Real);
      case BinaryOp::Plus: case BinaryOp::Minus: case BinaryOp::Times: case BinaryOp::RDivide:
      case BinaryOp::LDivide:
        return elementwise(a, b, arithmeticClass(a.cls, b.cls), joinComplexity(a.cx, b.cx));
      case BinaryOp::Power: case BinaryOp::MPower: {
        // A real base to a non-integer power can be complex (-8^(1/3)).
        Complexity cx = joinComplexity(a.cx, b.cx);
        if (cx == Complexity::Real && !isIntegerValued(&rhs) && !isNonNegative(&lhs) && !nonNegative(&lhs))
          cx = Complexity::Unknown;
        if (op == BinaryOp::MPower && !(a.isScalar() && b.isScalar()))
          return unknownOf(arithmeticClass(a.cls, b.cls));
        return elementwise(a, b, arithmeticClass(a.cls, b.cls), cx);
      }
      case BinaryOp::MTimes: {
        Class c = arithmeticClass(a.cls, b.cls);
        Complexity cx = joinComplexity(a.cx, b.cx);
        if (a.isScalar() || b.isScalar()) return elementwise(a, b, c, cx);
        if (a.rankKnown && b.rankKnown && a.dims.size() == 2 && b.dims.size() == 2)
          return Type::matrix(c, {a.dims[0], b.dims[1]}, cx);
        return unknownOf(c);
      }
      case BinaryOp::MRDivide: case BinaryOp::MLDivide: {
        Class c = arithmeticClass(a.cls, b.cls);
        Complexity cx = joinComplexity(a.cx, b.cx);
        if (op == BinaryOp::MRDivide && b.isScalar()) return elementwise(a, b, c, cx);
        if (op == BinaryOp::MLDivide && a.isScalar()) return elementwise(a, b, c, cx);
        return unknownOf(c);
      }
      default: return Type::unknown();
    }
  }

  // [a, b; c, d]: rows concatenate horizontally, then vertically. Known
  // when every element's shape is; char wins over numbers, then integers,
  // single, double; all-logical stays logical.
  Type concatenation(const Instr& i) {
    if (i.operands.empty()) return Type::matrix(Class::Double, {Extent::constant(0), Extent::constant(0)});
    Class cls = Class::Unknown;
    Complexity cx = Complexity::Real;
    bool first = true, anyChar = false, allLogical = true, anyString = false, allString = true, anyAggregate = false;
    for (const Instr* o : i.operands) {
      const Type& t = o->type;
      if (!t.reached) return Type::bottom();
      anyString |= t.cls == Class::String;
      allString &= t.cls == Class::String;
      anyAggregate |= t.cls == Class::Cell || t.cls == Class::Struct;
      anyChar |= t.cls == Class::Char;
      allLogical &= t.cls == Class::Logical;
      cls = first ? t.cls : (t.cls == cls ? cls : arithmeticClass(cls, t.cls));
      cx = joinComplexity(cx, t.cx);
      first = false;
    }
    if (anyChar) cls = Class::Char;
    if (allLogical) cls = Class::Logical;
    // [s, 'abc', 1]: each text or number becomes strings of its own shape.
    if (anyString && !anyAggregate) {
      if (!allString) return realOf(Class::String);
      cls = Class::String;
    }
    int64_t rows = 0, cols = -1;
    size_t at = 0;
    for (uint32_t n : i.rowSizes) {
      int64_t rowCols = 0, rowRows = -1;
      for (uint32_t k = 0; k < n; ++k, ++at) {
        const Type& t = i.operands[at]->type;
        if (!t.rankKnown || t.dims.size() != 2 || t.dims[0].kind != Extent::Const || t.dims[1].kind != Extent::Const)
          return unknownOf(cls);
        if (t.dims[0].value == 0 && t.dims[1].value == 0) continue;  // [] vanishes
        if (rowRows >= 0 && rowRows != t.dims[0].value) return unknownOf(cls);  // an error at run time
        rowRows = t.dims[0].value;
        rowCols += t.dims[1].value;
      }
      if (rowRows < 0) continue;
      if (cols >= 0 && cols != rowCols) return unknownOf(cls);
      cols = rowCols;
      rows += rowRows;
    }
    if (cols < 0) return Type::matrix(cls, {Extent::constant(0), Extent::constant(0)}, cx);
    return Type::matrix(cls, {Extent::constant(rows), Extent::constant(cols)}, cx);
  }

  Type call(Instr& i) {
    std::vector<Type> args;
    bool dynamicArgs = false;  // a list of unknown length among the arguments
    for (size_t k = 0; k < i.operands.size(); ++k) {
      const Instr* o = i.operands[k];
      if (!o->type.reached) return Type::bottom();
      args.push_back(o->type);
      dynamicArgs |= k < i.splice.size() && i.splice[k] && !isSingleValue(*o);
    }
    uint32_t nout = std::max<uint32_t>(i.nargout, 1);
    // A call sent to a method by an earlier pass is decided again from its
    // own name: an argument's type may have gone up to unknown since.
    if (auto sent = methodCalls_.find(&i); sent != methodCalls_.end()) {
      i.callee = sent->second.first;
      i.name = sent->second.second;
    }
    if (std::string m = method(i, args); !m.empty()) {
      methodCalls_.try_emplace(&i, i.callee, i.name);
      i.callee = Callee::File;
      i.name = m;
    }
    // class(s, NAME) and class(s, NAME, true): the default object a
    // constructor starts from (LowerAST).
    if (i.callee == Callee::Builtin && i.name == "class" && i.operands.size() >= 2 && i.operands[1]->op == Op::Const) {
      i.outputTypes = {Type::objectOf(i.operands[1]->constant.text)};
      return i.outputTypes[0];
    }
    if (i.callee == Callee::Builtin && i.operands.empty() && (i.name == "nargin" || i.name == "nargout")) {
      i.outputTypes = {Type::scalar(Class::Double)};  // the caller's counts: hidden parameters (codegen)
      return i.outputTypes[0];
    }
    if (i.callee != Callee::Builtin) {
      auto it = byName_.find(generalName(i));
      if (it == byName_.end()) return Type::unknown();
      const Function* callee = it->second;
      // `.display.x` has a case per class with a disp method: it is analysed
      // for a value of any class, so that no case sees a value of another.
      if (callee->name.rfind(".display.", 0) == 0) args.assign(args.size(), Type::unknown());
      // varargin: the arguments past the named ones, as one cell.
      size_t named = callee->paramNames.size();
      bool varargin = named && callee->paramNames.back() == "varargin";
      if (dynamicArgs) {
        args.assign(named, Type::unknown());
        if (varargin) args.back() = unknownOf(Class::Cell);
      } else if (varargin) {
        size_t extra = args.size() >= named ? args.size() - (named - 1) : 0;
        args.resize(named - 1, Type::unknown());
        args.push_back(Type::matrix(Class::Cell, {Extent::constant(extra ? 1 : 0), Extent::constant(static_cast<int64_t>(extra))}));
      }
      // (a function calling itself gets none: fib(n - 1) would be a second
      // specialisation of fib, and fib(n - 2) a third)
      std::vector<ArgFacts> facts;
      if (!dynamicArgs && !varargin && !callsItself(callee))
        for (size_t k = 0; k < args.size() && k < i.operands.size(); ++k) facts.push_back(argFacts(i.operands[k]));
      Specialization& s = specialize(callee, args, facts);
      i.name = s.fn->name;
      i.outputTypes.clear();
      // varargout: the outputs past the named ones are its values, unknown here.
      size_t fixed = s.results.size();
      if (!callee->outputNames.empty() && callee->outputNames.back() == "varargout") --fixed;
      for (uint32_t k = 0; k < nout; ++k) i.outputTypes.push_back(k < fixed ? s.results[k] : Type::unknown());
      if (s.results.empty()) return i.nargout == 0 ? Type::nothing() : Type::unknown();
      return i.outputTypes[0];
    }
    if (dynamicArgs && makesSparse(i.name)) {
      report(i, DiagId::NotImplemented, {"'" + i.name + "' with a comma-separated list argument"});
      i.outputTypes.assign(nout, Type::unknown());
      return Type::unknown();
    }
    if (dynamicArgs) {
      i.outputTypes.assign(nout, Type::unknown());
      return Type::unknown();
    }
    if (Type t = perElement(i, args); t.reached) {
      i.outputTypes = {t};
      return t;
    }
    i.outputTypes = builtinResults(i, args, nout);
    return i.outputTypes.empty() ? Type::nothing() : i.outputTypes[0];
  }

  // arrayfun(@(v) body, x) (or @(a, b) over x, y, ...) of a literal
  // anonymous function over real double arrays, or cellfun(@(v) body, c, ...)
  // over cells, whose captured values are real double or logical scalars:
  // the body's specialisation for one element (a double scalar; a cell's
  // element of unknown type), which code generation calls in a loop
  // (Instr::perElement). With uniform outputs the body must give a real
  // double or logical scalar; with 'UniformOutput', false anything. The
  // result is what the runtime gives: uniform, for a double body a real
  // double array of x's shape ([] of x's shape for an empty x), for a
  // logical one logical, but double when x is empty; else a cell of x's
  // shape. cellfun(@numel, c) (@length, @ndims, @isempty) of one cell is
  // computed in the loop too (perElement: the builtin's name).
  Type perElement(Instr& i, const std::vector<Type>& args) {
    i.perElement.clear();
    ElementwiseForm form;
    if (i.nargout != 1 || !elementwiseForm(i, form)) return Type::bottom();
    bool cells = i.name == "cellfun";
    const Instr* h = i.operands[0];
    const Type& x = args[1];
    for (size_t k = 1; k <= form.inputs; ++k) {
      const Type& t = args[k];
      if (!t.reached || t.sp != Sparsity::Full || !t.object.empty()) return Type::bottom();
      if (cells ? t.cls != Class::Cell : t.cls != Class::Double || t.cx != Complexity::Real || t.unboxed())
        return Type::bottom();
    }
    Type doubles = x.rankKnown ? Type::matrix(Class::Double, x.dims) : realOf(Class::Double);
    Type results = form.uniform ? doubles : x.rankKnown ? Type::matrix(Class::Cell, x.dims) : unknownOf(Class::Cell);
    static const std::set<std::string> queries = {"numel", "length", "ndims", "isempty"};
    if (cells && form.uniform && form.inputs == 1 && h->op == Op::FuncHandle && h->callee == Callee::Builtin &&
        queries.count(h->name)) {
      i.perElement = h->name;
      return h->name == "isempty" ? Type::unknown() : doubles;
    }
    if (h->op != Op::Closure) return Type::bottom();
    auto it = byName_.find(generalName(*h));
    if (it == byName_.end()) return Type::bottom();
    const Function* target = it->second;
    if (target->params.size() != target->captureCount + form.inputs || h->operands.size() != target->captureCount ||
        target->paramNames.back() == "varargin" || target->outputNames.size() != 1)
      return Type::bottom();
    auto realNumber = [](const Type& t) {
      return t.fullyKnown() && t.isScalar() && t.cx == Complexity::Real && t.sp == Sparsity::Full && t.object.empty() &&
             (t.cls == Class::Double || t.cls == Class::Logical);
    };
    std::vector<Type> types;
    for (const Instr* c : h->operands) {
      if (!realNumber(c->type)) return Type::bottom();
      types.push_back(c->type);
    }
    std::vector<Type> scalars = types;
    types.resize(target->params.size(), cells ? Type::unknown() : Type::scalar(Class::Double));
    Specialization* s = &specialize(target, types);
    auto fits = [&](const Specialization& t) {
      if (t.results.size() != 1) return false;
      const Type& r = t.results[0];
      return form.uniform ? realNumber(r) : r.reached && !r.noValue;
    };
    // A cell's elements as real double scalars where the body gives no
    // number for an element of unknown type (c = {1, 2, 3}; cellfun(@(v)
    // v * 2, c)): the loop checks every element is one before it calls
    // the body, else the runtime's cellfun runs.
    if (cells && !fits(*s)) {
      scalars.resize(target->params.size(), Type::scalar(Class::Double));
      s = &specialize(target, scalars);
    }
    if (!fits(*s)) return Type::bottom();
    const Type& r = s->results[0];
    i.perElement = s->fn->name;
    if (form.uniform && r.cls == Class::Logical) return Type::unknown();
    return results;
  }

  bool callsItself(const Function* f) {
    auto [it, added] = callsItself_.try_emplace(f, false);
    if (added)
      for (const Block* b : f->blocks)
        for (const Instr* i : b->instrs)
          it->second |= i->op == Op::Call && i->callee != Callee::Builtin && i->name == f->name;
    return it->second;
  }

  // h(args) (Subsref or CallHandle): a call of the target when the handle's
  // is known, its captured values passed first; else boxed.
  Type handleCall(Instr& i) {
    const Type& h = i.operands[0]->type;
    uint32_t nout = std::max<uint32_t>(i.nargout, 1);
    i.outputTypes.assign(nout, Type::unknown());
    i.name.clear();
    if (h.cls != Class::FunctionHandle || h.target.empty()) return Type::unknown();
    auto it = byName_.find(h.target);
    if (it == byName_.end()) {  // a builtin
      i.name = h.target;
      return Type::unknown();
    }
    // [a, b] = h(x) of @(v) max(v): the anonymous function's outputs of its call.
    if (i.nargout > 1 && byName_.count(it->second->manyOutputs)) it = byName_.find(it->second->manyOutputs);
    // The captured values: their types where the handle is the closure
    // made here (f = @(x) a * x + 1; ... f(i)), else unknown; a complex
    // scalar stays unknown (captured values arrive boxed, and a maybe-complex
    // scalar parameter may want registers).
    std::vector<Type> args(it->second->captureCount, Type::unknown());
    const Instr* closure = i.operands[0];
    if (closure->op == Op::Closure && closure->operands.size() == args.size() && generalName(*closure) == h.target) {
      for (size_t k = 0; k < args.size(); ++k) {
        const Type& t = closure->operands[k]->type;
        if (!t.reached) return Type::bottom();
        if (!(t.cls == Class::Double && t.cx != Complexity::Real && t.isScalar())) args[k] = t;
      }
    } else if (h.captured.size() == args.size()) {
      args = h.captured;  // a handle passed in: the real scalars it captured
    }
    bool dynamicArgs = false;  // h(c{:})
    for (size_t k = 1; k < i.operands.size(); ++k) {
      if (!i.operands[k]->type.reached) return Type::bottom();
      args.push_back(i.operands[k]->type);
      dynamicArgs |= k < i.splice.size() && i.splice[k] && !isSingleValue(*i.operands[k]);
    }
    // @(varargin) ...: the arguments past the named ones arrive as one cell,
    // as for a call of a named function.
    size_t named = it->second->paramNames.size();
    if (named && it->second->paramNames.back() == "varargin") {
      size_t extra = args.size() >= named ? args.size() - (named - 1) : 0;
      args.resize(named - 1, Type::unknown());
      if (dynamicArgs) {
        std::fill(args.begin() + it->second->captureCount, args.end(), Type::unknown());
        args.push_back(unknownOf(Class::Cell));
      } else {
        args.push_back(Type::matrix(Class::Cell, {Extent::constant(extra ? 1 : 0), Extent::constant(static_cast<int64_t>(extra))}));
      }
    }
    Specialization& s = specialize(it->second, args);
    i.name = s.fn->name;
    // varargout: the outputs past the named ones are its values, unknown here.
    size_t fixed = s.results.size();
    if (!it->second->outputNames.empty() && it->second->outputNames.back() == "varargout") --fixed;
    for (uint32_t k = 0; k < nout; ++k) i.outputTypes[k] = k < fixed ? s.results[k] : Type::unknown();
    if (s.results.empty()) return i.nargout == 0 ? Type::nothing() : Type::unknown();
    return i.outputTypes[0];
  }

  // A call site keeps the generic name until it is specialised; afterwards
  // the name is the specialisation's, whose generic name prefixes it.
  std::string generalName(const Instr& i) const {
    if (byName_.count(i.name)) return i.name;
    size_t lt = i.name.find('<');
    return lt == std::string::npos ? i.name : i.name.substr(0, lt);
  }

  // for_exit_(count, v) (LowerAST's loop variable after a for loop): v, or
  // [] when the loop may not have run, unless its array's type shows it
  // has columns (`for k = 1:10`, or any constant extents but no 0 after
  // the first: zeros(0, 3) has 3 columns).
  static Type forExitType(const Instr& i, const std::vector<Type>& args) {
    if (args.size() != 2) return Type::unknown();
    const Instr* count = i.operands[0];
    const Type& x = count->op == Op::ForCount ? count->operands[0]->type : Type::unknown();
    bool runs = x.rankKnown && x.dims.size() >= 2;
    for (size_t d = 1; runs && d < x.dims.size(); ++d)
      runs = x.dims[d].kind == Extent::Const && x.dims[d].value > 0;
    if (runs || !args[1].reached) return args[1];
    return join(args[1], Type::matrix(Class::Double, {Extent::constant(0), Extent::constant(0)}));
  }

  // property_check_(v, where, class, size, validator, args, ...) (an
  // arguments block's or a property's check, ClassDefs.h): v of that class
  // and size; real when the class is not double or single, or a validator
  // passes real values only.
  static Type checkedType(const Instr& i, const std::vector<Type>& args) {
    auto text = [&](size_t k) -> const std::string* {
      const Instr* o = k < i.operands.size() ? i.operands[k] : nullptr;
      return o && o->op == Op::Const && o->constant.kind == Constant::Char ? &o->constant.text : nullptr;
    };
    const std::string *cls = text(2), *size = text(3);
    if (args.empty() || !cls || !size || args[0].maybeSparse()) return Type::unknown();
    if (!args[0].reached) return args[0];
    Type t = args[0];
    if (!cls->empty()) {
      Class c = Class::Unknown;
      for (int k = 0; k <= static_cast<int>(Class::Char); ++k)
        if (*cls == className(static_cast<Class>(k))) c = static_cast<Class>(k);
      if (c == Class::Unknown) return Type::unknown();  // (string, cell, a class: left to the runtime)
      t = unknownOf(c);
      t.cx = c == Class::Double || c == Class::Single ? args[0].cx : Complexity::Real;
    }
    for (size_t k = 4; k < i.operands.size(); k += 2)
      if (const std::string* v = text(k); v && validatorImpliesReal(*v)) t.cx = Complexity::Real;
    if (!size->empty()) {
      std::vector<Extent> dims;
      for (size_t at = 0; at <= size->size();) {
        size_t comma = std::min(size->find(',', at), size->size());
        std::string d = size->substr(at, comma - at);
        dims.push_back(d == ":" ? Extent::unknown() : Extent::constant(std::stoll(d)));
        at = comma + 1;
      }
      while (dims.size() > 2 && dims.back().isOne()) dims.pop_back();
      Type shaped = Type::matrix(t.cls, dims, t.cx);
      shaped.sp = t.sp;
      t = shaped;
    }
    return t;
  }

  // The builtins whose text arguments are option, class or dim names, never
  // data: a string literal there reads as its char row (sum(x, "all") as
  // sum(x, 'all'); intmax("int8")).
  static std::vector<Type> optionsAsChars(const Instr& i, std::vector<Type> args, Rule rule) {
    bool options = rule == Rule::Reduce || rule == Rule::Statistic || rule == Rule::Cumulative ||
                   rule == Rule::Construct || rule == Rule::ConstructLogical || rule == Rule::RandomIntegers ||
                   rule == Rule::Constant || rule == Rule::FloatLimit || rule == Rule::IntLimit;
    if (!options) return args;
    size_t first = rule == Rule::FloatLimit || rule == Rule::IntLimit ? 0 : 1;
    for (size_t k = first; k < args.size() && k < i.operands.size(); ++k)
      if (const std::string* o = literalText(i.operands[k]); o && i.operands[k]->constant.kind == Constant::String)
        args[k] = rowOf(Class::Char, Extent::constant(static_cast<int64_t>(o->size())));
    return args;
  }

  std::vector<Type> builtinResults(const Instr& i, const std::vector<Type>& given, uint32_t nout) {
    if (i.name == "property_check_") return {checkedType(i, given)};
    if (i.name == "for_exit_") return {forExitType(i, given)};
    auto it = builtinRules().find(i.name);
    if (it == builtinRules().end()) return std::vector<Type>(nout, Type::unknown());
    std::vector<Type> args = optionsAsChars(i, given, it->second);
    // (before the rules for cells: sparse(x) is sparse whatever x is)
    if (it->second == Rule::SparseOf) return {sparseMade(i, args)};
    if (it->second == Rule::FullOf) {
      Type t = args.size() == 1 ? args[0] : Type::unknown();
      t.sp = Sparsity::Full;
      return {t};
    }
    // Cells and strings (and values that may be either) change what text and
    // comparison builtins give: strcmp(c, 'a') is an array, upper(c) a cell,
    // sprintf("%d", 1) a string.
    bool mayBeCell = false;
    for (const Type& t : args)
      mayBeCell |= t.cls == Class::Cell || t.cls == Class::Struct || t.cls == Class::String || t.cls == Class::Unknown;
    bool shapeOnly = it->second == Rule::CountOf || it->second == Rule::SizeOf || it->second == Rule::CellOf ||
                     it->second == Rule::StructOf || it->second == Rule::StringOf || it->second == Rule::Print || it->second == Rule::Command ||
                     it->second == Rule::Setting || it->second == Rule::IsNamed || it->second == Rule::Unknown;
    if (mayBeCell && !shapeOnly && (it->second != Rule::Is || i.name.compare(0, 3, "str") == 0))
      return std::vector<Type>(nout, Type::unknown());
    // String arrays turn text results into strings of their shape.
    bool mayBeString = false;
    for (const Type& t : args) mayBeString |= t.cls == Class::String;
    bool textRule = it->second == Rule::Chars || it->second == Rule::TextIs || it->second == Rule::ParseNumber ||
                    it->second == Rule::Member;
    if (mayBeString && textRule) return std::vector<Type>(nout, Type::unknown());
    auto argClass = [&](size_t k) { return k < args.size() ? args[k].cls : Class::Unknown; };
    auto floatClass = [&](Class c) {
      if (c == Class::Single) return Class::Single;
      if (c == Class::Double || c == Class::Logical || c == Class::Char) return Class::Double;
      return Class::Unknown;
    };
    auto same = [&](Class c, Complexity cx) {
      if (args.empty()) return Type::unknown();
      Type t = args[0];
      t.cls = c;
      t.cx = cx;
      return t;
    };
    switch (it->second) {
      case Rule::MathReal:
        return {same(floatClass(argClass(0)), args.empty() ? Complexity::Unknown : narrowed(args[0].cx))};
      case Rule::MathMaybeComplex: {
        // sqrt and the logarithms of a real value that is never negative stay
        // real (asin, acos, acosh and atanh do not: acosh(0.5), atanh(2)):
        // isNonNegative, or the bounds of ValueRange (Box-Muller's
        // sqrt(-2*log(u))).
        bool realForNonNegative = i.name == "sqrt" || i.name == "log" || i.name == "log2" || i.name == "log10" ||
                                  i.name == "log1p";
        bool real = realForNonNegative && !args.empty() && args[0].cx == Complexity::Real &&
                    (isNonNegative(i.operands[0]) || nonNegative(i.operands[0]));
        return {same(floatClass(argClass(0)), real ? Complexity::Real : Complexity::Unknown)};
      }
      case Rule::MathKeepInt: {
        Class c = isIntegerClass(argClass(0)) ? argClass(0) : floatClass(argClass(0));
        Complexity cx = i.name == "abs" ? Complexity::Real : (args.empty() ? Complexity::Unknown : narrowed(args[0].cx));
        return {same(c, cx)};
      }
      case Rule::MakeComplex: {
        // complex(a, b): complex even where b is 0; single when either is.
        if (args.empty() || args.size() > 2) return {Type::unknown()};
        Class c = Class::Double;
        for (const Type& t : args)
          if (t.cls == Class::Single) c = Class::Single;
          else if (t.cls != Class::Double) return {unknownOf(Class::Unknown)};
        if (args.size() == 1) return {same(c, Complexity::Complex)};
        return {elementwise(args[0], args[1], c, Complexity::Complex)};
      }
      case Rule::Elementwise2:
        if (args.size() != 2) return {Type::unknown()};
        return {elementwise(args[0], args[1], arithmeticClass(args[0].cls, args[1].cls), Complexity::Real)};
      case Rule::Predicate: return {same(Class::Logical, Complexity::Real)};
      case Rule::Construct:
      case Rule::ConstructLogical:
      case Rule::RandomIntegers: {
        Class c = it->second == Rule::ConstructLogical ? Class::Logical : Class::Double;
        if (it->second == Rule::RandomIntegers && args.empty()) return {Type::unknown()};
        std::vector<Extent> dims;
        size_t first = it->second == Rule::RandomIntegers ? 1 : 0;  // randi's range comes first
        for (size_t k = first; k < i.operands.size(); ++k) {
          const Instr* a = i.operands[k];
          if (a->type.cls == Class::Char || a->type.cls == Class::String) return {unknownOf(Class::Unknown)};  // 'like', class names
          if (!a->type.isScalar()) return {unknownOf(c)};  // zeros([m n])
          dims.push_back(extentOf(a));
        }
        if (dims.empty()) return {Type::scalar(c)};
        if (dims.size() == 1) dims.push_back(dims[0]);
        return {Type::matrix(c, dims)};
      }
      case Rule::Constant: {
        // NaN(2, 'single'), eps(single(1)): the class follows the arguments.
        bool doubles = true;
        for (const Type& t : args) doubles &= t.cls == Class::Double;
        if (!doubles) return {Type::unknown()};
        return {args.empty() ? Type::scalar(Class::Double) : unknownOf(Class::Double)};
      }
      case Rule::Reduce: {
        if (args.empty()) return {Type::unknown()};
        if ((i.name == "max" || i.name == "min") && args.size() == 2 && nout <= 1)  // element-wise: max(x, 0)
          return {elementwise(args[0], args[1], arithmeticClass(args[0].cls, args[1].cls), joinComplexity(args[0].cx, args[1].cx))};
        // sum, prod and mean give double for integers too (single for
        // single); max and min keep the class, but char gives double.
        Class x = args[0].cls;
        Class c = i.name == "any" || i.name == "all" ? Class::Logical
                  : i.name == "max" || i.name == "min" ? (x == Class::Char ? Class::Double : x)
                  : isIntegerClass(x) ? Class::Double
                                      : floatClass(x);
        Complexity cx = c == Class::Logical ? Complexity::Real : narrowed(args[0].cx);
        std::vector<int64_t> dims;
        if (i.name != "max" && i.name != "min") dims = constantDims(dimArgument(i));
        // sum(x, 'all') and the like: one value (max and min of nothing are empty).
        if (i.name != "max" && i.name != "min" && isAllOption(dimArgument(i))) return {Type::scalar(c, cx)};
        std::vector<Type> out{reduced(args[0], args.size(), c, cx, dims)};
        if (nout > 1) out.push_back(withClass(out[0], Class::Double));  // [m, i] = max(x)
        return out;
      }
      case Rule::Statistic: {
        // median keeps numeric classes, mode every class, std, var, iqr,
        // mad, skewness and kurtosis give single or double; all are real
        // (complex input is an error or, for std and var, a real spread).
        if (args.empty()) return {Type::unknown()};
        Class x = args[0].cls;
        Class c = i.name == "mode" ? (isNumericClass(x) || x == Class::Logical || x == Class::Char ? x : Class::Unknown)
                  : i.name == "median" && isNumericClass(x) ? x
                                                            : floatClass(x);
        std::vector<int64_t> dims;
        if (i.name != "mode" && i.name != "median") dims = constantDims(dimArgument(i));
        bool spread = i.name == "std" || i.name == "var";
        if (spread && isAllOption(dimArgument(i))) return {Type::scalar(c, Complexity::Real)};  // std(x, w, 'all')
        // std(x, w): a weight, the default dim as std(x)'s.
        size_t shapeArgs = spread && args.size() == 2 ? 1 : args.size();
        return {reduced(args[0], shapeArgs, c, Complexity::Real, dims)};
      }
      case Rule::Cumulative: {
        // cumsum and cumprod keep integer classes and give double for
        // logical and char; cummax and cummin keep logical too (and reject
        // complex values).
        if (args.empty()) return {Type::unknown()};
        Class x = args[0].cls;
        bool sums = i.name == "cumsum" || i.name == "cumprod";
        Class c = isIntegerClass(x) || (!sums && x == Class::Logical) ? x : floatClass(x);
        return {same(c, sums ? narrowed(args[0].cx) : Complexity::Real)};
      }
      case Rule::SizeOf: {
        if (args.size() >= 2) return {Type::scalar(Class::Double)};
        if (nout > 1) return std::vector<Type>(nout, Type::scalar(Class::Double));
        if (args.size() == 1 && args[0].rankKnown)
          return {rowOf(Class::Double, Extent::constant(static_cast<int64_t>(args[0].dims.size())))};
        return {rowOf(Class::Double)};
      }
      case Rule::CountOf: return {Type::scalar(Class::Double)};
      case Rule::Is: return {Type::scalar(Class::Logical)};
      case Rule::Print:
        if (i.name == "fprintf" && i.nargout >= 1) return {Type::scalar(Class::Double)};
        return {};
      case Rule::Text: return {rowOf(Class::Char)};
      case Rule::Convert: {
        static const std::map<std::string_view, Class> classes = {
            {"double", Class::Double}, {"single", Class::Single}, {"logical", Class::Logical}, {"char", Class::Char},
            {"int8", Class::Int8},     {"int16", Class::Int16},   {"int32", Class::Int32},     {"int64", Class::Int64},
            {"uint8", Class::UInt8},   {"uint16", Class::UInt16}, {"uint32", Class::UInt32},   {"uint64", Class::UInt64}};
        Class c = classes.at(i.name);
        if (!args.empty() && (args[0].cls == Class::Cell || args[0].cls == Class::Struct)) return {unknownOf(c)};
        Complexity cx = (c == Class::Double || c == Class::Single) && !args.empty() ? args[0].cx : Complexity::Real;
        return {same(c, cx)};
      }
      case Rule::Scalar: return {Type::scalar(Class::Double, i.name == "det" || i.name == "trace" ? Complexity::Unknown : Complexity::Real)};
      case Rule::Same: {
        std::vector<Type> out{args.empty() ? Type::unknown() : args[0]};
        if (nout > 1) out.push_back(unknownOf(Class::Double));
        return out;
      }
      case Rule::Row: {
        // find gives a row only for a row (a column otherwise, [] for []).
        const Type* x = args.empty() ? nullptr : &args[0];
        if (i.name == "find" && !(x && x->rankKnown && x->dims.size() == 2 && x->dims[0].isOne())) return {realDoubles()};
        // linspace and colon take the class of their arguments (single wins),
        // integers and unknowns are not known here; find gives indices.
        Class c = Class::Double;
        if (i.name != "find")
          for (const Type& t : args) {
            Class f = floatClass(t.cls);
            if (f == Class::Unknown) return {rowOf(Class::Unknown)};
            if (f == Class::Single) c = Class::Single;
          }
        // linspace(a, b, n) with a constant whole n has n elements.
        if (i.name == "linspace" && i.operands.size() == 3 && isIntegerConstant(i.operands[2]) &&
            i.operands[2]->constant.real >= 0 && i.operands[2]->constant.real < 9007199254740992.0)
          return {rowOf(c, Extent::constant(static_cast<int64_t>(i.operands[2]->constant.real)))};
        return {rowOf(c)};
      }
      case Rule::Matrix: return {unknownOf(args.empty() ? Class::Double : args[0].cls)};
      case Rule::CellOf: return {unknownOf(Class::Cell)};
      case Rule::StructOf: {
        bool scalar = i.name == "struct" && args.empty();  // struct() is 1x1
        std::vector<Type> out{scalar ? Type::record({}) : unknownOf(Class::Struct)};
        if (i.name == "struct" && !args.empty()) out[0] = structLiteral(i);
        if (nout > 1) out.push_back(unknownOf(Class::Double));  // orderfields' permutation
        return out;
      }
      case Rule::StringOf: return {realOf(Class::String)};
      case Rule::Exception: return {Type::scalar(Class::MException)};
      case Rule::Command:
        if (i.nargout == 0) return {};
        return {Type::unknown()};
      case Rule::Setting:  // rng(0), pause(1); rng and pause('query') give a value
        if (i.nargout == 0 && !args.empty() && isNumericClass(args[0].cls)) return {};
        return {Type::unknown()};
      case Rule::TextIs: {
        bool text = !args.empty();
        for (const Type& t : args) text &= t.cls == Class::Char;
        return {text ? Type::scalar(Class::Logical) : unknownOf(Class::Logical)};
      }
      case Rule::IsNamed:
        return {args.size() == 2 && args[1].cls == Class::Char ? Type::scalar(Class::Logical) : Type::unknown()};
      case Rule::Chars: return {Type::matrix(Class::Char, {Extent::unknown(), Extent::unknown()})};
      case Rule::ParseNumber:  // '1+2i' is complex; a non-text argument gives NaN
        if (args.size() != 1) return {Type::unknown()};
        return {Type::scalar(Class::Double, args[0].cls == Class::Char ? Complexity::Unknown : Complexity::Real)};
      case Rule::FloatLimit: case Rule::IntLimit: {
        bool ints = it->second == Rule::IntLimit;
        if (args.empty()) return {Type::scalar(ints ? Class::Int32 : Class::Double)};
        const std::string* name = literalText(i.operands[0]);
        if (args.size() != 1 || !name) return {Type::unknown()};
        static const std::map<std::string_view, Class> classes = {
            {"double", Class::Double}, {"single", Class::Single}, {"int8", Class::Int8},   {"int16", Class::Int16},
            {"int32", Class::Int32},   {"int64", Class::Int64},   {"uint8", Class::UInt8}, {"uint16", Class::UInt16},
            {"uint32", Class::UInt32}, {"uint64", Class::UInt64}};
        auto c = classes.find(*name);
        if (c == classes.end() || isIntegerClass(c->second) != ints) return {Type::unknown()};  // an error at run time
        return {Type::scalar(c->second)};
      }
      case Rule::ScalarOfScalars: {
        bool scalars = !args.empty();
        for (const Type& t : args) scalars &= t.cls == Class::Double && t.cx == Complexity::Real && t.isScalar();
        return {scalars ? Type::scalar(Class::Double) : Type::unknown()};
      }
      case Rule::PartOf: {
        // Numeric classes stay; logical and char give double.
        Class x = argClass(0);
        Class c = isNumericClass(x) ? x : x == Class::Logical || x == Class::Char ? Class::Double : Class::Unknown;
        return {same(c, i.name == "conj" && !args.empty() ? args[0].cx : Complexity::Real)};
      }
      case Rule::TransposeOf: {
        if (args.size() != 1) return {Type::unknown()};
        Type t = args[0];
        if (t.rankKnown && t.dims.size() == 2) std::swap(t.dims[0], t.dims[1]);
        else if (t.rankKnown) t = unknownOf(t.cls);
        return {t};
      }
      case Rule::SameClass: {
        if (args.empty()) return {Type::unknown()};
        Type t = unknownOf(args[0].cls);
        t.cx = args[0].cx;
        return {t};
      }
      case Rule::Kron: {
        if (args.size() != 2) return {Type::unknown()};
        Class c = arithmeticClass(args[0].cls, args[1].cls);
        Complexity cx = narrowed(joinComplexity(args[0].cx, args[1].cx));
        auto constant2d = [](const Type& t) {
          return t.rankKnown && t.dims.size() == 2 && t.dims[0].kind == Extent::Const && t.dims[1].kind == Extent::Const;
        };
        if (!constant2d(args[0]) || !constant2d(args[1])) return {unknownOf(c)};
        return {Type::matrix(c, {Extent::constant(args[0].dims[0].value * args[1].dims[0].value),
                                 Extent::constant(args[0].dims[1].value * args[1].dims[1].value)}, cx)};
      }
      case Rule::MatrixOp: {
        if (args.size() != 2) return {Type::unknown()};
        static const std::map<std::string_view, BinaryOp> ops = {
            {"mtimes", BinaryOp::MTimes}, {"mldivide", BinaryOp::MLDivide}, {"mrdivide", BinaryOp::MRDivide},
            {"mpower", BinaryOp::MPower}};
        return {binary(ops.at(i.name), *i.operands[0], *i.operands[1])};
      }
      case Rule::Solve: {
        // linsolve(A, B [, opts]): computed in single when either is single;
        // opts may transpose A, so the size is known only without them.
        if (args.size() < 2) return std::vector<Type>(nout, Type::unknown());
        Class a = floatClass(args[0].cls), b = floatClass(args[1].cls);
        Class c = a == Class::Unknown || b == Class::Unknown ? Class::Unknown
                  : a == Class::Single || b == Class::Single ? Class::Single
                                                             : Class::Double;
        Type x = unknownOf(c);
        if (args.size() == 2 && args[0].rankKnown && args[0].dims.size() == 2 && args[1].rankKnown &&
            args[1].dims.size() == 2)
          x = Type::matrix(c, {args[0].dims[1], args[1].dims[1]}, Complexity::Unknown);
        if (args[0].cx == Complexity::Real && args[1].cx == Complexity::Real) x.cx = Complexity::Real;
        std::vector<Type> out{x};
        if (nout > 1) out.push_back(c == Class::Unknown ? Type::unknown() : Type::scalar(c));
        out.resize(nout, Type::unknown());
        return out;
      }
      case Rule::Member: {
        // Of numbers, element-wise over a; text and 'rows' have other shapes.
        auto number = [](Class c) { return isNumericClass(c) || c == Class::Logical; };
        if (args.size() != 2 || !number(args[0].cls) || !number(args[1].cls))
          return std::vector<Type>(nout, Type::unknown());
        std::vector<Type> out{same(Class::Logical, Complexity::Real), same(Class::Double, Complexity::Real)};
        out.resize(nout, Type::unknown());
        return out;
      }
      case Rule::Doubles: return {realDoubles()};
      case Rule::Grid: {
        // Output k spreads input k (meshgrid: x, y, z; one input serves all),
        // keeping its class and complexity; the shape is not typed here.
        std::vector<Type> out;
        for (uint32_t k = 0; k < nout; ++k) {
          const Type* from = args.size() == 1 ? &args[0] : k < args.size() ? &args[k] : nullptr;
          bool floating = from && (from->cls == Class::Double || from->cls == Class::Single) && from->sp == Sparsity::Full;
          Type t = floating ? unknownOf(from->cls) : Type::unknown();
          if (floating) t.cx = from->cx;
          out.push_back(t);
        }
        return out;
      }
      case Rule::Coordinates: {
        // Each computed output broadcasts the inputs it is computed from
        // (x, y for cart2pol and pol2cart; all three for the spherical
        // ones); cart2pol's and pol2cart's z comes back as given. The
        // one-matrix form is not typed here.
        size_t used = i.name == "cart2pol" || i.name == "pol2cart" ? 2 : 3;
        if (args.size() < used || nout > std::max(used, args.size())) return std::vector<Type>(nout, Type::unknown());
        Class c = Class::Double;
        for (size_t k = 0; k < used; ++k) {
          Class f = floatClass(args[k].cls);
          if (f == Class::Unknown || c == Class::Unknown) c = Class::Unknown;
          else if (f == Class::Single) c = Class::Single;
        }
        Type t = elementwise(args[0], args[1], c, Complexity::Real);
        if (used == 3) t = elementwise(t, args[2], c, Complexity::Real);
        std::vector<Type> out(nout, t);
        if (used == 2 && nout > 2) out[2] = args[2];
        return out;
      }
      case Rule::SparseOf: case Rule::FullOf:  // (above)
      case Rule::Unknown: {
        // dot(a, b) of real double vectors of one constant length (either
        // orientation): sum(a .* b), a real double scalar.
        auto vectorLength = [](const Type& t) -> int64_t {
          if (!t.rankKnown || t.dims.size() != 2 || t.cls != Class::Double || t.cx != Complexity::Real ||
              t.sp != Sparsity::Full || t.dims[0].kind != Extent::Const || t.dims[1].kind != Extent::Const ||
              (!t.dims[0].isOne() && !t.dims[1].isOne()))
            return -1;
          return t.dims[0].value * t.dims[1].value;
        };
        if (i.name == "dot" && args.size() == 2 && nout <= 1 && vectorLength(args[0]) > 0 &&
            vectorLength(args[0]) == vectorLength(args[1]))
          return {Type::scalar(Class::Double)};
        return std::vector<Type>(nout, Type::unknown());
      }
    }
    return {Type::unknown()};
  }

  // sparse(A), sparse(m, n), sparse(i, j, v [, m, n [, nzmax]]), speye(n),
  // speye(m, n), spdiags(B, d, m, n), spalloc(m, n, nz): a real sparse
  // matrix, logical when its values are.
  Type sparseMade(const Instr& i, const std::vector<Type>& args) {
    size_t n = args.size();
    const Type* values = n == 1 ? &args[0] : n >= 3 && i.name == "sparse" ? &args[2] : nullptr;
    if (values && values->cx == Complexity::Complex) report(i, DiagId::NotImplemented, {"a complex sparse matrix"});
    if (i.name == "spdiags" && n != 4)
      report(i, DiagId::NotImplemented, {"'spdiags' with other than four arguments (spdiags(B, d, m, n))"});
    Class c = values && values->cls == Class::Logical && i.name == "sparse" ? Class::Logical : Class::Double;
    std::vector<Extent> dims{Extent::unknown(), Extent::unknown()};
    auto scalarAt = [&](size_t k) { return k < n && args[k].isScalar() && isNumericClass(args[k].cls); };
    if (i.name == "sparse" && n == 1 && args[0].rankKnown && args[0].dims.size() == 2) dims = args[0].dims;
    else if ((i.name == "sparse" && n == 2) || (i.name == "speye" && n == 2) || (i.name == "spalloc" && n == 3)) {
      if (scalarAt(0) && scalarAt(1)) dims = {extentOf(i.operands[0]), extentOf(i.operands[1])};
    } else if (i.name == "speye" && n == 1 && scalarAt(0)) {
      dims = {extentOf(i.operands[0]), extentOf(i.operands[0])};
    } else if (i.name == "speye" && n == 0) {
      dims = {Extent::constant(1), Extent::constant(1)};
    } else if ((i.name == "sparse" && (n == 5 || n == 6)) || (i.name == "spdiags" && n == 4)) {
      size_t m = i.name == "sparse" ? 3 : 2;
      if (scalarAt(m) && scalarAt(m + 1)) dims = {extentOf(i.operands[m]), extentOf(i.operands[m + 1])};
    }
    Type t = Type::matrix(c, dims, Complexity::Real);
    t.sp = Sparsity::Sparse;
    return t;
  }

  // ------------------------------------------------------------ objects

  // An instruction of a function the compiler wrote (LowerAST's dispatchers,
  // `.members`, ...), whose operations and calls are the fallbacks.
  static bool inGenerated(const Instr& i) {
    const Function* f = i.parent ? i.parent->parent : nullptr;
    return f && !f->name.empty() && f->name[0] == '.';
  }

  // Whether `i` is in an enumeration class's constructor or one of the
  // functions Enumerations.h writes (which alone set a member's properties).
  static bool enumerationInternal(const Instr& i) {
    const Function* f = i.parent ? i.parent->parent : nullptr;
    if (!f) return false;
    return f->name.find(".new_") != std::string::npos ||  // (NAME.new_ and its specializations)
           inGenerated(i) ||  // (`.setprop.NAME.p`, which sets a validated property for whoever may)
           (f->source && f->source->name().rfind("<enumeration ", 0) == 0);
  }

  const ClassInfo* classOf(const Type& t) const {
    auto it = generic_.classes.find(t.object);
    return t.object.empty() || it == generic_.classes.end() ? nullptr : &it->second;
  }
  static bool has(const std::vector<std::string>& names, const std::string& name) {
    return std::find(names.begin(), names.end(), name) != names.end();
  }

  // The method a call f(args) reaches: MATLAB's dispatch sends it to the
  // method f of the class of its leftmost object argument that has one
  // (before path functions and builtins, after local functions); obj.f(args)
  // always goes to obj's. When the class is known at run time only: the
  // method's dispatcher (LowerAST's `.f`). Empty: none.
  std::string method(const Instr& i, const std::vector<Type>& args) {
    if (i.callee == Callee::Local && !i.called) return "";
    for (size_t k = 0; k < args.size() && (k == 0 || !i.called); ++k)
      if (const ClassInfo* c = classOf(args[k])) {
        // (obj.f(args) of a static method f: NAME.f(args), LowerAST's `.static.NAME.f`)
        const std::string* target = nullptr;
        if (auto m = c->methods.find(i.name); m != c->methods.end()) target = &m->second;
        else if (auto s = c->statics.find(i.name); i.called && s != c->statics.end()) target = &s->second;
        if (!target) continue;
        if (auto a = c->methodAccess.find(i.name); a != c->methodAccess.end() && !accessAllowed(i, a->second.get, a->second.owner))
          report(i, DiagId::MethodNoAccess, {i.name, args[k].object});
        return *target;
      }
    // f(x, ...) of a builtin or path function that is also a method, with
    // an argument whose class is known at run time only: `.fn.f` picks the
    // method or the function then (but not in the generated functions,
    // whose calls of f are the fallback).
    bool generated = inGenerated(i);
    // plus(a, b) of an operand known at run time only: as a + b.
    if (!i.called && !generated && byName_.count(".op." + i.name) &&
        std::any_of(args.begin(), args.end(), [](const Type& t) { return t.cls == Class::Unknown; }))
      return ".op." + i.name;
    if (!i.called && !generated && byName_.count(".fn." + i.name) &&
        std::any_of(args.begin(), args.end(), [](const Type& t) { return t.cls == Class::Unknown; }))
      return ".fn." + i.name;
    // (a function of the program or a method found already; but obj.f(...)
    // where f is also a path function is still the method's)
    std::string callee = generalName(i);
    bool pathFunction = callee.find('.') == std::string::npos;
    if (args.empty() || (byName_.count(callee) && !(i.called && pathFunction))) return "";
    // obj.f(args) where obj is an object without the method f: an error.
    const ClassInfo* c = classOf(args[0]);
    if (i.called && c && !has(c->properties, i.name)) {
      report(i, DiagId::UnknownMember, {i.name, args[0].object});
      return "";
    }
    // Else the class is known at run time only, or obj.f(args) reads a field:
    // the method dispatcher of LowerAST decides (f(x) only where no builtin f is);
    // from code of no class, `.outside.f` where a class restricts f's Access.
    std::string dispatcher = "." + i.name;
    if (byName_.count(".outside." + i.name) && codeClass(i).empty() && !generated) dispatcher = ".outside." + i.name;
    bool dispatch = i.called || (i.callee == Callee::Builtin && !isRuntimeBuiltin(i.name));
    return dispatch && byName_.count(dispatcher) ? dispatcher : "";
  }

  // `i` (an operator, a property's read or assignment) made the call of
  // the program's function `target` with one output.
  static void callInstead(Instr& i, const std::string& target) {
    i.op = Op::Call;
    i.callee = Callee::File;
    i.name = target;
    i.nargout = 1;
  }

  // a + b, -a, a' where an operand is an object whose class has the
  // operator's method (plus, uminus, ctranspose, ...) become a call of it:
  // the method of the leftmost such operand's class (MATLAB's rule without
  // InferiorClasses, which mcc does not take). Where an operand's class is
  // known only at run time, that is left to the runtime's operation, which
  // calls the program's `.operators` for an object (LowerAST); so is an
  // operand not reached yet. Returns whether `i` is a call now.
  bool overloadedOperator(Instr& i) {
    if (generic_.classes.empty()) return false;
    auto converted = operators_.find(&i);
    Op op = converted != operators_.end() ? converted->second : i.op;
    std::string name = op == Op::Binary ? opName(i.binary)
                       : op == Op::Unary ? opName(i.unary)
                       : i.conjugate     ? "ctranspose"
                                         : "transpose";
    std::string target;
    for (const Instr* o : i.operands) {
      if (o->type.cls == Class::Unknown) break;  // (it may be an object whose method comes first)
      const ClassInfo* c = classOf(o->type);
      auto m = c ? c->methods.find(name) : std::map<std::string, std::string>::const_iterator{};
      if (c && m != c->methods.end()) {
        target = m->second;
        break;
      }
    }
    if (target.empty()) {
      // (an operand's type went up to unknown since: the operation again)
      if (converted != operators_.end()) {
        i.op = op;
        i.callee = Callee::Builtin;
        i.name.clear();
        operators_.erase(converted);
      }
      return false;
    }
    if (converted == operators_.end()) operators_[&i] = i.op;
    else if (generalName(i) == target) return true;
    callInstead(i, target);
    return true;
  }

  // obj.p = v where p's assignment is checked (ClassInfo::setters:
  // validation or a set.p method) becomes a call of the class's
  // `.setprop.NAME.p(obj, v)`, or of `.setprop.p` where obj's class is known
  // at run time only (LowerAST). Not in the compiler's own functions, not
  // for a constructor's defaults (Instr::direct), and not in a set.p
  // method, where MATLAB assigns p itself. Returns whether `i` is a call now.
  bool propertySetter(Instr& i) {
    if (const ClassInfo* c = i.dynamicField ? classOf(i.operands[0]->type) : nullptr;
        c && (!c->setters.empty() || !c->getters.empty()) && !inGenerated(i))
      report(i, DiagId::NotImplemented, {"obj.(name) = v of an object with validated or set. properties"});
    auto converted = setters_.find(&i);
    std::string prop = converted != setters_.end() ? converted->second : i.name;
    std::string target;
    if (!i.direct && !i.dynamicField && !inGenerated(i) && !inAccessMethod(i, "set", prop) && !generic_.classes.empty()) {
      const Type& base = i.operands[0]->type;
      if (const ClassInfo* c = classOf(base)) {
        if (auto it = c->setters.find(prop); it != c->setters.end()) target = it->second;
      } else if (base.reached && base.cls == Class::Unknown && byName_.count(".setprop.outside." + prop) &&
                 codeClass(i).empty()) {
        target = ".setprop.outside." + prop;  // (code of no class: SetAccess is checked at run time)
      } else if (base.reached && base.cls == Class::Unknown && byName_.count(".setprop." + prop)) {
        target = ".setprop." + prop;
      }
    }
    if (target.empty()) {
      if (converted != setters_.end()) {  // (not reached: a type only goes up, to unknown)
        i.op = Op::SetField;
        i.callee = Callee::Builtin;
        i.name = prop;
        setters_.erase(converted);
      }
      return false;
    }
    if (converted == setters_.end()) setters_[&i] = prop;
    else if (generalName(i) == target) return true;
    callInstead(i, target);
    return true;
  }

  // Whether `i` is in the access method of property `prop` of some class
  // (`kind` "set" or "get"), where MATLAB reads or assigns it directly.
  static bool inAccessMethod(const Instr& i, const std::string& kind, const std::string& prop) {
    const Function* fn = i.parent ? i.parent->parent : nullptr;
    std::string name = fn ? fn->name.substr(0, fn->name.find('<')) : "", own = "." + kind + "." + prop;
    return name.size() > own.size() && name.compare(name.size() - own.size(), own.size(), own) == 0;
  }

  // obj.p where p has a get.p method (ClassInfo::getters) becomes a call of
  // it, or of LowerAST's `.getprop.p` (`.getprop.list.p` for a
  // comma-separated list) where obj's class is known at run time only (not
  // on the path of an indexed assignment there: obj may be a new variable).
  // Not in the compiler's own functions nor in get.p. Returns whether `i`
  // is a call now.
  bool propertyGetter(Instr& i) {
    if (const ClassInfo* c = i.dynamicField ? classOf(i.operands[0]->type) : nullptr; c && !c->getters.empty() && !inGenerated(i))
      report(i, DiagId::NotImplemented, {"obj.(name) of an object with get. methods"});
    auto converted = getters_.find(&i);
    Instr saved = converted != getters_.end() ? converted->second : i;
    std::string target;
    if (!saved.dynamicField && !inGenerated(i) && !inAccessMethod(i, "get", saved.name) && !generic_.classes.empty()) {
      const Type& base = i.operands[0]->type;
      if (const ClassInfo* c = classOf(base)) {
        if (auto it = c->getters.find(saved.name); it != c->getters.end()) target = it->second;
      } else if (base.reached && base.cls == Class::Unknown && !saved.forUpdate &&
                 byName_.count(".getprop.outside." + saved.name) && codeClass(i).empty()) {
        // (code of no class: GetAccess is checked at run time)
        target = (saved.list ? ".getprop.list.outside." : ".getprop.outside.") + saved.name;
      } else if (base.reached && base.cls == Class::Unknown && !saved.forUpdate && byName_.count(".getprop." + saved.name)) {
        target = (saved.list ? ".getprop.list." : ".getprop.") + saved.name;
      }
    }
    if (target.empty()) {
      if (converted != getters_.end()) {  // (not reached: a type only goes up, to unknown)
        i.op = Op::Field;
        i.callee = Callee::Builtin;
        i.name = saved.name;
        i.list = saved.list;
        i.called = saved.called;
        getters_.erase(converted);
      }
      return false;
    }
    if (converted == getters_.end()) {
      Instr copy(i);
      copy.operands.clear();
      copy.users.clear();
      getters_.emplace(&i, std::move(copy));
    } else if (generalName(i) == target) {
      return true;
    }
    callInstead(i, target);
    i.called = false;
    i.list = saved.list && target.rfind(".getprop.list.", 0) == 0;  // (the cell of the values)
    return true;
  }

  // `x` without a semicolon where x may be an object of a class with a
  // disp method or Dependent properties to show (its class has one, or is
  // known at run time only): a call
  // of `.display.x` (LowerAST), which shows it as MATLAB's display does.
  // Returns whether `i` is a call now.
  bool shownByDisp(Instr& i) {
    const Type& t = i.operands[0]->type;
    const ClassInfo* c = classOf(t);
    std::string target = ".display." + i.name;
    if (!t.reached || t.noValue || inGenerated(i) || !byName_.count(target) ||
        (c ? !c->methods.count("disp") && !c->showsDependent : t.cls != Class::Unknown))
      return false;
    i.op = Op::Call;
    i.callee = Callee::File;
    i.name = target;
    i.nargout = 0;
    return true;
  }

  // The class whose classdef file holds the code of `i` ("" for none).
  std::string codeClass(const Instr& i) const {
    const Function* f = i.parent ? i.parent->parent : nullptr;
    for (const auto& [name, c] : generic_.classes)
      if (f && c.source && c.source == f->source) return name;
    return "";
  }

  // Whether code of `i`'s function may use a member of the class `owner`
  // whose access is `level`: any code for public; for private the methods
  // of `owner` (code of its classdef file), for protected those of its
  // subclasses too, for immutable (set) its constructor alone. The
  // compiler's own functions may.
  bool accessAllowed(const Instr& i, const std::string& level, const std::string& owner) const {
    if (level == "public" || inGenerated(i) || enumerationInternal(i)) return true;
    const Function* f = i.parent ? i.parent->parent : nullptr;
    if (!f) return true;
    std::string context = codeClass(i);
    if (context.empty()) return false;
    if (level == "immutable") {
      std::string fn = f->name.substr(0, f->name.find('<'));
      return context == owner && (fn == owner || fn == owner + "@" + owner);
    }
    if (context == owner) return true;
    const ClassInfo* c = classOf(Type::objectOf(context));
    if (level.rfind("list:", 0) == 0) {  // ({?C, ?D}: C, D and their subclasses)
      std::string_view list = std::string_view(level).substr(5);
      while (!list.empty()) {
        std::string allowed(list.substr(0, list.find(',')));
        if (context == allowed || (c && has(c->ancestors, allowed))) return true;
        list.remove_prefix(std::min(list.size(), allowed.size() + 1));
      }
      return false;
    }
    return level == "protected" && c && has(c->ancestors, owner);
  }

  // How MATLAB's message names an access level (an access list: private).
  static std::string accessWord(const std::string& level) {
    return level.rfind("list:", 0) == 0 ? "private" : level;
  }

  // obj.p (`assigned`: obj.p = v) of a property whose GetAccess (SetAccess)
  // does not allow it here: MATLAB's error, at compile time where
  // inference knows obj's class.
  void checkAccess(const Instr& i, bool assigned) {
    const ClassInfo* c = i.dynamicField ? nullptr : classOf(i.operands[0]->type);
    auto it = c ? c->access.find(i.name) : decltype(c->access.end()){};
    if (!c || it == c->access.end()) return;
    const std::string& level = assigned ? it->second.set : it->second.get;
    if (accessAllowed(i, level, it->second.owner)) return;
    if (assigned) report(i, DiagId::ReadOnlyProperty, {i.name, i.operands[0]->type.object});
    else report(i, DiagId::PropertyNoGetAccess, {i.name, i.operands[0]->type.object, accessWord(level)});
  }

  // obj.name and obj.name = v: the class's properties (a compile-time
  // error for any other name, as MATLAB's at run time).
  void checkProperty(const Instr& i, bool assigned) {
    const ClassInfo* c = classOf(i.operands[0]->type);
    if (c && c->enumeration && assigned && has(c->properties, i.name) && !enumerationInternal(i)) {
      report(i, DiagId::ReadOnlyProperty, {i.name, i.operands[0]->type.object});
      return;
    }
    if (!c || i.dynamicField || has(c->properties, i.name)) return;
    if (has(c->constants, i.name))  // (read, it is a call of `.const.NAME.K`: propertyGetter)
      report(i, DiagId::ReadOnlyProperty, {i.name, i.operands[0]->type.object});
    else
      report(i, assigned ? DiagId::UnknownProperty : DiagId::UnknownMember, {i.name, i.operands[0]->type.object});
  }

  void report(const Instr& i, DiagId id, std::initializer_list<std::string_view> args) {
    const SourceFile* file = i.parent && i.parent->parent ? i.parent->parent->source : nullptr;
    if (!file || !reported_.insert({file, i.loc.begin}).second) return;
    diags_.report(file, i.loc, id, args);
  }

  const Module& generic_;
  std::vector<Type> entryInputs_;
  DiagnosticEngine& diags_;
  std::set<std::pair<const SourceFile*, uint32_t>> reported_;
  std::unique_ptr<Module> out_;
  std::unordered_map<std::string, const Function*> byName_;
  std::map<std::string, Specialization*> byKey_;
  std::map<const Function*, bool> callsItself_;  // of generic functions
  std::map<Instr*, Op> operators_;  // operators made calls of methods (overloadedOperator): their own op
  std::map<Instr*, std::string> setters_;  // obj.p = v made calls (propertySetter): the property p
  std::map<Instr*, Instr> getters_;  // obj.p made calls (propertyGetter): the Field as it was
  std::map<Instr*, std::pair<Callee, std::string>> methodCalls_;  // calls method() redirected: their own callee
  std::vector<std::unique_ptr<Specialization>> specs_;
};

}  // namespace

bool isKnownBuiltin(const std::string& name) { return builtinRules().count(name) > 0; }

bool mayGiveNoValue(const std::string& name) {
  auto it = builtinRules().find(name);
  if (it == builtinRules().end()) return true;
  Rule r = it->second;
  return r == Rule::Print || r == Rule::Command || r == Rule::Setting || r == Rule::Unknown;
}

bool givesNoValue(const std::string& name) {
  auto it = builtinRules().find(name);
  return it != builtinRules().end() && it->second == Rule::Print;
}

bool isSingleValue(const Instr& list) {
  if (!list.list) return true;
  if (list.op == Op::CellRef) {
    if (list.operands.size() < 2) return false;
    for (size_t k = 1; k < list.operands.size(); ++k) {
      const Type& t = list.operands[k]->type;
      if (!t.isScalar() || !isNumericClass(t.cls)) return false;
    }
    return true;
  }
  const Type& base = list.operands[0]->type;
  return (base.cls == Class::Struct && base.isScalar()) || base.cls == Class::MException;  // an MException is 1x1
}

bool isExceptionProperty(const std::string& name) {
  return name == "identifier" || name == "message" || name == "stack" || name == "cause";
}

bool isExceptionMethod(const std::string& name) {
  return name == "getReport" || name == "throw" || name == "rethrow" || name == "throwAsCaller" || name == "addCause";
}

bool isRuntimeBuiltin(const std::string& name) {
  static const std::set<std::string> names = {
#define MCC_BUILTIN(n) #n,
#define MCC_BUILTIN_QUALIFIED(package, n) #package "." #n,
#include "mcc/builtins.def"
#undef MCC_BUILTIN_QUALIFIED
#undef MCC_BUILTIN
  };
  return names.count(name) > 0;
}

std::unique_ptr<Module> inferTypes(const Module& generic, DiagnosticEngine& diags, const std::vector<Type>& entryInputs) {
  if (generic.functions.empty()) return std::make_unique<Module>();
  return Inference(generic, entryInputs, diags).run();
}

}  // namespace mcc::ir
