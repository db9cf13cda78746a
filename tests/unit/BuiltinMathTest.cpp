// Unit tests of the math builtins (runtime-support/src/builtins/Math.cpp):
// element-wise functions of one and two arguments, the element tests and
// class predicates, conversions, and the constants. The harness is
// BuiltinTesting.h, the `// octave: EXPR` convention ArrayTesting.h's; check
// the expectations with `python3 runtime-support/src/array/octave_expected.py
// check tests/unit/BuiltinMathTest.cpp`. Lines citing MATLAB instead cover
// its error messages and where Octave 7.3 differs (round(x, n), mod of char).
#include <vector>

#include "BuiltinTesting.h"

using namespace mcc_array_testing;

namespace {

A single(const A& a) { return as(MCC_CLASS_SINGLE, a); }
A boolean(bool v) { return A(mcc_array_from_bool(v)); }

}  // namespace

using BuiltinMath = Array;

// --- Functions of one argument: real results, and complex where needed ------------

TEST_F(BuiltinMath, RealResultsStayReal) {
  EXPECT_EQ(showCall(mcc_bi_sqrt, {row({4, 9})}), "double 1x2: 2 3");  // octave: sqrt([4 9])
  EXPECT_EQ(showCall(mcc_bi_exp, {row({0, 1})}), "double 1x2: 1 2.7182818284590451");  // octave: exp([0 1])
  EXPECT_EQ(showCall(mcc_bi_expm1, {num(1e-10)}), "double 1x1: 1.00000000005e-10");  // octave: expm1(1e-10)
  EXPECT_EQ(showCall(mcc_bi_cos, {row({0, 3.14159265358979312})}), "double 1x2: 1 -1");  // octave: cos([0 pi])
  EXPECT_EQ(showCall(mcc_bi_atan, {num(1)}), "double 1x1: 0.78539816339744828");  // octave: atan(1)
  EXPECT_EQ(showCall(mcc_bi_sinh, {num(1)}), "double 1x1: 1.1752011936438014");  // octave: sinh(1)
  EXPECT_EQ(showCall(mcc_bi_cosh, {num(1)}), "double 1x1: 1.5430806348152437");  // octave: cosh(1)
  EXPECT_EQ(showCall(mcc_bi_tanh, {num(1)}), "double 1x1: 0.76159415595576485");  // octave: tanh(1)
  EXPECT_EQ(showCall(mcc_bi_asinh, {num(1)}), "double 1x1: 0.88137358701954305");  // octave: asinh(1)
  EXPECT_EQ(showCall(mcc_bi_tan, {num(0.78539816339744828)}), "double 1x1: 0.99999999999999989");  // octave: tan(pi/4)
  EXPECT_EQ(showCall(mcc_bi_sin, {num(1.5707963267948966)}), "double 1x1: 1");  // octave: sin(pi/2)
  EXPECT_EQ(showCall(mcc_bi_gamma, {row({-1, 0, -0.0, 0.5, 5, -1.5})}), "double 1x6: Inf Inf -Inf 1.7724538509055161 24 2.3632718012073548");  // octave: gamma([-1 0 -0 0.5 5 -1.5])
}

TEST_F(BuiltinMath, OneNegativeElementMakesTheWholeResultComplex) {
  EXPECT_EQ(showCall(mcc_bi_sqrt, {row({4, -4, 0, NaN})}), "double 1x4: (2,0) (0,2) (0,0) (NaN,0)");  // octave: sqrt([4 -4 0 NaN])
  EXPECT_EQ(showCall(mcc_bi_sqrt, {single(num(-1))}), "single 1x1: (0,1)");  // octave: sqrt(single(-1))
  EXPECT_EQ(showCall(mcc_bi_log, {row({1, -1, 0})}), "double 1x3: (0,0) (0,3.1415926535897931) (-Inf,0)");  // octave: log([1 -1 0])
  EXPECT_EQ(showCall(mcc_bi_log2, {row({8, -8})}), "double 1x2: (3,0) (3,4.5323601418271942)");  // octave: log2([8 -8])
  EXPECT_EQ(showCall(mcc_bi_log10, {row({100, -100})}), "double 1x2: (2,0) (2,1.3643763538418414)");  // octave: log10([100 -100])
  EXPECT_EQ(showCall(mcc_bi_log1p, {row({-2, 0})}), "double 1x2: (0,3.1415926535897931) (0,0)");  // octave: log1p([-2 0])
  EXPECT_EQ(showCall(mcc_bi_acosh, {row({0.5, 2})}), "double 1x2: (0,1.0471975511965976) (1.3169578969248166,0)");  // octave: acosh([0.5 2])
  EXPECT_EQ(showCall(mcc_bi_atanh, {row({2, -2, 0.5})}), "double 1x3: (0.54930614433405489,1.5707963267948966) (-0.54930614433405489,1.5707963267948966) (0.54930614433405478,0)");  // octave: atanh([2 -2 0.5])
}

