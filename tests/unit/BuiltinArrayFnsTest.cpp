// Unit tests of the builtins of array.def (runtime-support/src/builtins/
// ArrayFns.cpp), called through their C entry points mcc_bi_NAME as generated
// code calls them. The harness (show(), builders, errorOf, call) is BuiltinTesting.h;
// a line ending in `// octave: EXPR` gives what GNU Octave 7.3 prints for
// EXPR; lines citing MATLAB are where Octave differs or words its errors
// otherwise.
#include <cmath>

#include "BuiltinTesting.h"

using namespace mcc_array_testing;

namespace {

class BuiltinArray : public Array {};

}  // namespace

// --- Constructors ---------------------------------------------------------------

TEST_F(BuiltinArray, ZerosOnesEyeTakeScalarsOrASizeVector) {
  EXPECT_EQ(show(call(mcc_bi_zeros, {})), "double 1x1: 0");  // octave: zeros
  EXPECT_EQ(show(call(mcc_bi_zeros, {num(2)})), "double 2x2: 0 0 0 0");  // octave: zeros(2)
  EXPECT_EQ(show(call(mcc_bi_zeros, {row({2, 3})})), "double 2x3: 0 0 0 0 0 0");  // octave: zeros([2 3])
  EXPECT_EQ(show(call(mcc_bi_zeros, {num(1), num(2), num(2)})), "double 1x2x2: 0 0 0 0");
  EXPECT_EQ(show(call(mcc_bi_zeros, {empty()})), "double 0x0:");  // MATLAB: an empty size vector (Octave rejects it)
  EXPECT_EQ(show(call(mcc_bi_ones, {num(2), num(-1)})), "double 2x0:");  // octave: ones(2,-1)
  EXPECT_EQ(show(call(mcc_bi_ones, {num(1), num(3), str("int32")})), "int32 1x3: 1 1 1");  // octave: ones(1,3,'int32')
  EXPECT_EQ(show(call(mcc_bi_zeros, {row({1, 2}), str("single")})), "single 1x2: 0 0");
  EXPECT_EQ(show(call(mcc_bi_eye, {num(2), num(3)})), "double 2x3: 1 0 0 1 0 0");  // octave: eye(2,3)
  EXPECT_EQ(show(call(mcc_bi_eye, {row({2, 2}), str("uint8")})), "uint8 2x2: 1 0 0 1");
}

TEST_F(BuiltinArray, LikeTakesThePrototypesClassAndComplexity) {
  EXPECT_EQ(show(call(mcc_bi_zeros, {num(2), str("like"), i8({1})})), "int8 2x2: 0 0 0 0");
  EXPECT_EQ(show(call(mcc_bi_ones, {num(1), num(2), str("like"), cplx(0, 1)})), "double 1x2: (1,0) (1,0)");
  EXPECT_EQ(show(call(mcc_bi_eye, {num(2), str("like"), as(MCC_CLASS_SINGLE, num(1))})), "single 2x2: 1 0 0 1");
}

TEST_F(BuiltinArray, ConstructorErrors) {
  // MATLAB's messages.
  EXPECT_EQ(errorOf([] { call(mcc_bi_zeros, {row({2, 3}), num(4)}); }), "Size inputs must be scalar.");
  EXPECT_EQ(errorOf([] { call(mcc_bi_zeros, {num(2.5)}); }), "Size inputs must be integers.");
  EXPECT_EQ(errorOf([] { call(mcc_bi_zeros, {col({2, 3})}); }), "Size vector must be a row vector with real elements.");
  EXPECT_EQ(errorOf([] { call(mcc_bi_eye, {num(2), num(2), num(2)}); }), "N-dimensional arrays are not supported.");
  EXPECT_EQ(errorOf([] { calls(mcc_bi_zeros, 2, {num(2)}); }), "Too many output arguments.");
}

TEST_F(BuiltinArray, RandIsDeterministicAndUniform) {
  // MT19937 with MATLAB's default seed and 53-bit doubles: MATLAB's first
  // value after `rng default` is 0.8147236863931789.
  A first = call(mcc_bi_rand, {});
  A next = call(mcc_bi_rand, {num(3), num(4)});
  EXPECT_EQ(show(call(mcc_bi_size, {next})), "double 1x2: 3 4");
  for (size_t i = 0; i < next->numel; ++i) {
    double v = static_cast<double*>(next->data)[i];
    EXPECT_TRUE(v > 0 && v < 1);
  }
  EXPECT_EQ(show(call(mcc_bi_class, {call(mcc_bi_rand, {num(2), str("single")})})), show(str("single")));
  A normal = call(mcc_bi_randn, {num(1000), num(1)});
  double mean = static_cast<double*>(A(call(mcc_bi_mean, {normal}))->data)[0];
  EXPECT_LT(std::abs(mean), 0.2);
  EXPECT_NEAR(static_cast<double*>(first->data)[0], 0.8147236863931789, 1e-15);
}

