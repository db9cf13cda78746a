// GLSL compute shaders for kernels; see EmitGLSL.h.
#include "codegen/gpu/EmitGLSL.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <sstream>

namespace mcc::codegen {
namespace {

using kernels::ElemType;
using kernels::Kernel;
using kernels::Node;
using kernels::ReduceKind;

// A constant of the kernel. Zero is the push constant `zero` (always 0):
// lavapipe's code generator (gallivm) folds x*0 to 0 and x/0 to undefined
// when the zero is a constant, whatever Inf or NaN x is. NaN and Inf are bit
// patterns, not 0/0 (which gallivm would fold to 0 too).
std::string literal(double v) {
  if (std::isnan(v)) return "packDouble2x32(uvec2(0u, 0x7ff80000u))";
  if (std::isinf(v)) return v > 0 ? "packDouble2x32(uvec2(0u, 0x7ff00000u))" : "packDouble2x32(uvec2(0u, 0xfff00000u))";
  if (v == 0) return std::signbit(v) ? "(-double(pc.zero))" : "double(pc.zero)";
  char buf[40];
  std::snprintf(buf, sizeof buf, "%.17g", v);
  std::string s = buf;
  if (s.find_first_of(".e") == std::string::npos) s += ".0";
  return s + "LF";
}

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

// The library's function for a KernelMath.def builtin (fix is trunc toward 0).
std::string mathCall(const std::string& fn, const std::string& x) {
  if (fn == "double") return "(" + x + ")";
  // MATLAB's sign: 0 for both zeros, NaN stays NaN.
  if (fn == "sign") return "(" + x + " > 0.0LF ? 1.0LF : " + x + " < 0.0LF ? -1.0LF : " + x + " == 0.0LF ? 0.0LF : " + x + ")";
  return "mcc_" + fn + "(" + x + ")";
}

std::string identity(ReduceKind r) {
  switch (r) {
    case ReduceKind::Prod: case ReduceKind::All: return "1.0LF";
    case ReduceKind::Max: case ReduceKind::Min: return literal(NAN);
    default: return "0.0LF";
  }
}

// acc folded with x, as the CPU runtime folds (NaN loses in max/min).
std::string combine(ReduceKind r, const std::string& acc, const std::string& x) {
  switch (r) {
    case ReduceKind::Sum: case ReduceKind::Mean: return acc + " + " + x;
    case ReduceKind::Prod: return acc + " * " + x;
    case ReduceKind::Max: return "(isnan(" + acc + ") || " + x + " > " + acc + ") ? " + x + " : " + acc;
    case ReduceKind::Min: return "(isnan(" + acc + ") || " + x + " < " + acc + ") ? " + x + " : " + acc;
    // any ignores NaN, all counts it as true (as the CPU: never trust != on NaN)
    case ReduceKind::Any: return "(" + acc + " != 0.0LF || (" + x + " != 0.0LF && !isnan(" + x + "))) ? 1.0LF : 0.0LF";
    case ReduceKind::All: return "(" + acc + " != 0.0LF && (" + x + " != 0.0LF || isnan(" + x + "))) ? 1.0LF : 0.0LF";
  }
  return acc;
}

}  // namespace

GlslKernel emitGLSL(const Kernel& k) {
  GlslKernel g;
  for (const kernels::Input& in : k.inputs)
    if (in.array && in.type != ElemType::F64) g.why = "logical array input";
  for (const kernels::Output& o : k.outputs)
    if (!o.reduction && o.type != ElemType::F64) g.why = "logical array output";
  for (const Node& n : k.nodes)
    if (n.kind == Node::Reduce && n.along) g.why = "reduction along a dimension";
  if (!g.why.empty()) return g;

  std::ostringstream os;
  // SignedZeroInfNanPreserve (SPV_KHR_float_controls): without it a Vulkan
  // compiler may assume no Inf or NaN and fold x*0 to 0 or x/0 to anything.
  os << "#version 450\n"
        "#extension GL_ARB_gpu_shader_fp64 : enable\n"
        "#extension GL_GOOGLE_include_directive : enable\n"
        "#extension GL_EXT_spirv_intrinsics : require\n"
        "spirv_execution_mode(extensions = [\"SPV_KHR_float_controls\"], capabilities = [4466], 4461, 64);\n"
        "#define MCC_MATH_F64 1\n"
        "#include \"mcc_math.glsl\"\n"
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
    os << "layout(set = 0, binding = " << binding << ", std430) readonly buffer B" << binding << " { double d[]; } b"
       << binding << ";\n";
    ++binding;
  }
  std::vector<uint32_t> outputBinding(k.outputs.size(), UINT32_MAX);
  for (size_t o = 0; o < k.outputs.size(); ++o) {
    if (k.outputs[o].reduction) continue;
    outputBinding[o] = binding;
    os << "layout(set = 0, binding = " << binding << ", std430) writeonly buffer B" << binding << " { double d[]; } b"
       << binding << ";\n";
    ++binding;
  }
  std::vector<uint32_t> reductions;
  for (uint32_t n = 0; n < k.nodes.size(); ++n)
    if (k.nodes[n].kind == Node::Reduce) reductions.push_back(n);
  uint32_t partials = UINT32_MAX;
  if (!reductions.empty()) {
    partials = binding++;
    os << "layout(set = 0, binding = " << partials << ", std430) writeonly buffer B" << partials
       << " { double d[]; } partials;\n";
  }
  g.bufferCount = binding;
  // Push constants: the element count, then the scalars (8-byte aligned).
  // Push constants: the element count, a zero, the serial flag, padding,
  // then the scalars.
  os << "layout(push_constant, std430) uniform Push {\n  uint n;\n  uint zero;\n  uint serial;\n  uint pad;\n";
  for (uint32_t s = 0; s < scalars; ++s) os << "  double s" << s << ";\n";
  os << "} pc;\n";
  g.pushBytes = 16 + 8 * scalars;
  if (g.pushBytes > 128) {
    g.why = "more scalar inputs than push constants hold";
    return g;
  }
  for (size_t r = 0; r < reductions.size(); ++r) os << "shared double red" << r << "[" << kGlslLocalSize << "];\n";