TEST_F(BuiltinMath, AsinAndAcosOutsideTheUnitIntervalFollowMatlabsBranches) {
  EXPECT_EQ(showCall(mcc_bi_asin, {row({0.5, 2, -2})}), "double 1x3: (0.52359877559829893,0) (1.5707963267948966,-1.3169578969248166) (-1.5707963267948966,1.3169578969248166)");  // octave: asin([0.5 2 -2])
  EXPECT_EQ(showCall(mcc_bi_acos, {row({2, -2})}), "double 1x2: (0,1.3169578969248166) (3.1415926535897931,-1.3169578969248166)");  // octave: acos([2 -2])
}

TEST_F(BuiltinMath, ComplexArguments) {
  EXPECT_EQ(showCall(mcc_bi_abs, {cplx(3, 4)}), "double 1x1: 5");  // octave: abs(3+4i)
  EXPECT_EQ(showCall(mcc_bi_sqrt, {cplx(-4, 0)}), "double 1x1: (0,2)");  // octave: sqrt(-4+0i)
  EXPECT_EQ(showCall(mcc_bi_sqrt, {cplx(3, 4)}), "double 1x1: (2,1)");  // octave: sqrt(3+4i)
  EXPECT_EQ(showCall(mcc_bi_exp, {cplx(0, 3.1415926535897931)}), "double 1x1: (-1,1.2246467991473532e-16)");  // octave: exp(1i*pi)
  EXPECT_EQ(showCall(mcc_bi_log, {cplx(0, 1)}), "double 1x1: (0,1.5707963267948966)");  // octave: log(1i)
  EXPECT_EQ(showCall(mcc_bi_sin, {cplx(1, 1)}), "double 1x1: (1.2984575814159773,0.63496391478473613)");  // octave: sin(1+1i)
  EXPECT_EQ(showCall(mcc_bi_cos, {cplx(1, 1)}), "double 1x1: (0.83373002513114913,-0.98889770576286506)");  // octave: cos(1+1i)
  EXPECT_EQ(showCall(mcc_bi_sign, {cplx(3, 4)}), "double 1x1: (0.59999999999999998,0.80000000000000004)");  // octave: sign(3+4i)
  EXPECT_EQ(showCall(mcc_bi_floor, {cplx(2.5, -1.5)}), "double 1x1: (2,-2)");  // octave: floor(2.5-1.5i)
  // A complex result whose imaginary parts are all zero is real.
  EXPECT_EQ(showCall(mcc_bi_sqrt, {cplx(4, 0)}), "double 1x1: 2");
  // MATLAB: gamma is defined for real arguments only.
  EXPECT_EQ(errorOf([] { call(mcc_bi_gamma, {cplx(1, 1)}); }), "Input arguments must be real.");
}

