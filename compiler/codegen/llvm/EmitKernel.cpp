// CPU kernels; see EmitKernel.h.
#include "codegen/llvm/EmitKernel.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstddef>
#include <functional>

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

uint32_t classOf(ElemType t) {
  switch (t) {
    case ElemType::F64: return MCC_CLASS_DOUBLE;
    case ElemType::F32: return MCC_CLASS_SINGLE;
    case ElemType::Bool: return MCC_CLASS_LOGICAL;
  }
  return MCC_CLASS_DOUBLE;
}

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

    // inner(arrays..., scalars..., begin, end, partials, dims)
    llvm::Function* inner = kernelFunction(b_.getVoidTy(), {I64, I64, P, P}, name + ".inner");
    inner->addFnAttr(llvm::Attribute::AlwaysInline);
    llvm::Value* begin = inner->getArg(layout_.arrays + layout_.scalars);
    llvm::Value* end = inner->getArg(layout_.arrays + layout_.scalars + 1);
    llvm::Value* partials = inner->getArg(layout_.arrays + layout_.scalars + 2);

    b_.SetInsertPoint(llvm::BasicBlock::Create(ctx, "entry", inner));
    loadDims(inner->getArg(layout_.arrays + layout_.scalars + 3));
    size_t nred = layout_.reductionNodes.size();
    if (nred == 0 && !k_.loop) {
      forLoop(begin, end, [&](llvm::Value* i) { element(inner, i); });
    } else {
      // Chunks of kChunk elements: a loop computes the elements (vectorised)
      // and parks the reductions' operands in a stack buffer, then a second
      // loop folds them into the accumulators in element order.
      // The parked operand has the reduction's type (any and all: double).
      // A time loop runs all its steps over the chunk first (runSteps), its
      // carried values in stack buffers of their types.
      std::vector<llvm::Value*> accVar, tmp;
      std::vector<ElemType> parked;
      std::vector<llvm::ArrayType*> chunkTy;
      for (uint32_t n : layout_.reductionNodes) {
        const Node& red = k_.nodes[n];
        llvm::Value* init = identity(red.reduce, accType(red));
        accVar.push_back(b_.CreateAlloca(init->getType()));
        b_.CreateStore(init, accVar.back());
        parked.push_back(red.type == ElemType::Bool ? ElemType::F64 : red.type);
        chunkTy.push_back(llvm::ArrayType::get(machineType(parked.back()), kChunk));
        tmp.push_back(b_.CreateAlloca(chunkTy.back()));
      }
      std::vector<llvm::Value*> scratch;
      if (k_.loop)
        for (size_t j = 0; j < k_.loop->carried.size(); ++j) scratch.push_back(b_.CreateAlloca(carriedChunk(j)));
      llvm::Value* count = b_.CreateSub(end, begin);
      llvm::Value* chunks = b_.CreateSDiv(b_.CreateAdd(count, b_.getInt64(kChunk - 1)), b_.getInt64(kChunk));
      forLoop(b_.getInt64(0), chunks, [&](llvm::Value* q) {
        llvm::Value* c = b_.CreateAdd(begin, b_.CreateMul(q, b_.getInt64(kChunk)));
        llvm::Value* cend = b_.CreateSelect(b_.CreateICmpSLT(b_.CreateAdd(c, b_.getInt64(kChunk)), end),
                                            b_.CreateAdd(c, b_.getInt64(kChunk)), end);
        if (k_.loop) runSteps(inner, scratch, c, cend);
        forLoop(c, cend, [&](llvm::Value* i) {
          loadCarried(scratch, b_.CreateSub(i, c));
          std::vector<llvm::Value*> val = element(inner, i);
          for (size_t r = 0; r < nred; ++r) {
            llvm::Value* x = val[k_.nodes[layout_.reductionNodes[r]].args[0]];
            b_.CreateStore(convert(x, parked[r]), b_.CreateInBoundsGEP(chunkTy[r], tmp[r], {b_.getInt64(0), b_.CreateSub(i, c)}));
          }
        });
        if (nred == 0) return;
        forLoop(b_.getInt64(0), b_.CreateSub(cend, c), [&](llvm::Value* j) {
          for (size_t r = 0; r < nred; ++r) {
            llvm::Value* x = b_.CreateLoad(chunkTy[r]->getElementType(), b_.CreateInBoundsGEP(chunkTy[r], tmp[r], {b_.getInt64(0), j}));
            llvm::Type* accTy = llvm::cast<llvm::AllocaInst>(accVar[r])->getAllocatedType();
            b_.CreateStore(accumulate(k_.nodes[layout_.reductionNodes[r]].reduce, b_.CreateLoad(accTy, accVar[r]), x), accVar[r]);
          }
        });
      });
      for (size_t r = 0; r < nred; ++r) {
        llvm::Type* accTy = llvm::cast<llvm::AllocaInst>(accVar[r])->getAllocatedType();
        b_.CreateStore(convert(b_.CreateLoad(accTy, accVar[r]), ElemType::F64), b_.CreateConstGEP1_64(D, partials, r));
      }
    }
    b_.CreateRetVoid();

    // The body of the runtime's signature: unpack and call inner.
    llvm::Function* body = llvm::Function::Create(llvm::FunctionType::get(b_.getVoidTy(), {P, P, I64, I64, P, P}, false),
                                                  llvm::Function::InternalLinkage, name, &m_);
    body->addFnAttr(llvm::Attribute::NoUnwind);
    b_.SetInsertPoint(llvm::BasicBlock::Create(ctx, "entry", body));
    std::vector<llvm::Value*> args;
    for (uint32_t a = 0; a < layout_.arrays; ++a) args.push_back(b_.CreateLoad(P, b_.CreateConstGEP1_64(P, body->getArg(0), a)));
    for (uint32_t s = 0; s < layout_.scalars; ++s) args.push_back(b_.CreateLoad(D, b_.CreateConstGEP1_64(D, body->getArg(1), s)));
    args.insert(args.end(), {body->getArg(2), body->getArg(3), body->getArg(4), body->getArg(5)});
    b_.CreateCall(inner, args);
    b_.CreateRetVoid();
    return body;
  }

  // A kernel reducing along dims: (arrays..., scalars..., before, len,
  // after, out, dims, per, chunks, phase, begin, end, partials) walks the
  // space as before x len x after and does one phase of
  // mcc_kernel_launch_along over [begin, end): phase 0 folds chunks into
  // partials, phase 1 folds each output element from its partials (or,
  // without partials, from its whole slice, in order as mcc_sum does).
  llvm::Function* emitAlong() {
    llvm::LLVMContext& ctx = m_.getContext();
    auto P = b_.getPtrTy();
    auto D = b_.getDoubleTy();
    auto I32 = b_.getInt32Ty();
    auto I64 = b_.getInt64Ty();
    const Node& red = k_.nodes[layout_.reductionNodes.at(0)];
    llvm::Function* fold = emitAlongFold();
    llvm::Type* accTy = fold->getReturnType();
    llvm::Function* fn = kernelFunction(b_.getVoidTy(), {I64, I64, I64, P, P, I64, I64, I32, I64, I64, P},
                                        "mcc.kernel.k" + std::to_string(k_.id));
    uint32_t first = layout_.arrays + layout_.scalars;
    llvm::Value* before = fn->getArg(first);
    llvm::Value* len = fn->getArg(first + 1);
    llvm::Value* after = fn->getArg(first + 2);
    llvm::Value* out = fn->getArg(first + 3);
    llvm::Value* dims = fn->getArg(first + 4);
    llvm::Value* per = fn->getArg(first + 5);
    llvm::Value* chunks = fn->getArg(first + 6);
    llvm::Value* phase = fn->getArg(first + 7);
    llvm::Value* begin = fn->getArg(first + 8);
    llvm::Value* end = fn->getArg(first + 9);
    llvm::Value* partials = fn->getArg(first + 10);
    b_.SetInsertPoint(llvm::BasicBlock::Create(ctx, "entry", fn));
    llvm::Value* slices = b_.CreateMul(before, after);
    // The last reduced dim's extent: the fold's index range.
    llvm::Value* outer = red.dims == 1 ? len : b_.CreateLoad(I64, b_.CreateConstGEP1_64(I64, dims, red.dim + red.dims - 2));
    auto callFold = [&](llvm::Value* o, llvm::Value* from, llvm::Value* to) {
      std::vector<llvm::Value*> args;
      for (uint32_t a = 0; a < layout_.arrays + layout_.scalars; ++a) args.push_back(fn->getArg(a));
      args.insert(args.end(), {before, len, dims, b_.CreateURem(o, before), b_.CreateUDiv(o, before), from, to});
      return b_.CreateCall(fold, args);
    };
    llvm::Value* acc = b_.CreateAlloca(accTy);
    llvm::BasicBlock* chunkPhase = llvm::BasicBlock::Create(ctx, "chunks", fn);
    llvm::BasicBlock* resultPhase = llvm::BasicBlock::Create(ctx, "results", fn);
    llvm::BasicBlock* done = llvm::BasicBlock::Create(ctx, "done", fn);
    b_.CreateCondBr(b_.CreateICmpEQ(phase, b_.getInt32(0)), chunkPhase, resultPhase);

    // Phase 0: chunk c of output o into partials[c * slices + o].
    b_.SetInsertPoint(chunkPhase);
    forLoop(begin, end, [&](llvm::Value* w) {
      llvm::Value* from = b_.CreateMul(b_.CreateUDiv(w, slices), per);
      llvm::Value* to = b_.CreateAdd(from, per);
      to = b_.CreateSelect(b_.CreateICmpSLT(to, outer), to, outer);
      llvm::Value* v = callFold(b_.CreateURem(w, slices), from, to);
      b_.CreateStore(convert(v, ElemType::F64), b_.CreateInBoundsGEP(D, partials, w));
    });
    b_.CreateBr(done);

    // Phase 1: output o from its slice, or from its partials in chunk order.
    b_.SetInsertPoint(resultPhase);
    llvm::Value* init = identity(red.reduce, accType(red));
    llvm::Value* direct = b_.CreateICmpEQ(partials, llvm::ConstantPointerNull::get(P));
    forLoop(begin, end, [&](llvm::Value* o) {
      llvm::BasicBlock* whole = llvm::BasicBlock::Create(ctx, "whole", fn);
      llvm::BasicBlock* parts = llvm::BasicBlock::Create(ctx, "parts", fn);
      llvm::BasicBlock* result = llvm::BasicBlock::Create(ctx, "result", fn);
      b_.CreateCondBr(direct, whole, parts);
      b_.SetInsertPoint(whole);
      b_.CreateStore(callFold(o, b_.getInt64(0), outer), acc);
      b_.CreateBr(result);
      b_.SetInsertPoint(parts);
      b_.CreateStore(init, acc);
      forLoop(b_.getInt64(0), chunks, [&](llvm::Value* c) {
        llvm::Value* x = b_.CreateLoad(D, b_.CreateInBoundsGEP(D, partials, b_.CreateAdd(b_.CreateMul(c, slices), o)));
        b_.CreateStore(accumulate(red.reduce, b_.CreateLoad(accTy, acc), convertAcc(x, accTy)), acc);
      });
      b_.CreateBr(result);
      b_.SetInsertPoint(result);
      llvm::Value* v = b_.CreateLoad(accTy, acc);
      // A mean over a vecdim is the runtime's rounded sum over the count.
      if (red.dims > 1) v = convert(v, red.type);
      if (red.reduce == ReduceKind::Mean) v = b_.CreateFDiv(v, b_.CreateSIToFP(len, v->getType()));  // 0/0: NaN, as MATLAB
      store(v, red.type, out, o);
    });
    b_.CreateBr(done);
    b_.SetInsertPoint(done);
    b_.CreateRetVoid();

    // The entry of the runtime's signature (mcc_kernel_along_body): unpack
    // and call fn; the result is the array after the outputs.
    llvm::Function* entry = llvm::Function::Create(
        llvm::FunctionType::get(b_.getVoidTy(), {P, P, I64, I64, I64, P, I64, I64, I32, I64, I64, P}, false),
        llvm::Function::InternalLinkage, "mcc.kernel.k" + std::to_string(k_.id) + ".along", &m_);
    entry->addFnAttr(llvm::Attribute::NoUnwind);
    b_.SetInsertPoint(llvm::BasicBlock::Create(ctx, "entry", entry));
    std::vector<llvm::Value*> args;
    for (uint32_t a = 0; a < layout_.arrays; ++a) args.push_back(b_.CreateLoad(P, b_.CreateConstGEP1_64(P, entry->getArg(0), a)));
    for (uint32_t s = 0; s < layout_.scalars; ++s) args.push_back(b_.CreateLoad(D, b_.CreateConstGEP1_64(D, entry->getArg(1), s)));
    args.insert(args.end(), {entry->getArg(2), entry->getArg(3), entry->getArg(4),
                             b_.CreateLoad(P, b_.CreateConstGEP1_64(P, entry->getArg(0), layout_.arrays)), entry->getArg(5)});
    for (unsigned a = 6; a < 12; ++a) args.push_back(entry->getArg(a));
    b_.CreateCall(fn, args);
    b_.CreateRetVoid();
    return entry;
  }

  // (arrays..., scalars..., before, len, dims, bi, a, from, to): the
  // accumulator of output (bi, a) over indices [from, to) of the last
  // reduced dim, from the identity, in slice order. Over a vecdim, one
  // accumulator per dim, nested as the runtime reduces one dim after the
  // other (the lowest innermost, each dim's sums rounded to the result's
  // type); len is their product. Element outputs are stored as visited.
  llvm::Function* emitAlongFold() {
    llvm::LLVMContext& ctx = m_.getContext();
    auto P = b_.getPtrTy();
    auto I64 = b_.getInt64Ty();
    const Node& red = k_.nodes[layout_.reductionNodes.at(0)];
    llvm::Type* accTy = machineType(accType(red));
    llvm::Function* fn =
        kernelFunction(accTy, {I64, I64, P, I64, I64, I64, I64}, "mcc.kernel.k" + std::to_string(k_.id) + ".fold");
    uint32_t first = layout_.arrays + layout_.scalars;
    llvm::Value* before = fn->getArg(first);
    llvm::Value* len = fn->getArg(first + 1);
    llvm::Value* dims = fn->getArg(first + 2);
    llvm::Value* bi = fn->getArg(first + 3);
    llvm::Value* a = fn->getArg(first + 4);
    llvm::Value* from = fn->getArg(first + 5);
    llvm::Value* to = fn->getArg(first + 6);
    b_.SetInsertPoint(llvm::BasicBlock::Create(ctx, "entry", fn));
    dims_.clear();
    loadDims(dims);
    llvm::Value* init = identity(red.reduce, accType(red));
    std::vector<llvm::Value*> acc, lens;
    for (uint32_t level = 0; level < red.dims; ++level) {
      acc.push_back(b_.CreateAlloca(init->getType()));
      lens.push_back(red.dims == 1 ? len : b_.CreateLoad(I64, b_.CreateConstGEP1_64(I64, dims, red.dim - 1 + level)));
    }
    // Folds level `level` into acc[level]; `prefix` indexes the levels above.
    std::function<void(uint32_t, llvm::Value*)> foldLevel = [&](uint32_t level, llvm::Value* prefix) {
      b_.CreateStore(init, acc[level]);
      bool top = level + 1 == red.dims;
      forLoop(top ? from : b_.getInt64(0), top ? to : lens[level], [&](llvm::Value* kk) {
        llvm::Value* at = b_.CreateAdd(b_.CreateMul(prefix, lens[level]), kk);
        llvm::Value* x;
        if (level == 0) {
          llvm::Value* i = b_.CreateAdd(bi, b_.CreateMul(before, b_.CreateAdd(at, b_.CreateMul(len, a))));
          x = element(fn, i)[red.args[0]];
        } else {
          foldLevel(level - 1, at);
          x = convert(b_.CreateLoad(init->getType(), acc[level - 1]), red.type);
        }
        b_.CreateStore(accumulate(red.reduce, b_.CreateLoad(init->getType(), acc[level]), x), acc[level]);
      });
    };
    foldLevel(red.dims - 1, b_.getInt64(0));
    b_.CreateRet(b_.CreateLoad(accTy, acc.back()));
    return fn;
  }

 private:
  llvm::Type* machineType(ElemType t) {
    switch (t) {
      case ElemType::F64: return b_.getDoubleTy();
      case ElemType::F32: return b_.getFloatTy();
      case ElemType::Bool: return b_.getInt1Ty();
    }
    return nullptr;
  }
  llvm::Value* boolean(llvm::Value* v) {
    return v->getType()->isIntegerTy(1) ? v : b_.CreateFCmpUNE(v, llvm::ConstantFP::get(v->getType(), 0.0));
  }
  // v (i1, float or double) as type t: a logical is 0 or 1, a double
  // rounds to single as MATLAB's single() does, nonzero is true.
  llvm::Value* convert(llvm::Value* v, ElemType t) {
    llvm::Type* to = machineType(t);
    if (v->getType() == to) return v;
    if (t == ElemType::Bool) return boolean(v);
    if (v->getType()->isIntegerTy(1)) return b_.CreateUIToFP(v, to);
    return t == ElemType::F64 ? b_.CreateFPExt(v, to) : b_.CreateFPTrunc(v, to);
  }
  // A partial (a double) back in the accumulator's type `t`: exact, as it
  // was one (a logical is 0 or 1).
  llvm::Value* convertAcc(llvm::Value* x, llvm::Type* t) {
    if (t->isIntegerTy(1)) return b_.CreateFCmpUNE(x, fconst(0, x->getType()));
    return t->isFloatTy() ? b_.CreateFPTrunc(x, t) : x;
  }
  llvm::Value* fconst(double x, llvm::Type* t) { return llvm::ConstantFP::get(t, x); }
  // Stores v as element i of an array of type t (logicals as bytes).
  void store(llvm::Value* v, ElemType t, llvm::Value* base, llvm::Value* i) {
    if (t == ElemType::Bool)
      b_.CreateStore(b_.CreateZExt(boolean(v), b_.getInt8Ty()), b_.CreateInBoundsGEP(b_.getInt8Ty(), base, i));
    else
      b_.CreateStore(convert(v, t), b_.CreateInBoundsGEP(machineType(t), base, i));
  }

  // The accumulator's type: a sum or mean of single values adds in double
  // and rounds once, as the runtime's mcc_sum does (a float running sum of
  // 8M values of rand is off by 0.4%); any other reduction keeps its type.
  static ElemType accType(const Node& red) {
    bool adds = red.reduce == ReduceKind::Sum || red.reduce == ReduceKind::Mean;
    return adds && red.type == ElemType::F32 ? ElemType::F64 : red.type;
  }

  // The accumulator's first value, of type t (accType).
  llvm::Value* identity(ReduceKind r, ElemType t) {
    switch (r) {
      case ReduceKind::Prod: return fconst(1, machineType(t));
      case ReduceKind::Max: case ReduceKind::Min: return fconst(std::nan(""), machineType(t));
      case ReduceKind::Any: return b_.getFalse();
      case ReduceKind::All: return b_.getTrue();
      default: return fconst(0, machineType(t));
    }
  }

  // One element into a reduction, as the runtime's reductions do it (a sum
  // of single values in a double accumulator).
  llvm::Value* accumulate(ReduceKind r, llvm::Value* acc, llvm::Value* x) {
    llvm::Type* t = acc->getType();
    auto asAcc = [&](llvm::Value* v) {
      if (v->getType()->isIntegerTy(1)) return b_.CreateUIToFP(v, t);
      return v->getType()->isFloatTy() && t->isDoubleTy() ? b_.CreateFPExt(v, t) : v;
    };
    switch (r) {
      case ReduceKind::Sum: case ReduceKind::Mean: return b_.CreateFAdd(acc, asAcc(x));
      case ReduceKind::Prod: return b_.CreateFMul(acc, asAcc(x));
      case ReduceKind::Max: case ReduceKind::Min: {
        // NaN loses unless all are NaN; ties keep the first.
        x = asAcc(x);
        llvm::Value* better = r == ReduceKind::Max ? b_.CreateFCmpOGT(x, acc) : b_.CreateFCmpOLT(x, acc);
        return b_.CreateSelect(b_.CreateFCmpUNO(acc, acc), x, b_.CreateSelect(better, x, acc));
      }
      case ReduceKind::Any:  // NaN counts as false
        return b_.CreateOr(acc, x->getType()->isIntegerTy(1) ? x : b_.CreateFCmpONE(x, fconst(0, x->getType())));
      case ReduceKind::All:  // and as true
        return b_.CreateAnd(acc, boolean(x));
    }
    return acc;
  }

  static constexpr int64_t kChunk = 256;

  // The space's extents that expanded inputs need, read once at entry.
  void loadDims(llvm::Value* dims) {
    for (uint32_t d = 0; d < k_.dimsRead(); ++d)
      dims_.push_back(b_.CreateLoad(b_.getInt64Ty(), b_.CreateConstGEP1_64(b_.getInt64Ty(), dims, d)));
  }
  // The element of input `in` that element i of the space reads: i itself,
  // or for an expanded input its coordinates in the dims it has (expansionOf).
  llvm::Value* index(uint32_t in, llvm::Value* i) {
    const kernels::Input& input = k_.inputs[in];
    if (input.expanded.empty()) return i;
    kernels::Expansion e = kernels::expansionOf(input);
    llvm::Value* at = b_.getInt64(0);
    llvm::Value* stride = b_.getInt64(1);
    for (uint32_t d = 0; d < e.read; ++d) {
      llvm::Value* c = b_.CreateURem(i, dims_[d]);
      if (d + 1 < e.read || e.tail) i = b_.CreateUDiv(i, dims_[d]);
      if (input.expanded[d]) continue;
      at = b_.CreateAdd(at, b_.CreateMul(c, stride));
      stride = b_.CreateMul(stride, dims_[d]);
    }
    return e.tail ? b_.CreateAdd(at, b_.CreateMul(i, stride)) : at;
  }

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

  // A time loop over the elements [c, cend): the carried values start in
  // the stack buffers `scratch`, each step reads and writes them there
  // (a vectorised loop over the chunk per step), and they end there.
  void runSteps(llvm::Function* inner, const std::vector<llvm::Value*>& scratch, llvm::Value* c, llvm::Value* cend) {
    const kernels::TimeLoop& loop = *k_.loop;
    auto slot = [&](size_t j, llvm::Value* i) {
      return b_.CreateInBoundsGEP(carriedChunk(j), scratch[j], {b_.getInt64(0), b_.CreateSub(i, c)});
    };
    auto prologue = [&](llvm::Value* i) {
      std::vector<llvm::Value*> val(k_.nodes.size(), nullptr);
      for (uint32_t n = 0; n < loop.bodyBegin; ++n) val[n] = compute(k_.nodes[n], val, inner, i);
      return val;
    };
    forLoop(c, cend, [&](llvm::Value* i) {
      std::vector<llvm::Value*> val = prologue(i);
      for (size_t j = 0; j < loop.carried.size(); ++j)
        b_.CreateStore(convert(val[loop.carried[j].init], carriedType(j)), slot(j, i));
    });
    // The scalars of the range, as code generation counts a loop over it:
    // step k (from 1) has first + (k - 1) * step.
    std::vector<llvm::Value*> none(k_.nodes.size(), nullptr);
    auto scalar = [&](uint32_t n) { return convert(compute(k_.nodes[n], none, inner, nullptr), ElemType::F64); };
    llvm::Value* first = scalar(loop.first);
    llvm::Value* step = scalar(loop.step);
    llvm::Value* steps = b_.CreateFPToSI(scalar(loop.count), b_.getInt64Ty());
    forLoop(b_.getInt64(0), steps, [&](llvm::Value* k) {
      index_ = b_.CreateFAdd(first, b_.CreateFMul(b_.CreateSIToFP(k, b_.getDoubleTy()), step));
      forLoop(c, cend, [&](llvm::Value* i) {
        std::vector<llvm::Value*> val = prologue(i);
        loadCarried(scratch, b_.CreateSub(i, c));
        for (uint32_t n = loop.bodyBegin; n < loop.bodyEnd; ++n) val[n] = compute(k_.nodes[n], val, inner, i);
        std::vector<llvm::Value*> next;
        for (size_t j = 0; j < loop.carried.size(); ++j) next.push_back(convert(val[loop.carried[j].next], carriedType(j)));
        for (size_t j = 0; j < next.size(); ++j) b_.CreateStore(next[j], slot(j, i));
      });
    });
  }

  // The carried values of element c + offset, from the stack buffers.
  void loadCarried(const std::vector<llvm::Value*>& scratch, llvm::Value* offset) {
    carried_.clear();
    for (size_t j = 0; j < scratch.size(); ++j)
      carried_.push_back(b_.CreateLoad(machineType(carriedType(j)),
                                       b_.CreateInBoundsGEP(carriedChunk(j), scratch[j], {b_.getInt64(0), offset})));
  }

  // Carried value j's type (its Carried nodes'), and a chunk of them.
  ElemType carriedType(size_t j) const {
    for (const Node& n : k_.nodes)
      if (n.kind == Node::Carried && n.input == j) return n.type;
    return ElemType::F64;
  }
  llvm::ArrayType* carriedChunk(size_t j) { return llvm::ArrayType::get(machineType(carriedType(j)), kChunk); }

  // Every element-wise node at element i (but a time loop's body), and the
  // stores of array outputs.
  std::vector<llvm::Value*> element(llvm::Function* inner, llvm::Value* i) {
    std::vector<llvm::Value*> val(k_.nodes.size(), nullptr);
    for (uint32_t n = 0; n < k_.nodes.size(); ++n) {
      bool body = k_.loop && n >= k_.loop->bodyBegin && n < k_.loop->bodyEnd;
      if (k_.nodes[n].kind != Node::Reduce && !body) val[n] = compute(k_.nodes[n], val, inner, i);
    }
    for (size_t o = 0; o < k_.outputs.size(); ++o) {
      const kernels::Output& out = k_.outputs[o];
      if (!out.reduction) store(val[out.node], out.type, inner->getArg(layout_.outputSlot[o]), i);
    }
    return val;
  }

  llvm::Value* compute(const Node& node, const std::vector<llvm::Value*>& val, llvm::Function* inner, llvm::Value* i) {
    auto arg = [&](size_t a) { return val[node.args[a]]; };
    // Operand a in the node's type (arithmetic converts to the result's class).
    auto as = [&](size_t a) { return convert(arg(a), node.type); };
    switch (node.kind) {
      case Node::Load: {
        llvm::Value* base = inner->getArg(layout_.inputSlot[node.input]);
        i = index(node.input, i);
        if (node.type != ElemType::Bool)
          return b_.CreateLoad(machineType(node.type), b_.CreateGEP(machineType(node.type), base, i));
        return b_.CreateICmpNE(b_.CreateLoad(b_.getInt8Ty(), b_.CreateGEP(b_.getInt8Ty(), base, i)), b_.getInt8(0));
      }
      case Node::Scalar:  // passed as a double (exact for a single)
        return convert(inner->getArg(layout_.arrays + layout_.inputSlot[node.input]), node.type);
      case Node::Const:
        return node.type == ElemType::Bool ? b_.getInt1(node.value != 0) : fconst(node.value, machineType(node.type));
      case Node::Unary:
        if (node.unary == UnaryOp::Not) return b_.CreateNot(boolean(arg(0)));
        if (node.unary == UnaryOp::UMinus) return b_.CreateFNeg(as(0));
        return arg(0);
      case Node::Binary: {
        if (node.binary == BinaryOp::And) return b_.CreateAnd(boolean(arg(0)), boolean(arg(1)));
        if (node.binary == BinaryOp::Or) return b_.CreateOr(boolean(arg(0)), boolean(arg(1)));
        ElemType t = kernels::operandType(k_, node);
        return binary(node.binary, convert(arg(0), t), convert(arg(1), t));
      }
      case Node::Math:
        if (node.fn == "mod") return node.modulus ? wholeMod(as(0), node.modulus) : mod(as(0), as(1));
        if (node.args.size() == 2) {  // max(x, y), min(x, y) as the runtime's: a NaN x gives y
          llvm::Value* x = as(0);
          llvm::Value* y = as(1);
          llvm::Value* better = node.fn == "max" ? b_.CreateFCmpOGT(y, x) : b_.CreateFCmpOLT(y, x);
          return b_.CreateSelect(b_.CreateOr(b_.CreateFCmpUNO(x, x), better), y, x);
        }
        return math(node.fn, as(0));
      case Node::Index: return convert(index_, node.type);
      case Node::Carried: return carried_.at(node.input);
      case Node::Reduce: break;
    }
    return nullptr;
  }

  // mod(x, y) of doubles as the runtime's mod computes it (Math.cpp): x for
  // y = 0; 0 for a quotient within round-off of a whole number when y is not
  // whole; else x - floor(x./y).*y, with the sign of y unless x == y.
  // x and y are doubles (FormLoopKernels admits mod of doubles only).
  llvm::Value* mod(llvm::Value* x, llvm::Value* y) {
    llvm::Value* q = b_.CreateFDiv(x, y);
    llvm::Value* whole = b_.CreateUnaryIntrinsic(llvm::Intrinsic::round, q);
    llvm::Value* fractionalY = b_.CreateFCmpUNE(b_.CreateUnaryIntrinsic(llvm::Intrinsic::round, y), y);
    llvm::Value* off = b_.CreateUnaryIntrinsic(llvm::Intrinsic::fabs, b_.CreateFDiv(b_.CreateFSub(q, whole), whole));
    llvm::Value* nearlyWhole = b_.CreateAnd(fractionalY, b_.CreateFCmpOLT(off, fconst(2.220446049250313e-16, x->getType())));
    llvm::Value* multiple = b_.CreateFMul(y, b_.CreateUnaryIntrinsic(llvm::Intrinsic::floor, q));
    llvm::Value* r = b_.CreateSelect(nearlyWhole, fconst(0, x->getType()), b_.CreateFSub(x, multiple));
    r = b_.CreateSelect(b_.CreateFCmpUNE(x, y), b_.CreateBinaryIntrinsic(llvm::Intrinsic::copysign, r, y), r);
    return b_.CreateSelect(b_.CreateFCmpOEQ(y, fconst(0, x->getType())), x, r);
  }

  // An internal function of the kernel's arrays (pointers that alias
  // nothing), its scalars (doubles), then `extra`, returning `ret`.
  llvm::Function* kernelFunction(llvm::Type* ret, std::initializer_list<llvm::Type*> extra, const std::string& name) {
    std::vector<llvm::Type*> params(layout_.arrays, b_.getPtrTy());
    params.insert(params.end(), layout_.scalars, b_.getDoubleTy());
    params.insert(params.end(), extra);
    llvm::Function* fn =
        llvm::Function::Create(llvm::FunctionType::get(ret, params, false), llvm::Function::InternalLinkage, name, &m_);
    fn->addFnAttr(llvm::Attribute::NoUnwind);
    for (uint32_t a = 0; a < layout_.arrays; ++a) fn->addParamAttr(a, llvm::Attribute::NoAlias);
    return fn;
  }

  // mod(x, p) of a whole x (|x| < 2^52) by a whole constant p: floor(x/p)
  // from a multiplication by 1/p is off by at most one, corrected once.
  llvm::Value* wholeMod(llvm::Value* x, double p) {
    llvm::Type* t = x->getType();
    llvm::Value* q = b_.CreateUnaryIntrinsic(llvm::Intrinsic::floor, b_.CreateFMul(x, fconst(1 / p, t)));
    llvm::Value* r = b_.CreateFSub(x, b_.CreateFMul(q, fconst(p, t)));
    r = b_.CreateSelect(b_.CreateFCmpOLT(r, fconst(0, t)), b_.CreateFAdd(r, fconst(p, t)), r);
    return b_.CreateSelect(b_.CreateFCmpOGE(r, fconst(p, t)), b_.CreateFSub(r, fconst(p, t)), r);
  }

  // a op c, both of one float type (comparisons give i1).
  llvm::Value* binary(BinaryOp op, llvm::Value* a, llvm::Value* c) {
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

  // The libm function of x's type (tanf for a single).
  llvm::Value* libm(const char* name, llvm::Value* x) {
    std::string fn = std::string(name) + (x->getType()->isFloatTy() ? "f" : "");
    llvm::FunctionCallee f = m_.getOrInsertFunction(fn, llvm::FunctionType::get(x->getType(), {x->getType()}, false));
    if (auto* fn = llvm::dyn_cast<llvm::Function>(f.getCallee())) {
      fn->setDoesNotAccessMemory();
      fn->setDoesNotThrow();
      fn->setWillReturn();
    }
    return b_.CreateCall(f, {x});
  }

  llvm::Value* own(const std::string& fn, llvm::Value* x) {
    if (fn == "sign") {  // NaN stays NaN, -0 gives 0
      llvm::Type* t = x->getType();
      llvm::Value* s = b_.CreateSelect(b_.CreateFCmpOEQ(x, fconst(0, t)), fconst(0, t), x);
      s = b_.CreateSelect(b_.CreateFCmpOLT(x, fconst(0, t)), fconst(-1, t), s);
      return b_.CreateSelect(b_.CreateFCmpOGT(x, fconst(0, t)), fconst(1, t), s);
    }
    return x;  // double(x), single(x): converted as the node's operand
  }

  // x is already of the node's type.
  llvm::Value* math(const std::string& fn, llvm::Value* x) {
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
  std::vector<llvm::Value*> dims_;       // loadDims
  llvm::Value* index_ = nullptr;         // a time loop's variable in its body
  std::vector<llvm::Value*> carried_;    // its carried values at the element
};

}  // namespace

