// CPU kernels; see EmitKernel.h.
#include "codegen/llvm/EmitKernel.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstddef>

#include <llvm/Analysis/TargetLibraryInfo.h>
#include <llvm/IR/Constants.h>
#include <llvm/IR/GlobalVariable.h>
#include <llvm/IR/Intrinsics.h>
#include <llvm/IR/Module.h>
#include <llvm/MC/MCSubtargetInfo.h>
#include <llvm/Target/TargetMachine.h>
#include <llvm/TargetParser/Triple.h>

#include "mcc/runtime.h"

namespace mcc::codegen {
namespace {

using kernels::ElemType;
using kernels::Kernel;
using kernels::Node;
using kernels::ReduceKind;

uint32_t runtimeKind(ReduceKind r) {
  switch (r) {
    case ReduceKind::Sum: return MCC_REDUCE_SUM;
    case ReduceKind::Prod: return MCC_REDUCE_PROD;
    case ReduceKind::Mean: return MCC_REDUCE_MEAN;
    case ReduceKind::Max: return MCC_REDUCE_MAX;
    case ReduceKind::Min: return MCC_REDUCE_MIN;
    case ReduceKind::Any: return MCC_REDUCE_ANY;
    case ReduceKind::All: return MCC_REDUCE_ALL;
  }
  return MCC_REDUCE_SUM;
}

// Where each input and output lives in the body's arguments: arrays get a
// data slot (inputs first, then outputs), scalars a scalar slot.
struct Layout {
  std::vector<uint32_t> inputSlot, outputSlot;
  uint32_t arrays = 0, scalars = 0;
  std::vector<uint32_t> reductionNodes;
  explicit Layout(const Kernel& k) {
    for (const kernels::Input& in : k.inputs) inputSlot.push_back(in.array ? arrays++ : scalars++);
    for (const kernels::Output& o : k.outputs) outputSlot.push_back(o.reduction ? UINT32_MAX : arrays++);
    for (uint32_t n = 0; n < k.nodes.size(); ++n)
      if (k.nodes[n].kind == Node::Reduce) reductionNodes.push_back(n);
  }
};

class BodyEmitter {
 public:
  BodyEmitter(llvm::Module& m, const Kernel& k) : m_(m), k_(k), layout_(k), b_(m.getContext()) {}