TEST_F(BuiltinMath, RoundingAndSign) {
  EXPECT_EQ(showCall(mcc_bi_floor, {row({-1.5, 1.5})}), "double 1x2: -2 1");  // octave: floor([-1.5 1.5])
  EXPECT_EQ(showCall(mcc_bi_ceil, {row({-1.5, 1.5})}), "double 1x2: -1 2");  // octave: ceil([-1.5 1.5])
  EXPECT_EQ(showCall(mcc_bi_round, {row({-2.5, 2.5, 0.5, -0.5})}), "double 1x4: -3 3 1 -1");  // octave: round([-2.5 2.5 0.5 -0.5])
  EXPECT_EQ(showCall(mcc_bi_fix, {row({-2.7, 2.7})}), "double 1x2: -2 2");  // octave: fix([-2.7 2.7])
  EXPECT_EQ(showCall(mcc_bi_sign, {row({-2, 0, 3, NaN})}), "double 1x4: -1 0 1 NaN");  // octave: sign([-2 0 3 NaN])
  EXPECT_EQ(showCall(mcc_bi_abs, {row({-1.5, 2})}), "double 1x2: 1.5 2");  // octave: abs([-1.5 2])
  // MATLAB's round(x, n) (Octave 7 has no second argument): n digits after
  // the point, or before it when negative; integers keep their class.
  EXPECT_EQ(showCall(mcc_bi_round, {num(3.14159265358979312), num(2)}), "double 1x1: 3.1400000000000001");
  EXPECT_EQ(showCall(mcc_bi_round, {num(1234), num(-2)}), "double 1x1: 1200");
  EXPECT_EQ(showCall(mcc_bi_round, {i8({17}), num(-1)}), "int8 1x1: 20");
  EXPECT_EQ(errorOf([] { call(mcc_bi_round, {num(1), num(0.5)}); }), "N must be an integer.");
}

// --- Classes ------------------------------------------------------------------------

TEST_F(BuiltinMath, IntegersKeepTheirClassWhereMatlabAllowsThem) {
  EXPECT_EQ(showCall(mcc_bi_abs, {i8({-128, -5, 5})}), "int8 1x3: 127 5 5");  // octave: abs(int8([-128 -5 5]))
  EXPECT_EQ(showCall(mcc_bi_sign, {i8({-5, 0, 5})}), "int8 1x3: -1 0 1");  // octave: sign(int8([-5 0 5]))
  EXPECT_EQ(showCall(mcc_bi_floor, {as(MCC_CLASS_INT16, num(7))}), "int16 1x1: 7");  // octave: floor(int16(7))
  // MATLAB: sqrt, exp, sin... have no integer methods.
  const char* sqrtError = "Check for incorrect argument data type or missing argument in call to function 'sqrt'.";
  EXPECT_EQ(errorOf([] { call(mcc_bi_sqrt, {as(MCC_CLASS_INT32, num(4))}); }), sqrtError);
  EXPECT_EQ(errorOf([] { call(mcc_bi_sin, {i8({1})}); }),
            "Check for incorrect argument data type or missing argument in call to function 'sin'.");
}

TEST_F(BuiltinMath, LogicalAndCharComputeAsDoubleAndSingleStaysSingle) {
  EXPECT_EQ(showCall(mcc_bi_abs, {str("a")}), "double 1x1: 97");  // octave: abs('a')
  EXPECT_EQ(showCall(mcc_bi_abs, {boolean(true)}), "double 1x1: 1");  // octave: abs(true)
  EXPECT_EQ(showCall(mcc_bi_floor, {str("a")}), "double 1x1: 97");  // octave: floor('a')
  EXPECT_EQ(showCall(mcc_bi_abs, {single(num(-2))}), "single 1x1: 2");  // octave: abs(single(-2))
  EXPECT_EQ(showCall(mcc_bi_sqrt, {single(num(2))}), "single 1x1: 1.4142135381698608");  // octave: sqrt(single(2))
}

TEST_F(BuiltinMath, EmptyAndNdArraysKeepTheirShape) {
  EXPECT_EQ(showCall(mcc_bi_sqrt, {zeros({0, 3})}), "double 0x3:");  // octave: sqrt(zeros(0,3))
  EXPECT_EQ(showCall(mcc_bi_sqrt, {nd({2, 2, 2}, {1, 4, 9, 16, 25, 36, 49, 64})}), "double 2x2x2: 1 2 3 4 5 6 7 8");  // octave: sqrt(reshape([1 4 9 16 25 36 49 64], 2, 2, 2))
}