namespace {

llvm::Constant* kernelSpec(llvm::Module& m, const Kernel& k, const GpuBinary* gpu, uint32_t arrayInputs, uint32_t scalars);

// Extent d (1-based) of an outer kernel's space, from the input
// Kernel::spaceFrom names (1 where none does).
llvm::Value* outerExtent(llvm::IRBuilderBase& b, const Kernel& k, const std::vector<llvm::Value*>& inputs, uint32_t d) {
  int32_t from = d - 1 < k.spaceFrom.size() ? k.spaceFrom[d - 1] : -1;
  if (from < 0) return b.getInt64(1);
  llvm::Module& m = *b.GetInsertBlock()->getModule();
  auto size = m.getOrInsertFunction("mcc_array_size", llvm::FunctionType::get(b.getInt64Ty(), {b.getPtrTy(), b.getInt32Ty()}, false));
  return b.CreateCall(size, {inputs[from], b.getInt32(d)});
}

// The kernel's array outputs (a null for each reduction) and the array that
// carries the space's dims at run time: input 0, or in an outer kernel the
// first array output, made with the extents its inputs give (null when it
// has none: an along reduction takes the extents).
llvm::Value* arrayOutputs(llvm::IRBuilderBase& b, const Kernel& k, const std::vector<llvm::Value*>& inputs,
                          std::vector<llvm::Value*>& outputs) {
  llvm::Module& m = *b.GetInsertBlock()->getModule();
  auto P = b.getPtrTy();
  auto I32 = b.getInt32Ty();
  llvm::Value* space = nullptr;
  for (size_t j = 0; j < k.inputs.size() && !space && k.spaceFrom.empty(); ++j)
    if (k.inputs[j].array) space = inputs[j];
  outputs.assign(k.outputs.size(), nullptr);
  for (size_t o = 0; o < k.outputs.size(); ++o) {
    if (k.outputs[o].reduction) continue;
    uint32_t cls = classOf(k.outputs[o].type);
    if (!space) {
      auto rank = static_cast<uint32_t>(k.spaceFrom.size());
      llvm::Function* fn = b.GetInsertBlock()->getParent();
      llvm::IRBuilder<> entry(&fn->getEntryBlock(), fn->getEntryBlock().begin());
      llvm::Value* dims = entry.CreateAlloca(b.getInt64Ty(), b.getInt32(rank), "kernel.space");
      for (uint32_t d = 1; d <= rank; ++d)
        b.CreateStore(outerExtent(b, k, inputs, d), b.CreateConstGEP1_64(b.getInt64Ty(), dims, d - 1));
      auto create = m.getOrInsertFunction("mcc_array_create", llvm::FunctionType::get(P, {I32, I32, P}, false));
      space = outputs[o] = b.CreateCall(create, {b.getInt32(cls), b.getInt32(rank), dims});
      continue;
    }
    auto output = m.getOrInsertFunction("mcc_kernel_output", llvm::FunctionType::get(P, {I32, P}, false));
    outputs[o] = b.CreateCall(output, {b.getInt32(cls), space});
  }
  return space;
}

// A kernel with a reduction along a dim, launched through
// mcc_kernel_launch_along (its CPU body over the thread pool, or its GPU
// version):
// the layout and the result's dims come from the space's sizes at run time.
std::vector<llvm::Value*> emitAlongLaunch(llvm::IRBuilderBase& b, const Kernel& k, const GpuBinary* gpu,
                                          const std::vector<llvm::Value*>& inputs, llvm::Value* site) {
  llvm::Module& m = *b.GetInsertBlock()->getModule();
  llvm::Function* body = m.getFunction("mcc.kernel.k" + std::to_string(k.id) + ".along");
  if (!body) body = BodyEmitter(m, k).emitAlong();
  Layout layout(k);
  auto P = b.getPtrTy();
  auto I32 = b.getInt32Ty();
  auto I64 = b.getInt64Ty();
  auto D = b.getDoubleTy();
  auto runtime = [&](const char* name, llvm::Type* ret, std::vector<llvm::Type*> params) {
    return m.getOrInsertFunction(name, llvm::FunctionType::get(ret, params, false));
  };
  std::vector<llvm::Value*> outputs;
  llvm::Value* space = arrayOutputs(b, k, inputs, outputs);
  const Node& red = k.nodes[layout.reductionNodes.at(0)];
  uint32_t last = red.dim + red.dims - 1;  // the reduced dims are red.dim .. last
  uint32_t rank = std::max<uint32_t>(static_cast<uint32_t>(k.space.dims.size()), last);
  std::vector<llvm::Value*> size;
  for (uint32_t d = 1; d <= std::max(rank, k.dimsRead()); ++d)
    size.push_back(space ? b.CreateCall(runtime("mcc_array_size", I64, {P, I32}), {space, b.getInt32(d)})
                         : outerExtent(b, k, inputs, d));
  llvm::Value* before = b.getInt64(1);
  llvm::Value* after = b.getInt64(1);
  llvm::Value* len = b.getInt64(1);
  for (uint32_t d = 1; d <= rank; ++d) {
    if (d < red.dim) before = b.CreateMul(before, size[d - 1]);
    else if (d > last) after = b.CreateMul(after, size[d - 1]);
    else len = b.CreateMul(len, size[d - 1]);
  }
  // max and min of an empty dim have nothing to give: that dim stays 0.
  bool minmax = red.reduce == ReduceKind::Max || red.reduce == ReduceKind::Min;
  llvm::Value* emptyDim = b.CreateICmpEQ(len, b.getInt64(0));
  llvm::Function* fn = b.GetInsertBlock()->getParent();
  llvm::IRBuilder<> entry(&fn->getEntryBlock(), fn->getEntryBlock().begin());
  llvm::Value* sizes = entry.CreateAlloca(D, b.getInt32(rank), "kernel.sizes");
  for (uint32_t d = 1; d <= rank; ++d) {
    llvm::Value* v = b.CreateUIToFP(size[d - 1], D);
    if (d == red.dim && minmax) v = b.CreateSelect(emptyDim, llvm::ConstantFP::get(D, 0), llvm::ConstantFP::get(D, 1));
    else if (d >= red.dim && d <= last) v = llvm::ConstantFP::get(D, 1);
    b.CreateStore(v, b.CreateConstGEP1_64(D, sizes, d - 1));
  }
  if (minmax) after = b.CreateSelect(emptyDim, b.getInt64(0), after);
  llvm::Value* result = b.CreateCall(runtime("mcc_zeros", P, {I32, I32, P, P}), {b.getInt32(classOf(red.type)), b.getInt32(rank), sizes, site});

  // The arrays (inputs, outputs, the result last) and the scalars.
  llvm::Value* arrays = entry.CreateAlloca(P, b.getInt32(layout.arrays + 1), "kernel.arrays");
  llvm::Value* scalars = entry.CreateAlloca(D, b.getInt32(std::max(layout.scalars, 1u)), "kernel.scalars");
  for (size_t j = 0; j < k.inputs.size(); ++j) {
    llvm::Value* v = inputs[j];
    if (k.inputs[j].array) b.CreateStore(v, b.CreateConstGEP1_64(P, arrays, layout.inputSlot[j]));
    else b.CreateStore(v->getType()->isIntegerTy(1) ? b.CreateUIToFP(v, D) : v, b.CreateConstGEP1_64(D, scalars, layout.inputSlot[j]));
  }
  for (size_t o = 0; o < k.outputs.size(); ++o) {
    if (k.outputs[o].reduction) outputs[o] = result;
    else b.CreateStore(outputs[o], b.CreateConstGEP1_64(P, arrays, layout.outputSlot[o]));
  }
  b.CreateStore(result, b.CreateConstGEP1_64(P, arrays, layout.arrays));
  // The space's extents: for expanded inputs and the lengths of a vecdim's dims.
  uint32_t ndims = std::max(k.dimsRead(), last);
  llvm::Value* dims = entry.CreateAlloca(I64, b.getInt32(ndims), "kernel.dims");
  for (uint32_t d = 0; d < ndims; ++d) b.CreateStore(size[d], b.CreateConstGEP1_64(I64, dims, d));
  uint32_t arrayInputs = 0;
  for (const kernels::Input& in : k.inputs) arrayInputs += in.array;
  llvm::Constant* spec = kernelSpec(m, k, gpu, arrayInputs, layout.scalars);
  llvm::Value* outer = size[last - 1];  // the last reduced dim's extent: chunks are ranges of it
  b.CreateCall(runtime("mcc_kernel_launch_along", b.getVoidTy(), {P, P, I32, P, P, I64, I64, I64, I64, P}),
               {spec, body, b.getInt32(layout.arrays + 1), arrays, scalars, before, len, after, outer, dims});
  return outputs;
}

}  // namespace