  llvm::Function* emit() {
    llvm::LLVMContext& ctx = m_.getContext();
    auto P = b_.getPtrTy();
    auto D = b_.getDoubleTy();
    auto I64 = b_.getInt64Ty();
    std::string name = "mcc.kernel.k" + std::to_string(k_.id);

    // inner(arrays..., scalars..., begin, end, partials)
    std::vector<llvm::Type*> params(layout_.arrays, P);
    params.insert(params.end(), layout_.scalars, D);
    params.insert(params.end(), {I64, I64, P});
    llvm::Function* inner = llvm::Function::Create(llvm::FunctionType::get(b_.getVoidTy(), params, false),
                                                   llvm::Function::InternalLinkage, name + ".inner", &m_);
    inner->addFnAttr(llvm::Attribute::AlwaysInline);
    inner->addFnAttr(llvm::Attribute::NoUnwind);
    for (uint32_t a = 0; a < layout_.arrays; ++a) inner->addParamAttr(a, llvm::Attribute::NoAlias);
    llvm::Value* begin = inner->getArg(layout_.arrays + layout_.scalars);
    llvm::Value* end = inner->getArg(layout_.arrays + layout_.scalars + 1);
    llvm::Value* partials = inner->getArg(layout_.arrays + layout_.scalars + 2);

    b_.SetInsertPoint(llvm::BasicBlock::Create(ctx, "entry", inner));
    size_t nred = layout_.reductionNodes.size();
    if (nred == 0) {
      forLoop(begin, end, [&](llvm::Value* i) { element(inner, i); });
    } else {
      // Chunks of kChunk elements: a loop computes the elements (vectorised)
      // and parks the reductions' operands in a stack buffer, then a second
      // loop folds them into the accumulators in element order.
      std::vector<llvm::Value*> accVar, tmp;
      auto* chunkTy = llvm::ArrayType::get(D, kChunk);
      for (uint32_t n : layout_.reductionNodes) {
        llvm::Value* init = identity(k_.nodes[n].reduce);
        accVar.push_back(b_.CreateAlloca(init->getType()));
        b_.CreateStore(init, accVar.back());
        tmp.push_back(b_.CreateAlloca(chunkTy));
      }
      llvm::Value* count = b_.CreateSub(end, begin);
      llvm::Value* chunks = b_.CreateSDiv(b_.CreateAdd(count, b_.getInt64(kChunk - 1)), b_.getInt64(kChunk));
      forLoop(b_.getInt64(0), chunks, [&](llvm::Value* q) {
        llvm::Value* c = b_.CreateAdd(begin, b_.CreateMul(q, b_.getInt64(kChunk)));
        llvm::Value* cend = b_.CreateSelect(b_.CreateICmpSLT(b_.CreateAdd(c, b_.getInt64(kChunk)), end),
                                            b_.CreateAdd(c, b_.getInt64(kChunk)), end);
        forLoop(c, cend, [&](llvm::Value* i) {
          std::vector<llvm::Value*> val = element(inner, i);
          for (size_t r = 0; r < nred; ++r) {
            llvm::Value* x = val[k_.nodes[layout_.reductionNodes[r]].args[0]];
            b_.CreateStore(f64(x), b_.CreateInBoundsGEP(chunkTy, tmp[r], {b_.getInt64(0), b_.CreateSub(i, c)}));
          }
        });
        forLoop(b_.getInt64(0), b_.CreateSub(cend, c), [&](llvm::Value* j) {
          for (size_t r = 0; r < nred; ++r) {
            llvm::Value* x = b_.CreateLoad(D, b_.CreateInBoundsGEP(chunkTy, tmp[r], {b_.getInt64(0), j}));
            llvm::Type* accTy = llvm::cast<llvm::AllocaInst>(accVar[r])->getAllocatedType();
            b_.CreateStore(accumulate(k_.nodes[layout_.reductionNodes[r]].reduce, b_.CreateLoad(accTy, accVar[r]), x), accVar[r]);
          }
        });
      });
      for (size_t r = 0; r < nred; ++r) {
        llvm::Type* accTy = llvm::cast<llvm::AllocaInst>(accVar[r])->getAllocatedType();
        b_.CreateStore(f64(b_.CreateLoad(accTy, accVar[r])), b_.CreateConstGEP1_64(D, partials, r));
      }
    }
    b_.CreateRetVoid();

    // The body of the runtime's signature: unpack and call inner.
    llvm::Function* body = llvm::Function::Create(llvm::FunctionType::get(b_.getVoidTy(), {P, P, I64, I64, P}, false),
                                                  llvm::Function::InternalLinkage, name, &m_);
    body->addFnAttr(llvm::Attribute::NoUnwind);
    b_.SetInsertPoint(llvm::BasicBlock::Create(ctx, "entry", body));
    std::vector<llvm::Value*> args;
    for (uint32_t a = 0; a < layout_.arrays; ++a) args.push_back(b_.CreateLoad(P, b_.CreateConstGEP1_64(P, body->getArg(0), a)));
    for (uint32_t s = 0; s < layout_.scalars; ++s) args.push_back(b_.CreateLoad(D, b_.CreateConstGEP1_64(D, body->getArg(1), s)));
    args.insert(args.end(), {body->getArg(2), body->getArg(3), body->getArg(4)});
    b_.CreateCall(inner, args);
    b_.CreateRetVoid();
    return body;
  }