TEST_F(BuiltinMath, ArityErrors) {
  EXPECT_EQ(errorOf([] { call(mcc_bi_sqrt, {}); }), "Not enough input arguments.");
  EXPECT_EQ(errorOf([] { call(mcc_bi_sqrt, {num(1), num(2)}); }), "Too many input arguments.");
  EXPECT_EQ(errorOf([] { calls(mcc_bi_sqrt, 2, {num(1)}); }), "Too many output arguments.");
  EXPECT_EQ(errorOf([] { call(mcc_bi_mod, {num(1)}); }), "Not enough input arguments.");
  EXPECT_EQ(errorOf([] { call(mcc_bi_intmax, {str("int8"), str("int8")}); }), "Too many input arguments.");
}

// --- Parts of complex values ----------------------------------------------------------

TEST_F(BuiltinMath, RealImagConjAngle) {
  A z = crow({{1, 2}, {3, -4}});
  EXPECT_EQ(showCall(mcc_bi_real, {z}), "double 1x2: 1 3");  // octave: real([1+2i 3-4i])
  EXPECT_EQ(showCall(mcc_bi_imag, {z}), "double 1x2: 2 -4");  // octave: imag([1+2i 3-4i])
  EXPECT_EQ(showCall(mcc_bi_conj, {z}), "double 1x2: (1,-2) (3,4)");  // octave: conj([1+2i 3-4i])
  EXPECT_EQ(showCall(mcc_bi_angle, {crow({{0, 1}, {-1, 0}, {1, 0}})}), "double 1x3: 1.5707963267948966 3.1415926535897931 0");  // octave: angle([1i -1 1])
  EXPECT_EQ(showCall(mcc_bi_real, {i8({5})}), "int8 1x1: 5");  // octave: real(int8(5))
  EXPECT_EQ(showCall(mcc_bi_imag, {i8({5})}), "int8 1x1: 0");  // octave: imag(int8(5))
  EXPECT_EQ(showCall(mcc_bi_real, {str("a")}), "double 1x1: 97");  // octave: real('a')
  EXPECT_EQ(showCall(mcc_bi_imag, {str("a")}), "double 1x1: 0");  // octave: imag('a')
  EXPECT_EQ(showCall(mcc_bi_angle, {single(num(-1))}), "single 1x1: 3.1415927410125732");  // octave: angle(single(-1))
}

TEST_F(BuiltinMath, Log2WithTwoOutputsSplitsMantissaAndExponent) {
  std::vector<A> fe = calls(mcc_bi_log2, 2, {row({8, 0.75, 0, -3})});
  EXPECT_EQ(show(fe[0]), "double 1x4: 0.5 0.75 0 -0.75");  // octave: nthargout(1, 2, @log2, [8 0.75 0 -3])
  EXPECT_EQ(show(fe[1]), "double 1x4: 4 0 0 2");  // octave: nthargout(2, 2, @log2, [8 0.75 0 -3])
}

// --- Functions of two arguments -----------------------------------------------------

TEST_F(BuiltinMath, ModAndRemOfDoubles) {
  EXPECT_EQ(showCall(mcc_bi_mod, {row({-4, -1, 7, 9}), num(3)}), "double 1x4: 2 2 1 0");  // octave: mod([-4 -1 7 9], 3)
  EXPECT_EQ(showCall(mcc_bi_mod, {row({-4, -1, 7, 9}), num(-3)}), "double 1x4: -1 -1 -2 -0");  // octave: mod([-4 -1 7 9], -3)
  EXPECT_EQ(showCall(mcc_bi_rem, {row({-4, -1, 7, 9}), num(3)}), "double 1x4: -1 -1 1 0");  // octave: rem([-4 -1 7 9], 3)
  EXPECT_EQ(showCall(mcc_bi_mod, {num(5), num(0)}), "double 1x1: 5");  // octave: mod(5, 0)
  EXPECT_EQ(showCall(mcc_bi_rem, {num(5), num(0)}), "double 1x1: NaN");  // octave: rem(5, 0)
  EXPECT_EQ(showCall(mcc_bi_mod, {num(-1), num(3)}), "double 1x1: 2");  // octave: mod(-1, 3)
  EXPECT_EQ(showCall(mcc_bi_mod, {num(-0.0), num(3)}), "double 1x1: 0");  // octave: mod(-0, 3)
  EXPECT_EQ(showCall(mcc_bi_rem, {num(5), num(Inf)}), "double 1x1: NaN");  // octave: rem(5, Inf)
  // A quotient within round-off of a whole number gives exactly 0.
  EXPECT_EQ(showCall(mcc_bi_mod, {row({0.3, 4 * 3.1415926535897931}), row({0.1, 2 * 3.1415926535897931})}), "double 1x2: 0 0");  // octave: mod([0.3 4*pi], [0.1 2*pi])
  EXPECT_EQ(showCall(mcc_bi_rem, {num(-0.3), num(0.1)}), "double 1x1: -0");  // octave: rem(-0.3, 0.1)
  EXPECT_EQ(showCall(mcc_bi_mod, {single(num(5.5)), num(2)}), "single 1x1: 1.5");  // octave: mod(single(5.5), 2)
  // MATLAB takes char and logical as double (Octave 7 refuses them).
  EXPECT_EQ(showCall(mcc_bi_mod, {str("a"), num(10)}), "double 1x1: 7");
  EXPECT_EQ(showCall(mcc_bi_mod, {boolean(true), num(2)}), "double 1x1: 1");
}

