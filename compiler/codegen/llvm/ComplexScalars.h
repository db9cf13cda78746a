// Complex double scalars in machine registers: LLVM code for the arithmetic
// of values that CodegenLLVM keeps unboxed as {re, im, isComplex}.
//
// A double scalar that inference did not prove real (complexity Complex or
// Unknown: `z = 0; z = z*z + c`) is three machine values. The flag is the
// run-time complexity MATLAB shows (isreal, display): the runtime narrows a
// complex result whose imaginary part is zero to real after arithmetic and
// indexing, but complex(a, 0), conj and unary minus keep it complex. The
// helpers here compute what the runtime's element-wise operations compute,
// bit for bit: std::complex<double> arithmetic (naive products with the
// C99 Annex G recovery of __muldc3 when both parts come out NaN, __divdc3
// for division, repeated squaring for integer powers), real arithmetic when
// neither operand is complex, and the narrowing. A flag-false value always
// has im == +0.
//
// Tests: tests/lit/codegen/complex-scalar-loop.m (no boxed calls in the
// loop), tests/conformance/complex_scalar_loops.m.
#pragma once

#include <llvm/IR/IRBuilder.h>
#include <llvm/IR/Module.h>

#include <cstdint>
#include <optional>

namespace mcc::codegen {

struct ComplexValue {
  llvm::Value* re;
  llvm::Value* im;
  llvm::Value* isComplex;  // i1
};

// {double, double, i1}: the register form of a maybe-complex double scalar.
llvm::StructType* complexScalarType(llvm::LLVMContext& ctx);
llvm::Value* packComplex(llvm::IRBuilderBase& b, const ComplexValue& z);
ComplexValue unpackComplex(llvm::IRBuilderBase& b, llvm::Value* v);
// A real value (double, or a logical i1) as a complex one with flag false.
ComplexValue complexOfReal(llvm::IRBuilderBase& b, llvm::Value* x);
// The flag is kept; a flag-false value's imaginary part becomes +0.
ComplexValue withFlag(llvm::IRBuilderBase& b, llvm::Value* re, llvm::Value* im, llvm::Value* isComplex);
// MATLAB's narrowing of an arithmetic result: complex only where im != 0 (or NaN).
ComplexValue narrowed(llvm::IRBuilderBase& b, llvm::Value* re, llvm::Value* im);

enum class ComplexOp { Plus, Minus, Times, RDivide, LDivide };
// a op b as the runtime computes it (mcc_binary of two scalars).
ComplexValue complexArithmetic(llvm::IRBuilderBase& b, llvm::Module& m, ComplexOp op, const ComplexValue& x,
                               const ComplexValue& y);
// x ^ n for an integer constant |n| <= 65536 (the runtime's repeated squaring);
// std::nullopt for other exponents, which the runtime computes.
std::optional<ComplexValue> complexIntegerPower(llvm::IRBuilderBase& b, llvm::Module& m, const ComplexValue& x, double n);
// abs: hypot of the parts (std::abs of std::complex; fabs for a real value, the same number).
llvm::Value* complexAbs(llvm::IRBuilderBase& b, llvm::Module& m, const ComplexValue& x);

}  // namespace mcc::codegen
