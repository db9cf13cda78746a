// Kernel IR: what fusion (FormKernels) produces and the code generators consume.
//
// A kernel is an iteration space, a DAG of scalar element operations over it,
// optional reductions over the whole space, and its outputs. The space is
// walked by one linear index and has the shape of array input 0 (or, in an
// outer kernel, extents taken from several inputs: see spaceFrom); an output
// array takes its dims. Every other array input has that shape too, or is
// read with implicit expansion: extent 1 in the dims its `expanded` flags
// name (fusion only groups values whose shapes provably broadcast so), read
// through strides that are 0 along those dims. Scalar
// inputs are unboxed double or logical values, the same for every element.
// A reduction's value is only an output: nothing in the same kernel reads it.
// A reduction along one dim (sum(A, 2)) is the only reduction of its kernel.
// A kernel may hold a time loop (FormLoopKernels: a for loop fused whole):
// see TimeLoop.
//
// `mcc --emit=kernels` prints each kernel with printKernel; the golden tests
// in tests/lit/kernels check that text.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "frontend/AST.h"
#include "ir/Types.h"

namespace mcc::ir {
class Instr;
}

namespace mcc::kernels {

// The machine type of an element value: a double, a single, or a logical (0/1).
enum class ElemType : uint8_t { F64, F32, Bool };
const char* typeName(ElemType t);  // MATLAB's class name
// The type a comparison of a and b computes in: single when either is single
// (MATLAB converts the double operand to single first), else double.
ElemType compareType(ElemType a, ElemType b);

enum class ReduceKind : uint8_t { Sum, Prod, Mean, Max, Min, Any, All };
const char* reduceName(ReduceKind k);

inline constexpr uint32_t kAllDims = UINT32_MAX;  // sum(x, 'all')

struct Node {
  enum Kind : uint8_t {
    Load,    // element i of array input `input`
    Scalar,  // scalar input `input`
    Const,   // `value`
    Unary,   // `unary` of args[0]
    Binary,  // `binary` (element-wise) of args[0], args[1]
    Math,    // the builtin `fn` of args (sin, exp, floor, double...; max and min of two)
    Reduce,  // `reduce` of args[0] over the whole space
    Index,   // the time loop's variable (a double, the same for every element)
    Carried, // carried value `input` of the time loop: in the loop's body its
             // value at the start of the step, after the body its final value
  } kind;
  ElemType type = ElemType::F64;
  uint32_t input = 0;
  double value = 0;
  UnaryOp unary = UnaryOp::UMinus;
  BinaryOp binary = BinaryOp::Plus;
  std::string fn;
  ReduceKind reduce = ReduceKind::Sum;
  uint32_t dim = 0;  // Reduce: as the builtin was called: 0 (default dim), k, or kAllDims
  bool along = false;  // Reduce along `dim` only: an array output (the kernel's only reduction)
  uint32_t dims = 1;   // along dims dim .. dim + dims - 1 (a vecdim): nested, the lowest dim innermost
  // Math mod whose operands are whole numbers, |x| < 2^52, and whose divisor
  // is this whole constant (> 0): x - p*floor(x*(1/p)), corrected by one p
  // either way, is exact and so what the general formula gives (0: general).
  double modulus = 0;
  std::vector<uint32_t> args;  // earlier nodes
};

struct Input {
  const ir::Instr* value;  // the kernel instruction's operand of the same index
  bool array;              // an array; else an unboxed scalar
  ElemType type;
  // Per dim of the space: 1 where this array has extent 1 and is expanded
  // along the space's extent. Empty: the array has the space's shape.
  std::vector<uint8_t> expanded = {};
};

// How an expanded input's element index follows from the space's linear
// index i: the space's extents 0..read-1 give i's coordinates there (the
// input's index adds the coordinates of its dims that are not expanded);
// with `tail`, the rest of i (the dims from `read` on, none expanded) adds
// on top, else those dims are all expanded.
struct Expansion {
  uint32_t read = 0;
  bool tail = false;
};
Expansion expansionOf(const Input& in);

struct Output {
  const ir::Instr* value;  // the IR value it replaces (for printing)
  uint32_t node;
  bool reduction;  // a scalar; else an array of the space's shape
  ElemType type;
};

// A for loop inside the kernel: every element runs all its steps, step k
// (1..count) with the loop variable first + (k - 1) * step, exactly as the
// unfused loop over a range counts. Nodes before `bodyBegin` are the
// prologue (loads, scalars), nodes [bodyBegin, bodyEnd) the body run once per
// step, nodes from bodyEnd on read the final carried values (outputs,
// reductions). Carried value j starts as node `init` (a prologue node) and
// becomes node `next` (a body node, or a prologue one) at the end of each
// step; with count = 0 its final value is its initial one.
struct TimeLoop {
  uint32_t first = 0, step = 0, count = 0;  // prologue nodes (scalars or constants)
  uint32_t bodyBegin = 0, bodyEnd = 0;
  struct Carried {
    uint32_t init, next;
  };
  std::vector<Carried> carried;
  // The array inputs whose shapes inference could not prove equal: the
  // program runs the kernel only when they have one shape at run time, else
  // the loop as written (FormLoopKernels). Empty: no check.
  std::vector<uint32_t> guarded;
};

struct Kernel {
  uint32_t id = 0;
  std::string function;  // the specialised function it was formed in
  std::vector<Input> inputs;
  std::vector<Node> nodes;  // in dependence order
  std::vector<Output> outputs;
  ir::Type space;  // the static shape of the iteration space
  // An outer kernel (x - x'): no array input has the space's shape. Per dim
  // of the space (at least 2), the array input whose extent it is, or -1
  // (extent 1). Its launch makes the first array output with those extents
  // (an along reduction's result takes them), and the runtime walks the
  // space of its largest array. Empty: input 0 has the space's shape.
  std::vector<int32_t> spaceFrom;
  std::optional<TimeLoop> loop;
  uint32_t reductions() const;
  // The space's extents the code reads for expanded inputs (0: none).
  uint32_t dimsRead() const;
};

// Owns the kernels of a module; IR Kernel instructions point into it.
struct KernelSet {
  std::vector<std::unique_ptr<Kernel>> kernels;
};

// The type node n's operands are computed in: a comparison's compareType,
// else the node's own type.
ElemType operandType(const Kernel& k, const Node& n);
// Whether the kernel computes or stores anything in double (its GPU version
// then needs shaderFloat64). Double constants and scalars that meet only
// single operands are converted to single first and do not count.
bool computesInDouble(const Kernel& k);

void printKernel(const Kernel& k, std::ostream& os);
void printKernels(const KernelSet& s, std::ostream& os);

}  // namespace mcc::kernels