TEST_F(BuiltinMath, ModAndRemOfIntegers) {
  EXPECT_EQ(showCall(mcc_bi_mod, {i8({-7}), i8({3})}), "int8 1x1: 2");  // octave: mod(int8(-7), int8(3))
  EXPECT_EQ(showCall(mcc_bi_rem, {i8({-7}), i8({3})}), "int8 1x1: -1");  // octave: rem(int8(-7), int8(3))
  EXPECT_EQ(showCall(mcc_bi_mod, {i8({10}), num(3.5)}), "int8 1x1: 2");  // octave: mod(int8(10), 3.5)
  EXPECT_EQ(showCall(mcc_bi_mod, {i8({5}), i8({0})}), "int8 1x1: 5");  // octave: mod(int8(5), int8(0))
  EXPECT_EQ(showCall(mcc_bi_rem, {i8({5}), i8({0})}), "int8 1x1: 0");  // octave: rem(int8(5), int8(0))
  EXPECT_EQ(showCall(mcc_bi_mod, {i8({-128}), i8({-1})}), "int8 1x1: 0");  // octave: mod(int8(-128), int8(-1))
  EXPECT_EQ(showCall(mcc_bi_mod, {as(MCC_CLASS_UINT8, num(200)), as(MCC_CLASS_UINT8, num(7))}), "uint8 1x1: 4");  // octave: mod(uint8(200), uint8(7))
  // MATLAB's message for two integer classes.
  EXPECT_EQ(errorOf([] { call(mcc_bi_mod, {i8({1}), as(MCC_CLASS_INT16, num(1))}); }),
            "Integers can only be combined with integers of the same class, or scalar doubles.");
}

TEST_F(BuiltinMath, BinaryFunctionsExpandImplicitly) {
  EXPECT_EQ(showCall(mcc_bi_mod, {row({1, 2, 3}), col({2, 3})}), "double 2x3: 1 1 0 2 1 0");  // octave: mod([1 2 3], [2; 3])
  EXPECT_EQ(showCall(mcc_bi_mod, {iota({2, 2, 2}), row({3, 5})}), "double 2x2x2: 1 2 3 4 2 0 2 3");  // octave: mod(reshape(1:8, 2, 2, 2), [3 5])
  EXPECT_EQ(errorOf([] { call(mcc_bi_mod, {row({1, 2}), row({1, 2, 3})}); }), "Arrays have incompatible sizes for this operation.");
}

