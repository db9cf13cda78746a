// Complex double scalars in machine registers; see ComplexScalars.h.
#include "ComplexScalars.h"

#include <cmath>
#include <functional>

namespace mcc::codegen {
namespace {

llvm::Value* zero(llvm::IRBuilderBase& b) { return llvm::ConstantFP::get(b.getDoubleTy(), 0.0); }

// then() when cond holds, otherwise otherwise(): both give {re, im} pairs.
std::pair<llvm::Value*, llvm::Value*> choose(llvm::IRBuilderBase& b, llvm::Value* cond,
                                             const std::function<std::pair<llvm::Value*, llvm::Value*>()>& then,
                                             const std::function<std::pair<llvm::Value*, llvm::Value*>()>& otherwise) {
  if (auto* c = llvm::dyn_cast<llvm::ConstantInt>(cond)) return c->isOne() ? then() : otherwise();
  llvm::Function* fn = b.GetInsertBlock()->getParent();
  llvm::LLVMContext& ctx = fn->getContext();
  auto* yes = llvm::BasicBlock::Create(ctx, "cx.then", fn);
  auto* no = llvm::BasicBlock::Create(ctx, "cx.else", fn);
  auto* done = llvm::BasicBlock::Create(ctx, "cx.done", fn);
  b.CreateCondBr(cond, yes, no);
  b.SetInsertPoint(yes);
  auto [r1, i1] = then();
  llvm::BasicBlock* yesEnd = b.GetInsertBlock();
  b.CreateBr(done);
  b.SetInsertPoint(no);
  auto [r2, i2] = otherwise();
  llvm::BasicBlock* noEnd = b.GetInsertBlock();
  b.CreateBr(done);
  b.SetInsertPoint(done);
  llvm::PHINode* re = b.CreatePHI(b.getDoubleTy(), 2);
  re->addIncoming(r1, yesEnd);
  re->addIncoming(r2, noEnd);
  llvm::PHINode* im = b.CreatePHI(b.getDoubleTy(), 2);
  im->addIncoming(i1, yesEnd);
  im->addIncoming(i2, noEnd);
  return {re, im};
}

// A libgcc/compiler-rt helper of C's complex arithmetic: (a + bi) op (c + di).
std::pair<llvm::Value*, llvm::Value*> callComplexHelper(llvm::IRBuilderBase& b, llvm::Module& m, const char* name,
                                                        llvm::Value* a, llvm::Value* bi, llvm::Value* c, llvm::Value* d) {
  auto* D = b.getDoubleTy();
  auto* pair = llvm::StructType::get(b.getContext(), {D, D});
  llvm::FunctionCallee f = m.getOrInsertFunction(name, llvm::FunctionType::get(pair, {D, D, D, D}, false));
  llvm::Value* r = b.CreateCall(f, {a, bi, c, d});
  return {b.CreateExtractValue(r, {0}), b.CreateExtractValue(r, {1})};
}

// std::complex<double> multiplication as clang and GCC compile it: the
// textbook formula, and __muldc3 (Annex G) when both parts are NaN.
std::pair<llvm::Value*, llvm::Value*> multiply(llvm::IRBuilderBase& b, llvm::Module& m, llvm::Value* a, llvm::Value* bi,
                                               llvm::Value* c, llvm::Value* d) {
  llvm::Value* re = b.CreateFSub(b.CreateFMul(a, c), b.CreateFMul(bi, d));
  llvm::Value* im = b.CreateFAdd(b.CreateFMul(a, d), b.CreateFMul(bi, c));
  llvm::Value* bothNaN = b.CreateAnd(b.CreateFCmpUNO(re, re), b.CreateFCmpUNO(im, im));
  return choose(b, bothNaN, [&] { return callComplexHelper(b, m, "__muldc3", a, bi, c, d); },
                [&] { return std::pair{re, im}; });
}

}  // namespace

llvm::StructType* complexScalarType(llvm::LLVMContext& ctx) {
  return llvm::StructType::get(ctx, {llvm::Type::getDoubleTy(ctx), llvm::Type::getDoubleTy(ctx), llvm::Type::getInt1Ty(ctx)});
}

llvm::Value* packComplex(llvm::IRBuilderBase& b, const ComplexValue& z) {
  llvm::Value* v = llvm::PoisonValue::get(complexScalarType(b.getContext()));
  v = b.CreateInsertValue(v, z.re, {0});
  v = b.CreateInsertValue(v, z.im, {1});
  return b.CreateInsertValue(v, z.isComplex, {2});
}

ComplexValue unpackComplex(llvm::IRBuilderBase& b, llvm::Value* v) {
  return {b.CreateExtractValue(v, {0}), b.CreateExtractValue(v, {1}), b.CreateExtractValue(v, {2})};
}

ComplexValue complexOfReal(llvm::IRBuilderBase& b, llvm::Value* x) {
  if (x->getType()->isIntegerTy(1)) x = b.CreateUIToFP(x, b.getDoubleTy());
  return {x, zero(b), b.getFalse()};
}

ComplexValue withFlag(llvm::IRBuilderBase& b, llvm::Value* re, llvm::Value* im, llvm::Value* isComplex) {
  return {re, b.CreateSelect(isComplex, im, zero(b)), isComplex};
}

ComplexValue narrowed(llvm::IRBuilderBase& b, llvm::Value* re, llvm::Value* im) {
  return withFlag(b, re, im, b.CreateFCmpUNE(im, zero(b)));
}

ComplexValue complexArithmetic(llvm::IRBuilderBase& b, llvm::Module& m, ComplexOp op, const ComplexValue& x,
                               const ComplexValue& y) {
  llvm::Value* anyComplex = b.CreateOr(x.isComplex, y.isComplex);
  switch (op) {
    // Real operands have im = +0, so the complex sum is the real one (and +0).
    case ComplexOp::Plus: return narrowed(b, b.CreateFAdd(x.re, y.re), b.CreateFAdd(x.im, y.im));
    case ComplexOp::Minus: return narrowed(b, b.CreateFSub(x.re, y.re), b.CreateFSub(x.im, y.im));
    case ComplexOp::Times: {
      // Not so for products: (Inf + 0i) * (2 + 0i) has a NaN imaginary part.
      auto [re, im] = choose(b, anyComplex, [&] { return multiply(b, m, x.re, x.im, y.re, y.im); },
                             [&] { return std::pair{b.CreateFMul(x.re, y.re), zero(b)}; });
      return narrowed(b, re, im);
    }
    case ComplexOp::RDivide: case ComplexOp::LDivide: {
      const ComplexValue& n = op == ComplexOp::RDivide ? x : y;
      const ComplexValue& d = op == ComplexOp::RDivide ? y : x;
      auto [re, im] = choose(b, anyComplex, [&] { return callComplexHelper(b, m, "__divdc3", n.re, n.im, d.re, d.im); },
                             [&] { return std::pair{b.CreateFDiv(n.re, d.re), zero(b)}; });
      return narrowed(b, re, im);
    }
  }
  return x;
}

std::optional<ComplexValue> complexIntegerPower(llvm::IRBuilderBase& b, llvm::Module& m, const ComplexValue& x, double n) {
  if (n != std::trunc(n) || std::abs(n) > 65536) return std::nullopt;
  auto [re, im] = choose(
      b, x.isComplex,
      [&] {
        // complexPower in runtime-support/src/array/Elementwise.cpp, unrolled.
        llvm::Value* rr = llvm::ConstantFP::get(b.getDoubleTy(), 1.0);
        llvm::Value* ri = zero(b);
        llvm::Value* br = x.re;
        llvm::Value* bi = x.im;
        for (uint64_t e = static_cast<uint64_t>(std::abs(n)); e; e >>= 1) {
          if (e & 1) std::tie(rr, ri) = multiply(b, m, rr, ri, br, bi);
          if (e >> 1) std::tie(br, bi) = multiply(b, m, br, bi, br, bi);
        }
        if (n < 0) return callComplexHelper(b, m, "__divdc3", llvm::ConstantFP::get(b.getDoubleTy(), 1.0), zero(b), rr, ri);
        return std::pair{rr, ri};
      },
      [&] {
        // A real base to an integer power stays real: pow, as for real scalars.
        llvm::Value* p = b.CreateBinaryIntrinsic(llvm::Intrinsic::pow, x.re, llvm::ConstantFP::get(b.getDoubleTy(), n));
        return std::pair{p, zero(b)};
      });
  return narrowed(b, re, im);
}

llvm::Value* complexAbs(llvm::IRBuilderBase& b, llvm::Module& m, const ComplexValue& x) {
  auto* D = b.getDoubleTy();
  llvm::FunctionCallee hypot = m.getOrInsertFunction("hypot", llvm::FunctionType::get(D, {D, D}, false));
  return b.CreateCall(hypot, {x.re, x.im});
}

}  // namespace mcc::codegen
