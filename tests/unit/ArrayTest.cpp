// Array core unit tests: the mcc_array descriptor and copy-on-write,
// element-wise operations, ranges and constructors, concatenation and
// reductions of runtime-support (mcc/runtime.h). Indexing, assignment and
// deletion are in ArrayIndexTest.cpp; the harness and the conventions (show(),
// `// octave:` expectations) are in ArrayTesting.h.
#include <cmath>

#include "ArrayTesting.h"

using namespace mcc_array_testing;

// --- The descriptor: creation, lifetime, copy-on-write ----------------------------

TEST_F(Array, CreateGivesZerosAndDropsTrailingSingletons) {
  size_t dims[] = {2, 3, 1, 1};
  A a(mcc_array_create(MCC_CLASS_DOUBLE, 4, dims));
  EXPECT_EQ(show(a), "double 2x3: 0 0 0 0 0 0");
  EXPECT_EQ(a->refcount, 1u);
  EXPECT_EQ(a->residency, MCC_RESIDENT_HOST);
  EXPECT_EQ(a->is_complex, 0);
  size_t column[] = {4};
  EXPECT_EQ(show(A(mcc_array_create(MCC_CLASS_INT16, 1, column))), "int16 4x1: 0 0 0 0");
  size_t page[] = {1, 1, 2};
  EXPECT_EQ(show(A(mcc_array_create(MCC_CLASS_LOGICAL, 3, page))), "logical 1x1x2: 0 0");
  EXPECT_EQ(show(A(mcc_array_create(MCC_CLASS_CHAR, 0, nullptr))), "char 1x1: 0");
}

// (compiled cellfun/arrayfun with 'UniformOutput', false fill such a cell)
TEST_F(Array, CreateOfACellGivesEmptySlots) {
  size_t dims[] = {2, 3};
  A c(mcc_array_create(MCC_CLASS_CELL, 2, dims));
  EXPECT_EQ(c->class_id, static_cast<uint32_t>(MCC_CLASS_CELL));
  EXPECT_EQ(c->numel, 6u);
  for (size_t k = 0; k < 6; ++k) EXPECT_EQ(static_cast<mcc_array**>(c->data)[k], nullptr);
}

TEST_F(Array, ManyDimsLiveOutsideTheDescriptor) {
  size_t dims[] = {2, 1, 1, 1, 1, 3};
  A a(mcc_array_create(MCC_CLASS_SINGLE, 6, dims));
  EXPECT_EQ(a->ndims, 6u);
  EXPECT_NE(a->dims, a->inline_dims);
  EXPECT_EQ(a->numel, 6u);
  EXPECT_EQ(mcc_array_size(a.get(), 6), 3u);
  EXPECT_EQ(mcc_array_size(a.get(), 7), 1u);
}

TEST_F(Array, ScalarsStringsAndEmpty) {
  EXPECT_EQ(show(num(2.5)), "double 1x1: 2.5");
  EXPECT_EQ(show(cplx(1, -2)), "double 1x1: (1,-2)");
  EXPECT_EQ(show(A(mcc_array_from_bool(7))), "logical 1x1: 1");
  EXPECT_EQ(show(str("hi")), "char 1x2: 104 105");  // octave: 'hi'
  EXPECT_EQ(show(str("")), "char 0x0:");  // octave: ''
  EXPECT_EQ(show(empty()), "double 0x0:");  // octave: []
  // UTF-8 text is one char per code point; a stray byte is taken as is.
  EXPECT_EQ(show(str("caf\xc3\xa9")), "char 1x4: 99 97 102 233");
  EXPECT_EQ(show(str("a\xff")), "char 1x2: 97 255");
  EXPECT_EQ(show(str("\xe2\x82\xac")), "char 1x1: 8364");
}

TEST_F(Array, RetainAndReleaseCount) {
  A a = row({1, 2});
  EXPECT_EQ(a->refcount, 1u);
  {
    A b = a;
    EXPECT_EQ(a->refcount, 2u);
    EXPECT_EQ(b.get(), a.get());
  }
  EXPECT_EQ(a->refcount, 1u);
  mcc_array_release(nullptr);  // allowed
}

TEST_F(Array, UnshareOfAnUnsharedArrayIsTheArray) {
  A a = row({1, 2, 3});
  mcc_array* before = a.get();
  A u(mcc_array_unshare(a.take()));
  EXPECT_EQ(u.get(), before);
  EXPECT_EQ(u->refcount, 1u);
}

TEST_F(Array, UnshareOfASharedArrayCopies) {
  A a = row({1, 2, 3});
  A b = a;  // y = x
  A u(mcc_array_unshare(b.take()));
  EXPECT_NE(u.get(), a.get());
  EXPECT_NE(u->data, a->data);
  EXPECT_EQ(u->refcount, 1u);
  EXPECT_EQ(a->refcount, 1u);  // the caller's reference moved to the copy
  static_cast<double*>(u->data)[0] = 9;
  EXPECT_EQ(show(a), "double 1x3: 1 2 3");
  EXPECT_EQ(show(u), "double 1x3: 9 2 3");
}

TEST_F(Array, ColonMarkerIsStatic) {
  mcc_array* c = mcc_colon();
  EXPECT_EQ(c->class_id, MCC_CLASS_COLON);
  EXPECT_EQ(mcc_array_retain(c), c);
  mcc_array_release(c);
  mcc_array_release(c);
  EXPECT_EQ(mcc_colon(), c);
}