TEST_F(BuiltinMath, Atan2AndHypot) {
  EXPECT_EQ(showCall(mcc_bi_atan2, {row({1, -1}), row({1, 1})}), "double 1x2: 0.78539816339744828 -0.78539816339744828");  // octave: atan2([1 -1], [1 1])
  EXPECT_EQ(showCall(mcc_bi_atan2, {single(num(1)), num(1)}), "single 1x1: 0.78539818525314331");  // octave: atan2(single(1), 1)
  EXPECT_EQ(showCall(mcc_bi_hypot, {num(3), row({4, 0})}), "double 1x2: 5 3");  // octave: hypot(3, [4 0])
  EXPECT_EQ(showCall(mcc_bi_hypot, {cplx(0, 3), num(4)}), "double 1x1: 5");  // octave: hypot(3i, 4)
  EXPECT_EQ(errorOf([] { call(mcc_bi_atan2, {i8({1}), num(1)}); }),
            "Check for incorrect argument data type or missing argument in call to function 'atan2'.");
}

// --- Element tests and class predicates ------------------------------------------------

TEST_F(BuiltinMath, NanInfFinite) {
  EXPECT_EQ(showCall(mcc_bi_isnan, {row({1, NaN, Inf})}), "logical 1x3: 0 1 0");  // octave: isnan([1 NaN Inf])
  EXPECT_EQ(showCall(mcc_bi_isinf, {row({1, NaN, -Inf})}), "logical 1x3: 0 0 1");  // octave: isinf([1 NaN -Inf])
  EXPECT_EQ(showCall(mcc_bi_isfinite, {row({1, NaN, -Inf})}), "logical 1x3: 1 0 0");  // octave: isfinite([1 NaN -Inf])
  EXPECT_EQ(showCall(mcc_bi_isnan, {cplx(1, NaN)}), "logical 1x1: 1");  // octave: isnan(complex(1, NaN))
  EXPECT_EQ(showCall(mcc_bi_isnan, {i8({1, 2})}), "logical 1x2: 0 0");  // octave: isnan(int8([1 2]))
  EXPECT_EQ(showCall(mcc_bi_isfinite, {str("ab")}), "logical 1x2: 1 1");  // octave: isfinite('ab')
  EXPECT_EQ(showCall(mcc_bi_isnan, {zeros({0, 3})}), "logical 0x3:");  // octave: isnan(zeros(0,3))
}

TEST_F(BuiltinMath, ClassPredicates) {
  EXPECT_EQ(showCall(mcc_bi_isreal, {cplx(1, 0)}), "logical 1x1: 0");  // octave: isreal(complex(1,0))
  EXPECT_EQ(showCall(mcc_bi_isreal, {str("a")}), "logical 1x1: 1");  // octave: isreal('a')
  EXPECT_EQ(showCall(mcc_bi_isnumeric, {i8({1})}), "logical 1x1: 1");  // octave: isnumeric(int8(1))
  EXPECT_EQ(showCall(mcc_bi_isnumeric, {boolean(true)}), "logical 1x1: 0");  // octave: isnumeric(true)
  EXPECT_EQ(showCall(mcc_bi_ischar, {str("a")}), "logical 1x1: 1");  // octave: ischar('a')
  EXPECT_EQ(showCall(mcc_bi_islogical, {boolean(true)}), "logical 1x1: 1");  // octave: islogical(true)
  EXPECT_EQ(showCall(mcc_bi_isfloat, {single(num(1))}), "logical 1x1: 1");  // octave: isfloat(single(1))
  EXPECT_EQ(showCall(mcc_bi_isinteger, {i8({1})}), "logical 1x1: 1");  // octave: isinteger(int8(1))
  EXPECT_EQ(showCall(mcc_bi_isinteger, {num(1)}), "logical 1x1: 0");  // octave: isinteger(1)
}

// --- Conversions -------------------------------------------------------------------------