  // A kernel reducing along one dim: (arrays..., scalars..., before, len,
  // after, out) walks the space as before x len x after and folds each
  // output element's len inputs in order, as mcc_sum does.
  llvm::Function* emitAlong() {
    llvm::LLVMContext& ctx = m_.getContext();
    auto P = b_.getPtrTy();
    auto D = b_.getDoubleTy();
    auto I64 = b_.getInt64Ty();
    std::vector<llvm::Type*> params(layout_.arrays, P);
    params.insert(params.end(), layout_.scalars, D);
    params.insert(params.end(), {I64, I64, I64, P});
    llvm::Function* fn = llvm::Function::Create(llvm::FunctionType::get(b_.getVoidTy(), params, false),
                                                llvm::Function::InternalLinkage, "mcc.kernel.k" + std::to_string(k_.id), &m_);
    fn->addFnAttr(llvm::Attribute::NoUnwind);
    for (uint32_t a = 0; a < layout_.arrays; ++a) fn->addParamAttr(a, llvm::Attribute::NoAlias);
    uint32_t first = layout_.arrays + layout_.scalars;
    llvm::Value* before = fn->getArg(first);
    llvm::Value* len = fn->getArg(first + 1);
    llvm::Value* after = fn->getArg(first + 2);
    llvm::Value* out = fn->getArg(first + 3);
    const Node& red = k_.nodes[layout_.reductionNodes.at(0)];
    b_.SetInsertPoint(llvm::BasicBlock::Create(ctx, "entry", fn));
    llvm::Value* init = identity(red.reduce);
    llvm::Value* acc = b_.CreateAlloca(init->getType());
    forLoop(b_.getInt64(0), after, [&](llvm::Value* a) {
      forLoop(b_.getInt64(0), before, [&](llvm::Value* bi) {
        b_.CreateStore(init, acc);
        forLoop(b_.getInt64(0), len, [&](llvm::Value* kk) {
          llvm::Value* i = b_.CreateAdd(bi, b_.CreateMul(before, b_.CreateAdd(kk, b_.CreateMul(len, a))));
          std::vector<llvm::Value*> val = element(fn, i);
          b_.CreateStore(accumulate(red.reduce, b_.CreateLoad(init->getType(), acc), val[red.args[0]]), acc);
        });
        llvm::Value* o = b_.CreateAdd(bi, b_.CreateMul(before, a));
        llvm::Value* v = b_.CreateLoad(init->getType(), acc);
        if (red.reduce == ReduceKind::Mean) v = b_.CreateFDiv(v, b_.CreateSIToFP(len, D));  // 0/0: NaN, as MATLAB
        if (v->getType()->isIntegerTy(1))
          b_.CreateStore(b_.CreateZExt(v, b_.getInt8Ty()), b_.CreateInBoundsGEP(b_.getInt8Ty(), out, o));
        else
          b_.CreateStore(v, b_.CreateInBoundsGEP(D, out, o));
      });
    });
    b_.CreateRetVoid();
    return fn;
  }

 private:
  llvm::Value* f64(llvm::Value* v) { return v->getType()->isIntegerTy(1) ? b_.CreateUIToFP(v, b_.getDoubleTy()) : v; }
  llvm::Value* boolean(llvm::Value* v) {
    return v->getType()->isIntegerTy(1) ? v : b_.CreateFCmpUNE(v, llvm::ConstantFP::get(b_.getDoubleTy(), 0.0));
  }
  llvm::Value* fconst(double x) { return llvm::ConstantFP::get(b_.getDoubleTy(), x); }

  llvm::Value* identity(ReduceKind r) {
    switch (r) {
      case ReduceKind::Prod: return fconst(1);
      case ReduceKind::Max: case ReduceKind::Min: return fconst(std::nan(""));
      case ReduceKind::Any: return b_.getFalse();
      case ReduceKind::All: return b_.getTrue();
      default: return fconst(0);
    }
  }

  // One element into a reduction, as the runtime's reductions do it.
  llvm::Value* accumulate(ReduceKind r, llvm::Value* acc, llvm::Value* x) {
    switch (r) {
      case ReduceKind::Sum: case ReduceKind::Mean: return b_.CreateFAdd(acc, f64(x));
      case ReduceKind::Prod: return b_.CreateFMul(acc, f64(x));
      case ReduceKind::Max: case ReduceKind::Min: {
        // NaN loses unless all are NaN; ties keep the first.
        x = f64(x);
        llvm::Value* better = r == ReduceKind::Max ? b_.CreateFCmpOGT(x, acc) : b_.CreateFCmpOLT(x, acc);
        return b_.CreateSelect(b_.CreateFCmpUNO(acc, acc), x, b_.CreateSelect(better, x, acc));
      }
      case ReduceKind::Any:  // NaN counts as false
        return b_.CreateOr(acc, x->getType()->isIntegerTy(1) ? x : b_.CreateFCmpONE(x, fconst(0)));
      case ReduceKind::All:  // and as true
        return b_.CreateAnd(acc, boolean(x));
    }
    return acc;
  }

  static constexpr int64_t kChunk = 256;

  // A counted loop [from, to) around what `body` emits; continues after it.
  template <class Body> void forLoop(llvm::Value* from, llvm::Value* to, Body body) {
    llvm::LLVMContext& ctx = m_.getContext();
    llvm::Function* fn = b_.GetInsertBlock()->getParent();
    llvm::BasicBlock* pre = b_.GetInsertBlock();
    auto* loop = llvm::BasicBlock::Create(ctx, "loop", fn);
    auto* after = llvm::BasicBlock::Create(ctx, "after", fn);
    b_.CreateCondBr(b_.CreateICmpSLT(from, to), loop, after);
    b_.SetInsertPoint(loop);
    llvm::PHINode* i = b_.CreatePHI(b_.getInt64Ty(), 2, "i");
    i->addIncoming(from, pre);
    body(i);
    llvm::Value* next = b_.CreateAdd(i, b_.getInt64(1), "", true, true);
    i->addIncoming(next, b_.GetInsertBlock());
    b_.CreateCondBr(b_.CreateICmpSLT(next, to), loop, after);
    b_.SetInsertPoint(after);
  }