TEST_F(Array, SizeQueries) {
  A a = iota({2, 3, 4});
  EXPECT_EQ(mcc_array_numel(a.get()), 24u);
  EXPECT_EQ(mcc_array_ndims(a.get()), 3u);
  EXPECT_EQ(mcc_array_size(a.get(), 2), 3u);
  EXPECT_EQ(show(A(mcc_size(a.get()))), "double 1x3: 2 3 4");  // octave: size(ones(2,3,4))
  EXPECT_EQ(mcc_length(a.get()), 4u);
  EXPECT_EQ(mcc_length(zeros({3, 0}).get()), 0u);
  EXPECT_EQ(mcc_isempty(zeros({3, 0}).get()), 1);
  EXPECT_EQ(mcc_isempty(a.get()), 0);
  // `end`: the last of several subscripts spans the remaining dims.
  EXPECT_EQ(mcc_array_end(a.get(), 1, 1), 24u);
  EXPECT_EQ(mcc_array_end(a.get(), 1, 2), 2u);
  EXPECT_EQ(mcc_array_end(a.get(), 2, 2), 12u);
  EXPECT_EQ(mcc_array_end(a.get(), 3, 3), 4u);
  EXPECT_EQ(mcc_array_end(a.get(), 4, 4), 1u);
}

TEST_F(Array, ToDouble) {
  EXPECT_EQ(mcc_array_to_double(as(MCC_CLASS_INT8, num(-3)).get(), &site), -3.0);
  EXPECT_EQ(mcc_array_to_double(A(mcc_array_from_bool(1)).get(), &site), 1.0);
  EXPECT_EQ(mcc_array_to_double(cplx(2, 5).get(), &site), 2.0);
  EXPECT_EQ(errorOf([] { mcc_array_to_double(row({1, 2}).get(), &site); }),
            "Expected a scalar value, but the value is 1-by-2.");
}

TEST_F(Array, CastRoundsHalfAwayAndSaturates) {
  EXPECT_EQ(show(as(MCC_CLASS_INT8, row({2.5, -2.5, NaN, 300, -300, 0.49999999999999994}))), "int8 1x6: 3 -3 0 127 -128 0");  // octave: int8([2.5 -2.5 NaN 300 -300 0.49999999999999994])
  EXPECT_EQ(show(as(MCC_CLASS_UINT8, row({-1, 255.5, Inf}))), "uint8 1x3: 0 255 255");  // octave: uint8([-1 255.5 Inf])
  EXPECT_EQ(show(as(MCC_CLASS_LOGICAL, row({0, -2, 0.5}))), "logical 1x3: 0 1 1");  // octave: logical([0 -2 0.5])
  EXPECT_EQ(show(as(MCC_CLASS_DOUBLE, str("AZ"))), "double 1x2: 65 90");  // octave: double('AZ')
  EXPECT_EQ(show(as(MCC_CLASS_INT16, as(MCC_CLASS_INT32, num(70000)))), "int16 1x1: 32767");  // octave: int16(int32(70000))
  EXPECT_EQ(show(as(MCC_CLASS_SINGLE, num(0.1))), "single 1x1: 0.10000000149011612");  // octave: single(0.1)
  EXPECT_EQ(errorOf([] { as(MCC_CLASS_LOGICAL, row({1, NaN})); }), "NaN's cannot be converted to logicals.");
}

// --- Element-wise operations --------------------------------------------------

TEST_F(Array, ImplicitExpansion) {
  EXPECT_EQ(show(plus(row({1, 2, 3}), num(1))), "double 1x3: 2 3 4");  // octave: [1 2 3] + 1
  EXPECT_EQ(show(plus(row({1, 2, 3}), col({10, 20}))), "double 2x3: 11 21 12 22 13 23");  // octave: [1 2 3] + [10; 20]
  EXPECT_EQ(show(times(iota({2, 1, 2}), row({1, 2, 3}))), "double 2x3x2: 1 2 2 4 3 6 3 4 6 8 9 12");  // octave: reshape(1:4, 2, 1, 2) .* [1 2 3]
  EXPECT_EQ(show(minus(mat(2, 2, {1, 2, 3, 4}), row({1, 1}))), "double 2x2: 0 2 1 3");  // octave: [1 2; 3 4] - [1 1]
}

TEST_F(Array, ImplicitExpansionOfEmpties) {
  EXPECT_EQ(show(plus(zeros({0, 3}), num(1))), "double 0x3:");  // octave: zeros(0,3) + 1
  EXPECT_EQ(show(plus(zeros({1, 0}), zeros({3, 1}))), "double 3x0:");  // octave: zeros(1,0) + zeros(3,1)
}

TEST_F(Array, IncompatibleSizesIsMatlabsError) {
  // MATLAB's message (Octave says "operator +: nonconformant arguments").
  EXPECT_EQ(errorOf([] { plus(row({1, 2, 3}), row({10, 20})); }), "Arrays have incompatible sizes for this operation.");
  EXPECT_EQ(errorOf([] { times(zeros({2, 3}), zeros({3, 2})); }), "Arrays have incompatible sizes for this operation.");
  EXPECT_EQ(errorOf([] { plus(zeros({0, 3}), zeros({2, 3})); }), "Arrays have incompatible sizes for this operation.");
}

TEST_F(Array, DivisionAndPower) {
  EXPECT_EQ(show(rdivide(row({1, -1, 0}), num(0))), "double 1x3: Inf -Inf NaN");  // octave: [1 -1 0] ./ 0
  EXPECT_EQ(show(bin(MCC_OP_LDIVIDE, num(2), row({4, 6}))), "double 1x2: 2 3");  // octave: 2 .\ [4 6]
  EXPECT_EQ(show(power(row({2, 3}), num(2))), "double 1x2: 4 9");  // octave: [2 3] .^ 2
}

TEST_F(Array, NegativeBaseToFractionalPowerIsComplex) {
  EXPECT_EQ(show(power(num(-8), num(1.0 / 3))), "double 1x1: (1,1.732050807568877)");  // octave: (-8) .^ (1/3)
  EXPECT_EQ(show(power(row({-8, 8}), num(1.0 / 3))), "double 1x2: (1,1.732050807568877) (2,0)");  // octave: [-8 8] .^ (1/3)
  EXPECT_EQ(show(power(cplx(1, 2), num(2))), "double 1x1: (-3,4)");  // octave: (1+2i) ^ 2
}