TEST_F(BuiltinArray, ColonAndLinspace) {
  EXPECT_EQ(show(call(mcc_bi_colon, {num(1), num(4)})), "double 1x4: 1 2 3 4");  // octave: colon(1,4)
  EXPECT_EQ(show(call(mcc_bi_colon, {num(5), num(-2), num(0)})), "double 1x3: 5 3 1");  // octave: colon(5,-2,0)
  EXPECT_EQ(show(call(mcc_bi_colon, {num(3), num(1)})), "double 1x0:");  // octave: colon(3,1)
  EXPECT_EQ(show(call(mcc_bi_colon, {i8({1}), num(3)})), "int8 1x3: 1 2 3");  // octave: int8(1):3
  EXPECT_EQ(show(call(mcc_bi_colon, {str("a"), str("c")})), "char 1x3: 97 98 99");  // octave: 'a':'c'
  EXPECT_EQ(show(call(mcc_bi_linspace, {num(0), num(1), num(5)})), "double 1x5: 0 0.25 0.5 0.75 1");
  EXPECT_EQ(call(mcc_bi_linspace, {num(0), num(1)})->numel, 100u);  // n defaults to 100
  EXPECT_EQ(show(call(mcc_bi_linspace, {num(0), num(1), num(0)})), "double 1x0:");
  EXPECT_EQ(errorOf([] { call(mcc_bi_colon, {num(1)}); }), "Not enough input arguments.");
}

// --- Size queries --------------------------------------------------------------------

TEST_F(BuiltinArray, SizeForms) {
  A x = iota({2, 3, 4});
  EXPECT_EQ(show(call(mcc_bi_size, {x})), "double 1x3: 2 3 4");
  EXPECT_EQ(show(call(mcc_bi_size, {x, num(2)})), "double 1x1: 3");
  EXPECT_EQ(show(call(mcc_bi_size, {x, num(7)})), "double 1x1: 1");
  EXPECT_EQ(show(call(mcc_bi_size, {x, row({3, 1})})), "double 1x2: 4 2");
  EXPECT_EQ(show(call(mcc_bi_size, {x, num(1), num(3)})), "double 1x2: 2 4");
  // [m, n] = size(x): the last output takes the remaining dims' product.
  std::vector<A> mn = calls(mcc_bi_size, 2, {x});
  EXPECT_EQ(show(mn[0]) + " " + show(mn[1]), "double 1x1: 2 double 1x1: 12");
  std::vector<A> four = calls(mcc_bi_size, 4, {x});
  EXPECT_EQ(show(four[2]) + " " + show(four[3]), "double 1x1: 4 double 1x1: 1");
  std::vector<A> rc = calls(mcc_bi_size, 2, {x, row({1, 3})});
  EXPECT_EQ(show(rc[1]), "double 1x1: 4");
  EXPECT_EQ(errorOf([&] { call(mcc_bi_size, {x, num(0)}); }),
            "Dimension argument must be a positive integer scalar or a vector of positive integers.");
}