namespace {

// Operations per element of each class of the router's cost model
// (MCC_OPS_*): those of a time loop's body (inBody) or the others.
std::array<double, MCC_OPS_COUNT> opMix(const Kernel& k, bool inBody) {
  std::array<double, MCC_OPS_COUNT> ops{};
  for (uint32_t i = 0; i < k.nodes.size(); ++i) {
    const Node& n = k.nodes[i];
    if ((k.loop && i >= k.loop->bodyBegin && i < k.loop->bodyEnd) != inBody) continue;
    switch (n.kind) {
      case Node::Unary: ops[MCC_OPS_ARITH] += 1; break;
      case Node::Binary:
        if (n.binary == BinaryOp::Power) ops[MCC_OPS_TRANSCENDENTAL] += 1;
        else if (n.binary == BinaryOp::RDivide || n.binary == BinaryOp::LDivide) ops[MCC_OPS_DIVIDE] += 1;
        else ops[MCC_OPS_ARITH] += 1;
        break;
      case Node::Math: {
        static const char* const cheap[] = {"abs", "floor", "ceil", "round", "fix", "sign", "double", "single", "max", "min"};
        bool arith = std::find_if(std::begin(cheap), std::end(cheap), [&](const char* f) { return n.fn == f; }) != std::end(cheap);
        ops[arith ? MCC_OPS_ARITH : n.fn == "sqrt" || n.fn == "mod" ? MCC_OPS_DIVIDE : MCC_OPS_TRANSCENDENTAL] += 1;
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
  // A SPIR-V module as a constant array of words (null when empty).
  auto module = [&](const std::vector<uint32_t>& code, const std::string& suffix) -> llvm::Constant* {
    if (code.empty()) return llvm::ConstantPointerNull::get(P);
    auto* words = llvm::ConstantDataArray::get(ctx, llvm::ArrayRef<uint32_t>(code));
    auto* g = new llvm::GlobalVariable(m, words->getType(), true, llvm::GlobalValue::PrivateLinkage, words, name + suffix);
    g->setAlignment(llvm::Align(4));
    return g;
  };
  llvm::Constant* spirv = gpu ? module(gpu->spirv, ".spirv") : llvm::ConstantPointerNull::get(P);
  llvm::Constant* spirvF64Math = gpu ? module(gpu->spirvF64Math, ".spirv_f64_math") : llvm::ConstantPointerNull::get(P);
  std::string label = "k" + std::to_string(k.id);
  llvm::Constant* labelText = llvm::ConstantDataArray::getString(ctx, label);
  auto* labelVar = new llvm::GlobalVariable(m, labelText->getType(), true, llvm::GlobalValue::PrivateLinkage, labelText, name + ".name");
  auto* opsTy = llvm::ArrayType::get(D, MCC_OPS_COUNT);
  auto opsConstant = [&](const std::array<double, MCC_OPS_COUNT>& ops) {
    std::vector<llvm::Constant*> values;
    for (double v : ops) values.push_back(llvm::ConstantFP::get(D, v));
    return llvm::ConstantArray::get(opsTy, values);
  };
  // A time loop's step count: a scalar input (its slot) or a constant.
  uint32_t stepsScalar = UINT32_MAX;
  double steps = 0;
  if (k.loop) {
    const Node& count = k.nodes[k.loop->count];
    if (count.kind == Node::Scalar) stepsScalar = Layout(k).inputSlot[count.input];
    else steps = count.value;
  }
  // mcc_kernel_spec's fields, in order.
  // The reductions that accumulate in single (the host folds a serial
  // launch's partials as the CPU does).
  uint32_t singleReductions = 0, r = 0;
  for (const Node& n : k.nodes) {
    if (n.kind != Node::Reduce) continue;
    if (r < 32 && n.type == ElemType::F32) singleReductions |= 1u << r;
    ++r;
  }
  auto* ty = llvm::StructType::get(ctx, {I32, I32, I32, I32, P, P, I64, I32, I32, I32, opsTy, I32, opsTy, I32, D, I32, P, I64});
  bool float64 = gpu ? gpu->float64 : kernels::computesInDouble(k);
  // The extents pushed: along dims, up to the last reduced dim too.
  uint32_t spaceDims = k.dimsRead();
  for (const Node& n : k.nodes)
    if (n.kind == Node::Reduce && n.along) spaceDims = std::max(spaceDims, n.dim + n.dims - 1);
  llvm::Constant* fields[] = {u32(k.id), u32(arrayInputs), u32(scalars), u32(float64), labelVar, spirv,
                              llvm::ConstantInt::get(I64, gpu ? gpu->spirv.size() : 0), u32(gpu ? gpu->bufferCount : 0),
                              u32(gpu ? gpu->pushBytes : 0), u32(gpu ? gpu->localSize : 0),
                              opsConstant(opMix(k, false)), u32(spaceDims), opsConstant(opMix(k, true)),
                              u32(stepsScalar), llvm::ConstantFP::get(D, steps), u32(singleReductions), spirvF64Math,
                              llvm::ConstantInt::get(I64, gpu ? gpu->spirvF64Math.size() : 0)};
  return new llvm::GlobalVariable(m, ty, true, llvm::GlobalValue::PrivateLinkage, llvm::ConstantStruct::get(ty, fields),
                                  name + ".spec");
}

}  // namespace

std::vector<llvm::Value*> emitKernelLaunch(llvm::IRBuilderBase& b, const Kernel& k, const GpuBinary* gpu,
                                           const std::vector<llvm::Value*>& inputs, llvm::Value* site) {
  llvm::Module& m = *b.GetInsertBlock()->getModule();
  for (const Node& n : k.nodes)
    if (n.kind == Node::Reduce && n.along) return emitAlongLaunch(b, k, gpu, inputs, site);
  llvm::Function* body = m.getFunction("mcc.kernel.k" + std::to_string(k.id));
  if (!body) body = BodyEmitter(m, k).emit();
  Layout layout(k);
  auto P = b.getPtrTy();
  auto I32 = b.getInt32Ty();
  auto D = b.getDoubleTy();
  auto runtime = [&](const char* name, llvm::Type* ret, std::vector<llvm::Type*> params) {
    return m.getOrInsertFunction(name, llvm::FunctionType::get(ret, params, false));
  };

  std::vector<llvm::Value*> outputs;
  llvm::Value* space = arrayOutputs(b, k, inputs, outputs);

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
    const Node& red = k.nodes[node];
    outputs[o] = b.CreateCall(runtime("mcc_kernel_reduction_result", P, {I32, D, I32, I32, P, P}),
                              {b.getInt32(runtimeKind(red.reduce)), v, b.getInt32(classOf(k.nodes[red.args[0]].type)),
                               b.getInt32(red.dim), space, site});
  }
  return outputs;
}

void useVectorMathLibrary(llvm::FunctionAnalysisManager& fam, const llvm::TargetMachine& machine) {
  const llvm::Triple& t = machine.getTargetTriple();
  llvm::TargetLibraryInfoImpl tlii(t);
  if (t.getArch() == llvm::Triple::x86_64 && t.isOSLinux()) {
    // glibc's libmvec (2.35+): SSE variants (b: 2 doubles or 4 floats)
    // everywhere, AVX2 ones (d: 4 doubles or 8 floats) only where the
    // target CPU has AVX2, so a portable binary never calls an instruction
    // set its CPU may lack.
    bool avx2 = machine.getMCSubtargetInfo()->checkFeatures("+avx2");
    struct Variant {
      std::string scalar, vector, prefix;  // VecDesc keeps StringRefs: filled once, never moved after
      unsigned lanes;
      bool wide;
    };
    static const std::vector<Variant> variants = [] {
      // pow's two arguments are vectors too (vv).
      static const char* const functions[] = {"sin",  "cos",   "exp",   "log",   "tan",  "atan",
                                              "sinh", "cosh",  "tanh",  "log1p", "expm1", "pow"};
      static const char* const intrinsics[] = {"sin", "cos", "exp", "log", "log2", "log10", "pow"};  // llvm.NAME.f64, .f32
      std::vector<Variant> v;
      for (bool single : {false, true})
        for (bool wide : {false, true}) {
          unsigned lanes = (wide ? 4 : 2) * (single ? 2 : 1);
          std::string f = single ? "f" : "";
          auto add = [&](const std::string& scalar, const std::string& fn) {
            std::string args = fn == "pow" ? "vv" : "v";
            std::string isa = std::string(wide ? "_ZGVdN" : "_ZGVbN") + std::to_string(lanes) + args + "_";
            v.push_back({scalar, isa + fn + f, "_ZGV_LLVM_N" + std::to_string(lanes) + args, lanes, wide});
          };
          // Not powf: its vector version differs from the scalar one (and so
          // from the unfused program) in the last bit of 1 result in 20.
          for (const char* fn : functions)
            if (!single || std::string(fn) != "pow") add(fn + f, fn);
          for (const char* fn : intrinsics)
            if (!single || std::string(fn) != "pow") add(std::string("llvm.") + fn + (single ? ".f32" : ".f64"), fn);
        }
      return v;
    }();
    std::vector<llvm::VecDesc> table;
    for (const Variant& v : variants)
      if (!v.wide || avx2)
        table.push_back({v.scalar, v.vector, llvm::ElementCount::getFixed(v.lanes), false, v.prefix});
    tlii.addVectorizableFunctions(table);
  }
  fam.registerPass([tlii] { return llvm::TargetLibraryAnalysis(tlii); });
}

}  // namespace mcc::codegen