TEST_F(Array, ComplexArithmeticAndNarrowing) {
  EXPECT_EQ(show(times(crow({{1, 2}, {3, 0}}), crow({{2, 0}, {0, 1}}))), "double 1x2: (2,4) (0,3)");  // octave: [1+2i 3] .* [2 1i]
  EXPECT_EQ(show(minus(cplx(1, 2), cplx(0, 2))), "double 1x1: 1");  // octave: (1+2i) - 2i
  EXPECT_EQ(show(rdivide(crow({{1, 2}, {3, 0}}), crow({{0, 1}, {0, 0}}))), "double 1x2: (2,-1) (Inf,NaN)");  // octave: [1+2i 3] ./ [1i 0]
}

TEST_F(Array, ComparisonsGiveLogical) {
  EXPECT_EQ(show(bin(MCC_OP_GT, row({1, 2, 3}), num(2))), "logical 1x3: 0 0 1");  // octave: [1 2 3] > 2
  EXPECT_EQ(show(bin(MCC_OP_EQ, row({1, NaN, 3}), row({1, NaN, 0}))), "logical 1x3: 1 0 0");  // octave: [1 NaN 3] == [1 NaN 0]
  EXPECT_EQ(show(bin(MCC_OP_NE, row({1, 2, NaN}), num(NaN))), "logical 1x3: 1 1 1");  // octave: [1 2 NaN] ~= NaN
  EXPECT_EQ(show(bin(MCC_OP_EQ, as(MCC_CLASS_INT8, num(5)), num(5.25))), "logical 1x1: 0");  // octave: int8(5) == 5.25
  EXPECT_EQ(show(bin(MCC_OP_EQ, str("a"), num(97))), "logical 1x1: 1");  // octave: 'a' == 97
  EXPECT_EQ(show(bin(MCC_OP_EQ, crow({{1, 2}, {3, 0}}), crow({{1, 2}, {0, 3}}))), "logical 1x2: 1 0");  // octave: [1+2i 3] == [1+2i 3i]
}

TEST_F(Array, OrderingOfComplexUsesRealParts) {
  // MATLAB documents that <, <=, > and >= compare real parts only; Octave
  // orders complex numbers by magnitude, then angle (it gives 0 0 here).
  EXPECT_EQ(show(bin(MCC_OP_LT, crow({{1, 2}, {3, 0}}), crow({{2, 0}, {0, 1}}))), "logical 1x2: 1 0");
}

TEST_F(Array, SixtyFourBitIntegersCompareExactly) {
  // 2^53 + 1 is not a double; comparing in double would call these equal.
  A big = as(MCC_CLASS_INT64, num(9007199254740992));
  big = plus(big, as(MCC_CLASS_INT64, num(1)));
  EXPECT_EQ(show(bin(MCC_OP_GT, big, num(9007199254740992))), "logical 1x1: 1");  // octave: int64(9007199254740993) > 9007199254740992
  EXPECT_EQ(show(bin(MCC_OP_EQ, big, num(9007199254740992))), "logical 1x1: 0");  // octave: int64(9007199254740993) == 9007199254740992
  EXPECT_EQ(show(big), "int64 1x1: 9007199254740993");  // octave: int64(9007199254740992) + int64(1)
}

TEST_F(Array, AndOrNot) {
  EXPECT_EQ(show(bin(MCC_OP_AND, row({1, 0, 2}), row({1, 1, 0}))), "logical 1x3: 1 0 0");  // octave: [1 0 2] & [1 1 0]
  EXPECT_EQ(show(bin(MCC_OP_OR, row({1, 0, 0}), row({0, 0, 2}))), "logical 1x3: 1 0 1");  // octave: [1 0 0] | [0 0 2]
  EXPECT_EQ(show(bin(MCC_OP_AND, cplx(1, 0), num(0))), "logical 1x1: 0");  // octave: (1+0i) & 0
  EXPECT_EQ(show(A(mcc_not(row({1, 0, 2}).get(), &site))), "logical 1x3: 0 1 0");  // octave: ~[1 0 2]
  EXPECT_EQ(errorOf([] { bin(MCC_OP_OR, row({1, NaN}), num(0)); }), "NaN's cannot be converted to logicals.");
  EXPECT_EQ(errorOf([] { A(mcc_not(num(NaN).get(), &site)); }), "NaN's cannot be converted to logicals.");
}

TEST_F(Array, UnaryMinus) {
  auto neg = [](const A& a) { return A(mcc_uminus(a.get(), &site)); };
  EXPECT_EQ(show(neg(row({1, -2}))), "double 1x2: -1 2");  // octave: -[1 -2]
  EXPECT_EQ(show(neg(as(MCC_CLASS_INT8, row({-128, 5})))), "int8 1x2: 127 -5");  // octave: -int8([-128 5])
  EXPECT_EQ(show(neg(A(mcc_array_from_bool(1)))), "double 1x1: -1");  // octave: -true
  EXPECT_EQ(show(neg(str("a"))), "double 1x1: -97");  // octave: -'a'
  EXPECT_EQ(show(neg(as(MCC_CLASS_UINT8, num(5)))), "uint8 1x1: 0");  // octave: -uint8(5)
  EXPECT_EQ(show(neg(cplx(1, -2))), "double 1x1: (-1,2)");  // octave: -(1-2i)
}

TEST_F(Array, ResultClassOfDoubleLogicalCharSingle) {
  A t(mcc_array_from_bool(1));
  EXPECT_EQ(show(plus(t, t)), "double 1x1: 2");  // octave: true + true
  EXPECT_EQ(show(plus(str("a"), num(1))), "double 1x1: 98");  // octave: 'a' + 1
  EXPECT_EQ(show(plus(as(MCC_CLASS_SINGLE, num(1)), num(1))), "single 1x1: 2");  // octave: single(1) + 1
  // The double is rounded to single first, then added in single.
  EXPECT_EQ(show(plus(as(MCC_CLASS_SINGLE, num(1)), num(1e-10))), "single 1x1: 1");  // octave: single(1) + 1e-10
}