  // Every element-wise node at element i, and the stores of array outputs.
  std::vector<llvm::Value*> element(llvm::Function* inner, llvm::Value* i) {
    std::vector<llvm::Value*> val(k_.nodes.size(), nullptr);
    for (uint32_t n = 0; n < k_.nodes.size(); ++n)
      if (k_.nodes[n].kind != Node::Reduce) val[n] = compute(k_.nodes[n], val, inner, i);
    for (size_t o = 0; o < k_.outputs.size(); ++o) {
      const kernels::Output& out = k_.outputs[o];
      if (out.reduction) continue;
      llvm::Value* v = val[out.node];
      llvm::Value* base = inner->getArg(layout_.outputSlot[o]);
      if (out.type == ElemType::F64)
        b_.CreateStore(f64(v), b_.CreateInBoundsGEP(b_.getDoubleTy(), base, i));
      else
        b_.CreateStore(b_.CreateZExt(boolean(v), b_.getInt8Ty()), b_.CreateInBoundsGEP(b_.getInt8Ty(), base, i));
    }
    return val;
  }

  llvm::Value* compute(const Node& node, const std::vector<llvm::Value*>& val, llvm::Function* inner, llvm::Value* i) {
    auto arg = [&](size_t a) { return val[node.args[a]]; };
    switch (node.kind) {
      case Node::Load: {
        llvm::Value* base = inner->getArg(layout_.inputSlot[node.input]);
        if (node.type == ElemType::F64) return b_.CreateLoad(b_.getDoubleTy(), b_.CreateGEP(b_.getDoubleTy(), base, i));
        return b_.CreateICmpNE(b_.CreateLoad(b_.getInt8Ty(), b_.CreateGEP(b_.getInt8Ty(), base, i)), b_.getInt8(0));
      }
      case Node::Scalar: {
        llvm::Value* v = inner->getArg(layout_.arrays + layout_.inputSlot[node.input]);
        return node.type == ElemType::F64 ? v : boolean(v);
      }
      case Node::Const: return node.type == ElemType::F64 ? fconst(node.value) : b_.getInt1(node.value != 0);
      case Node::Unary:
        if (node.unary == UnaryOp::Not) return b_.CreateNot(boolean(arg(0)));
        if (node.unary == UnaryOp::UMinus) return b_.CreateFNeg(f64(arg(0)));
        return arg(0);
      case Node::Binary: return binary(node.binary, arg(0), arg(1));
      case Node::Math: return math(node.fn, arg(0));
      case Node::Reduce: break;
    }
    return nullptr;
  }

  llvm::Value* binary(BinaryOp op, llvm::Value* x, llvm::Value* y) {
    if (op == BinaryOp::And) return b_.CreateAnd(boolean(x), boolean(y));
    if (op == BinaryOp::Or) return b_.CreateOr(boolean(x), boolean(y));
    llvm::Value* a = f64(x);
    llvm::Value* c = f64(y);
    switch (op) {
      case BinaryOp::Plus: return b_.CreateFAdd(a, c);
      case BinaryOp::Minus: return b_.CreateFSub(a, c);
      case BinaryOp::Times: return b_.CreateFMul(a, c);
      case BinaryOp::RDivide: return b_.CreateFDiv(a, c);
      case BinaryOp::LDivide: return b_.CreateFDiv(c, a);
      case BinaryOp::Power: return b_.CreateBinaryIntrinsic(llvm::Intrinsic::pow, a, c);
      case BinaryOp::Eq: return b_.CreateFCmpOEQ(a, c);
      case BinaryOp::Ne: return b_.CreateFCmpUNE(a, c);
      case BinaryOp::Lt: return b_.CreateFCmpOLT(a, c);
      case BinaryOp::Le: return b_.CreateFCmpOLE(a, c);
      case BinaryOp::Gt: return b_.CreateFCmpOGT(a, c);
      case BinaryOp::Ge: return b_.CreateFCmpOGE(a, c);
      default: return a;  // FormKernels admits no other operator
    }
  }