TEST_F(BuiltinArray, ShapePredicates) {
  auto is = [](BuiltinFn f, A x) { return static_cast<uint8_t*>(call(f, {x})->data)[0] != 0; };
  EXPECT_EQ(show(call(mcc_bi_numel, {iota({2, 3})})), "double 1x1: 6");
  EXPECT_EQ(show(call(mcc_bi_numel, {iota({2, 3}), num(1), colon()})), "double 1x1: 3");
  EXPECT_EQ(show(call(mcc_bi_length, {zeros({3, 7})})), "double 1x1: 7");  // octave: length(zeros(3,7))
  EXPECT_EQ(show(call(mcc_bi_length, {zeros({3, 0})})), "double 1x1: 0");  // octave: length(zeros(3,0))
  EXPECT_EQ(show(call(mcc_bi_ndims, {iota({1, 1, 2})})), "double 1x1: 3");
  EXPECT_TRUE(is(mcc_bi_isempty, zeros({0, 3})));
  EXPECT_FALSE(is(mcc_bi_isempty, num(1)));
  EXPECT_TRUE(is(mcc_bi_isscalar, num(1)));
  EXPECT_EQ(show(call(mcc_bi_isvector, {zeros({1, 0})})), "logical 1x1: 1");  // octave: isvector(zeros(1,0))
  EXPECT_FALSE(is(mcc_bi_isvector, zeros({2, 2})));
  EXPECT_TRUE(is(mcc_bi_isrow, row({1, 2})));
  EXPECT_FALSE(is(mcc_bi_isrow, col({1, 2})));
  EXPECT_TRUE(is(mcc_bi_iscolumn, col({1, 2})));
  EXPECT_TRUE(is(mcc_bi_ismatrix, zeros({0, 3})));
  EXPECT_FALSE(is(mcc_bi_ismatrix, iota({1, 1, 2})));
  EXPECT_TRUE(is(mcc_bi_issquare, zeros({3, 3})));
  EXPECT_FALSE(is(mcc_bi_issquare, zeros({3, 2})));
  EXPECT_EQ(errorOf([] { call(mcc_bi_numel, {}); }), "Not enough input arguments.");
  EXPECT_EQ(errorOf([] { call(mcc_bi_isempty, {num(1), num(2)}); }), "Too many input arguments.");
}

// --- Reshaping and rearranging --------------------------------------------------------------

TEST_F(BuiltinArray, Reshape) {
  A x = row({1, 2, 3, 4, 5, 6});
  EXPECT_EQ(show(call(mcc_bi_reshape, {x, num(2), num(3)})), "double 2x3: 1 2 3 4 5 6");
  EXPECT_EQ(show(call(mcc_bi_reshape, {x, row({3, 2})})), "double 3x2: 1 2 3 4 5 6");
  EXPECT_EQ(show(call(mcc_bi_reshape, {x, empty(), num(2)})), "double 3x2: 1 2 3 4 5 6");  // octave: reshape(1:6,[],2)
  EXPECT_EQ(show(call(mcc_bi_reshape, {x, num(1), num(2), empty()})), "double 1x2x3: 1 2 3 4 5 6");
  EXPECT_EQ(show(call(mcc_bi_reshape, {as(MCC_CLASS_INT16, x), num(6), num(1)})), "int16 6x1: 1 2 3 4 5 6");
  EXPECT_EQ(show(call(mcc_bi_reshape, {zeros({0, 3}), num(3), empty()})), "double 3x0:");
  // MATLAB's messages.
  EXPECT_EQ(errorOf([&] { call(mcc_bi_reshape, {x, num(4), num(2)}); }),
            "Number of elements must not change. Use [] as one of the size inputs to automatically calculate the "
            "appropriate size for that dimension.");
  EXPECT_EQ(errorOf([&] { call(mcc_bi_reshape, {x, num(4), empty()}); }),
            "Product of known dimensions, 4, not divisible into total number of elements, 6.");
  EXPECT_EQ(errorOf([&] { call(mcc_bi_reshape, {x, empty(), empty()}); }), "Size can only have one unknown dimension.");
  EXPECT_EQ(errorOf([&] { call(mcc_bi_reshape, {x, num(6)}); }), "Size vector must have at least two elements.");
}

TEST_F(BuiltinArray, Repmat) {
  A x = mat(2, 2, {1, 2, 3, 4});
  EXPECT_EQ(show(call(mcc_bi_repmat, {x, num(1), num(2)})), "double 2x4: 1 3 2 4 1 3 2 4");  // octave: repmat([1 2;3 4],1,2)
  EXPECT_EQ(show(call(mcc_bi_repmat, {row({1, 2}), num(2)})), "double 2x4: 1 1 2 2 1 1 2 2");  // octave: repmat([1 2],2)
  EXPECT_EQ(show(call(mcc_bi_repmat, {num(7), row({1, 2, 2})})), "double 1x2x2: 7 7 7 7");
  EXPECT_EQ(show(call(mcc_bi_repmat, {str("ab"), num(2), num(1)})), "char 2x2: 97 97 98 98");  // octave: repmat('ab',2,1)
  EXPECT_EQ(show(call(mcc_bi_repmat, {x, num(0), num(2)})), "double 0x4:");  // octave: repmat([1 2;3 4],0,2)
  EXPECT_EQ(show(call(mcc_bi_repmat, {iota({1, 1, 2}), num(2), num(1)})), "double 2x1x2: 1 1 2 2");
  EXPECT_EQ(errorOf([&] { call(mcc_bi_repmat, {x, num(1.5)}); }),
            "Replication factors must be a row vector of integers or integer scalars.");
}