TEST_F(Array, IntegerArithmeticRoundsAndSaturates) {
  auto i8 = [](std::vector<double> v) { return as(MCC_CLASS_INT8, row(v)); };
  EXPECT_EQ(show(plus(i8({100, -100}), i8({100}))), "int8 1x2: 127 0");  // octave: int8([100 -100]) + int8(100)
  EXPECT_EQ(show(rdivide(i8({7}), i8({2}))), "int8 1x1: 4");  // octave: int8(7) / int8(2)
  EXPECT_EQ(show(rdivide(i8({-7}), i8({2}))), "int8 1x1: -4");  // octave: int8(-7) / int8(2)
  EXPECT_EQ(show(rdivide(i8({5, -5, 0}), num(0))), "int8 1x3: 127 -128 0");  // octave: int8([5 -5 0]) ./ 0
  EXPECT_EQ(show(minus(as(MCC_CLASS_UINT8, num(3)), as(MCC_CLASS_UINT8, num(5)))), "uint8 1x1: 0");  // octave: uint8(3) - uint8(5)
  EXPECT_EQ(show(times(as(MCC_CLASS_INT32, num(7)), num(0.5))), "int32 1x1: 4");  // octave: int32(7) * 0.5
  EXPECT_EQ(show(power(i8({2}), row({6, 7, 8}))), "int8 1x3: 64 127 127");  // octave: int8(2) .^ [6 7 8]
  EXPECT_EQ(show(times(as(MCC_CLASS_UINT8, num(200)), as(MCC_CLASS_SINGLE, num(2)))), "uint8 1x1: 255");  // octave: uint8(200) * single(2)
  EXPECT_EQ(show(times(as(MCC_CLASS_INT16, row({1, 2})), row({1.5, 2.5}))), "int16 1x2: 2 5");  // octave: int16([1 2]) .* [1.5 2.5]
  EXPECT_EQ(show(plus(i8({1}), str("a"))), "int8 1x1: 98");  // octave: int8(1) + 'a'
}

TEST_F(Array, IntegersOfDifferentClassesDoNotMix) {
  // MATLAB's message; Octave says "binary operator '+' not implemented ...".
  EXPECT_EQ(errorOf([] { plus(as(MCC_CLASS_INT8, num(1)), as(MCC_CLASS_INT16, num(1))); }),
            "Integers can only be combined with integers of the same class, or scalar doubles.");
}

TEST_F(Array, TwoArgumentMaxMinIgnoreNaN) {
  EXPECT_EQ(show(bin(MCC_OP_MAX, row({1, NaN, 3}), row({2, 2, NaN}))), "double 1x3: 2 2 3");  // octave: max([1 NaN 3], [2 2 NaN])
  EXPECT_EQ(show(bin(MCC_OP_MIN, row({1, NaN, 3}), row({2, 2, NaN}))), "double 1x3: 1 2 3");  // octave: min([1 NaN 3], [2 2 NaN])
  EXPECT_EQ(show(bin(MCC_OP_MAX, num(NaN), num(NaN))), "double 1x1: NaN");  // octave: max(NaN, NaN)
  EXPECT_EQ(show(bin(MCC_OP_MAX, as(MCC_CLASS_INT8, row({1, 5})), num(3.6))), "int8 1x2: 4 5");  // octave: max(int8([1 5]), 3.6)
  EXPECT_EQ(show(bin(MCC_OP_MAX, mat(2, 2, {1, 5, 7, 2}), num(4))), "double 2x2: 4 7 5 4");  // octave: max([1 5; 7 2], 4)
}

TEST_F(Array, Transpose) {
  auto t = [](const A& a) { return A(mcc_transpose(a.get(), &site)); };
  auto ct = [](const A& a) { return A(mcc_ctranspose(a.get(), &site)); };
  EXPECT_EQ(show(t(mat(2, 3, {1, 2, 3, 4, 5, 6}))), "double 3x2: 1 2 3 4 5 6");  // octave: [1 2 3; 4 5 6].'
  EXPECT_EQ(show(ct(crow({{1, 2}, {3, -1}}))), "double 2x1: (1,-2) (3,1)");  // octave: [1+2i 3-1i]'
  EXPECT_EQ(show(t(crow({{1, 2}, {3, -1}}))), "double 2x1: (1,2) (3,-1)");  // octave: [1+2i 3-1i].'
  EXPECT_EQ(show(t(zeros({0, 3}))), "double 3x0:");  // octave: zeros(0,3).'
  EXPECT_EQ(show(t(str("ab"))), "char 2x1: 97 98");  // octave: 'ab'.'
  // A transpose bigger than one tile.
  A big = iota({37, 41});
  A back = t(t(big));
  EXPECT_EQ(show(back), show(big));
  EXPECT_EQ(mcc_array_to_double(sub(t(big), {num(41), num(37)}).get(), &site), 37.0 * 41);
  // MATLAB's message; Octave says "transpose not defined for N-D objects".
  EXPECT_EQ(errorOf([] { A(mcc_transpose(iota({2, 2, 2}).get(), &site)); }),
            "Transpose on ND array is not defined. Use PERMUTE instead.");
}

// --- Ranges and constructors ----------------------------------------------------