  llvm::Value* libm(const char* name, llvm::Value* x) {
    llvm::FunctionCallee f = m_.getOrInsertFunction(name, llvm::FunctionType::get(b_.getDoubleTy(), {b_.getDoubleTy()}, false));
    if (auto* fn = llvm::dyn_cast<llvm::Function>(f.getCallee())) {
      fn->setDoesNotAccessMemory();
      fn->setDoesNotThrow();
      fn->setWillReturn();
    }
    return b_.CreateCall(f, {x});
  }

  llvm::Value* own(const std::string& fn, llvm::Value* x) {
    if (fn == "sign") {  // NaN stays NaN, -0 gives 0
      llvm::Value* s = b_.CreateSelect(b_.CreateFCmpOEQ(x, fconst(0)), fconst(0), x);
      s = b_.CreateSelect(b_.CreateFCmpOLT(x, fconst(0)), fconst(-1), s);
      return b_.CreateSelect(b_.CreateFCmpOGT(x, fconst(0)), fconst(1), s);
    }
    return x;  // double(x)
  }

  llvm::Value* math(const std::string& fn, llvm::Value* x) {
    x = f64(x);
#define KERNEL_MATH(Name, How, What) \
  if (fn == #Name) return KERNEL_MATH_##How(What);
#define KERNEL_MATH_Intrinsic(What) b_.CreateUnaryIntrinsic(llvm::Intrinsic::What, x)
#define KERNEL_MATH_Libm(What) libm(What, x)
#define KERNEL_MATH_Own(What) own(fn, x)
#include "kernels/KernelMath.def"
#undef KERNEL_MATH_Intrinsic
#undef KERNEL_MATH_Libm
#undef KERNEL_MATH_Own
    return x;
  }

  llvm::Module& m_;
  const Kernel& k_;
  Layout layout_;
  llvm::IRBuilder<> b_;
};

}  // namespace

namespace {

// A kernel with a reduction along a dim, called in place (one thread): the
// layout and the result's dims come from the space's sizes at run time.
std::vector<llvm::Value*> emitAlongLaunch(llvm::IRBuilderBase& b, const Kernel& k, const std::vector<llvm::Value*>& inputs,
                                          llvm::Value* site) {
  llvm::Module& m = *b.GetInsertBlock()->getModule();
  llvm::Function* body = m.getFunction("mcc.kernel.k" + std::to_string(k.id));
  if (!body) body = BodyEmitter(m, k).emitAlong();
  Layout layout(k);
  auto P = b.getPtrTy();
  auto I32 = b.getInt32Ty();
  auto I64 = b.getInt64Ty();
  auto D = b.getDoubleTy();
  auto runtime = [&](const char* name, llvm::Type* ret, std::vector<llvm::Type*> params) {
    return m.getOrInsertFunction(name, llvm::FunctionType::get(ret, params, false));
  };
  auto dataOf = [&](llvm::Value* array) {
    return b.CreateLoad(P, b.CreateConstInBoundsGEP1_64(b.getInt8Ty(), array, offsetof(mcc_array, data)));
  };
  // An input's elements, after a runtime call (mcc_array_numel) that
  // fetches an array a GPU kernel left current on the device only.
  auto hostDataOf = [&](llvm::Value* array) {
    b.CreateCall(runtime("mcc_array_numel", I64, {P}), {array});
    return dataOf(array);
  };
  llvm::Value* space = nullptr;
  for (size_t j = 0; j < k.inputs.size() && !space; ++j)
    if (k.inputs[j].array) space = inputs[j];
  const Node& red = k.nodes[layout.reductionNodes.at(0)];
  uint32_t rank = std::max<uint32_t>(static_cast<uint32_t>(k.space.dims.size()), red.dim);
  std::vector<llvm::Value*> size;
  for (uint32_t d = 1; d <= rank; ++d)
    size.push_back(b.CreateCall(runtime("mcc_array_size", I64, {P, I32}), {space, b.getInt32(d)}));
  llvm::Value* before = b.getInt64(1);
  llvm::Value* after = b.getInt64(1);
  for (uint32_t d = 1; d <= rank; ++d) {
    if (d < red.dim) before = b.CreateMul(before, size[d - 1]);
    if (d > red.dim) after = b.CreateMul(after, size[d - 1]);
  }
  llvm::Value* len = size[red.dim - 1];
  // max and min of an empty dim have nothing to give: that dim stays 0.
  bool minmax = red.reduce == ReduceKind::Max || red.reduce == ReduceKind::Min;
  llvm::Value* emptyDim = b.CreateICmpEQ(len, b.getInt64(0));
  llvm::Function* fn = b.GetInsertBlock()->getParent();
  llvm::IRBuilder<> entry(&fn->getEntryBlock(), fn->getEntryBlock().begin());
  llvm::Value* sizes = entry.CreateAlloca(D, b.getInt32(rank), "kernel.sizes");
  for (uint32_t d = 1; d <= rank; ++d) {
    llvm::Value* v = b.CreateUIToFP(size[d - 1], D);
    if (d == red.dim) v = minmax ? b.CreateSelect(emptyDim, llvm::ConstantFP::get(D, 0), llvm::ConstantFP::get(D, 1)) : llvm::ConstantFP::get(D, 1);
    b.CreateStore(v, b.CreateConstGEP1_64(D, sizes, d - 1));
  }
  if (minmax) after = b.CreateSelect(emptyDim, b.getInt64(0), after);
  uint32_t cls = red.type == ElemType::F64 ? MCC_CLASS_DOUBLE : MCC_CLASS_LOGICAL;
  llvm::Value* result = b.CreateCall(runtime("mcc_zeros", P, {I32, I32, P, P}), {b.getInt32(cls), b.getInt32(rank), sizes, site});

  std::vector<llvm::Value*> outputs(k.outputs.size(), nullptr), args(layout.arrays + layout.scalars, nullptr);
  for (size_t j = 0; j < k.inputs.size(); ++j) {
    llvm::Value* v = inputs[j];
    if (k.inputs[j].array) args[layout.inputSlot[j]] = hostDataOf(v);
    else args[layout.arrays + layout.inputSlot[j]] = v->getType()->isIntegerTy(1) ? b.CreateUIToFP(v, D) : v;
  }
  for (size_t o = 0; o < k.outputs.size(); ++o) {
    if (k.outputs[o].reduction) {
      outputs[o] = result;
      continue;
    }
    uint32_t c = k.outputs[o].type == ElemType::F64 ? MCC_CLASS_DOUBLE : MCC_CLASS_LOGICAL;
    outputs[o] = b.CreateCall(runtime("mcc_kernel_output", P, {I32, P}), {b.getInt32(c), space});
    args[layout.outputSlot[o]] = dataOf(outputs[o]);
  }
  args.insert(args.end(), {before, len, after, dataOf(result)});
  b.CreateCall(body, args);
  return outputs;
}

}  // namespace

namespace {

// Operations per element of each class of the router's cost model (MCC_OPS_*).
std::array<double, MCC_OPS_COUNT> opMix(const Kernel& k) {
  std::array<double, MCC_OPS_COUNT> ops{};
  for (const Node& n : k.nodes) {
    switch (n.kind) {
      case Node::Unary: ops[MCC_OPS_ARITH] += 1; break;
      case Node::Binary:
        if (n.binary == BinaryOp::Power) ops[MCC_OPS_TRANSCENDENTAL] += 1;
        else if (n.binary == BinaryOp::RDivide || n.binary == BinaryOp::LDivide) ops[MCC_OPS_DIVIDE] += 1;
        else ops[MCC_OPS_ARITH] += 1;
        break;
      case Node::Math: {
        static const char* const cheap[] = {"abs", "floor", "ceil", "round", "fix", "sign", "double"};
        bool arith = std::find_if(std::begin(cheap), std::end(cheap), [&](const char* f) { return n.fn == f; }) != std::end(cheap);
        ops[arith ? MCC_OPS_ARITH : n.fn == "sqrt" ? MCC_OPS_DIVIDE : MCC_OPS_TRANSCENDENTAL] += 1;
        break;
      }
      case Node::Reduce: ops[MCC_OPS_REDUCE] += 1; break;
      default: break;  // loads, scalars and constants: memory, counted by bytes
    }
  }
  return ops;
}

// The kernel's mcc_kernel_spec, a constant of the module (once per kernel).
llvm::Constant* kernelSpec(llvm::Module& m, const Kernel& k, const GpuBinary* gpu, uint32_t arrayInputs, uint32_t scalars) {
  std::string name = "mcc.kernel.k" + std::to_string(k.id);
  if (llvm::GlobalVariable* g = m.getNamedGlobal(name + ".spec")) return g;
  llvm::LLVMContext& ctx = m.getContext();
  auto I32 = llvm::Type::getInt32Ty(ctx);
  auto I64 = llvm::Type::getInt64Ty(ctx);
  auto D = llvm::Type::getDoubleTy(ctx);
  auto P = llvm::PointerType::get(ctx, 0);
  auto u32 = [&](uint64_t v) { return llvm::ConstantInt::get(I32, v); };
  llvm::Constant* spirv = llvm::ConstantPointerNull::get(P);
  if (gpu) {
    auto* words = llvm::ConstantDataArray::get(ctx, llvm::ArrayRef<uint32_t>(gpu->spirv));
    auto* g = new llvm::GlobalVariable(m, words->getType(), true, llvm::GlobalValue::PrivateLinkage, words, name + ".spirv");
    g->setAlignment(llvm::Align(4));
    spirv = g;
  }
  std::string label = "k" + std::to_string(k.id);
  llvm::Constant* labelText = llvm::ConstantDataArray::getString(ctx, label);
  auto* labelVar = new llvm::GlobalVariable(m, labelText->getType(), true, llvm::GlobalValue::PrivateLinkage, labelText, name + ".name");
  std::array<double, MCC_OPS_COUNT> ops = opMix(k);
  auto* opsTy = llvm::ArrayType::get(D, MCC_OPS_COUNT);
  std::vector<llvm::Constant*> opValues;
  for (double v : ops) opValues.push_back(llvm::ConstantFP::get(D, v));
  // mcc_kernel_spec's fields, in order.
  auto* ty = llvm::StructType::get(ctx, {I32, I32, I32, I32, P, P, I64, I32, I32, I32, opsTy});
  bool float64 = gpu ? gpu->float64 : true;
  llvm::Constant* fields[] = {u32(k.id), u32(arrayInputs), u32(scalars), u32(float64), labelVar, spirv,
                              llvm::ConstantInt::get(I64, gpu ? gpu->spirv.size() : 0), u32(gpu ? gpu->bufferCount : 0),
                              u32(gpu ? gpu->pushBytes : 0), u32(gpu ? gpu->localSize : 0),
                              llvm::ConstantArray::get(opsTy, opValues)};
  return new llvm::GlobalVariable(m, ty, true, llvm::GlobalValue::PrivateLinkage, llvm::ConstantStruct::get(ty, fields),
                                  name + ".spec");
}

}  // namespace

std::vector<llvm::Value*> emitKernelLaunch(llvm::IRBuilderBase& b, const Kernel& k, const GpuBinary* gpu,
                                           const std::vector<llvm::Value*>& inputs, llvm::Value* site) {
  llvm::Module& m = *b.GetInsertBlock()->getModule();
  for (const Node& n : k.nodes)
    if (n.kind == Node::Reduce && n.along) return emitAlongLaunch(b, k, inputs, site);
  llvm::Function* body = m.getFunction("mcc.kernel.k" + std::to_string(k.id));
  if (!body) body = BodyEmitter(m, k).emit();
  Layout layout(k);
  auto P = b.getPtrTy();
  auto I32 = b.getInt32Ty();
  auto D = b.getDoubleTy();
  auto runtime = [&](const char* name, llvm::Type* ret, std::vector<llvm::Type*> params) {
    return m.getOrInsertFunction(name, llvm::FunctionType::get(ret, params, false));
  };

  llvm::Value* space = nullptr;
  for (size_t j = 0; j < k.inputs.size() && !space; ++j)
    if (k.inputs[j].array) space = inputs[j];
  std::vector<llvm::Value*> outputs(k.outputs.size(), nullptr);
  for (size_t o = 0; o < k.outputs.size(); ++o)
    if (!k.outputs[o].reduction) {
      uint32_t cls = k.outputs[o].type == ElemType::F64 ? MCC_CLASS_DOUBLE : MCC_CLASS_LOGICAL;
      outputs[o] = b.CreateCall(runtime("mcc_kernel_output", P, {I32, P}), {b.getInt32(cls), space});
    }

  llvm::Function* fn = b.GetInsertBlock()->getParent();
  llvm::IRBuilder<> entry(&fn->getEntryBlock(), fn->getEntryBlock().begin());
  uint32_t nred = static_cast<uint32_t>(layout.reductionNodes.size());
  llvm::Value* arrays = entry.CreateAlloca(P, b.getInt32(layout.arrays), "kernel.arrays");
  llvm::Value* scalars = entry.CreateAlloca(D, b.getInt32(std::max(layout.scalars, 1u)), "kernel.scalars");
  llvm::Value* results = entry.CreateAlloca(D, b.getInt32(std::max(nred, 1u)), "kernel.results");
  for (size_t j = 0; j < k.inputs.size(); ++j) {
    llvm::Value* v = inputs[j];
    if (k.inputs[j].array) {
      b.CreateStore(v, b.CreateConstGEP1_64(P, arrays, layout.inputSlot[j]));
      continue;
    }
    if (v->getType()->isIntegerTy(1)) v = b.CreateUIToFP(v, D);
    b.CreateStore(v, b.CreateConstGEP1_64(D, scalars, layout.inputSlot[j]));
  }
  for (size_t o = 0; o < k.outputs.size(); ++o)
    if (outputs[o]) b.CreateStore(outputs[o], b.CreateConstGEP1_64(P, arrays, layout.outputSlot[o]));
  std::vector<llvm::Constant*> kinds;
  for (uint32_t n : layout.reductionNodes) kinds.push_back(b.getInt32(runtimeKind(k.nodes[n].reduce)));
  llvm::Value* kindTable = llvm::ConstantPointerNull::get(P);
  if (nred) {
    auto* ty = llvm::ArrayType::get(I32, nred);
    kindTable = new llvm::GlobalVariable(m, ty, true, llvm::GlobalValue::PrivateLinkage, llvm::ConstantArray::get(ty, kinds),
                                         "mcc.kernel.k" + std::to_string(k.id) + ".kinds");
  }
  uint32_t arrayInputs = 0;
  for (const kernels::Input& in : k.inputs) arrayInputs += in.array;
  llvm::Constant* spec = kernelSpec(m, k, gpu, arrayInputs, layout.scalars);
  b.CreateCall(runtime("mcc_kernel_launch", b.getVoidTy(), {P, P, I32, P, P, I32, P, P}),
               {spec, body, b.getInt32(layout.arrays), arrays, scalars, b.getInt32(nred), kindTable, results});
  for (size_t o = 0; o < k.outputs.size(); ++o) {
    if (!k.outputs[o].reduction) continue;
    uint32_t node = k.outputs[o].node;
    size_t r = std::find(layout.reductionNodes.begin(), layout.reductionNodes.end(), node) - layout.reductionNodes.begin();
    llvm::Value* v = b.CreateLoad(D, b.CreateConstGEP1_64(D, results, r));
    outputs[o] = b.CreateCall(runtime("mcc_kernel_reduction_result", P, {I32, D, I32, P, P}),
                              {b.getInt32(runtimeKind(k.nodes[node].reduce)), v, b.getInt32(k.nodes[node].dim), space, site});
  }
  return outputs;
}

void useVectorMathLibrary(llvm::FunctionAnalysisManager& fam, const llvm::TargetMachine& machine) {
  const llvm::Triple& t = machine.getTargetTriple();
  llvm::TargetLibraryInfoImpl tlii(t);
  if (t.getArch() == llvm::Triple::x86_64 && t.isOSLinux()) {
    // glibc's libmvec (2.35+): SSE variants (b, 2 lanes) everywhere, AVX2
    // ones (d, 4 lanes) only where the target CPU has AVX2, so a portable
    // binary never calls an instruction set its CPU may lack.
    bool avx2 = machine.getMCSubtargetInfo()->checkFeatures("+avx2");
    static const char* const functions[] = {"sin", "cos", "exp", "log", "tan", "atan", "sinh", "cosh", "tanh"};
    static std::vector<std::string> names;  // VecDesc keeps StringRefs
    if (names.empty())
      for (const char* f : functions)
        for (const char* isa : {"bN2v_", "dN4v_"}) names.push_back(std::string("_ZGV") + isa + f);
    std::vector<llvm::VecDesc> table;
    for (size_t k = 0; k < std::size(functions); ++k) {
      for (int wide = 0; wide < 2; ++wide) {
        if (wide && !avx2) continue;
        llvm::ElementCount vf = llvm::ElementCount::getFixed(wide ? 4 : 2);
        const char* prefix = wide ? "_ZGV_LLVM_N4v" : "_ZGV_LLVM_N2v";
        table.push_back({functions[k], names[2 * k + wide], vf, false, prefix});
      }
    }
    static const char* const intrinsicNames[] = {"llvm.sin.f64", "llvm.cos.f64", "llvm.exp.f64", "llvm.log.f64"};
    for (size_t k = 0; k < std::size(intrinsicNames); ++k)
      for (int wide = 0; wide < 2; ++wide) {
        if (wide && !avx2) continue;
        table.push_back({intrinsicNames[k], names[2 * k + wide], llvm::ElementCount::getFixed(wide ? 4 : 2), false,
                         wide ? "_ZGV_LLVM_N4v" : "_ZGV_LLVM_N2v"});
      }
    tlii.addVectorizableFunctions(table);
  }
  fam.registerPass([tlii] { return llvm::TargetLibraryAnalysis(tlii); });
}

}  // namespace mcc::codegen