  os << "void main() {\n";
  for (size_t r = 0; r < reductions.size(); ++r)
    os << "  double acc" << r << " = " << identity(k.nodes[reductions[r]].reduce) << ";\n";
  os << "  uint first = gl_GlobalInvocationID.x, stride = gl_NumWorkGroups.x * " << kGlslLocalSize << "u;\n";
  // serial (a launch reducing at most MCC_KERNEL_BLOCK elements): invocation
  // 0 folds every element in order, as the CPU does, the others nothing.
  if (!reductions.empty()) os << "  if (pc.serial != 0u) {\n    stride = 1u;\n    if (first != 0u) first = pc.n;\n  }\n";
  os << "  for (uint i = first; i < pc.n; i += stride) {\n";
  for (uint32_t n = 0; n < k.nodes.size(); ++n) {
    const Node& node = k.nodes[n];
    auto arg = [&](size_t a) {
      std::string v = "v" + std::to_string(node.args[a]);
      return k.nodes[node.args[a]].type == ElemType::Bool ? "(" + v + " ? 1.0LF : 0.0LF)" : v;
    };
    auto boolArg = [&](size_t a) {
      std::string v = "v" + std::to_string(node.args[a]);
      return k.nodes[node.args[a]].type == ElemType::Bool ? v : "(" + v + " != 0.0LF)";
    };
    if (node.kind == Node::Reduce) {
      size_t r = std::find(reductions.begin(), reductions.end(), n) - reductions.begin();
      os << "    acc" << r << " = " << combine(node.reduce, "acc" + std::to_string(r), arg(0)) << ";\n";
      continue;
    }
    os << "    " << (node.type == ElemType::Bool ? "bool" : "precise double") << " v" << n << " = ";
    switch (node.kind) {
      case Node::Load: os << "b" << inputBinding[node.input] << ".d[i]"; break;
      case Node::Scalar:
        os << (node.type == ElemType::Bool ? "(pc.s" + std::to_string(scalarSlot[node.input]) + " != 0.0LF)"
                                           : "pc.s" + std::to_string(scalarSlot[node.input]));
        break;
      case Node::Const: os << (node.type == ElemType::Bool ? (node.value != 0 ? "true" : "false") : literal(node.value)); break;
      case Node::Unary:
        if (node.unary == UnaryOp::Not) os << "!" << boolArg(0);
        else if (node.unary == UnaryOp::UMinus) os << "-" << arg(0);
        else os << "v" << node.args[0];
        break;
      case Node::Binary:
        if (node.binary == BinaryOp::Power) os << "mcc_pow(" << arg(0) << ", " << arg(1) << ")";
        else if (node.binary == BinaryOp::LDivide) os << arg(1) << " / " << arg(0);
        else if (node.binary == BinaryOp::And || node.binary == BinaryOp::Or)
          os << boolArg(0) << ' ' << binaryOp(node.binary) << ' ' << boolArg(1);
        else
          os << arg(0) << ' ' << binaryOp(node.binary) << ' ' << arg(1);
        break;
      case Node::Math: os << mathCall(node.fn, arg(0)); break;
      case Node::Reduce: break;
    }
    os << ";\n";
  }
  for (size_t o = 0; o < k.outputs.size(); ++o)
    if (!k.outputs[o].reduction) os << "    b" << outputBinding[o] << ".d[i] = v" << k.outputs[o].node << ";\n";
  os << "  }\n";
  if (!reductions.empty()) {
    os << "  uint lid = gl_LocalInvocationID.x;\n";
    for (size_t r = 0; r < reductions.size(); ++r) os << "  red" << r << "[lid] = acc" << r << ";\n";
    os << "  barrier();\n"
       << "  for (uint s = " << kGlslLocalSize / 2 << "u; s > 0u; s >>= 1) {\n"
       << "    if (lid < s) {\n";
    for (size_t r = 0; r < reductions.size(); ++r) {
      std::string a = "red" + std::to_string(r) + "[lid]", b = "red" + std::to_string(r) + "[lid + s]";
      os << "      " << a << " = " << combine(k.nodes[reductions[r]].reduce, a, b) << ";\n";
    }
    os << "    }\n    barrier();\n  }\n"
       << "  if (lid == 0u) {\n";
    for (size_t r = 0; r < reductions.size(); ++r)
      os << "    partials.d[gl_WorkGroupID.x * " << reductions.size() << "u + " << r << "u] = red" << r << "[0];\n";
    os << "  }\n";
  }
  os << "}\n";
  g.source = os.str();
  g.eligible = true;
  return g;
}

}  // namespace mcc::codegen