TEST_F(Array, Ranges) {
  EXPECT_EQ(show(range(1, 1, 5)), "double 1x5: 1 2 3 4 5");  // octave: 1:5
  EXPECT_EQ(show(range(1, 1, 0)), "double 1x0:");  // octave: 1:0
  EXPECT_EQ(show(range(3, -1, 4)), "double 1x0:");  // octave: 3:-1:4
  EXPECT_EQ(show(range(5, -1, 1)), "double 1x5: 5 4 3 2 1");  // octave: 5:-1:1
  EXPECT_EQ(show(range(1, 0.5, 3)), "double 1x5: 1 1.5 2 2.5 3");  // octave: 1:0.5:3
  EXPECT_EQ(show(range(1, 2, 10)), "double 1x5: 1 3 5 7 9");  // octave: 1:2:10
  EXPECT_EQ(show(range(10, -3, 1)), "double 1x4: 10 7 4 1");  // octave: 10:-3:1
  EXPECT_EQ(show(range(1, 1, 5.5)), "double 1x5: 1 2 3 4 5");  // octave: 1:5.5
  EXPECT_EQ(show(range(1, 1, NaN)), "double 1x1: NaN");  // octave: 1:NaN
  EXPECT_EQ(show(range(1, 0, 5)), "double 1x0:");  // octave: 1:0:5
}

TEST_F(Array, RangeCountAllowsRoundingAtTheEnd) {
  // 0.1 * 3 exceeds 0.3, yet colon includes the end point, exactly. Octave
  // agrees on the count and the ends, not on the middle: see below.
  A x = range(0, 0.1, 0.3);
  ASSERT_EQ(x->numel, 4u);
  EXPECT_EQ(static_cast<double*>(x->data)[3], 0.3);
  // MATLAB: 0:1/3:5-2*eps(5) has 16 elements and ends at 5-2*eps(5) (the
  // end is within 2 eps of 15 steps, relative to the larger end point).
  double end = 5 - 2 * (std::nextafter(5.0, 6.0) - 5);
  A r = range(0, 1.0 / 3, end);
  EXPECT_EQ(r->numel, 16u);
  EXPECT_EQ(static_cast<double*>(r->data)[15], end);
}

TEST_F(Array, RangeIsSymmetricAsInMatlab) {
  // MATLAB documents that -1:0.01:1 has 201 elements symmetric about zero:
  // the first half counts up from the start, the second down from the end.
  A r = range(-1, 0.01, 1);
  ASSERT_EQ(r->numel, 201u);
  const double* v = static_cast<double*>(r->data);
  for (size_t k = 0; k < 201; ++k) EXPECT_EQ(v[k], -v[200 - k]) << k;
  EXPECT_EQ(v[100], 0.0);
  // So 0:0.1:1 has 1 - 3*0.1 as its 8th element, where GNU Octave computes
  // 7*0.1 (0.70000000000000007).
  A tenths = range(0, 0.1, 1);
  EXPECT_EQ(static_cast<double*>(tenths->data)[7], 1 - 3 * 0.1);
  EXPECT_EQ(static_cast<double*>(tenths->data)[3], 3 * 0.1);
  // A case reported on MATLAB Answers: x = 0:0.1:0.3, y = 0:0.1:0.4 and
  // x - y(1:end-1) is [0 0 -2^-55 -2^-54] in MATLAB (0 in Octave): x(3) is
  // 0.3 - 0.1, y(3) the midpoint 0.4/2, y(4) is 0.4 - 0.1.
  A x = range(0, 0.1, 0.3), y = range(0, 0.1, 0.4);
  const double* px = static_cast<double*>(x->data);
  const double* py = static_cast<double*>(y->data);
  EXPECT_EQ(px[2] - py[2], -std::ldexp(1.0, -55));
  EXPECT_EQ(px[3] - py[3], -std::ldexp(1.0, -54));
}

TEST_F(Array, RangeToInfinityIsTooLarge) {
  // MATLAB's message.
  EXPECT_EQ(errorOf([] { range(1, 1, Inf); }), "Maximum variable size allowed by the program is exceeded.");
}

TEST_F(Array, ZerosOnesEye) {
  EXPECT_EQ(show(zeros({2, 3})), "double 2x3: 0 0 0 0 0 0");  // octave: zeros(2,3)
  EXPECT_EQ(show(ones({2})), "double 2x2: 1 1 1 1");  // octave: ones(2)
  EXPECT_EQ(show(ones({0})), "double 0x0:");  // octave: ones(0)
  EXPECT_EQ(show(zeros({1, 2, 3})), "double 1x2x3: 0 0 0 0 0 0");  // octave: zeros(1,2,3)
  EXPECT_EQ(show(zeros({2, 1, 1})), "double 2x1: 0 0");  // octave: zeros(2,1,1)
  EXPECT_EQ(show(zeros({-1, 3})), "double 0x3:");  // octave: zeros(-1,3)
  EXPECT_EQ(show(ones({2, 2}, MCC_CLASS_INT8)), "int8 2x2: 1 1 1 1");  // octave: ones(2,2,'int8')
  EXPECT_EQ(show(eye({2, 3})), "double 2x3: 1 0 0 1 0 0");  // octave: eye(2,3)
  EXPECT_EQ(show(eye({3})), "double 3x3: 1 0 0 0 1 0 0 0 1");  // octave: eye(3)
  // MATLAB's messages.
  EXPECT_EQ(errorOf([] { zeros({2.5}); }), "Size inputs must be integers.");
  EXPECT_EQ(errorOf([] { eye({2, 2, 2}); }), "N-dimensional arrays are not supported.");
}

TEST_F(Array, Linspace) {
  auto linspace = [](double a, double b, double n) { return A(mcc_linspace(a, b, n, &site)); };
  EXPECT_EQ(show(linspace(0, 1, 5)), "double 1x5: 0 0.25 0.5 0.75 1");  // octave: linspace(0,1,5)
  EXPECT_EQ(show(linspace(1, 2, 1)), "double 1x1: 2");  // octave: linspace(1,2,1)
  EXPECT_EQ(show(linspace(0, 1, 0)), "double 1x0:");  // octave: linspace(0,1,0)
  EXPECT_EQ(show(linspace(5, 5, 3)), "double 1x3: 5 5 5");  // octave: linspace(5,5,3)
  // MATLAB's linspace.m computes first + (k*(last-first))/(n-1), and sets
  // the ends exactly (Octave counts symmetrically from both ends instead).
  A r = linspace(0, 0.3, 4);
  EXPECT_EQ(static_cast<double*>(r->data)[1], 1 * 0.3 / 3);
  EXPECT_EQ(static_cast<double*>(r->data)[2], 2 * 0.3 / 3);
  EXPECT_EQ(static_cast<double*>(r->data)[3], 0.3);
}

