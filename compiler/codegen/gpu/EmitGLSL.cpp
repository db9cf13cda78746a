// GLSL compute shaders for kernels; see EmitGLSL.h.
#include "codegen/gpu/EmitGLSL.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <functional>
#include <initializer_list>
#include <map>
#include <sstream>

#include "kernels/FormKernels.h"

namespace mcc::codegen {
namespace {

using kernels::ElemType;
using kernels::Kernel;
using kernels::Node;
using kernels::ReduceKind;

// How the shader spells values: a kernel that computes anything in double
// (kernels::computesInDouble) declares its double values double (and needs
// shaderFloat64); one that does not is all float, double constants and
// scalars included (they only meet single operands, which convert them).
struct Spelling {
  bool float64;
  const char* type(ElemType t) const { return t == ElemType::Bool ? "bool" : t == ElemType::F32 || !float64 ? "float" : "double"; }
  // The floating type of the push constants and partials.
  const char* real() const { return float64 ? "double" : "float"; }

  // A constant of type t. Zero is the push constant `zero` (always 0):
  // lavapipe's code generator (gallivm) folds x*0 to 0 and x/0 to undefined
  // when the zero is a constant, whatever Inf or NaN x is. NaN and Inf are
  // bit patterns, not 0/0 (which gallivm would fold to 0 too).
  std::string literal(double v, ElemType t) const {
    if (t == ElemType::Bool) return v != 0 ? "true" : "false";
    bool dbl = std::string(type(t)) == "double";
    if (std::isnan(v)) return dbl ? "packDouble2x32(uvec2(0u, 0x7ff80000u))" : "uintBitsToFloat(0x7fc00000u)";
    if (std::isinf(v)) {
      if (dbl) return v > 0 ? "packDouble2x32(uvec2(0u, 0x7ff00000u))" : "packDouble2x32(uvec2(0u, 0xfff00000u))";
      return v > 0 ? "uintBitsToFloat(0x7f800000u)" : "uintBitsToFloat(0xff800000u)";
    }
    if (v == 0) return std::string(std::signbit(v) ? "(-" : "(") + type(t) + "(pc.zero))";
    // A float literal is the single nearest v (%.9g names it exactly, and
    // the compiler's conversion cannot round it across a float midpoint).
    char buf[40];
    if (dbl) std::snprintf(buf, sizeof buf, "%.17g", v);
    else std::snprintf(buf, sizeof buf, "%.9g", static_cast<double>(static_cast<float>(v)));
    std::string s = buf;
    if (s.find_first_of(".e") == std::string::npos) s += ".0";
    return dbl ? s + "LF" : s;
  }
  // A small whole number of type t where folding it cannot matter (1.0LF).
  std::string number(int v, ElemType t) const {
    return std::to_string(v) + (std::string(type(t)) == "double" ? ".0LF" : ".0");
  }
  // Expression x of type `from` as type `to` (nonzero is true; NaN too).
  std::string convert(const std::string& x, ElemType from, ElemType to) const {
    if (to == ElemType::Bool) return from == ElemType::Bool ? x : "(" + x + " != " + number(0, from) + ")";
    if (from == ElemType::Bool) return "(" + x + " ? " + number(1, to) + " : " + number(0, to) + ")";
    if (std::string(type(from)) == type(to)) return x;
    return std::string(type(to)) + "(" + x + ")";
  }
};

const char* binaryOp(BinaryOp op) {
  switch (op) {
    case BinaryOp::Plus: return "+";
    case BinaryOp::Minus: return "-";
    case BinaryOp::Times: return "*";
    case BinaryOp::RDivide: return "/";
    case BinaryOp::Eq: return "==";
    case BinaryOp::Ne: return "!=";
    case BinaryOp::Lt: return "<";
    case BinaryOp::Le: return "<=";
    case BinaryOp::Gt: return ">";
    case BinaryOp::Ge: return ">=";
    case BinaryOp::And: return "&&";
    case BinaryOp::Or: return "||";
    default: return nullptr;
  }
}

// The library's function for a KernelMath.def builtin (fix is trunc toward
// 0); x already has the result's type `t`.
std::string mathCall(const Spelling& sp, const std::string& fn, const std::string& x, ElemType t) {
  if (fn == "double" || fn == "single") return "(" + x + ")";
  // MATLAB's sign: 0 for both zeros, NaN stays NaN.
  if (fn == "sign") {
    std::string zero = sp.number(0, t);
    return "(" + x + " > " + zero + " ? " + sp.number(1, t) + " : " + x + " < " + zero + " ? " + sp.number(-1, t) + " : " +
           x + " == " + zero + " ? " + zero + " : " + x + ")";
  }
  return "mcc_" + fn + "(" + x + ")";
}

// A reduction's accumulator: any and all keep 0 or 1 in the partials' type.
ElemType accType(const Node& red) { return red.type == ElemType::Bool ? ElemType::F64 : red.type; }

std::string identity(const Spelling& sp, const Node& red) {
  switch (red.reduce) {
    case ReduceKind::Prod: case ReduceKind::All: return sp.number(1, accType(red));
    case ReduceKind::Max: case ReduceKind::Min: return sp.literal(NAN, accType(red));
    default: return sp.number(0, accType(red));
  }
}

// Whether a reduction carries a compensation term: a sum or mean of single
// values, which the CPU adds in double. Each invocation adds its elements
// with Neumaier's compensated summation in float (about twice float's
// precision, so a serial launch rounds as the CPU does but where the sum
// lies within a few double ulps of a rounding boundary).
bool compensated(const Node& red) {
  return (red.reduce == ReduceKind::Sum || red.reduce == ReduceKind::Mean) && red.type == ElemType::F32;
}

// acc folded with x (both of accType), as the CPU runtime folds (NaN loses in max/min).
std::string combine(const Spelling& sp, const Node& red, const std::string& acc, const std::string& x) {
  std::string zero = sp.number(0, accType(red)), one = sp.number(1, accType(red));
  switch (red.reduce) {
    case ReduceKind::Sum: case ReduceKind::Mean: return acc + " + " + x;
    case ReduceKind::Prod: return acc + " * " + x;
    case ReduceKind::Max: return "(isnan(" + acc + ") || " + x + " > " + acc + ") ? " + x + " : " + acc;
    case ReduceKind::Min: return "(isnan(" + acc + ") || " + x + " < " + acc + ") ? " + x + " : " + acc;
    // any ignores NaN, all counts it as true (as the CPU: never trust != on NaN)
    case ReduceKind::Any: return "(" + acc + " != " + zero + " || (" + x + " != " + zero + " && !isnan(" + x + "))) ? " + one + " : " + zero;
    case ReduceKind::All: return "(" + acc + " != " + zero + " && (" + x + " != " + zero + " || isnan(" + x + "))) ? " + one + " : " + zero;
  }
  return acc;
}

// The accumulator of a reduction along a dim, as the CPU kernel keeps it
// (EmitKernel): a sum or mean of single values adds in double and rounds
// once, any and all keep 0 or 1; the others keep the reduction's type.
ElemType alongAccType(const Node& red) {
  bool adds = red.reduce == ReduceKind::Sum || red.reduce == ReduceKind::Mean;
  return adds && red.type == ElemType::F32 ? ElemType::F64 : accType(red);
}

// Statements setting at<n> to the element of expanded input `in` that
// element i of the space reads (kernels::expansionOf; as the CPU computes it).
std::string expandedIndex(const kernels::Input& in, uint32_t n) {
  kernels::Expansion e = kernels::expansionOf(in);
  std::string at = "at" + std::to_string(n), stride = "stride" + std::to_string(n), rest = "rest" + std::to_string(n);
  std::string s = "    uint " + at + " = 0u, " + stride + " = 1u, " + rest + " = i;\n";
  for (uint32_t d = 0; d < e.read; ++d) {
    std::string dim = "pc.dim" + std::to_string(d);
    if (!in.expanded[d]) s += "    " + at + " += (" + rest + " % " + dim + ") * " + stride + ";\n    " + stride + " *= " + dim + ";\n";
    if (d + 1 < e.read || e.tail) s += "    " + rest + " /= " + dim + ";\n";
  }
  if (e.tail) s += "    " + at + " += " + rest + " * " + stride + ";\n";
  return s;
}

// The same index from the element's digits kept by the grid-stride loop
// (odometerStart/odometerStep): dg<d> is i's digit in dim d (i % extent
// after the lower dims' divisions) for d < `digits`, dgt the rest above;
// no division per element.
std::string expandedIndexFromDigits(const kernels::Input& in, uint32_t n, uint32_t digits) {
  kernels::Expansion e = kernels::expansionOf(in);
  std::string at = "at" + std::to_string(n), stride = "stride" + std::to_string(n);
  std::string s = "    uint " + at + " = 0u, " + stride + " = 1u;\n";
  for (uint32_t d = 0; d < e.read; ++d) {
    if (in.expanded[d]) continue;
    std::string dim = "pc.dim" + std::to_string(d);
    s += "    " + at + " += dg" + std::to_string(d) + " * " + stride + ";\n    " + stride + " *= " + dim + ";\n";
  }
  if (e.tail) {
    // The rest above dim e.read: dg<r> + dim<r> * (... + dim<digits-1> * dgt).
    std::string rest = "dgt";
    for (uint32_t d = digits; d-- > e.read;) rest = "(dg" + std::to_string(d) + " + pc.dim" + std::to_string(d) + " * " + rest + ")";
    s += "    " + at + " += " + rest + " * " + stride + ";\n";
  }
  return s;
}

// The digits (dg<d>, dgt) of the grid-stride loop's first element and
// (ds<d>, dst) of its stride, before the loop.
std::string odometerStart(uint32_t digits) {
  std::string s;
  for (const char* which : {"g", "s"}) {
    std::string from = which[0] == 'g' ? "first" : "stride";
    s += "  uint d" + std::string(which) + "r = " + from + ";\n";
    for (uint32_t d = 0; d < digits; ++d) {
      std::string v = "d" + std::string(which) + std::to_string(d), dim = "pc.dim" + std::to_string(d);
      s += "  uint " + v + " = d" + which + "r % " + dim + ";\n  d" + which + "r /= " + dim + ";\n";
    }
    s += "  uint d" + std::string(which) + "t = d" + which + "r;\n";
  }
  return s;
}

// The next element's digits: each digit plus the stride's and the carry
// (below twice the extent: the buffers' range keeps extents below 2^31).
std::string odometerStep(uint32_t digits) {
  std::string s = "    uint dc = 0u;\n";
  for (uint32_t d = 0; d < digits; ++d) {
    std::string g = "dg" + std::to_string(d), dim = "pc.dim" + std::to_string(d);
    s += "    " + g + " += ds" + std::to_string(d) + " + dc;\n    dc = " + g + " >= " + dim + " ? 1u : 0u;\n    " + g +
         " -= dc * " + dim + ";\n";
  }
  return s + "    dgt += dst + dc;\n";
}

// Whether `in` is expanded along exactly the dims `red` reduces (a
// per-slice value, as mean(X, [2 3]) is to X): its element for the slice
// of fold_range(bi, a, ...) is then bi + before * a, with no division.
bool expandedAlongOnly(const kernels::Input& in, const Node& red) {
  uint32_t first = red.dim - 1, end = first + red.dims;
  if (in.expanded.size() < end) return false;
  for (uint32_t d = 0; d < in.expanded.size(); ++d)
    if (in.expanded[d] != (d >= first && d < end)) return false;
  return true;
}

// How a quotient by the constant c divides in type t: `inv` is 1/c
// correctly rounded there, `product` whether a * inv is the quotient
// itself (c a power of two). inv is 0 where the library's mcc_div must
// divide: c is 0, not finite, or c or 1/c lies near the ends of the normal
// range (beyond 2^+-60 in single, 2^+-1000 in double: mcc_recip_safe), or,
// in single, mcc_div_const's correction of a * inv is not the correctly
// rounded quotient for every float a. That is checked here for the floats
// of [1, 2), hence for all a it takes (scaling a by a power of two scales
// each step exactly while they stay normal); the quotient in double,
// rounded to single, is the correctly rounded one (53 >= 2 x 24 + 2 bits).
// In double, the correction of a * inv is the one mcc_div makes with an
// approximate 1/c (its error near the result's last bit: not checked).
struct ConstDivisor {
  double inv = 0;
  bool product = false;
};
ConstDivisor constDivisor(double c, ElemType t) {
  ConstDivisor d;
  bool single = t == ElemType::F32;
  if (t != ElemType::F32 && t != ElemType::F64) return d;
  double b = single ? static_cast<double>(static_cast<float>(c)) : c;
  double limit = single ? std::ldexp(1.0, 60) : std::ldexp(1.0, 1000);
  if (!std::isfinite(b) || b == 0 || std::fabs(b) >= limit || std::fabs(b) <= 1 / limit) return d;
  int e;
  d.product = std::frexp(std::fabs(b), &e) == 0.5;
  if (!single) {
    d.inv = 1 / b;
    return d;
  }
  float bf = static_cast<float>(b);
  // 1/b rounded once to single: the nearest of three neighbours, by exact
  // residuals (a product of two floats is exact in double).
  float inv = static_cast<float>(1 / b);
  for (float other : {std::nextafter(inv, 0.0f), std::nextafter(inv, 2 * inv)})
    if (std::fabs(std::fma(-static_cast<double>(other), b, 1.0)) < std::fabs(std::fma(-static_cast<double>(inv), b, 1.0)))
      inv = other;
  if (!d.product) {
    static std::map<float, bool> checked;  // bf -> exact for all a
    auto [it, fresh] = checked.emplace(bf, true);
    if (fresh)
      for (uint32_t m = 0; m < (1u << 23) && it->second; ++m) {
        float a;
        uint32_t bits = 0x3f800000u | m;
        std::memcpy(&a, &bits, 4);
        float q = a * inv;
        float r = std::fma(-q, bf, a);
        it->second = std::fma(r, inv, q) == static_cast<float>(static_cast<double>(a) / b);
      }
    if (!it->second) return d;
  }
  d.inv = inv;
  return d;
}

// Whether `y` is a constant exponent that is finite and not a whole number
// in the power's type t (mcc_pow_fraction skips the tests of y).
bool fractionExponent(const Node& y, ElemType t) {
  if (y.kind != Node::Const) return false;
  double v = t == ElemType::F32 ? static_cast<double>(static_cast<float>(y.value)) : y.value;
  return std::isfinite(v) && std::floor(v) != v;
}

// Carried value j's type (its Carried nodes').
ElemType carriedType(const Kernel& k, size_t j) {
  for (const Node& n : k.nodes)
    if (n.kind == Node::Carried && n.input == j) return n.type;
  return ElemType::F64;
}

// The end of a time loop's step: each carried value takes its next one.
void endLoop(std::ostream& os, const Kernel& k, const Spelling& sp, std::string& indent) {
  const kernels::TimeLoop& loop = *k.loop;
  for (size_t j = 0; j < loop.carried.size(); ++j) {
    uint32_t next = loop.carried[j].next;
    os << indent << "c" << j << " = " << sp.convert("v" + std::to_string(next), k.nodes[next].type, carriedType(k, j)) << ";\n";
  }
  indent = "    ";
  os << indent << "}\n";
}

// mod(x, y) of doubles as the CPU computes it (EmitKernel, the runtime's
// Math.cpp): x for y = 0, 0 for a quotient within round-off of a whole
// number when y is not whole, else x - floor(x/y)*y with the sign of y
// unless x == y. (FormLoopKernels admits mod of doubles only.)
const char* const kModFunction =
    "double kernel_mod(double x, double y) {\n"
    "  if (y == double(pc.zero)) return x;\n"
    "  precise double q = mcc_div(x, y);\n"
    "  precise double whole = round(q);\n"
    "  bool nearlyWhole = floor(y) != y && abs((q - whole) / whole) < 2.220446049250313e-16LF;\n"
    "  precise double r = nearlyWhole ? double(pc.zero) : x - y * floor(q);\n"
    "  if (x != y) r = y < double(pc.zero) ? -abs(r) : abs(r);\n"
    "  return r;\n"
    "}\n";

// mod of a whole x (|x| < 2^52) by a whole constant p, given 1/p: exact
// (KernelIR.h's Node::modulus), as EmitKernel's wholeMod.
const char* const kWholeModFunction =
    "double kernel_mod_whole(double x, double p, double inv) {\n"
    "  precise double r = x - p * floor(x * inv);\n"
    "  if (r < double(pc.zero)) r += p;\n"
    "  if (r >= p) r -= p;\n"
    "  return r;\n"
    "}\n";

// mod of x by a whole constant p that inference could not prove x whole
// and below 2^52 for: kernel_mod_whole where x is (the same bits as
// kernel_mod there), checked per element; a branch costs the GPU little,
// the general formula's division much more. (The CPU's vectorised loop
// would compute both sides: it keeps the general formula.)
const char* const kCheckedModFunction =
    "double kernel_mod_checked(double x, double p, double inv) {\n"
    "  if (abs(x) < 4503599627370496.0LF && floor(x) == x) return kernel_mod_whole(x, p, inv);\n"
    "  return kernel_mod(x, p);\n"
    "}\n";

// The whole constant p (1 <= p < 2^52) of mod(x, p), else 0.
double constantModulus(const Kernel& k, const Node& n) {
  const Node& p = k.nodes[n.args[1]];
  return p.kind == Node::Const && kernels::isWholeDivisor(p.value) ? p.value : 0;
}

// main() of a kernel reducing along dims dim .. dim + dims - 1, in the
// phases of mcc_kernel_launch_along (runtime.h): phase 0, invocation w
// (grid-stride over the pc.n chunks) folds chunk w / slices of output
// element w % slices into partials.d[w]; phase 1, invocation o (over the
// pc.n output elements) folds its chunks' partials in chunk order, or its
// whole slice when it has one chunk. fold_range folds a range of the last
// reduced dim, the lowest reduced dim innermost, exactly as the CPU kernel
// (EmitKernel's emitAlongFold) folds it: over a vecdim one accumulator per
// dim, each dim's result rounded to the reduction's type before the next
// folds it. Element outputs are written as their elements are visited
// (each once). emitValue(n, indent) writes node n's value at element i.
// Elements of the innermost reduced dim an along kernel's loop folds a
// trip: many where an element costs a load and a few operations (each
// invocation then has that many loads in flight; an image's mean on the
// H100 went from 0.41 to 0.28 ms with the partials' unrolling below), few
// where it calls the math library (the shader would grow that many copies
// of it, and its time is in the arithmetic).
constexpr uint32_t kAlongUnrollCheap = 32, kAlongUnrollMath = 4;
// Partials phase 1 loads a trip before folding them in order.
constexpr uint32_t kPartialsUnroll = 32;
// Partials phase 2 loads into shared memory at a time (8 KB of doubles).
constexpr uint32_t kPartialsTile = 1024;
// The grid-stride loop of a kernel whose elements cost loads and a few
// operations takes this many elements a trip (i, i + stride, ...: each
// invocation's order is unchanged), their loads first: more loads in
// flight per invocation. On the H100, sum(x*2 + 1) over 64M singles went
// from 0.122 to 0.092 ms (2.9 TB/s of reads); a kernel that calls the
// math library gained little (its time is in the arithmetic) and keeps
// one element a trip, as does one reading expanded inputs or holding a
// time loop.
constexpr uint32_t kMainUnrollCheap = 4;

// Whether node n calls the math library (a function, or a power other
// than the square).
bool callsMathLibrary(const Kernel& k, const Node& n) {
  if (n.kind == Node::Math) return n.args.size() == 1 ? mathCall(Spelling{false}, n.fn, "x", n.type).rfind("mcc_", 0) == 0 : n.fn == "mod";
  if (n.kind != Node::Binary || n.binary != BinaryOp::Power) return false;
  const Node& y = k.nodes[n.args[1]];
  return !(y.kind == Node::Const && y.value == 2);
}

void emitAlongMain(std::ostream& os, const Kernel& k, const Spelling& sp, const Node& red, uint32_t resultBinding,
                   const std::vector<uint32_t>& outputBinding,
                   const std::function<void(uint32_t, const std::string&)>& emitValue) {
  ElemType acc = alongAccType(red);
  std::string accType = sp.type(acc);
  bool math = std::any_of(k.nodes.begin(), k.nodes.end(), [&](const Node& n) { return callsMathLibrary(k, n); });
  const uint32_t kAlongUnroll = math ? kAlongUnrollMath : kAlongUnrollCheap;
  std::string init = red.reduce == ReduceKind::Sum || red.reduce == ReduceKind::Mean ? sp.number(0, acc) : identity(sp, red);
  auto len = [&](uint32_t level) {
    return red.dims == 1 ? std::string("pc.len") : "pc.dim" + std::to_string(red.dim - 1 + level);
  };
  std::string outer = len(red.dims - 1);
  os << accType << " fold_range(uint bi, uint a, uint from, uint to) {\n";
  std::string indent = "  ", innerTo;
  // The innermost loop (over the lowest reduced dim) runs kAlongUnroll
  // elements a trip, each in its own block, then the rest one by one: the
  // fold keeps its order (the CPU's), but the loads of a trip do not wait
  // for the sums before them, so an invocation has several in flight (a
  // slice's elements are pc.before apart, and one chunk an invocation).
  for (uint32_t level = red.dims; level-- > 0;) {
    std::string l = std::to_string(level);
    bool top = level + 1 == red.dims;
    std::string from = top ? "from" : "0u", to = top ? "to" : len(level);
    os << indent << "precise " << accType << " acc" << l << " = " << init << ";\n";
    if (level == 0) {
      innerTo = to;
      os << indent << "uint k0 = " << from << ";\n"
         << indent << "for (; k0 + " << kAlongUnroll << "u <= " << to << "; k0 += " << kAlongUnroll << "u) {\n";
      indent += "  ";
      continue;
    }
    os << indent << "for (uint k" << l << " = " << from << "; k" << l << " < " << to << "; ++k" << l << ") {\n";
    indent += "  ";
    os << indent << "uint al" << l << " = ";
    if (!top) os << "al" << level + 1 << " * " << len(level) << " + ";
    os << "k" << l << ";\n";
  }
  uint32_t redNode = 0;
  for (uint32_t n = 0; n < k.nodes.size(); ++n)
    if (k.nodes[n].kind == Node::Reduce) redNode = n;
  uint32_t arg = k.nodes[redNode].args[0];
  // One element, k0 + step, in a block of its own.
  auto element = [&](const std::string& step) {
    os << indent << "{\n";
    indent += "  ";
    os << indent << "uint al0 = " << (red.dims > 1 ? "al1 * " + len(0) + " + " : std::string()) << "k0" << step << ";\n"
       << indent << "uint i = bi + pc.before * (al0 + pc.len * a);\n";
    for (uint32_t n = 0; n < k.nodes.size(); ++n)
      if (k.nodes[n].kind != Node::Reduce) emitValue(n, indent);
    for (size_t o = 0; o < k.outputs.size(); ++o)
      if (!k.outputs[o].reduction) os << indent << "b" << outputBinding[o] << ".d[i] = v" << k.outputs[o].node << ";\n";
    os << indent << "acc0 = " << combine(sp, red, "acc0", sp.convert("v" + std::to_string(arg), k.nodes[arg].type, acc))
       << ";\n";
    indent.resize(indent.size() - 2);
    os << indent << "}\n";
  };
  for (uint32_t u = 0; u < kAlongUnroll; ++u) element(u ? " + " + std::to_string(u) + "u" : "");
  indent.resize(indent.size() - 2);
  os << indent << "}\n" << indent << "for (; k0 < " << innerTo << "; ++k0) {\n";
  indent += "  ";
  element("");
  for (uint32_t level = 0; level < red.dims; ++level) {
    indent.resize(indent.size() - 2);
    os << indent << "}\n";
    if (level + 1 < red.dims) {
      std::string inner = sp.convert(sp.convert("acc" + std::to_string(level), acc, red.type), red.type, acc);
      os << indent << "acc" << level + 1 << " = " << combine(sp, red, "acc" + std::to_string(level + 1), inner) << ";\n";
    }
  }
  os << "  return acc" << red.dims - 1 << ";\n}\n";

  // The result element o from acc: over a vecdim the rounded sum; a mean
  // divides by the count.
  ElemType vt = red.dims > 1 ? red.type : acc;
  auto finish = [&](const std::string& indent) {
    os << indent << "precise " << sp.type(vt) << " r = " << sp.convert("acc", acc, vt) << ";\n";
    if (red.reduce == ReduceKind::Mean) os << indent << "r = mcc_div(r, " << sp.type(vt) << "(pc.len));\n";
    if (red.type == ElemType::Bool)
      os << indent << "if (" << sp.convert("r", vt, red.type) << ") atomicOr(b" << resultBinding
         << ".d[o >> 2u], 1u << ((o & 3u) * 8u));\n";
    else
      os << indent << "b" << resultBinding << ".d[o] = " << sp.convert("r", vt, red.type) << ";\n";
  };
  os << "shared " << accType << " tile[" << kPartialsTile << "];\n";
  os << "void main() {\n"
     << "  uint stride = gl_NumWorkGroups.x * " << kGlslLocalSize << "u;\n"
     // Phase 2: phase 1 with a workgroup to each result element, whose
     // invocations load its partials into shared memory a tile at a time
     // for the first to fold in chunk order (the loads all in flight at
     // once; an invocation folding a few thousand partials alone waits
     // on each trip's loads in turn).
     << "  if (pc.phase == 2u) {\n"
     << "    uint lid = gl_LocalInvocationID.x;\n"
     << "    for (uint o = gl_WorkGroupID.x; o < pc.n; o += gl_NumWorkGroups.x) {\n"
     << "      precise " << accType << " acc = " << init << ";\n"
     << "      for (uint c0 = 0u; c0 < pc.chunks; c0 += " << kPartialsTile << "u) {\n"
     << "        uint count = min(" << kPartialsTile << "u, pc.chunks - c0);\n"
     << "        for (uint j = lid; j < count; j += " << kGlslLocalSize
     << "u) tile[j] = partials.d[(c0 + j) * pc.slices + o];\n"
     << "        barrier();\n"
     << "        if (lid == 0u)\n"
     << "          for (uint j = 0u; j < count; ++j) acc = " << combine(sp, red, "acc", "tile[j]") << ";\n"
     << "        barrier();\n"
     << "      }\n"
     << "      if (lid == 0u) {\n";
  finish("        ");
  os << "      }\n"
     << "    }\n"
     << "    return;\n"
     << "  }\n"
     << "  if (pc.phase == 0u) {\n"
     << "    for (uint w = gl_GlobalInvocationID.x; w < pc.n; w += stride) {\n"
     << "      uint o = w % pc.slices, from = (w / pc.slices) * pc.per;\n"
     << "      partials.d[w] = fold_range(o % pc.before, o / pc.before, from, min(from + pc.per, " << outer << "));\n"
     << "    }\n"
     << "    return;\n"
     << "  }\n"
     << "  for (uint o = gl_GlobalInvocationID.x; o < pc.n; o += stride) {\n"
     << "    precise " << accType << " acc = " << init << ";\n"
     << "    if (pc.chunks == 1u) acc = fold_range(o % pc.before, o / pc.before, 0u, " << outer << ");\n"
     << "    else {\n      uint c = 0u;\n"
     << "      for (; c + " << kPartialsUnroll << "u <= pc.chunks; c += " << kPartialsUnroll << "u) {\n";
  for (uint32_t u = 0; u < kPartialsUnroll; ++u)
    os << "        " << accType << " p" << u << " = partials.d[(c + " << u << "u) * pc.slices + o];\n";
  for (uint32_t u = 0; u < kPartialsUnroll; ++u)
    os << "        acc = " << combine(sp, red, "acc", "p" + std::to_string(u)) << ";\n";
  os << "      }\n"
     << "      for (; c < pc.chunks; ++c) acc = " << combine(sp, red, "acc", "partials.d[c * pc.slices + o]")
     << ";\n    }\n";
  finish("    ");
  os << "  }\n}\n";
}

// SignedZeroInfNanPreserve (SPV_KHR_float_controls) for floats of `width`
// bits: without it a Vulkan compiler may assume no Inf or NaN and fold x*0
// to 0 or x/0 to anything.
std::string floatControls(int width) {
  return "spirv_execution_mode(extensions = [\"SPV_KHR_float_controls\"], capabilities = [4466], 4461, " +
         std::to_string(width) + ");\n";
}

// Sets the kernel's source and, where it calls the math library in single
// precision, its variant with the library's single functions computed in
// double: MCC_F32_VIA_F64 defined before the library's #include, and for
// a single-precision kernel the fp64 extension and the library's double
// part (MCC_MATH_F64) enabled too. (The driver compiles the variant only
// where the kernel reaches a function that has such a version.)
void setSource(GlslKernel& g, const Kernel& k, std::string source) {
  g.source = std::move(source);
  g.sourceF64Math.clear();
  if (std::none_of(k.nodes.begin(), k.nodes.end(),
                   [&](const Node& n) { return n.type == ElemType::F32 && callsMathLibrary(k, n); }))
    return;
  const std::string version = "#version 450\n", include = "#include \"mcc_math.glsl\"\n";
  size_t at = g.source.find(include);
  if (g.source.rfind(version, 0) != 0 || at == std::string::npos) return;
  std::string head = g.source.substr(version.size(), at - version.size());
  if (g.float64)
    g.sourceF64Math = version + head + "#define MCC_F32_VIA_F64 1\n" + g.source.substr(at);
  else
    g.sourceF64Math = version + "#extension GL_ARB_gpu_shader_fp64 : enable\n" + head + floatControls(64) +
                      "#define MCC_MATH_F64 1\n#define MCC_F32_VIA_F64 1\n" + g.source.substr(at);
}

}  // namespace

GlslKernel emitGLSL(const Kernel& k) {
  GlslKernel g;
  for (const kernels::Input& in : k.inputs)
    if (in.array && in.type == ElemType::Bool) g.why = "logical array input";
  for (const kernels::Output& o : k.outputs)
    if (!o.reduction && o.type == ElemType::Bool) g.why = "logical array output";
  // A reduction along dims (the kernel's only one): chunks of each output
  // element's slice, then their partials, folded in the CPU's order.
  const Node* along = nullptr;
  for (const Node& n : k.nodes)
    if (n.kind == Node::Reduce && n.along) along = &n;
  if (along && k.loop) g.why = "reduction along a dimension in a time loop";
  if (!g.why.empty()) return g;
  // A sum of single values along a dim adds in double, as the CPU does.
  g.float64 = kernels::computesInDouble(k) || (along && alongAccType(*along) == ElemType::F64);
  Spelling sp{g.float64};
  bool float32 = false;  // anything in single
  for (const Node& n : k.nodes) float32 |= sp.type(n.type) == std::string("float");

  std::ostringstream os;
  // SignedZeroInfNanPreserve for each float width used (floatControls).
  os << "#version 450\n";
  if (g.float64) os << "#extension GL_ARB_gpu_shader_fp64 : enable\n";
  os << "#extension GL_GOOGLE_include_directive : enable\n"
        "#extension GL_EXT_spirv_intrinsics : require\n";
  for (int width : {32, 64})
    if (width == 64 ? g.float64 : float32 || !g.float64) os << floatControls(width);
  if (g.float64) os << "#define MCC_MATH_F64 1\n";
  os << "#include \"mcc_math.glsl\"\n"
     << "layout(local_size_x = " << kGlslLocalSize << ") in;\n";
  // Bindings: array inputs, array outputs, partials.
  uint32_t binding = 0;
  std::vector<uint32_t> inputBinding(k.inputs.size(), UINT32_MAX), scalarSlot(k.inputs.size(), UINT32_MAX);
  uint32_t scalars = 0;
  for (size_t j = 0; j < k.inputs.size(); ++j) {
    if (!k.inputs[j].array) {
      scalarSlot[j] = scalars++;
      continue;
    }
    inputBinding[j] = binding;
    os << "layout(set = 0, binding = " << binding << ", std430) readonly buffer B" << binding << " { "
       << sp.type(k.inputs[j].type) << " d[]; } b" << binding << ";\n";
    ++binding;
  }
  std::vector<uint32_t> outputBinding(k.outputs.size(), UINT32_MAX);
  for (size_t o = 0; o < k.outputs.size(); ++o) {
    if (k.outputs[o].reduction) continue;
    outputBinding[o] = binding;
    os << "layout(set = 0, binding = " << binding << ", std430) writeonly buffer B" << binding << " { "
       << sp.type(k.outputs[o].type) << " d[]; } b" << binding << ";\n";
    ++binding;
  }
  // A reduction along dims writes its result array, bound last; a logical
  // one (bytes, zeros on entry) as words, each element's byte or'ed in.
  uint32_t alongBinding = UINT32_MAX;
  if (along) {
    alongBinding = binding++;
    bool bytes = along->type == ElemType::Bool;
    os << "layout(set = 0, binding = " << alongBinding << ", std430) " << (bytes ? "" : "writeonly ") << "buffer B"
       << alongBinding << " { " << (bytes ? "uint" : sp.type(along->type)) << " d[]; } b" << alongBinding << ";\n";
    // Then the chunks' partials, in the accumulator's type.
    uint32_t scratch = binding++;
    os << "layout(set = 0, binding = " << scratch << ", std430) buffer B" << scratch << " { " << sp.type(alongAccType(*along))
       << " d[]; } partials;\n";
  }
  std::vector<uint32_t> reductions;
  for (uint32_t n = 0; n < k.nodes.size(); ++n)
    if (k.nodes[n].kind == Node::Reduce && !k.nodes[n].along) reductions.push_back(n);
  uint32_t partials = UINT32_MAX;
  if (!reductions.empty()) {
    partials = binding++;
    os << "layout(set = 0, binding = " << partials << ", std430) writeonly buffer B" << partials << " { " << sp.real()
       << " d[]; } partials;\n";
  }
  g.bufferCount = binding;
  // Push constants: the element count (along dims: the output's), a zero,
  // the serial flag, padding, then the scalars (doubles, or floats in a
  // kernel without doubles) and the space's extents; along dims, the
  // extents up to the last reduced dim, then the elements before the
  // reduced dims (their stride), the reduced length, the chunking (indices
  // of the last reduced dim a chunk, chunks a slice), the phase and the
  // output element count (mcc_kernel_launch_along).
  uint32_t pushDims = k.dimsRead();
  if (along) pushDims = std::max(pushDims, along->dim + along->dims - 1);
  os << "layout(push_constant, std430) uniform Push {\n  uint n;\n  uint zero;\n  uint serial;\n  uint pad;\n";
  for (uint32_t s = 0; s < scalars; ++s) os << "  " << sp.real() << " s" << s << ";\n";
  for (uint32_t d = 0; d < pushDims; ++d) os << "  uint dim" << d << ";\n";
  if (along) os << "  uint before;\n  uint len;\n  uint per;\n  uint chunks;\n  uint phase;\n  uint slices;\n";
  os << "} pc;\n";
  g.pushBytes = 16 + (g.float64 ? 8 : 4) * scalars + 4 * pushDims + (along ? 24 : 0);
  if (g.pushBytes > 128) {
    g.why = "more scalar inputs than push constants hold";
    return g;
  }
  for (size_t r = 0; r < reductions.size(); ++r)
    os << "shared " << sp.type(accType(k.nodes[reductions[r]])) << " red" << r << "[" << kGlslLocalSize << "];\n";
  bool general = false, whole = false, checked = false;
  for (const Node& n : k.nodes) {
    if (n.kind != Node::Math || n.fn != "mod") continue;
    if (n.modulus) whole = true;
    else if (constantModulus(k, n)) checked = general = whole = true;
    else general = true;
  }
  if (general) os << kModFunction;
  if (whole) os << kWholeModFunction;
  if (checked) os << kCheckedModFunction;

  const kernels::TimeLoop* loop = k.loop ? &*k.loop : nullptr;
  // Outside along kernels, expanded inputs are read through the element's
  // digits, which the grid-stride loop keeps (odometerStart/odometerStep).
  bool odometer = false;
  uint32_t odometerDigits = 0;
  for (const kernels::Input& in : k.inputs)
    if (!in.expanded.empty()) odometerDigits = std::max(odometerDigits, kernels::expansionOf(in).read);
  // In an unrolled grid-stride loop (kMainUnrollCheap), the element's trip
  // slot: its loads are the values p<n>_<slot> loaded before the trip.
  int tripSlot = -1;
  // Statements setting v<n> to node n's value at element i (not a reduction).
  auto emitValue = [&](uint32_t n, const std::string& indent) {
    const Node& node = k.nodes[n];
    // Operand a as type t.
    auto as = [&](size_t a, ElemType t) {
      return sp.convert("v" + std::to_string(node.args[a]), k.nodes[node.args[a]].type, t);
    };
    if (node.kind == Node::Load && !k.inputs[node.input].expanded.empty()) {
      if (along && expandedAlongOnly(k.inputs[node.input], *along))
        os << indent << "uint at" << n << " = bi + pc.before * a;\n";  // fold_range's slice
      else if (odometer)
        os << expandedIndexFromDigits(k.inputs[node.input], n, odometerDigits);
      else
        os << expandedIndex(k.inputs[node.input], n);
    }
    os << indent << (node.type == ElemType::Bool ? "" : "precise ") << sp.type(node.type) << " v" << n << " = ";
    ElemType t = kernels::operandType(k, node);
    switch (node.kind) {
      case Node::Load:
        if (tripSlot >= 0)
          os << "p" << n << "_" << tripSlot;
        else
          os << "b" << inputBinding[node.input] << ".d["
             << (k.inputs[node.input].expanded.empty() ? "i" : "at" + std::to_string(n)) << "]";
        break;
      case Node::Scalar:
        os << sp.convert("pc.s" + std::to_string(scalarSlot[node.input]), g.float64 ? ElemType::F64 : ElemType::F32,
                         node.type);
        break;
      case Node::Const: os << sp.literal(node.value, node.type); break;
      case Node::Unary:
        if (node.unary == UnaryOp::Not) os << "!" << as(0, ElemType::Bool);
        else if (node.unary == UnaryOp::UMinus) os << "-" << as(0, t);
        else os << "v" << node.args[0];
        break;
      case Node::Binary:
        if (node.binary == BinaryOp::Power && k.nodes[node.args[1]].kind == Node::Const && k.nodes[node.args[1]].value == 2)
          os << as(0, t) << " * " << as(0, t);  // x.^2: the rounded square, as pow gives it (LLVM makes the CPU's pow(x, 2) x*x too)
        else if (node.binary == BinaryOp::Power)
          os << (fractionExponent(k.nodes[node.args[1]], t) ? "mcc_pow_fraction(" : "mcc_pow(") << as(0, t) << ", " << as(1, t)
             << ")";
        else if (node.binary == BinaryOp::RDivide || node.binary == BinaryOp::LDivide) {
          // The library's quotient, correctly rounded as the CPU's: a
          // device's own may be off (Vulkan allows 2.5 ulp in single; the
          // H100's differed from the CPU's in 40% of single quotients). By a
          // constant, a product with its reciprocal, refined once unless
          // exact (a tenth of the chain benchmark's time went to its two
          // divisions by constants on the H100).
          size_t num = node.binary == BinaryOp::LDivide ? 1 : 0, den = 1 - num;
          const Node& divisor = k.nodes[node.args[den]];
          ConstDivisor d = divisor.kind == Node::Const ? constDivisor(divisor.value, t) : ConstDivisor{};
          if (d.inv != 0 && d.product)
            os << as(num, t) << " * " << sp.literal(d.inv, t);
          else if (d.inv != 0)
            os << "mcc_div_const(" << as(num, t) << ", " << sp.literal(divisor.value, t) << ", " << sp.literal(d.inv, t)
               << ")";
          else
            os << "mcc_div(" << as(num, t) << ", " << as(den, t) << ")";
        }
        else if (node.binary == BinaryOp::And || node.binary == BinaryOp::Or)
          os << as(0, ElemType::Bool) << ' ' << binaryOp(node.binary) << ' ' << as(1, ElemType::Bool);
        else
          os << as(0, t) << ' ' << binaryOp(node.binary) << ' ' << as(1, t);
        break;
      case Node::Math:
        if (node.fn == "mod" && node.modulus)
          os << "kernel_mod_whole(" << as(0, t) << ", " << sp.literal(node.modulus, t) << ", "
             << sp.literal(1 / node.modulus, t) << ")";
        else if (double p = node.fn == "mod" ? constantModulus(k, node) : 0)
          os << "kernel_mod_checked(" << as(0, t) << ", " << sp.literal(p, t) << ", " << sp.literal(1 / p, t) << ")";
        else if (node.fn == "mod")
          os << "kernel_mod(" << as(0, t) << ", " << as(1, t) << ")";
        else if (node.args.size() == 2)  // max(x, y), min(x, y): a NaN x gives y
          os << "(isnan(" << as(0, t) << ") || " << as(1, t) << (node.fn == "max" ? " > " : " < ") << as(0, t) << ") ? "
             << as(1, t) << " : " << as(0, t);
        else
          os << mathCall(sp, node.fn, as(0, t), t);
        break;
      case Node::Index:  // first + (k - 1) * step at step k (from 1), in double as the CPU counts
        os << sp.convert(sp.convert("v" + std::to_string(loop->first), k.nodes[loop->first].type, ElemType::F64) + " + double(k) * " +
                             sp.convert("v" + std::to_string(loop->step), k.nodes[loop->step].type, ElemType::F64),
                         ElemType::F64, node.type);
        break;
      case Node::Carried: os << "c" << node.input; break;
      case Node::Reduce: break;
    }
    os << ";\n";
  };

  if (along) {
    emitAlongMain(os, k, sp, *along, alongBinding, outputBinding, emitValue);
    setSource(g, k, os.str());
    g.eligible = true;
    return g;
  }
  os << "void main() {\n";
  for (size_t r = 0; r < reductions.size(); ++r) {
    const Node& red = k.nodes[reductions[r]];
    os << "  " << (compensated(red) ? "precise " : "") << sp.type(accType(red)) << " acc" << r << " = " << identity(sp, red)
       << ";\n";
    if (compensated(red)) os << "  precise float comp" << r << " = " << identity(sp, red) << ";\n";
  }
  os << "  uint first = gl_GlobalInvocationID.x, stride = gl_NumWorkGroups.x * " << kGlslLocalSize << "u;\n";
  odometer = std::any_of(k.inputs.begin(), k.inputs.end(), [](const kernels::Input& in) { return !in.expanded.empty(); });
  if (odometer) os << odometerStart(odometerDigits);
  // serial (a launch reducing at most MCC_KERNEL_BLOCK elements): each
  // element's operand, folded into the identity alone, goes to partials
  // (element i's at i * reductions + r), and the host folds them in
  // element order, as the CPU does. (One invocation folding them all would
  // be the CPU's order too, but lavapipe ends a shader's loops after 65,535
  // iterations in all, which a time loop's steps of every element exceed.)
  uint32_t unroll = kMainUnrollCheap;
  if (odometer || loop || std::any_of(k.nodes.begin(), k.nodes.end(), [&](const Node& n) { return callsMathLibrary(k, n); }))
    unroll = 1;
  if (unroll > 1) {
    // The trip's loads, then each element in its own scope (v<n> again).
    os << "  for (uint i0 = first; i0 < pc.n; i0 += " << unroll << "u * stride) {\n";
    for (uint32_t slot = 0; slot < unroll; ++slot)
      for (uint32_t n = 0; n < k.nodes.size(); ++n) {
        const Node& node = k.nodes[n];
        if (node.kind != Node::Load) continue;
        std::string at = "i0 + " + std::to_string(slot) + "u * stride";
        os << "    " << sp.type(node.type) << " p" << n << "_" << slot << " = " << at << " < pc.n ? b"
           << inputBinding[node.input] << ".d[" << at << "] : " << sp.type(node.type) << "(0);\n";
      }
  }
  for (uint32_t slot = 0; slot < unroll; ++slot) {
  if (unroll > 1) {
    tripSlot = static_cast<int>(slot);
    os << "  { uint i = i0 + " << slot << "u * stride;\n  if (i < pc.n) {\n";
  } else {
    os << "  for (uint i = first; i < pc.n; i += stride) {\n";
  }
  // A time loop: the carried values are the invocation's variables c0,
  // c1, ...; each step's variable is first + (k - 1) * step, as on the CPU.
  std::string indent = "    ";
  for (uint32_t n = 0; n < k.nodes.size(); ++n) {
    const Node& node = k.nodes[n];
    if (loop && n == loop->bodyBegin) {
      for (size_t j = 0; j < loop->carried.size(); ++j) {
        uint32_t init = loop->carried[j].init;
        ElemType t = carriedType(k, j);
        os << indent << sp.type(t) << " c" << j << " = " << sp.convert("v" + std::to_string(init), k.nodes[init].type, t)
           << ";\n";
      }
      os << indent << "uint steps = uint(v" << loop->count << ");\n"
         << indent << "for (uint k = 0u; k < steps; ++k) {\n";
      indent = "      ";
    }
    if (loop && n == loop->bodyEnd) endLoop(os, k, sp, indent);
    // Operand a as type t.
    auto as = [&](size_t a, ElemType t) {
      return sp.convert("v" + std::to_string(node.args[a]), k.nodes[node.args[a]].type, t);
    };
    if (node.kind == Node::Reduce) {
      size_t r = std::find(reductions.begin(), reductions.end(), n) - reductions.begin();
      std::string acc = "acc" + std::to_string(r), comp = "comp" + std::to_string(r);
      std::string x = as(0, accType(node));
      os << indent << "if (pc.serial != 0u) partials.d[i * " << reductions.size() << "u + " << r << "u] = "
         << sp.convert("(" + combine(sp, node, identity(sp, node), x) + ")", accType(node), g.float64 ? ElemType::F64 : ElemType::F32)
         << ";\n";
      if (compensated(node)) {
        std::string xv = "x" + std::to_string(r), t = "t" + std::to_string(r);
        os << indent << "else {\n"
           << indent << "  precise float " << xv << " = " << x << ";\n"
           << indent << "  precise float " << t << " = " << acc << " + " << xv << ";\n"
           << indent << "  " << comp << " += abs(" << acc << ") >= abs(" << xv << ") ? (" << acc << " - " << t << ") + " << xv
           << " : (" << xv << " - " << t << ") + " << acc << ";\n"
           << indent << "  " << acc << " = " << t << ";\n"
           << indent << "}\n";
      } else {
        os << indent << "else " << acc << " = " << combine(sp, node, acc, x) << ";\n";
      }
      continue;
    }
    emitValue(n, indent);
  }
  if (loop && loop->bodyEnd == k.nodes.size()) endLoop(os, k, sp, indent);
  for (size_t o = 0; o < k.outputs.size(); ++o)
    if (!k.outputs[o].reduction) os << "    b" << outputBinding[o] << ".d[i] = v" << k.outputs[o].node << ";\n";
  if (odometer) os << odometerStep(odometerDigits);
  os << (unroll > 1 ? "  }}\n" : "  }\n");
  }
  if (unroll > 1) os << "  }\n";
  if (!reductions.empty()) {
    os << "  uint lid = gl_LocalInvocationID.x;\n";
    // An infinite or NaN sum keeps its value (its compensation is NaN).
    for (size_t r = 0; r < reductions.size(); ++r)
      if (compensated(k.nodes[reductions[r]]))
        os << "  red" << r << "[lid] = isinf(acc" << r << ") || isnan(acc" << r << ") ? acc" << r << " : acc" << r << " + comp"
           << r << ";\n";
      else
        os << "  red" << r << "[lid] = acc" << r << ";\n";
    os << "  barrier();\n"
       << "  for (uint s = " << kGlslLocalSize / 2 << "u; s > 0u; s >>= 1) {\n"
       << "    if (lid < s) {\n";
    for (size_t r = 0; r < reductions.size(); ++r) {
      std::string a = "red" + std::to_string(r) + "[lid]", b = "red" + std::to_string(r) + "[lid + s]";
      os << "      " << a << " = " << combine(sp, k.nodes[reductions[r]], a, b) << ";\n";
    }
    os << "    }\n    barrier();\n  }\n"
       << "  if (lid == 0u && pc.serial == 0u) {\n";
    for (size_t r = 0; r < reductions.size(); ++r)
      os << "    partials.d[gl_WorkGroupID.x * " << reductions.size() << "u + " << r << "u] = "
         << sp.convert("red" + std::to_string(r) + "[0]", accType(k.nodes[reductions[r]]), g.float64 ? ElemType::F64 : ElemType::F32)
         << ";\n";
    os << "  }\n";
  }
  os << "}\n";
  setSource(g, k, os.str());
  g.eligible = true;
  return g;
}

}  // namespace mcc::codegen