TEST_F(BuiltinArray, CatOfAnyClasses) {
  EXPECT_EQ(show(call(mcc_bi_cat, {num(3), num(1), num(2)})), "double 1x1x2: 1 2");  // octave: cat(3,1,2)
  EXPECT_EQ(show(call(mcc_bi_horzcat, {i8({1}), num(2.6)})), "int8 1x2: 1 3");  // octave: horzcat(int8(1),2.6)
  EXPECT_EQ(show(call(mcc_bi_vertcat, {str("a"), num(98)})), "char 2x1: 97 98");  // octave: vertcat('a',98)
  EXPECT_EQ(show(call(mcc_bi_horzcat, {})), "double 0x0:");  // octave: horzcat()
  EXPECT_EQ(errorOf([] { call(mcc_bi_vertcat, {row({1, 2}), num(1)}); }),
            "Dimensions of arrays being concatenated are not consistent.");
  EXPECT_EQ(errorOf([] { call(mcc_bi_cat, {num(0), num(1)}); }),
            "Dimension argument must be a positive integer scalar within indexing range.");
}

TEST_F(BuiltinArray, FlipsAndTransposes) {
  A x = mat(2, 3, {1, 2, 3, 4, 5, 6});
  EXPECT_EQ(show(call(mcc_bi_fliplr, {x})), "double 2x3: 3 6 2 5 1 4");  // octave: fliplr([1 2 3;4 5 6])
  EXPECT_EQ(show(call(mcc_bi_flipud, {x})), "double 2x3: 4 1 5 2 6 3");  // octave: flipud([1 2 3;4 5 6])
  EXPECT_EQ(show(call(mcc_bi_flip, {row({1, 2, 3})})), "double 1x3: 3 2 1");  // octave: flip([1 2 3])
  EXPECT_EQ(show(call(mcc_bi_flip, {iota({1, 1, 3}), num(3)})), "double 1x1x3: 3 2 1");
  EXPECT_EQ(show(call(mcc_bi_flip, {x, num(4)})), show(x));
  EXPECT_EQ(show(call(mcc_bi_transpose, {crow({{1, 2}})})), "double 1x1: (1,2)");
  EXPECT_EQ(show(call(mcc_bi_ctranspose, {crow({{1, 2}, {3, 0}})})), "double 2x1: (1,-2) (3,-0)");
}

// --- Reductions ------------------------------------------------------------------------------

TEST_F(BuiltinArray, SumProdMeanForms) {
  A x = mat(2, 2, {1, 2, 3, 4});
  EXPECT_EQ(show(call(mcc_bi_sum, {x})), "double 1x2: 4 6");  // octave: sum([1 2;3 4])
  EXPECT_EQ(show(call(mcc_bi_sum, {x, num(2)})), "double 2x1: 3 7");  // octave: sum([1 2;3 4],2)
  EXPECT_EQ(show(call(mcc_bi_sum, {x, str("all")})), "double 1x1: 10");
  EXPECT_EQ(show(call(mcc_bi_sum, {iota({2, 2, 2}), row({1, 3})})), "double 1x2: 14 22");
  EXPECT_EQ(show(call(mcc_bi_sum, {x, num(3)})), show(x));
  EXPECT_EQ(show(call(mcc_bi_prod, {x})), "double 1x2: 3 8");  // octave: prod([1 2;3 4])
  EXPECT_EQ(show(call(mcc_bi_prod, {x, str("all")})), "double 1x1: 24");
  EXPECT_EQ(show(call(mcc_bi_mean, {x, num(2)})), "double 2x1: 1.5 3.5");  // octave: mean([1 2;3 4],2)
  EXPECT_EQ(show(call(mcc_bi_mean, {x, str("all")})), "double 1x1: 2.5");
  EXPECT_EQ(show(call(mcc_bi_mean, {iota({2, 2, 2}), row({1, 2})})), "double 1x1x2: 2.5 6.5");
  // Integers and logicals sum as double unless 'native'.
  EXPECT_EQ(show(call(mcc_bi_sum, {i8({100, 100})})), "double 1x1: 200");  // octave: sum(int8([100 100]))
  EXPECT_EQ(show(call(mcc_bi_sum, {i8({100, 100}), str("native")})), "int8 1x1: 127");  // octave: sum(int8([100 100]),'native')
  EXPECT_EQ(show(call(mcc_bi_sum, {logicals({1, 1}), str("native")})), "logical 1x1: 1");  // octave: sum([true true],'native')
  EXPECT_EQ(show(call(mcc_bi_sum, {as(MCC_CLASS_SINGLE, x), str("double")})), "double 1x2: 4 6");
  EXPECT_EQ(show(call(mcc_bi_sum, {as(MCC_CLASS_SINGLE, x), num(1), str("default")})), "single 1x2: 4 6");
  EXPECT_EQ(show(call(mcc_bi_mean, {i8({1, 2})})), "double 1x1: 1.5");  // octave: mean(int8([1 2]))
}