// --- Concatenation -------------------------------------------------------------

TEST_F(Array, HorzcatAndVertcat) {
  EXPECT_EQ(show(horzcat({num(1), num(2), row({3, 4})})), "double 1x4: 1 2 3 4");  // octave: [1 2, [3 4]]
  EXPECT_EQ(show(vertcat({row({1, 2}), row({3, 4})})), "double 2x2: 1 3 2 4");  // octave: [1 2; 3 4]
  EXPECT_EQ(show(cat(3, {row({1, 2}), row({3, 4})})), "double 1x2x2: 1 2 3 4");  // octave: cat(3, [1 2], [3 4])
  EXPECT_EQ(show(vertcat({horzcat({mat(2, 2, {1, 2, 3, 4}), col({5, 6})}), row({7, 8, 9})})), "double 3x3: 1 3 7 2 4 8 5 6 9");  // octave: [[1 2; 3 4] [5; 6]; 7 8 9]
}

TEST_F(Array, ConcatenationSkipsEmpties) {
  EXPECT_EQ(show(horzcat({empty(), num(1), empty()})), "double 1x1: 1");  // octave: [[], 1, []]
  EXPECT_EQ(show(vertcat({zeros({1, 0}), row({1, 2})})), "double 1x2: 1 2");  // octave: [zeros(1,0); [1 2]]
  EXPECT_EQ(show(vertcat({empty(), empty()})), "double 0x0:");  // octave: [[]; []]
  EXPECT_EQ(show(horzcat({zeros({1, 0}), zeros({1, 0})})), "double 1x0:");  // octave: [zeros(1,0), zeros(1,0)]
  EXPECT_EQ(show(horzcat({ones({2, 1}), zeros({2, 0}), col({3, 4})})), "double 2x2: 1 1 3 4");  // octave: [ones(2,1) zeros(2,0) [3;4]]
  EXPECT_EQ(show(cat(3, {empty(), row({1, 2})})), "double 1x2: 1 2");  // octave: cat(3, [], [1 2])
  EXPECT_EQ(show(horzcat({})), "double 0x0:");  // octave: []
}

TEST_F(Array, ConcatenationDimensionsMustAgree) {
  // MATLAB's message (Octave: "vertical dimensions mismatch (1x2 vs 1x3)").
  EXPECT_EQ(errorOf([] { vertcat({row({1, 2}), row({1, 2, 3})}); }),
            "Dimensions of arrays being concatenated are not consistent.");
  EXPECT_EQ(errorOf([] { horzcat({ones({2, 1}), ones({3, 1})}); }),
            "Dimensions of arrays being concatenated are not consistent.");
  EXPECT_EQ(errorOf([] { cat(3, {ones({2, 2}), ones({2, 3})}); }),
            "Dimensions of arrays being concatenated are not consistent.");
}

TEST_F(Array, ConcatenationClassRules) {
  EXPECT_EQ(show(horzcat({str("a"), num(66)})), "char 1x2: 97 66");  // octave: ['a' 66]
  EXPECT_EQ(show(vertcat({str("ab"), str("cd")})), "char 2x2: 97 99 98 100");  // octave: ['ab'; 'cd']
  EXPECT_EQ(show(horzcat({str(""), num(65)})), "char 1x1: 65");  // octave: ['' 65]
  EXPECT_EQ(show(horzcat({as(MCC_CLASS_INT8, num(1)), num(2.7)})), "int8 1x2: 1 3");  // octave: [int8(1) 2.7]
  EXPECT_EQ(show(horzcat({as(MCC_CLASS_INT8, num(100)), as(MCC_CLASS_INT16, num(1000))})), "int8 1x2: 100 127");  // octave: [int8(100) int16(1000)]
  EXPECT_EQ(show(horzcat({as(MCC_CLASS_SINGLE, num(1)), num(2)})), "single 1x2: 1 2");  // octave: [single(1) 2]
  EXPECT_EQ(show(horzcat({logicals({1}), logicals({0})})), "logical 1x2: 1 0");  // octave: [true false]
  EXPECT_EQ(show(horzcat({logicals({1}), num(2)})), "double 1x2: 1 2");  // octave: [true 2]
  EXPECT_EQ(show(horzcat({num(1), cplx(0, 2)})), "double 1x2: (1,0) (0,2)");  // octave: [1 2i]
}

// --- Reductions ------------------------------------------------------------------

TEST_F(Array, SumAlongDims) {
  A m = mat(2, 2, {1, 2, 3, 4});
  EXPECT_EQ(show(sum(m)), "double 1x2: 4 6");  // octave: sum([1 2; 3 4])
  EXPECT_EQ(show(sum(row({1, 2, 3}))), "double 1x1: 6");  // octave: sum([1 2 3])
  EXPECT_EQ(show(sum(m, 2)), "double 2x1: 3 7");  // octave: sum([1 2; 3 4], 2)
  EXPECT_EQ(show(sum(m, 3)), "double 2x2: 1 3 2 4");  // octave: sum([1 2; 3 4], 3)
  EXPECT_EQ(show(sum(ones({2, 3, 4}), 3)), "double 2x3: 4 4 4 4 4 4");  // octave: sum(ones(2,3,4), 3)
  EXPECT_EQ(show(sum(iota({2, 2, 2}))), "double 1x2x2: 3 7 11 15");  // octave: sum(reshape(1:8,2,2,2))
  EXPECT_EQ(show(sum(row({1, NaN, 2}))), "double 1x1: NaN");  // octave: sum([1 NaN 2])
  EXPECT_EQ(show(sum(crow({{1, 2}, {3, -2}}))), "double 1x1: 4");  // octave: sum([1+2i 3-2i])
}

