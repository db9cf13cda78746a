// The --emit=kernels printer.
#include "kernels/KernelIR.h"

#include <algorithm>

#include "ir/IR.h"

namespace mcc::kernels {

const char* reduceName(ReduceKind k) {
  switch (k) {
    case ReduceKind::Sum: return "sum";
    case ReduceKind::Prod: return "prod";
    case ReduceKind::Mean: return "mean";
    case ReduceKind::Max: return "max";
    case ReduceKind::Min: return "min";
    case ReduceKind::Any: return "any";
    case ReduceKind::All: return "all";
  }
  return "?";
}

ElemType operandType(const Kernel& k, const Node& n) {
  bool compare = n.kind == Node::Binary && n.type == ElemType::Bool && n.binary != BinaryOp::And && n.binary != BinaryOp::Or;
  return compare ? compareType(k.nodes[n.args[0]].type, k.nodes[n.args[1]].type) : n.type;
}

bool computesInDouble(const Kernel& k) {
  for (const Node& n : k.nodes)
    if (n.kind != Node::Const && n.kind != Node::Scalar && operandType(k, n) == ElemType::F64) return true;
  return false;
}

Expansion expansionOf(const Input& in) {
  uint32_t expanded = 0, kept = 0;  // one past the last dim of each kind
  for (uint32_t d = 0; d < in.expanded.size(); ++d) (in.expanded[d] ? expanded : kept) = d + 1;
  return {std::min(expanded, kept), kept > expanded};
}

uint32_t Kernel::dimsRead() const {
  uint32_t n = 0;
  for (const Input& in : inputs) n = std::max(n, expansionOf(in).read);
  return n;
}

uint32_t Kernel::reductions() const {
  uint32_t n = 0;
  for (const Node& node : nodes) n += node.kind == Node::Reduce;
  return n;
}

const char* typeName(ElemType t) {
  switch (t) {
    case ElemType::F64: return "double";
    case ElemType::F32: return "single";
    case ElemType::Bool: return "logical";
  }
  return "?";
}

ElemType compareType(ElemType a, ElemType b) {
  return a == ElemType::F32 || b == ElemType::F32 ? ElemType::F32 : ElemType::F64;
}

// kernel k0 in f: (%3 array double, %5 scalar double) -> (%9 array double, %12 sum) over 1x?
//   n0 = load in0 : double
void printKernel(const Kernel& k, std::ostream& os) {
  os << "kernel k" << k.id << " in " << k.function << ": (";
  for (size_t i = 0; i < k.inputs.size(); ++i) {
    os << (i ? ", " : "") << '%' << k.inputs[i].value->id << (k.inputs[i].array ? " array " : " scalar ")
       << typeName(k.inputs[i].type);
    if (!k.inputs[i].expanded.empty()) os << " expanded";
    for (size_t d = 0; d < k.inputs[i].expanded.size(); ++d)
      if (k.inputs[i].expanded[d]) os << ' ' << d + 1;
  }
  os << ") -> (";
  for (size_t i = 0; i < k.outputs.size(); ++i) {
    const Output& o = k.outputs[i];
    bool scalar = o.reduction && !k.nodes[o.node].along;
    os << (i ? ", " : "") << '%' << o.value->id << (scalar ? " scalar " : " array ") << typeName(o.type);
  }
  os << ") over " << k.space.str();
  if (!k.spaceFrom.empty()) {
    os << " outer:";
    for (int32_t from : k.spaceFrom) os << (from < 0 ? std::string(" 1") : " in" + std::to_string(from));
  }
  os << '\n';
  // A time loop: its first line before the body, its last (each carried
  // value's next one) after it.
  const TimeLoop* loop = k.loop ? &*k.loop : nullptr;
  auto loopLines = [&](size_t n) {
    if (!loop) return;
    if (n == loop->bodyBegin && !loop->guarded.empty()) {
      os << "  guard: one shape of";
      for (uint32_t in : loop->guarded) os << " in" << in;
      os << '\n';
    }
    if (n == loop->bodyBegin) os << "  loop t = n" << loop->first << ":n" << loop->step << ", n" << loop->count << " steps\n";
    if (n != loop->bodyEnd) return;
    os << "  end loop:";
    for (size_t j = 0; j < loop->carried.size(); ++j) os << " c" << j << " = n" << loop->carried[j].next;
    os << '\n';
  };
  for (size_t n = 0; n < k.nodes.size(); ++n) {
    const Node& node = k.nodes[n];
    loopLines(n);
    bool inBody = loop && n >= loop->bodyBegin && n < loop->bodyEnd;
    os << (inBody ? "    n" : "  n") << n << " = ";
    switch (node.kind) {
      case Node::Load: os << "load in" << node.input; break;
      case Node::Scalar: os << "scalar in" << node.input; break;
      case Node::Const: os << "const " << node.value; break;
      case Node::Unary: os << opName(node.unary); break;
      case Node::Binary: os << opName(node.binary); break;
      case Node::Math:
        os << node.fn;
        if (node.modulus) os << " whole";
        break;
      case Node::Index: os << "t"; break;
      case Node::Carried:
        if (n >= loop->bodyEnd) os << "final c" << node.input;
        else os << "c" << node.input << " from n" << loop->carried[node.input].init;
        break;
      case Node::Reduce:
        os << "reduce " << reduceName(node.reduce);
        if (node.along) os << " along";
        if (node.dim == kAllDims) os << " all";
        else if (node.dims > 1) os << " dims " << node.dim << ".." << node.dim + node.dims - 1;
        else if (node.dim) os << " dim " << node.dim;
        break;
    }
    for (size_t a = 0; a < node.args.size(); ++a) os << (a ? ", n" : " n") << node.args[a];
    os << " : " << typeName(node.type) << '\n';
  }
  loopLines(k.nodes.size());
}

void printKernels(const KernelSet& s, std::ostream& os) {
  for (const auto& k : s.kernels) printKernel(*k, os);
}

}  // namespace mcc::kernels