TEST_F(BuiltinArray, ReductionsOfEmpties) {
  EXPECT_EQ(show(call(mcc_bi_sum, {empty()})), "double 1x1: 0");  // octave: sum([])
  EXPECT_EQ(show(call(mcc_bi_sum, {zeros({0, 3})})), "double 1x3: 0 0 0");  // octave: sum(zeros(0,3))
  EXPECT_EQ(show(call(mcc_bi_sum, {zeros({0, 3}), num(2)})), "double 0x1:");  // octave: sum(zeros(0,3),2)
  EXPECT_EQ(show(call(mcc_bi_sum, {empty(), str("all")})), "double 1x1: 0");
  EXPECT_EQ(show(call(mcc_bi_prod, {empty()})), "double 1x1: 1");  // octave: prod([])
  EXPECT_EQ(show(call(mcc_bi_mean, {empty()})), "double 1x1: NaN");  // octave: mean([])
  // MATLAB: mean(zeros(0,3)) is NaN(1,3) (Octave gives a 1x0 empty).
  EXPECT_EQ(show(call(mcc_bi_mean, {zeros({0, 3})})), "double 1x3: NaN NaN NaN");
  EXPECT_EQ(show(call(mcc_bi_max, {empty()})), "double 0x0:");  // octave: max([])
  EXPECT_EQ(show(call(mcc_bi_max, {zeros({3, 0})})), "double 1x0:");  // octave: max(zeros(3,0))
  EXPECT_EQ(show(call(mcc_bi_any, {empty()})), "logical 1x1: 0");  // octave: any([])
  EXPECT_EQ(show(call(mcc_bi_all, {empty()})), "logical 1x1: 1");  // octave: all([])
  EXPECT_EQ(show(call(mcc_bi_cumsum, {empty()})), "double 0x0:");  // octave: cumsum([])
  EXPECT_EQ(show(call(mcc_bi_cumprod, {zeros({0, 2})})), "double 0x2:");  // octave: cumprod(zeros(0,2))
}

TEST_F(BuiltinArray, NanFlags) {
  A x = row({1, NaN, 3});
  EXPECT_EQ(show(call(mcc_bi_sum, {x})), "double 1x1: NaN");  // octave: sum([1 NaN 3])
  EXPECT_EQ(show(call(mcc_bi_sum, {x, str("omitnan")})), "double 1x1: 4");
  EXPECT_EQ(show(call(mcc_bi_mean, {x, str("omitnan")})), "double 1x1: 2");
  EXPECT_EQ(show(call(mcc_bi_mean, {row({NaN, NaN}), str("omitnan")})), "double 1x1: NaN");
  EXPECT_EQ(show(call(mcc_bi_max, {x})), "double 1x1: 3");  // octave: max([1 NaN 3])
  std::vector<A> mi = calls(mcc_bi_max, 2, {x, empty(), str("includenan")});
  EXPECT_EQ(show(mi[0]) + " " + show(mi[1]), "double 1x1: NaN double 1x1: 2");
  EXPECT_EQ(errorOf([&] { call(mcc_bi_sum, {x, str("bogus")}); }), "Invalid option 'bogus'.");
}