TEST_F(BuiltinMath, Conversions) {
  EXPECT_EQ(showCall(mcc_bi_double, {str("AB")}), "double 1x2: 65 66");  // octave: double('AB')
  EXPECT_EQ(showCall(mcc_bi_single, {num(1.5)}), "single 1x1: 1.5");  // octave: single(1.5)
  EXPECT_EQ(showCall(mcc_bi_int8, {row({127.5, -200, 2.5, -2.5, NaN})}), "int8 1x5: 127 -128 3 -3 0");  // octave: int8([127.5 -200 2.5 -2.5 NaN])
  EXPECT_EQ(showCall(mcc_bi_uint8, {row({-1, 300, 1.5})}), "uint8 1x3: 0 255 2");  // octave: uint8([-1 300 1.5])
  EXPECT_EQ(showCall(mcc_bi_int64, {num(4611686018427387904.0)}), "int64 1x1: 4611686018427387904");  // octave: int64(2^62)
  EXPECT_EQ(showCall(mcc_bi_logical, {row({2, 0, -1})}), "logical 1x3: 1 0 1");  // octave: logical([2 0 -1])
  EXPECT_EQ(showCall(mcc_bi_char, {row({72, 105})}), "char 1x2: 72 105");  // octave: char([72 105])
  EXPECT_EQ(showCall(mcc_bi_char, {num(65)}), "char 1x1: 65");  // octave: char(65)
  // MATLAB's messages.
  EXPECT_EQ(errorOf([] { call(mcc_bi_logical, {num(NaN)}); }), "NaN's cannot be converted to logicals.");
  EXPECT_EQ(errorOf([] { call(mcc_bi_logical, {str("a")}); }), "Conversion to logical from char is not possible.");
  EXPECT_EQ(errorOf([] { call(mcc_bi_int8, {}); }), "Not enough input arguments.");
}

TEST_F(BuiltinMath, CharOfSeveralRowsPadsWithBlanks) {
  EXPECT_EQ(showCall(mcc_bi_char, {str("a"), str("bcd")}), "char 2x3: 97 98 32 99 32 100");  // octave: char('a', 'bcd')
  EXPECT_EQ(showCall(mcc_bi_char, {str("ab"), str(""), str("c")}), "char 3x2: 97 32 99 98 32 32");  // octave: char('ab', '', 'c')
}

// --- Constants -------------------------------------------------------------------------------

TEST_F(BuiltinMath, ConstantsAndTheirSizes) {
  EXPECT_EQ(showCall(mcc_bi_pi), "double 1x1: 3.1415926535897931");  // octave: pi
  EXPECT_EQ(showCall(mcc_bi_pi, {num(1), num(2)}), "double 1x2: 3.1415926535897931 3.1415926535897931");  // octave: pi(1,2)
  EXPECT_EQ(showCall(mcc_bi_pi, {str("single")}), "single 1x1: 3.1415927410125732");  // octave: pi('single')
  EXPECT_EQ(showCall(mcc_bi_NaN, {num(2), num(1)}), "double 2x1: NaN NaN");  // octave: NaN(2,1)
  EXPECT_EQ(showCall(mcc_bi_NaN, {row({1, 3})}), "double 1x3: NaN NaN NaN");  // octave: NaN([1 3])
  EXPECT_EQ(showCall(mcc_bi_nan, {num(1), num(2), str("single")}), "single 1x2: NaN NaN");  // octave: nan(1, 2, 'single')
  EXPECT_EQ(showCall(mcc_bi_Inf, {num(1), num(2)}), "double 1x2: Inf Inf");  // octave: Inf(1,2)
  EXPECT_EQ(showCall(mcc_bi_inf), "double 1x1: Inf");  // octave: inf
  EXPECT_EQ(showCall(mcc_bi_NaN, {num(0), num(3)}), "double 0x3:");  // octave: NaN(0,3)
  EXPECT_EQ(showCall(mcc_bi_NaN, {num(-1)}), "double 0x0:");  // octave: NaN(-1)
  EXPECT_EQ(showCall(mcc_bi_NaN, {num(2), num(0)}), "double 2x0:");  // octave: NaN(2,0)
  EXPECT_EQ(showCall(mcc_bi_true, {num(2), num(3)}), "logical 2x3: 1 1 1 1 1 1");  // octave: true(2,3)
  EXPECT_EQ(showCall(mcc_bi_false, {num(1), num(2)}), "logical 1x2: 0 0");  // octave: false(1, 2)
  EXPECT_EQ(showCall(mcc_bi_true), "logical 1x1: 1");  // octave: true
  // MATLAB: 'like' takes p's class and complexity (Octave drops the latter).
  EXPECT_EQ(showCall(mcc_bi_NaN, {num(2), num(1), str("like"), cplx(1, 1)}), "double 2x1: (NaN,0) (NaN,0)");
  // MATLAB's messages.
  EXPECT_EQ(errorOf([] { call(mcc_bi_NaN, {num(1.5)}); }), "Size inputs must be integers.");
  EXPECT_EQ(errorOf([] { call(mcc_bi_NaN, {row({1, 2}), num(3)}); }), "Size inputs must be scalar.");
  EXPECT_EQ(errorOf([] { call(mcc_bi_NaN, {num(2), str("int8")}); }), "Class must be 'single' or 'double'.");
}

