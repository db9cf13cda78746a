// Bounds on the elements of real values; see ValueRange.h.
#include "ir/ValueRange.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>
#include <unordered_map>

namespace mcc::ir {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
// Each value's bounds are computed once per query (x.*x would otherwise
// double the work at each level); the depth bounds the recursion.
constexpr int kMaxDepth = 64;
using Memo = std::unordered_map<const Instr*, Interval>;

Interval unbounded() { return {-kInf, kInf}; }
Interval point(double v) { return {v, v, std::floor(v) == v}; }
Interval logical() { return {0, 1, true}; }
bool bounded(const Interval& r) { return !std::isnan(r.lo) && !std::isnan(r.hi) && r.lo <= r.hi; }
// An interval whose ends came out NaN (Inf - Inf, 0 * Inf) says nothing.
Interval checked(Interval r) { return bounded(r) ? r : unbounded(); }

// The hull of a product's or quotient's values at the corners; where a
// corner is 0 * Inf or Inf / Inf, only the operands' signs say anything.
Interval corners(const Interval& a, const Interval& b, const double (&c)[4]) {
  for (double v : c)
    if (std::isnan(v)) {
      bool aPos = a.lo >= 0, aNeg = a.hi <= 0, bPos = b.lo >= 0, bNeg = b.hi <= 0;
      if ((aPos && bPos) || (aNeg && bNeg)) return {0, kInf};
      if ((aPos && bNeg) || (aNeg && bPos)) return {-kInf, 0};
      return unbounded();
    }
  return {*std::min_element(std::begin(c), std::end(c)), *std::max_element(std::begin(c), std::end(c))};
}

Interval times(const Interval& a, const Interval& b) {
  double c[] = {a.lo * b.lo, a.lo * b.hi, a.hi * b.lo, a.hi * b.hi};
  Interval r = corners(a, b, c);
  r.integer = a.integer && b.integer;  // a product of whole numbers rounds to one
  return r;
}

Interval divide(const Interval& a, const Interval& b) {
  if (!(b.lo > 0 || b.hi < 0)) return unbounded();  // a divisor that may be 0
  double c[] = {a.lo / b.lo, a.lo / b.hi, a.hi / b.lo, a.hi / b.hi};
  return corners(a, b, c);
}

bool isScalarOperand(const Instr* i) { return i->type.isScalar(); }

Interval range(const Instr* i, int depth, Memo& memo);

Interval callRange(const Instr* i, int depth, Memo& memo) {
  const std::string& n = i->name;
  if (i->callee != Callee::Builtin || i->nargout != 1) return unbounded();
  // Whatever the arguments (sizes, or the operand).
 if (n == "ones") return point(1);
  if (n == "zeros") return point(0);
  if (n == "rand") return {0, 1};
  if (n == "sin" || n == "cos" || n == "tanh") return {-1, 1};
  if (n == "exp") return {0, kInf};
  if (i->operands.empty()) return n == "pi" ? point(M_PI) : unbounded();
  auto arg = [&](size_t k) { return range(i->operands[k], depth + 1, memo); };
  if (i->operands.size() == 2 && n == "mod") {
    Interval x = arg(0), y = arg(1);
    if (y.lo <= 0) return unbounded();
    if (x.integer && y.integer) return {0, y.hi - 1, true};
    return {0, y.hi};  // the sign of the divisor, at most it
  }
  if (n == "linspace" && (i->operands.size() == 2 || i->operands.size() == 3)) {
    // first + k (last - first) / (n - 1), the ends exact (runtime's
    // mcc_linspace): never before `first` (a sum with a term of one sign),
    // past `last` only by rounding, a few ulps of the larger end.
    Interval a = arg(0), b = arg(1);
    double big = std::max({std::fabs(a.lo), std::fabs(a.hi), std::fabs(b.lo), std::fabs(b.hi)});
    double slack = 16 * std::numeric_limits<double>::epsilon() * big;
    if (a.hi <= b.lo) return checked({a.lo, b.hi + slack});
    if (b.hi <= a.lo) return checked({b.lo - slack, a.hi});
    return checked({std::min(a.lo, b.lo) - slack, std::max(a.hi, b.hi) + slack});
  }
  // Reductions of the first operand (the others are dims and options): a
  // sum, mean or product of values of one sign keeps it (a sum of whole
  // numbers is whole); max and min of one array lie within its range.
  if (n == "sum" || n == "mean" || n == "prod" || ((n == "max" || n == "min") && i->operands.size() == 1)) {
    Interval x = arg(0);
    if (n == "max" || n == "min") return x;
    bool whole = x.integer && n != "mean";
    if (x.lo >= 0) return {0, kInf, whole};
    if (x.hi <= 0 && n != "prod") return {-kInf, 0, whole};
    return {-kInf, kInf, whole};
  }
  if (i->operands.size() != 1) return unbounded();
  Interval x = arg(0);
  if (n == "double") return x;  // exact from every real class
  if (n == "single") {          // rounds each end outward by at most 2^-24 relative
    auto widen = [](double v, double dir) { return v + dir * std::fabs(v) * 0x1p-23; };
    bool exact = x.integer && std::fabs(x.lo) <= 0x1p24 && std::fabs(x.hi) <= 0x1p24;
    return checked({widen(x.lo, -1), widen(x.hi, 1), exact});
  }
  if (n == "abs") return {0, std::max(std::fabs(x.lo), std::fabs(x.hi)), x.integer};
  if (n == "floor") return {std::floor(x.lo), std::floor(x.hi), true};
  if (n == "ceil") return {std::ceil(x.lo), std::ceil(x.hi), true};
  if (n == "round") return {std::round(x.lo), std::round(x.hi), true};
  if (n == "fix") return {std::trunc(x.lo), std::trunc(x.hi), true};
  if (n == "sqrt" && x.lo >= 0) return {std::sqrt(x.lo), std::sqrt(x.hi)};
  if (n == "log" && x.lo >= 0) {  // log(1) is 0 exactly: a log of at most 1 is at most 0
    if (x.hi <= 1) return {-kInf, 0};
    if (x.lo >= 1) return {0, kInf};
    return unbounded();
  }
  return unbounded();
}

Interval compute(const Instr* i, int depth, Memo& memo);

Interval range(const Instr* i, int depth, Memo& memo) {
  if (!i || depth > kMaxDepth || !i->type.reached || i->type.cx != Complexity::Real) return unbounded();
  auto it = memo.find(i);
  if (it != memo.end()) return it->second;
  Interval r = compute(i, depth, memo);
  memo[i] = r;
  return r;
}

Interval compute(const Instr* i, int depth, Memo& memo) {
  auto arg = [&](size_t k) { return range(i->operands[k], depth + 1, memo); };
  switch (i->op) {
    case Op::Const:
      if (i->constant.kind == Constant::Double && !i->constant.complex && !std::isnan(i->constant.real))
        return point(i->constant.real);
      if (i->constant.kind == Constant::Logical) return logical();
      return unbounded();
    case Op::Unary:
      if (i->unary == UnaryOp::UMinus) {
        Interval x = arg(0);
        return {-x.hi, -x.lo, x.integer};
      }
      if (i->unary == UnaryOp::UPlus) return arg(0);
      return logical();  // ~x
    case Op::Transpose: return arg(0);
    case Op::Range: {
      // The first element is first exactly; a step of one sign moves away
      // from it (where the end lies after rounding is less certain).
      // Whole numbers below 2^53 (exact) never pass the end (a range
      // whose first value is past it has no elements).
      Interval first = arg(0), step = arg(1), last = arg(2);
      bool integer = first.integer && step.integer;
      bool exact = integer && std::fabs(first.lo) < 0x1p53 && std::fabs(first.hi) < 0x1p53 &&
                   std::fabs(last.lo) < 0x1p53 && std::fabs(last.hi) < 0x1p53;
      if (step.lo >= 0) return {first.lo, exact ? last.hi : integer ? std::max(first.hi, last.hi) : kInf, integer};
      if (step.hi <= 0) return {exact ? last.lo : integer ? std::min(first.lo, last.lo) : -kInf, first.hi, integer};
      return unbounded();
    }
    case Op::ForValue:
      if (i->operands[0]->op == Op::Range) return range(i->operands[0], depth + 1, memo);
      return unbounded();
    case Op::Binary: {
      switch (i->binary) {
        case BinaryOp::Plus: {
          Interval a = arg(0), b = arg(1);
          return checked({a.lo + b.lo, a.hi + b.hi, a.integer && b.integer});
        }
        case BinaryOp::Minus: {
          Interval a = arg(0), b = arg(1);
          return checked({a.lo - b.hi, a.hi - b.lo, a.integer && b.integer});
        }
        case BinaryOp::Times: return times(arg(0), arg(1));
        case BinaryOp::MTimes:
          if (isScalarOperand(i->operands[0]) || isScalarOperand(i->operands[1])) return times(arg(0), arg(1));
          return unbounded();
        case BinaryOp::Power: {
          // An even whole exponent, or a base of no negative value, gives no
          // negative value (NaN aside); whole to a whole power >= 0 is whole.
          Interval x = arg(0), y = arg(1);
          const Instr* e = i->operands[1];
          bool even = e->op == Op::Const && y.integer && y.lo == y.hi && std::fmod(y.lo, 2) == 0;
          if (even || x.lo >= 0) return {0, kInf, x.integer && y.integer && y.lo >= 0};
          return unbounded();
        }
        case BinaryOp::RDivide: return divide(arg(0), arg(1));
        case BinaryOp::MRDivide:
          if (isScalarOperand(i->operands[1])) return divide(arg(0), arg(1));
          return unbounded();
        case BinaryOp::Eq: case BinaryOp::Ne: case BinaryOp::Lt: case BinaryOp::Le: case BinaryOp::Gt:
        case BinaryOp::Ge: case BinaryOp::And: case BinaryOp::Or: return logical();
        default: return unbounded();
      }
    }
    case Op::Call: return callRange(i, depth, memo);
    case Op::Param: return {i->paramLo, kInf, i->wholeParam};
    default: return unbounded();
  }
}

}  // namespace

Interval valueRange(const Instr* i) {
  Memo memo;
  return range(i, 0, memo);
}

}  // namespace mcc::ir