TEST_F(BuiltinArray, MaxMinForms) {
  A x = mat(2, 2, {1, 5, 7, 2});
  EXPECT_EQ(show(call(mcc_bi_max, {x})), "double 1x2: 7 5");  // octave: max([1 5;7 2])
  std::vector<A> mi = calls(mcc_bi_max, 2, {x});
  EXPECT_EQ(show(mi[1]), "double 1x2: 2 1");  // octave: nthargout(2,@max,[1 5;7 2])
  EXPECT_EQ(show(call(mcc_bi_min, {x, empty(), num(2)})), "double 2x1: 1 2");  // octave: min([1 5;7 2],[],2)
  std::vector<A> all = calls(mcc_bi_max, 2, {x, empty(), str("all")});
  EXPECT_EQ(show(all[0]) + " " + show(all[1]), "double 1x1: 7 double 1x1: 2");
  EXPECT_EQ(show(call(mcc_bi_max, {iota({2, 2, 2}), empty(), row({1, 2})})), "double 1x1x2: 4 8");
  // Two arrays: implicit expansion, NaN ignored, an integer class wins.
  EXPECT_EQ(show(call(mcc_bi_max, {row({1, NaN, 3}), row({2, 2, NaN})})), "double 1x3: 2 2 3");  // octave: max([1 NaN 3],[2 2 NaN])
  EXPECT_EQ(show(call(mcc_bi_max, {col({1, 4}), row({2, 3})})), "double 2x2: 2 4 3 4");  // octave: max([1;4],[2 3])
  EXPECT_EQ(show(call(mcc_bi_min, {i8({5, -3}), num(0)})), "int8 1x2: 0 -3");  // octave: min(int8([5 -3]),0)
  std::vector<A> nanFirst = calls(mcc_bi_max, 2, {row({NaN, NaN})});
  EXPECT_EQ(show(nanFirst[0]) + " " + show(nanFirst[1]), "double 1x1: NaN double 1x1: 1");
  EXPECT_EQ(show(call(mcc_bi_max, {str("ab")})), "double 1x1: 98");  // octave: max('ab')
  // MATLAB's messages.
  EXPECT_EQ(errorOf([&] { calls(mcc_bi_max, 2, {x, x}); }),
            "MAX with two matrices to compare and two output arguments is not supported.");
  EXPECT_EQ(errorOf([&] { call(mcc_bi_min, {x, x, num(1)}); }),
            "MIN with two matrices to compare and a working dimension is not supported.");
  EXPECT_EQ(errorOf([&] { call(mcc_bi_max, {x, empty(), num(0)}); }),
            "Dimension argument must be a positive integer scalar, a vector of unique positive integers, or 'all'.");
  EXPECT_EQ(errorOf([&] { calls(mcc_bi_max, 3, {x}); }), "Too many output arguments.");
}

TEST_F(BuiltinArray, AnyAll) {
  A x = mat(2, 2, {0, 0, 0, 1});
  EXPECT_EQ(show(call(mcc_bi_any, {x})), "logical 1x2: 0 1");  // octave: any([0 0;0 1])
  EXPECT_EQ(show(call(mcc_bi_all, {mat(2, 2, {1, 1, 0, 1}), num(2)})), "logical 2x1: 1 0");  // octave: all([1 1;0 1],2)
  EXPECT_EQ(show(call(mcc_bi_any, {x, str("all")})), "logical 1x1: 1");
  EXPECT_EQ(show(call(mcc_bi_all, {x, row({1, 2})})), "logical 1x1: 0");
}

TEST_F(BuiltinArray, Cumulative) {
  A x = mat(2, 3, {1, 2, 3, 4, 5, 6});
  EXPECT_EQ(show(call(mcc_bi_cumsum, {x})), "double 2x3: 1 5 2 7 3 9");  // octave: cumsum([1 2 3;4 5 6])
  EXPECT_EQ(show(call(mcc_bi_cumprod, {x})), "double 2x3: 1 4 2 10 3 18");  // octave: cumprod([1 2 3;4 5 6])
  EXPECT_EQ(show(call(mcc_bi_cumprod, {x, num(2)})), "double 2x3: 1 4 2 20 6 120");  // octave: cumprod([1 2 3;4 5 6],2)
  EXPECT_EQ(show(call(mcc_bi_cumsum, {row({1, 2, 3}), str("reverse")})), "double 1x3: 6 5 3");
  EXPECT_EQ(show(call(mcc_bi_cumprod, {i8({100, 2, -1})})), "int8 1x3: 100 127 -127");
  EXPECT_EQ(show(call(mcc_bi_cumprod, {logicals({1, 1, 0})})), "double 1x3: 1 1 0");  // octave: cumprod([true true false])
  EXPECT_EQ(show(call(mcc_bi_cummax, {row({1, 3, 2, NaN, 5})})), "double 1x5: 1 3 3 3 5");  // octave: cummax([1 3 2 NaN 5])
  EXPECT_EQ(show(call(mcc_bi_cummin, {row({NaN, 3, 2, NaN, 5})})), "double 1x5: NaN 3 2 2 2");  // octave: cummin([NaN 3 2 NaN 5])
  EXPECT_EQ(show(call(mcc_bi_cummax, {row({1, 3, 2}), str("reverse")})), "double 1x3: 3 3 2");
  EXPECT_EQ(show(call(mcc_bi_cummin, {i8({4, 2, 3})})), "int8 1x3: 4 2 2");  // octave: cummin(int8([4 2 3]))
}