TEST_F(BuiltinMath, EpsIsTheSpacingOfNumbers) {
  EXPECT_EQ(showCall(mcc_bi_eps), "double 1x1: 2.2204460492503131e-16");  // octave: eps
  EXPECT_EQ(showCall(mcc_bi_eps, {num(0)}), "double 1x1: 4.9406564584124654e-324");  // octave: eps(0)
  EXPECT_EQ(showCall(mcc_bi_eps, {num(1000)}), "double 1x1: 1.1368683772161603e-13");  // octave: eps(1000)
  EXPECT_EQ(showCall(mcc_bi_eps, {row({1, 2, Inf, NaN})}), "double 1x4: 2.2204460492503131e-16 4.4408920985006262e-16 NaN NaN");  // octave: eps([1 2 Inf NaN])
  EXPECT_EQ(showCall(mcc_bi_eps, {row({-1})}), "double 1x1: 2.2204460492503131e-16");  // octave: eps(-1)
  EXPECT_EQ(showCall(mcc_bi_eps, {str("single")}), "single 1x1: 1.1920928955078125e-07");  // octave: eps('single')
  EXPECT_EQ(showCall(mcc_bi_eps, {single(num(1))}), "single 1x1: 1.1920928955078125e-07");  // octave: eps(single(1))
  EXPECT_EQ(showCall(mcc_bi_eps, {single(num(0))}), "single 1x1: 1.4012984643248171e-45");  // octave: eps(single(0))
  EXPECT_EQ(showCall(mcc_bi_eps, {num(2), num(1), str("single")}), "single 2x1: 1.1920928955078125e-07 1.1920928955078125e-07");  // octave: eps(2, 1, 'single')
}

TEST_F(BuiltinMath, LimitsOfClasses) {
  EXPECT_EQ(showCall(mcc_bi_intmax), "int32 1x1: 2147483647");  // octave: intmax
  EXPECT_EQ(showCall(mcc_bi_intmin), "int32 1x1: -2147483648");  // octave: intmin
  EXPECT_EQ(showCall(mcc_bi_intmax, {str("int8")}), "int8 1x1: 127");  // octave: intmax('int8')
  EXPECT_EQ(showCall(mcc_bi_intmin, {str("int8")}), "int8 1x1: -128");  // octave: intmin('int8')
  EXPECT_EQ(showCall(mcc_bi_intmax, {str("uint64")}), "uint64 1x1: 18446744073709551615");
  EXPECT_EQ(showCall(mcc_bi_intmin, {str("int64")}), "int64 1x1: -9223372036854775808");  // octave: intmin('int64')
  EXPECT_EQ(showCall(mcc_bi_realmax), "double 1x1: 1.7976931348623157e+308");  // octave: realmax
  EXPECT_EQ(showCall(mcc_bi_realmin), "double 1x1: 2.2250738585072014e-308");  // octave: realmin
  EXPECT_EQ(showCall(mcc_bi_realmax, {str("single")}), "single 1x1: 3.4028234663852886e+38");  // octave: realmax('single')
  EXPECT_EQ(showCall(mcc_bi_realmin, {str("single")}), "single 1x1: 1.1754943508222875e-38");  // octave: realmin('single')
  EXPECT_EQ(showCall(mcc_bi_flintmax), "double 1x1: 9007199254740992");  // octave: flintmax
  EXPECT_EQ(showCall(mcc_bi_flintmax, {str("single")}), "single 1x1: 16777216");  // octave: flintmax('single')
  EXPECT_EQ(errorOf([] { call(mcc_bi_intmax, {str("double")}); }), "Invalid class name.");
}