TEST_F(Array, ReductionsOfEmpties) {
  EXPECT_EQ(show(sum(empty())), "double 1x1: 0");  // octave: sum([])
  EXPECT_EQ(show(sum(zeros({0, 3}))), "double 1x3: 0 0 0");  // octave: sum(zeros(0,3))
  EXPECT_EQ(show(sum(zeros({3, 0}))), "double 1x0:");  // octave: sum(zeros(3,0))
  EXPECT_EQ(show(sum(zeros({1, 0}))), "double 1x1: 0");  // octave: sum(zeros(1,0))
  EXPECT_EQ(show(prod(empty())), "double 1x1: 1");  // octave: prod([])
  EXPECT_EQ(show(mean(empty())), "double 1x1: NaN");  // octave: mean([])
  EXPECT_EQ(show(any(empty())), "logical 1x1: 0");  // octave: any([])
  EXPECT_EQ(show(all(empty())), "logical 1x1: 1");  // octave: all([])
  EXPECT_EQ(show(any(zeros({0, 3}))), "logical 1x3: 0 0 0");  // octave: any(zeros(0,3))
  EXPECT_EQ(show(all(zeros({0, 3}))), "logical 1x3: 1 1 1");  // octave: all(zeros(0,3))
  // MATLAB: the mean of each empty column is NaN (Octave 7 returns a 0x1).
  EXPECT_EQ(show(mean(zeros({0, 3}))), "double 1x3: NaN NaN NaN");
}

TEST_F(Array, SumProdMeanClasses) {
  EXPECT_EQ(show(sum(as(MCC_CLASS_INT8, row({100, 100})))), "double 1x1: 200");  // octave: sum(int8([100 100]))
  EXPECT_EQ(show(sum(as(MCC_CLASS_SINGLE, row({1, 2})))), "single 1x1: 3");  // octave: sum(single([1 2]))
  EXPECT_EQ(show(sum(logicals({1, 1}))), "double 1x1: 2");  // octave: sum([true true])
  EXPECT_EQ(show(sum(str("ab"))), "double 1x1: 195");  // octave: sum('ab')
  EXPECT_EQ(show(prod(row({1, 2, 3, 4}))), "double 1x1: 24");  // octave: prod([1 2 3 4])
  EXPECT_EQ(show(prod(mat(2, 2, {1, 2, 3, 4}))), "double 1x2: 3 8");  // octave: prod([1 2; 3 4])
  EXPECT_EQ(show(mean(mat(2, 2, {1, 2, 3, 4}))), "double 1x2: 2 3");  // octave: mean([1 2; 3 4])
  EXPECT_EQ(show(mean(mat(2, 2, {1, 2, 3, 4}), 2)), "double 2x1: 1.5 3.5");  // octave: mean([1 2; 3 4], 2)
  EXPECT_EQ(show(mean(as(MCC_CLASS_INT8, row({1, 2})))), "double 1x1: 1.5");  // octave: mean(int8([1 2]))
  EXPECT_EQ(show(mean(as(MCC_CLASS_SINGLE, row({1, 2})))), "single 1x1: 1.5");  // octave: mean(single([1 2]))
}

TEST_F(Array, MaxMinWithIndices) {
  A v = row({3, 1, 4, 1, 5, 9, 2, 6});
  EXPECT_EQ(show(max(v)), "double 1x1: 9");  // octave: max([3 1 4 1 5 9 2 6])
  EXPECT_EQ(show(argmax(v)), "double 1x1: 6");  // octave: nthargout(2, @max, [3 1 4 1 5 9 2 6])
  A m = mat(2, 2, {1, 5, 7, 2});
  EXPECT_EQ(show(max(m)), "double 1x2: 7 5");  // octave: max([1 5; 7 2])
  EXPECT_EQ(show(argmax(m)), "double 1x2: 2 1");  // octave: nthargout(2, @max, [1 5; 7 2])
  EXPECT_EQ(show(max(m, 2)), "double 2x1: 5 7");  // octave: max([1 5; 7 2], [], 2)
  EXPECT_EQ(show(argmax(m, 2)), "double 2x1: 2 1");  // octave: nthargout(2, @max, [1 5; 7 2], [], 2)
  EXPECT_EQ(show(max(m, 3)), "double 2x2: 1 7 5 2");  // octave: max([1 5; 7 2], [], 3)
  // The first of equal extremes wins.
  EXPECT_EQ(show(min(row({4, 1, 1, 3}))), "double 1x1: 1");  // octave: min([4 1 1 3])
  EXPECT_EQ(show(argmin(row({4, 1, 1, 3}))), "double 1x1: 2");  // octave: nthargout(2, @min, [4 1 1 3])
}

TEST_F(Array, MaxMinIgnoreNaNUnlessAllAre) {
  EXPECT_EQ(show(max(row({NaN, 1, NaN, 3}))), "double 1x1: 3");  // octave: max([NaN 1 NaN 3])
  EXPECT_EQ(show(argmax(row({NaN, 1, NaN, 3}))), "double 1x1: 4");  // octave: nthargout(2, @max, [NaN 1 NaN 3])
  EXPECT_EQ(show(max(row({NaN, NaN}))), "double 1x1: NaN");  // octave: max([NaN NaN])
  EXPECT_EQ(show(argmax(row({NaN, NaN}))), "double 1x1: 1");  // octave: nthargout(2, @max, [NaN NaN])
  EXPECT_EQ(show(min(mat(2, 2, {NaN, 2, NaN, NaN}))), "double 1x2: NaN 2");  // octave: min([NaN 2; NaN NaN])
}