TEST_F(BuiltinArray, NnzCountsNaNAsNonzero) {
  EXPECT_EQ(show(call(mcc_bi_nnz, {row({1, 0, NaN, 2})})), "double 1x1: 3");  // octave: nnz([1 0 NaN 2])
  EXPECT_EQ(show(call(mcc_bi_nnz, {empty()})), "double 1x1: 0");  // octave: nnz([])
}

// --- find, sort, isequal, diff -------------------------------------------------------------------

TEST_F(BuiltinArray, FindForms) {
  A x = mat(2, 2, {0, 2, 3, 0});
  EXPECT_EQ(show(call(mcc_bi_find, {x})), "double 2x1: 2 3");  // octave: find([0 2;3 0])
  EXPECT_EQ(show(call(mcc_bi_find, {row({0, 1, 1, 0, 1}), num(2)})), "double 1x2: 2 3");  // octave: find([0 1 1 0 1],2)
  EXPECT_EQ(show(call(mcc_bi_find, {row({0, 1, 1, 0, 1}), num(2), str("last")})), "double 1x2: 3 5");  // octave: find([0 1 1 0 1],2,'last')
  std::vector<A> rcv = calls(mcc_bi_find, 3, {x});
  EXPECT_EQ(show(rcv[0]), "double 2x1: 2 1");  // octave: nthargout(1,3,@find,[0 2;3 0])
  EXPECT_EQ(show(rcv[1]), "double 2x1: 1 2");  // octave: nthargout(2,3,@find,[0 2;3 0])
  EXPECT_EQ(show(rcv[2]), "double 2x1: 3 2");  // octave: nthargout(3,3,@find,[0 2;3 0])
  std::vector<A> rc = calls(mcc_bi_find, 2, {iota({1, 2, 2})});
  EXPECT_EQ(show(rc[1]), "double 4x1: 1 2 3 4");  // the column index spans the trailing dims
  EXPECT_EQ(show(calls(mcc_bi_find, 3, {logicals({0, 1})})[2]), "logical 1x1: 1");
  EXPECT_EQ(show(call(mcc_bi_find, {empty()})), "double 0x0:");  // octave: find([])
  EXPECT_EQ(show(call(mcc_bi_find, {zeros({1, 0})})), "double 1x0:");  // octave: find(zeros(1,0))
  EXPECT_EQ(errorOf([&] { call(mcc_bi_find, {x, num(0)}); }), "Second argument must be a positive scalar integer.");
  EXPECT_EQ(errorOf([&] { call(mcc_bi_find, {x, num(1), str("middle")}); }),
            "Invalid search option type. Specify 'first' or 'last'.");
}

TEST_F(BuiltinArray, SortIsStableWithMatlabsNaNPlacement) {
  A x = row({3, NaN, 1, 3, NaN, 2});
  std::vector<A> up = calls(mcc_bi_sort, 2, {x});
  EXPECT_EQ(show(up[0]), "double 1x6: 1 2 3 3 NaN NaN");  // octave: sort([3 NaN 1 3 NaN 2])
  EXPECT_EQ(show(up[1]), "double 1x6: 3 6 1 4 2 5");  // octave: nthargout(2,@sort,[3 NaN 1 3 NaN 2])
  std::vector<A> down = calls(mcc_bi_sort, 2, {x, str("descend")});
  EXPECT_EQ(show(down[0]), "double 1x6: NaN NaN 3 3 2 1");  // octave: sort([3 NaN 1 3 NaN 2],'descend')
  EXPECT_EQ(show(down[1]), "double 1x6: 2 5 1 4 6 3");  // octave: nthargout(2,@sort,[3 NaN 1 3 NaN 2],'descend')
  A m = mat(2, 2, {3, 1, 2, 4});
  EXPECT_EQ(show(call(mcc_bi_sort, {m})), "double 2x2: 2 3 1 4");  // octave: sort([3 1;2 4])
  EXPECT_EQ(show(call(mcc_bi_sort, {m, num(2), str("descend")})), "double 2x2: 3 4 1 2");  // octave: sort([3 1;2 4],2,'descend')
  EXPECT_EQ(show(call(mcc_bi_sort, {str("hello")})), "char 1x5: 101 104 108 108 111");  // octave: sort('hello')
  EXPECT_EQ(show(call(mcc_bi_sort, {i8({3, -1, 2})})), "int8 1x3: -1 2 3");  // octave: sort(int8([3 -1 2]))
  EXPECT_EQ(show(call(mcc_bi_sort, {crow({{1, 1}, {-2, 0}, {1, 0}})})), "double 1x3: (1,0) (1,1) (-2,0)");  // octave: sort([1+1i -2 1])
  EXPECT_EQ(show(call(mcc_bi_sort, {zeros({0, 3})})), "double 0x3:");  // octave: sort(zeros(0,3))
  EXPECT_EQ(errorOf([&] { call(mcc_bi_sort, {x, str("up")}); }), "Sorting direction must be 'ascend' or 'descend'.");
}

