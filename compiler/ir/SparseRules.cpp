// Sparse matrices in type inference; see SparseRules.h.
#include "SparseRules.h"

#include <functional>
#include <optional>
#include <unordered_map>

namespace mcc::ir {
namespace {

enum class Result { Full, Same, Any };
enum class Args { First, All };

struct BuiltinRule {
  Result result;
  Args args;
};

const std::unordered_map<std::string, BuiltinRule>& builtinTable() {
  static const std::unordered_map<std::string, BuiltinRule> table = {
#define SPARSE_BUILTIN(Name, R, A) {#Name, {Result::R, Args::A}},
#include "SparseBuiltins.def"
  };
  return table;
}

// What a value may be at run time: sparse or full, scalar or not.
struct Kind {
  bool sparse;
  bool scalar;
};

bool isColon(const Instr* v) { return v->op == Op::Const && v->constant.kind == Constant::Colon; }

bool anySpliced(const Instr& i) {
  for (uint8_t s : i.splice)
    if (s) return true;
  return false;
}

std::vector<bool> scalarities(const Instr* v) {
  if (isColon(v)) return {false};
  const Type& t = v->type;
  if (t.isScalar()) return {true};
  if (t.rankKnown)
    for (const Extent& e : t.dims)
      if (e.kind == Extent::Const && e.value != 1) return {false};
  return {true, false};
}

std::vector<Kind> kinds(const Instr* v) {
  std::vector<bool> sparse;
  if (v->type.sp != Sparsity::Sparse) sparse.push_back(false);
  if (v->type.sp != Sparsity::Full) sparse.push_back(true);
  std::vector<Kind> out;
  for (bool s : sparse)
    for (bool k : scalarities(v)) out.push_back({s, k});
  return out;
}

// The sparsity a result has over every possibility: nullopt when one of
// them has no sparse implementation.
using Rule = std::function<std::optional<bool>(Kind a, Kind b)>;
std::optional<Sparsity> over(const Instr* a, const Instr* b, const Rule& rule) {
  bool anySparse = false, anyFull = false;
  for (Kind x : kinds(a))
    for (Kind y : kinds(b)) {
      std::optional<bool> r = !x.sparse && !y.sparse ? std::optional<bool>(false) : rule(x, y);
      if (!r) return std::nullopt;
      (*r ? anySparse : anyFull) = true;
    }
  if (anySparse && anyFull) return Sparsity::Unknown;
  return anySparse ? Sparsity::Sparse : Sparsity::Full;
}

// MATLAB's result of a OP b where one is sparse (nullopt: not implemented).
std::optional<bool> binaryRule(BinaryOp op, Kind a, Kind b) {
  bool bothSparse = a.sparse && b.sparse;
  switch (op) {
    case BinaryOp::Plus: case BinaryOp::Minus:
      return bothSparse;  // sparse +- full is full
    case BinaryOp::Times: return true;
    case BinaryOp::RDivide: case BinaryOp::MRDivide: case BinaryOp::Power:
      if (a.sparse && !b.sparse && b.scalar) return true;  // S ./ c, S / c, S .^ c
      if (op == BinaryOp::MRDivide && !a.sparse) return false;  // X / S is full (a 1x1 S divides)
      return std::nullopt;
    case BinaryOp::MTimes:
      if (bothSparse) return true;
      if (a.sparse) return b.scalar;  // S * c is sparse, S * X full
      return a.scalar;                // c * S is sparse, X * S full
    case BinaryOp::MLDivide:
      if (a.sparse && !b.sparse) return false;  // S \ b is full (a 1x1 S divides)
      return std::nullopt;
    case BinaryOp::Eq: case BinaryOp::Ne: case BinaryOp::Lt: case BinaryOp::Le: case BinaryOp::Gt:
    case BinaryOp::Ge:
      // S OP c, c OP S and S OP T: logical sparse (S OP full matrix: not yet)
      if (bothSparse || (a.sparse && b.scalar) || (b.sparse && a.scalar)) return true;
      return std::nullopt;
    default: return std::nullopt;
  }
}

std::string quoted(const std::string& name) { return "'" + name + "' of a sparse matrix"; }

SparseOutcome unsupported(std::string what) { return {false, std::move(what), {}}; }

SparseOutcome outcome(std::optional<Sparsity> s, const std::string& what) {
  if (!s) return unsupported(quoted(what));
  return {true, "", {*s}};
}

SparseOutcome builtinOutcome(const Instr& i, uint32_t nout) {
  auto it = builtinTable().find(i.name);
  if (it == builtinTable().end()) return unsupported(quoted(i.name));
  const BuiltinRule& rule = it->second;
  for (size_t k = 0; k < i.operands.size(); ++k)
    if (i.operands[k]->type.maybeSparse() && k > 0 && rule.args == Args::First) return unsupported(quoted(i.name));
  if (anySpliced(i)) return unsupported(quoted(i.name) + " with a comma-separated list argument");
  std::vector<Sparsity> out(std::max<uint32_t>(nout, 1), Sparsity::Full);
  if (rule.result == Result::Same) out[0] = i.operands[0]->type.sp;
  if (rule.result == Result::Any) {
    bool sparse = false, unknown = false;
    for (const Instr* o : i.operands) {
      sparse |= o->type.sp == Sparsity::Sparse;
      unknown |= o->type.sp == Sparsity::Unknown;
    }
    out[0] = sparse ? Sparsity::Sparse : unknown ? Sparsity::Unknown : Sparsity::Full;
  }
  return {true, "", out};
}

// S(i, j) and S(k): full for scalar subscripts, sparse with a colon or a
// vector (the runtime decides the same way, from the subscripts' sizes).
SparseOutcome subsrefOutcome(const Instr& i) {
  const Instr* base = i.operands[0];
  if (base->type.cls == Class::FunctionHandle) return unsupported("passing a sparse matrix to a function handle");
  for (size_t k = 1; k < i.operands.size(); ++k)
    if (i.operands[k]->type.maybeSparse()) return unsupported("indexing with a sparse matrix");
  if (i.forUpdate || anySpliced(i)) return unsupported(quoted("subsref") + " on the path of an assignment");
  size_t n = i.operands.size() - 1;
  if (n != 1 && n != 2) return unsupported(quoted("subsref") + " with other than one or two subscripts");
  bool allScalar = true, someNot = false;
  for (size_t k = 1; k < i.operands.size(); ++k) {
    std::vector<bool> s = scalarities(i.operands[k]);
    allScalar &= s.size() == 1 && s[0];
    someNot |= s.size() == 1 && !s[0];
  }
  if (n == 1 && !allScalar) return unsupported(quoted("subsref") + " with a linear index other than a scalar");
  Sparsity s = allScalar ? Sparsity::Full : someNot ? Sparsity::Sparse : Sparsity::Unknown;
  // A base that may be full gives what full indexing gives: full.
  if (base->type.sp == Sparsity::Unknown && s == Sparsity::Sparse) s = Sparsity::Unknown;
  return {true, "", {s}};
}

// S(I, J) = X keeps S sparse (X full or sparse, real); X = S(...) into a
// full array is full (the value is made full).
SparseOutcome subsasgnOutcome(const Instr& i) {
  const Instr* base = i.operands[0];
  const Instr* value = i.operands[1];
  const char* what = "'subsasgn' of a sparse matrix other than S(I, J) = X and X(...) = S";
  for (size_t k = 2; k < i.operands.size(); ++k)
    if (i.operands[k]->type.maybeSparse()) return unsupported("indexing with a sparse matrix");
  if (anySpliced(i) || value->type.cx == Complexity::Complex) return unsupported(what);
  if (!isNumericClass(value->type.cls) && value->type.cls != Class::Logical) return unsupported(what);
  if (!base->type.maybeSparse()) {
    if (!isNumericClass(base->type.cls) && base->type.cls != Class::Logical) return unsupported(what);
    return {true, "", {Sparsity::Full}};
  }
  if (i.operands.size() != 4) return unsupported(what);
  // X = [] deletes: not for sparse matrices yet.
  if (value->op == Op::Const && value->constant.kind == Constant::Empty) return unsupported(what);
  return {true, "", {base->type.sp}};
}

}  // namespace

bool makesSparse(const std::string& name) {
  return name == "sparse" || name == "speye" || name == "spdiags" || name == "spalloc";
}

bool hasSparseOperand(const Instr& i) {
  for (const Instr* o : i.operands)
    if (o->type.maybeSparse()) return true;
  return false;
}

SparseOutcome sparseOutcome(const Instr& i, uint32_t nout) {
  auto operand = [&](size_t k) { return i.operands[k]; };
  switch (i.op) {
    // Values that pass through: merges, outputs of calls, returns, display.
    case Op::Phi: case Op::Extract: case Op::Return: case Op::Display: case Op::SetAns: case Op::IsDefined:
      return {};
    case Op::EndOf: return {true, "", {Sparsity::Full}};
    case Op::Unary:
      if (i.unary == UnaryOp::Not) return unsupported(quoted("not"));
      return {true, "", {operand(0)->type.sp}};
    case Op::Transpose: return {true, "", {operand(0)->type.sp}};
    case Op::Binary:
      return outcome(over(operand(0), operand(1), [&](Kind a, Kind b) { return binaryRule(i.binary, a, b); }),
                     opName(i.binary));
    case Op::Subsref: return subsrefOutcome(i);
    case Op::Subsasgn: return subsasgnOutcome(i);
    case Op::Call: return builtinOutcome(i, nout);
    case Op::Matrix: {
      // [A, B; C, D] with a sparse part is sparse (full parts converted);
      // numbers and logicals only, no comma-separated lists.
      const char* name = i.rowSizes.size() > 1 ? "vertcat" : "horzcat";
      if (anySpliced(i)) return unsupported(quoted(name) + " with a comma-separated list");
      bool sparse = false, unknown = false;
      for (const Instr* o : i.operands) {
        Class c = o->type.cls;
        if (!isNumericClass(c) && c != Class::Logical) return unsupported(quoted(name) + " and a value of class " + className(c));
        if (o->type.cx == Complexity::Complex) return unsupported(quoted(name) + " and a complex value");
        sparse |= o->type.sp == Sparsity::Sparse;
        unknown |= o->type.sp == Sparsity::Unknown;
      }
      return {true, "", {sparse ? Sparsity::Sparse : unknown ? Sparsity::Unknown : Sparsity::Full}};
    }
    case Op::Range: return unsupported(quoted("colon"));
    case Op::Cell: case Op::CellAsgn: return unsupported("storing a sparse matrix in a cell array");
    case Op::SetField: return unsupported("storing a sparse matrix in a struct field");
    case Op::Field: return unsupported("a field of a sparse matrix");
    case Op::CellRef: return unsupported("brace indexing of a sparse matrix");
    case Op::GlobalStore: return unsupported("a sparse matrix in a global or persistent variable");
    case Op::EnvStore: return unsupported("a sparse matrix shared with a nested function");
    case Op::Closure: return unsupported("capturing a sparse matrix in an anonymous function");
    case Op::CallHandle: return unsupported("passing a sparse matrix to a function handle");
    case Op::Truth: case Op::LogicalScalar: return unsupported("a sparse matrix as a condition");
    case Op::CaseMatch: return unsupported("'switch' of a sparse matrix");
    case Op::ForCount: case Op::ForValue: return unsupported("'for' over the columns of a sparse matrix");
    default: return unsupported("this operation on a sparse matrix");
  }
}

void hideSparseTypes(Module& m) {
  auto hide = [](Type& t) {
    if (!t.maybeSparse()) return;
    Sparsity sp = t.sp;
    t = Type::unknown();
    t.sp = sp;
  };
  for (Function* f : m.functions)
    for (Block* b : f->blocks)
      for (Instr* i : b->instrs) {
        hide(i->type);
        for (Type& t : i->outputTypes) hide(t);
      }
}

}  // namespace mcc::ir