TEST_F(Array, MaxMinOfEmptiesAndClasses) {
  EXPECT_EQ(show(max(empty())), "double 0x0:");  // octave: max([])
  EXPECT_EQ(show(max(zeros({0, 3}))), "double 0x3:");  // octave: max(zeros(0,3))
  EXPECT_EQ(show(max(zeros({3, 0}))), "double 1x0:");  // octave: max(zeros(3,0))
  EXPECT_EQ(show(argmax(zeros({0, 3}))), "double 0x3:");  // octave: nthargout(2, @max, zeros(0,3))
  EXPECT_EQ(show(max(as(MCC_CLASS_INT8, row({1, -5})))), "int8 1x1: 1");  // octave: max(int8([1 -5]))
  EXPECT_EQ(show(max(str("abc"))), "double 1x1: 99");  // octave: max('abc')
  EXPECT_EQ(show(max(logicals({1, 0}))), "logical 1x1: 1");  // octave: max([true false])
}

TEST_F(Array, AnyAllIgnoreNaN) {
  EXPECT_EQ(show(any(row({0, 0, 1}))), "logical 1x1: 1");  // octave: any([0 0 1])
  EXPECT_EQ(show(all(row({1, 1, 0}))), "logical 1x1: 0");  // octave: all([1 1 0])
  EXPECT_EQ(show(any(mat(2, 2, {0, 0, 0, 1}))), "logical 1x2: 0 1");  // octave: any([0 0; 0 1])
  EXPECT_EQ(show(all(mat(2, 2, {1, 1, 0, 1}))), "logical 1x2: 0 1");  // octave: all([1 1; 0 1])
  EXPECT_EQ(show(any(mat(2, 2, {0, 0, 0, 1}), 2)), "logical 2x1: 0 1");  // octave: any([0 0; 0 1], 2)
  EXPECT_EQ(show(any(num(NaN))), "logical 1x1: 0");  // octave: any(NaN)
  EXPECT_EQ(show(all(num(NaN))), "logical 1x1: 1");  // octave: all(NaN)
}

TEST_F(Array, Cumsum) {
  EXPECT_EQ(show(cumsum(row({1, 2, 3}))), "double 1x3: 1 3 6");  // octave: cumsum([1 2 3])
  EXPECT_EQ(show(cumsum(mat(2, 2, {1, 2, 3, 4}))), "double 2x2: 1 4 2 6");  // octave: cumsum([1 2; 3 4])
  EXPECT_EQ(show(cumsum(mat(2, 2, {1, 2, 3, 4}), 2)), "double 2x2: 1 3 3 7");  // octave: cumsum([1 2; 3 4], 2)
  EXPECT_EQ(show(cumsum(empty())), "double 0x0:");  // octave: cumsum([])
  EXPECT_EQ(show(cumsum(iota({2, 2, 2}), 3)), "double 2x2x2: 1 2 3 4 6 8 10 12");  // octave: cumsum(reshape(1:8,2,2,2), 3)
  // MATLAB documents that cumsum keeps an integer class (Octave returns
  // double); integer arithmetic saturates at each step.
  EXPECT_EQ(show(cumsum(as(MCC_CLASS_INT8, row({100, 100, -100})))), "int8 1x3: 100 127 27");
}

TEST_F(Array, Find) {
  EXPECT_EQ(show(find(row({0, 1, 0, 1}))), "double 1x2: 2 4");  // octave: find([0 1 0 1])
  EXPECT_EQ(show(find(col({0, 1, 1}))), "double 2x1: 2 3");  // octave: find([0; 1; 1])
  EXPECT_EQ(show(find(bin(MCC_OP_GT, magic3(), num(5)))), "double 4x1: 1 6 7 8");  // octave: find(magic(3) > 5)
  EXPECT_EQ(show(find(empty())), "double 0x0:");  // octave: find([])
  EXPECT_EQ(show(find(zeros({1, 0}))), "double 1x0:");  // octave: find(zeros(1,0))
  EXPECT_EQ(show(find(zeros({1, 3}))), "double 1x0:");  // octave: find(zeros(1,3))
  EXPECT_EQ(show(find(zeros({3, 3}))), "double 0x1:");  // octave: find(zeros(3,3))
  EXPECT_EQ(show(find(row({NaN, 0, 2}))), "double 1x2: 1 3");  // octave: find([NaN 0 2])
  EXPECT_EQ(show(find(nd({2, 2, 2}, {0, 1, 0, 0, 1, 0, 0, 1}))), "double 3x1: 2 5 8");  // octave: find(reshape([0 1 0 0 1 0 0 1], 2, 2, 2))
}

TEST_F(Array, DimArgument) {
  EXPECT_EQ(mcc_dim_arg(2, &site), 2u);
  // MATLAB's message.
  const char* message = "Dimension argument must be a positive integer scalar within indexing range.";
  EXPECT_EQ(errorOf([] { mcc_dim_arg(0, &site); }), message);
  EXPECT_EQ(errorOf([] { mcc_dim_arg(1.5, &site); }), message);
  EXPECT_EQ(errorOf([] { mcc_dim_arg(NaN, &site); }), message);
}

// --- The real error path --------------------------------------------------------

TEST(ArrayDeathTest, AnErrorPrintsMatlabsMessageAndWhereThenExits) {
  GTEST_FLAG_SET(death_test_style, "threadsafe");
  mcc_site here{"model.m", 12};
  EXPECT_EXIT(
      {
        A x = row({1, 2, 3});
        A k = num(4);
        const mcc_array* idx[] = {k.get()};
        mcc_subsref(x.get(), 1, idx, &here);
      },
      ::testing::ExitedWithCode(1),
      "Error: Index exceeds the number of array elements. Index must not exceed 3.\n  in model.m at line 12");
}