TEST_F(BuiltinArray, IsequalComparesValuesAcrossClasses) {
  auto eq = [](std::vector<A> in) { return show(call(mcc_bi_isequal, in)); };
  EXPECT_EQ(eq({row({1, 2}), row({1, 2}), row({1, 2})}), "logical 1x1: 1");  // octave: isequal([1 2],[1 2],[1 2])
  EXPECT_EQ(eq({str("a"), num(97)}), "logical 1x1: 1");  // octave: isequal('a',97)
  EXPECT_EQ(eq({i8({1, 2}), row({1, 2})}), "logical 1x1: 1");  // octave: isequal(int8([1 2]),[1 2])
  EXPECT_EQ(eq({row({1, NaN}), row({1, NaN})}), "logical 1x1: 0");  // octave: isequal([1 NaN],[1 NaN])
  EXPECT_EQ(eq({zeros({1, 0}), zeros({0, 1})}), "logical 1x1: 0");  // octave: isequal(zeros(1,0),zeros(0,1))
  EXPECT_EQ(eq({row({1, 2}), col({1, 2})}), "logical 1x1: 0");  // octave: isequal([1 2],[1;2])
  EXPECT_EQ(eq({cplx(1, 0), num(1)}), "logical 1x1: 1");  // octave: isequal(complex(1,0),1)
  EXPECT_EQ(errorOf([] { call(mcc_bi_isequal, {num(1)}); }), "Not enough input arguments.");
}

TEST_F(BuiltinArray, Diff) {
  EXPECT_EQ(show(call(mcc_bi_diff, {row({1, 4, 9, 16})})), "double 1x3: 3 5 7");  // octave: diff([1 4 9 16])
  EXPECT_EQ(show(call(mcc_bi_diff, {row({1, 4, 9, 16}), num(2)})), "double 1x2: 2 2");  // octave: diff([1 4 9 16],2)
  A m = mat(3, 2, {1, 2, 4, 8, 9, 1});
  EXPECT_EQ(show(call(mcc_bi_diff, {m})), "double 2x2: 3 5 6 -7");  // octave: diff([1 2;4 8;9 1])
  EXPECT_EQ(show(call(mcc_bi_diff, {m, num(1), num(2)})), "double 3x1: 1 4 -8");  // octave: diff([1 2;4 8;9 1],1,2)
  EXPECT_EQ(show(call(mcc_bi_diff, {m, num(2)})), "double 1x2: 2 -13");  // octave: diff([1 2;4 8;9 1],2)
  // MATLAB applies diff recursively: past one dim it goes on along the next
  // (Octave stops differently); a scalar's difference is [].
  EXPECT_EQ(show(call(mcc_bi_diff, {ones({2, 3}), num(2)})), "double 1x2: 0 0");
  EXPECT_EQ(show(call(mcc_bi_diff, {num(5)})), "double 0x0:");  // octave: diff(5)
  EXPECT_EQ(show(call(mcc_bi_diff, {row({1, 2}), num(5)})), "double 0x0:");
  EXPECT_EQ(show(call(mcc_bi_diff, {row({1, 2, 3}), num(5), num(2)})), "double 1x0:");
  EXPECT_EQ(show(call(mcc_bi_diff, {i8({1, -100, 100})})), "int8 1x2: -101 127");  // octave: diff(int8([1 -100 100]))
  EXPECT_EQ(show(call(mcc_bi_diff, {logicals({1, 0})})), "double 1x1: -1");  // octave: diff([true false])
  EXPECT_EQ(errorOf([] { call(mcc_bi_diff, {row({1, 2}), num(-1)}); }),
            "Difference order N must be a positive integer scalar.");
}
