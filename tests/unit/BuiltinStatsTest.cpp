// Unit tests of the builtins of stats.def (runtime-support/src/builtins/
// Stats.cpp), called through their C entry points mcc_bi_NAME as generated
// code calls them. The harness (show(), builders, errorOf, call) is
// BuiltinTesting.h; a line ending in `// octave: EXPR` gives what GNU Octave
// 7.3 prints for EXPR; lines citing MATLAB are where Octave differs or words
// its errors otherwise.
#include "BuiltinTesting.h"

using namespace mcc_array_testing;

namespace {

A m23() { return mat(2, 3, {4, -2, 1, 9, 5, 7}); }

// Each test leaves the shared random stream as a fresh program has it
// (rng default), for tests elsewhere that expect rand's first values.
class BuiltinStats : public Array {
 protected:
  void TearDown() override {
    calls(mcc_bi_rng, 0, {str("default")});
    Array::TearDown();
  }
};

}  // namespace

// --- var, std ---------------------------------------------------------------------------

TEST_F(BuiltinStats, VarAndStdNormaliseByNMinusOneOrN) {
  EXPECT_EQ(showCall(mcc_bi_var, {row({1, 2, 3, 4})}), "double 1x1: 1.6666666666666667");  // octave: var([1 2 3 4])
  EXPECT_EQ(showCall(mcc_bi_std, {m23()}), "double 1x3: 3.5355339059327378 4.9497474683058327 4.2426406871192848");  // octave: std([4 -2 1; 9 5 7])
  EXPECT_EQ(showCall(mcc_bi_var, {m23(), num(0), num(2)}), "double 2x1: 9 4");  // octave: var([4 -2 1; 9 5 7],0,2)
  EXPECT_EQ(showCall(mcc_bi_var, {m23(), num(1)}), "double 1x3: 6.25 12.25 9");  // octave: var([4 -2 1; 9 5 7],1)
  EXPECT_EQ(showCall(mcc_bi_var, {m23(), empty(), num(2)}), "double 2x1: 9 4");
  EXPECT_EQ(showCall(mcc_bi_var, {num(5)}), "double 1x1: 0");  // octave: var(5)
  EXPECT_EQ(showCall(mcc_bi_var, {as(MCC_CLASS_SINGLE, row({1, 2, 4}))}), "single 1x1: 2.3333334922790527");  // octave: var(single([1 2 4]))
  EXPECT_EQ(showCall(mcc_bi_var, {as(MCC_CLASS_LOGICAL, row({1, 0, 1, 1}))}), "double 1x1: 0.25");  // octave: var(logical([1 0 1 1]))
  // abs(x - mean).^2: a real result for complex data.
  EXPECT_EQ(showCall(mcc_bi_std, {crow({{1, 2}, {3, -1}, {2, 0}})}), "double 1x1: 1.8257418583505536");  // octave: std([1+2i 3-1i 2])
}

TEST_F(BuiltinStats, VarTakesWeightVectorsDimsAllAndVecdim) {
  EXPECT_EQ(showCall(mcc_bi_var, {row({1, 2, 3, 4}), row({1, 2, 3, 4})}), "double 1x1: 1");  // octave: var([1 2 3 4],[1 2 3 4])
  EXPECT_EQ(showCall(mcc_bi_var, {m23(), row({1, 2, 1}), num(2)}), "double 2x1: 6.1875 2.75");  // octave: var([4 -2 1; 9 5 7],[1 2 1],2)
  EXPECT_EQ(showCall(mcc_bi_var, {m23(), num(0), row({1, 2})}), "double 1x1: 16");  // octave: var([4 -2 1; 9 5 7],0,[1 2])
  EXPECT_EQ(showCall(mcc_bi_var, {m23(), num(0), str("all")}), "double 1x1: 16");
  EXPECT_EQ(showCall(mcc_bi_var, {iota({2, 2, 2}), num(0), num(3)}), "double 2x2: 8 8 8 8");  // octave: var(reshape(1:8,2,2,2),0,3)
  // A dim beyond ndims: each element alone.
  EXPECT_EQ(showCall(mcc_bi_var, {m23(), num(0), num(3)}), "double 2x3: 0 0 0 0 0 0");  // octave: var([4 -2 1; 9 5 7],0,3)
}

TEST_F(BuiltinStats, VarNaNAndEmpty) {
  EXPECT_EQ(showCall(mcc_bi_var, {row({1, NaN, 3})}), "double 1x1: NaN");  // octave: var([1 NaN 3])
  EXPECT_EQ(showCall(mcc_bi_var, {row({1, NaN, 3}), num(0), str("omitnan")}), "double 1x1: 2");  // MATLAB: var([1 NaN 3],0,'omitnan')
  EXPECT_EQ(showCall(mcc_bi_std, {row({1, NaN, 3}), str("omitnan")}), "double 1x1: 1.4142135623730951");
  EXPECT_EQ(showCall(mcc_bi_var, {row({NaN, 4}), num(0), num(2), str("omitnan")}), "double 1x1: 0");
  EXPECT_EQ(showCall(mcc_bi_var, {empty()}), "double 1x1: NaN");  // octave: var([])
  EXPECT_EQ(showCall(mcc_bi_var, {zeros({0, 3})}), "double 1x3: NaN NaN NaN");  // octave: var(zeros(0,3))
  EXPECT_EQ(showCall(mcc_bi_var, {zeros({3, 0})}), "double 1x0:");
}

TEST_F(BuiltinStats, VarSecondOutputIsTheMean) {
  // MATLAB R2022a: [V, M] = var(...).
  std::vector<A> r = calls(mcc_bi_var, 2, {m23(), row({1, 2, 1}), num(2)});
  EXPECT_EQ(show(r[1]), "double 2x1: 0.25 6.5");
  r = calls(mcc_bi_std, 2, {row({1, 2, 6})});
  EXPECT_EQ(show(r[1]), "double 1x1: 3");
}

TEST_F(BuiltinStats, VarErrors) {
  // MATLAB's messages.
  EXPECT_EQ(errorOf([] { call(mcc_bi_var, {row({1, 2}), num(2)}); }), "W must be a vector of nonnegative weights, or a scalar 0 or 1.");
  EXPECT_EQ(errorOf([] { call(mcc_bi_var, {row({1, 2}), row({1, -1})}); }), "W must be a vector of nonnegative weights, or a scalar 0 or 1.");
  EXPECT_EQ(errorOf([] { call(mcc_bi_var, {row({1, 2}), row({1, 2, 3})}); }), "The length of W must be compatible with X.");
  EXPECT_EQ(errorOf([] { call(mcc_bi_var, {as(MCC_CLASS_INT8, row({1, 2}))}); }), "First argument must be single or double.");
  EXPECT_EQ(errorOf([] { call(mcc_bi_var, {row({1, 2}), num(0), num(0)}); }),
            "Dimension argument must be a positive integer scalar, a vector of unique positive integers, or 'all'.");
  EXPECT_EQ(errorOf([] { call(mcc_bi_var, {row({1, 2}), str("bogus")}); }), "Invalid option 'bogus'.");
  EXPECT_EQ(errorOf([] { call(mcc_bi_var, {}); }), "Not enough input arguments.");
  EXPECT_EQ(errorOf([] { calls(mcc_bi_var, 3, {row({1, 2})}); }), "Too many output arguments.");
}

// --- median, mode ----------------------------------------------------------------------------

TEST_F(BuiltinStats, MedianPropagatesNaNUnlessOmitted) {
  EXPECT_EQ(showCall(mcc_bi_median, {row({5, 3, 1, 4})}), "double 1x1: 3.5");  // octave: median([5 3 1 4])
  EXPECT_EQ(showCall(mcc_bi_median, {mat(2, 3, {3, 1, 2, 4, NaN, 6})}), "double 1x3: 3.5 NaN 4");  // octave: median([3 1 2; 4 NaN 6])
  EXPECT_EQ(showCall(mcc_bi_median, {mat(2, 3, {3, 1, 2, 4, NaN, 6}), str("omitnan")}), "double 1x3: 3.5 1 4");
  EXPECT_EQ(showCall(mcc_bi_median, {mat(2, 3, {3, 1, 2, 4, NaN, 6}), num(2), str("omitnan")}), "double 2x1: 2 5");
  EXPECT_EQ(showCall(mcc_bi_median, {mat(2, 3, {3, 1, 2, 4, 9, 6}), str("all")}), "double 1x1: 3.5");
  EXPECT_EQ(showCall(mcc_bi_median, {row({NaN, NaN}), str("omitnan")}), "double 1x1: NaN");
  EXPECT_EQ(showCall(mcc_bi_median, {row({-Inf, Inf})}), "double 1x1: NaN");  // octave: median([-Inf Inf])
  EXPECT_EQ(showCall(mcc_bi_median, {row({1, Inf})}), "double 1x1: Inf");  // octave: median([1 Inf])
}

TEST_F(BuiltinStats, MedianClassesAndEmpty) {
  EXPECT_EQ(showCall(mcc_bi_median, {as(MCC_CLASS_INT8, row({1, 2, 4, 7}))}), "int8 1x1: 3");  // octave: median(int8([1 2 4 7]))
  EXPECT_EQ(showCall(mcc_bi_median, {as(MCC_CLASS_INT8, row({1, 2}))}), "int8 1x1: 2");  // octave: median(int8([1 2]))
  EXPECT_EQ(showCall(mcc_bi_median, {as(MCC_CLASS_INT8, row({-1, -2}))}), "int8 1x1: -2");  // octave: median(int8([-1 -2]))
  EXPECT_EQ(showCall(mcc_bi_median, {as(MCC_CLASS_INT8, row({-128, 127}))}), "int8 1x1: -1");  // octave: median(int8([-128 127]))
  EXPECT_EQ(showCall(mcc_bi_median, {as(MCC_CLASS_SINGLE, row({1, 2, 4, 7}))}), "single 1x1: 3");  // octave: median(single([1 2 4 7]))
  EXPECT_EQ(showCall(mcc_bi_median, {str("abc")}), "double 1x1: 98");
  // MATLAB: median([]) is NaN and median(zeros(0,3)) NaN(1,3) (Octave rejects both).
  EXPECT_EQ(showCall(mcc_bi_median, {empty()}), "double 1x1: NaN");
  EXPECT_EQ(showCall(mcc_bi_median, {zeros({0, 3})}), "double 1x3: NaN NaN NaN");
}

TEST_F(BuiltinStats, ModeIsTheSmallestMostFrequent) {
  EXPECT_EQ(showCall(mcc_bi_mode, {row({1, 2, 2, 3, 3})}), "double 1x1: 2");  // octave: mode([1 2 2 3 3])
  EXPECT_EQ(showCall(mcc_bi_mode, {mat(3, 2, {1, 2, 1, 3, 2, 3})}), "double 1x2: 1 3");  // octave: mode([1 2; 1 3; 2 3])
  EXPECT_EQ(showCall(mcc_bi_mode, {mat(3, 2, {1, 2, 1, 3, 2, 3}), num(2)}), "double 3x1: 1 1 2");  // octave: mode([1 2; 1 3; 2 3],2)
  EXPECT_EQ(showCall(mcc_bi_mode, {as(MCC_CLASS_INT8, row({4, 4, 1, 1}))}), "int8 1x1: 1");  // octave: mode(int8([4 4 1 1]))
  EXPECT_EQ(showCall(mcc_bi_mode, {row({NaN, NaN, 1})}), "double 1x1: 1");  // octave: mode([NaN NaN 1])
  EXPECT_EQ(showCall(mcc_bi_mode, {mat(2, 2, {1, 2, 1, 3}), str("all")}), "double 1x1: 1");
  std::vector<A> r = calls(mcc_bi_mode, 2, {row({3, 1, 3, 1, 2, 3})});
  EXPECT_EQ(show(r[0]) + " / " + show(r[1]), "double 1x1: 3 / double 1x1: 3");
  // MATLAB: an empty or all-NaN slice gives NaN with frequency 0.
  r = calls(mcc_bi_mode, 2, {zeros({0, 3})});
  EXPECT_EQ(show(r[0]) + " / " + show(r[1]), "double 1x3: NaN NaN NaN / double 1x3: 0 0 0");
  EXPECT_EQ(showCall(mcc_bi_mode, {empty()}), "double 1x1: NaN");
  // C{k}: every value of slice k with the top frequency, a sorted column.
  r = calls(mcc_bi_mode, 3, {mat(2, 2, {1, 3, 2, 3})});
  ASSERT_EQ(r[2]->class_id, MCC_CLASS_CELL);
  auto tied = [&](size_t k) { return show(A(mcc_array_retain(static_cast<mcc_array**>(r[2]->data)[k]))); };
  EXPECT_EQ(tied(0) + " / " + tied(1), "double 2x1: 1 2 / double 1x1: 3");  // octave: [m,f,c] = mode([1 3; 2 3])
}

// --- cov, corrcoef ------------------------------------------------------------------------------

TEST_F(BuiltinStats, CovOfVectorsAndMatrices) {
  A x = mat(3, 2, {1, 2, 3, 5, 4, 4});
  EXPECT_EQ(showCall(mcc_bi_cov, {row({1, 2, 3, 4})}), "double 1x1: 1.6666666666666667");  // octave: cov([1 2 3 4])
  EXPECT_EQ(showCall(mcc_bi_cov, {x}), "double 2x2: 2.3333333333333335 1.8333333333333333 1.8333333333333333 2.3333333333333335");  // octave: cov([1 2;3 5;4 4])
  EXPECT_EQ(showCall(mcc_bi_cov, {x, num(1)}), "double 2x2: 1.5555555555555556 1.2222222222222221 1.2222222222222221 1.5555555555555556");  // octave: cov([1 2;3 5;4 4],1)
  // MATLAB: cov(x, y) is the 2x2 covariance of x(:) and y(:) (Octave 7 gives the cross term only).
  EXPECT_EQ(showCall(mcc_bi_cov, {row({1, 2, 3, 4}), row({2, 4, 5, 9})}),
            "double 2x2: 1.6666666666666667 3.6666666666666665 3.6666666666666665 8.6666666666666661");
  EXPECT_EQ(showCall(mcc_bi_cov, {row({1, 2, 3, 4}), col({2, 4, 5, 9}), num(1)}), "double 2x2: 1.25 2.75 2.75 6.5");
  EXPECT_EQ(showCall(mcc_bi_cov, {num(5)}), "double 1x1: 0");
  // MATLAB: cov([]) is NaN, cov(zeros(0,2)) NaN(2).
  EXPECT_EQ(showCall(mcc_bi_cov, {empty()}), "double 1x1: NaN");
  EXPECT_EQ(showCall(mcc_bi_cov, {zeros({0, 2})}), "double 2x2: NaN NaN NaN NaN");
  EXPECT_EQ(showCall(mcc_bi_cov, {mat(3, 2, {1, 2, NaN, 5, 4, 4}), str("omitrows")}), "double 2x2: 4.5 3 3 2");
  EXPECT_EQ(showCall(mcc_bi_cov, {as(MCC_CLASS_SINGLE, row({1, 2, 3, 4}))}), "single 1x1: 1.6666666269302368");
  // Complex: xc' * xc / (n - 1).
  EXPECT_EQ(showCall(mcc_bi_cov, {crow({{1, 1}, {3, -1}})}), "double 1x1: 4");  // octave: cov([1+1i 3-1i])
  EXPECT_EQ(errorOf([] { call(mcc_bi_cov, {row({1, 2}), row({1, 2, 3})}); }), "The number of elements in A and B must match.");
}

TEST_F(BuiltinStats, CorrcoefNormalisesWithAnExactDiagonal) {
  // MATLAB's corrcoef: r = c ./ d ./ d', then (r + r')/2. Octave computes each
  // pair on its own and gives 0.78571428571428559 and 0.96476382123773219.
  EXPECT_EQ(showCall(mcc_bi_corrcoef, {mat(3, 2, {1, 2, 3, 5, 4, 4})}),
            "double 2x2: 1 0.78571428571428548 0.78571428571428548 1");
  EXPECT_EQ(showCall(mcc_bi_corrcoef, {row({1, 2, 3, 4}), row({2, 4, 5, 9})}),
            "double 2x2: 1 0.96476382123773208 0.96476382123773208 1");
  EXPECT_EQ(showCall(mcc_bi_corrcoef, {row({1, 2, 3, 4})}), "double 1x1: 1");  // octave: corrcoef([1 2 3 4])
  EXPECT_EQ(showCall(mcc_bi_corrcoef, {row({1, 2, 3}), row({5, 5, 5})}), "double 2x2: 1 NaN NaN NaN");  // MATLAB: sign(0/0) on the diagonal (Octave puts 1)
  EXPECT_EQ(showCall(mcc_bi_corrcoef, {row({1, 2, 3}), row({3, 2, 1})}), "double 2x2: 1 -1 -1 1");  // octave: corrcoef([1 2 3],[3 2 1])
}

// --- prctile, quantile ----------------------------------------------------------------------------

TEST_F(BuiltinStats, PrctileAndQuantileInterpolateAtMidpoints) {
  EXPECT_EQ(showCall(mcc_bi_prctile, {row({1, 2, 3, 4, 5}), row({25, 50, 75})}), "double 1x3: 1.75 3 4.25");  // octave: prctile([1 2 3 4 5],[25 50 75])
  EXPECT_EQ(showCall(mcc_bi_prctile, {col({1, 2, 3, 4, 5}), row({25, 50, 75})}), "double 3x1: 1.75 3 4.25");
  EXPECT_EQ(showCall(mcc_bi_prctile, {mat(4, 2, {1, 2, 3, 4, 5, 6, 7, 8}), num(50)}), "double 1x2: 4 5");  // octave: prctile([1 2;3 4;5 6;7 8],50)
  // MATLAB's documented interpolation y1 + t*(y2 - y1); Octave's (1-t)*y1 + t*y2
  // rounds 5.7 to 5.6999999999999993.
  EXPECT_EQ(showCall(mcc_bi_prctile, {mat(4, 2, {1, 2, 3, 4, 5, 6, 7, 8}), row({10, 60}), num(2)}),
            "double 4x2: 1 3 5 7 1.7 3.7000000000000002 5.7000000000000002 7.7000000000000002");
  EXPECT_EQ(showCall(mcc_bi_quantile, {row({1, 2, 3, 4, 5, 6}), row({0, 0.3, 1})}), "double 1x3: 1 2.2999999999999998 6");  // octave: quantile([1 2 3 4 5 6],[0 0.3 1])
  EXPECT_EQ(showCall(mcc_bi_quantile, {row({1, 2, 3, 4, 5}), row({0.1, 0.25, 0.5, 0.9})}), "double 1x4: 1 1.75 3 5");  // octave: quantile([1 2 3 4 5],[0.1 0.25 0.5 0.9])
  // NaN is ignored.
  EXPECT_EQ(showCall(mcc_bi_prctile, {row({3, 1, NaN, 2}), row({50, 10})}), "double 1x2: 2 1");  // octave: prctile([3 1 NaN 2],[50 10])
  EXPECT_EQ(showCall(mcc_bi_prctile, {row({NaN, NaN}), num(50)}), "double 1x1: NaN");
  // MATLAB: quantile(x, n) for an integer n > 1 gives n quantiles at (1:n)/(n+1).
  EXPECT_EQ(showCall(mcc_bi_quantile, {row({2, 8, 4, 6}), num(3)}), "double 1x3: 3 5 7");
  EXPECT_EQ(showCall(mcc_bi_prctile, {mat(2, 2, {1, 3, 2, 4}), num(50), str("all")}), "double 1x1: 2.5");
  EXPECT_EQ(errorOf([] { call(mcc_bi_prctile, {row({1, 2}), num(101)}); }),
            "Percentiles must be a scalar or vector of values between 0 and 100.");
  EXPECT_EQ(errorOf([] { call(mcc_bi_quantile, {row({1, 2}), row({0.5, -0.1})}); }),
            "Probabilities must be a scalar or vector of values between 0 and 1.");
}

// --- histcounts -----------------------------------------------------------------------------------

TEST_F(BuiltinStats, HistcountsWithEdges) {
  // MATLAB: edges(k) <= x < edges(k+1), the last bin closed.
  std::vector<A> r = calls(mcc_bi_histcounts, 3, {row({0, 1, 1.5, 2, 3, 5, NaN}), row({0, 1, 2, 3})});
  EXPECT_EQ(show(r[0]), "double 1x3: 1 2 2");
  EXPECT_EQ(show(r[1]), "double 1x4: 0 1 2 3");
  EXPECT_EQ(show(r[2]), "double 1x7: 1 2 2 3 3 0 0");
  EXPECT_EQ(errorOf([] { call(mcc_bi_histcounts, {row({1}), row({2, 1})}); }), "Expected input number 2, edges, to be nondecreasing.");
}

TEST_F(BuiltinStats, HistcountsAutomaticBins) {
  // MATLAB: integer data within a range of 50 gets a bin per integer.
  std::vector<A> r = calls(mcc_bi_histcounts, 2, {row({1, 2, 2, 3})});
  EXPECT_EQ(show(r[0]) + " / " + show(r[1]), "double 1x3: 1 2 1 / double 1x4: 0.5 1.5 2.5 3.5");
  r = calls(mcc_bi_histcounts, 2, {row({5, 5, 5})});
  EXPECT_EQ(show(r[0]) + " / " + show(r[1]), "double 1x1: 3 / double 1x2: 4.5 5.5");
  // Otherwise Scott's rule, with edges at multiples of a 1-2-3-5 width:
  // std = 1.0376, width 3.5*std/5^(1/3) = 2.12 -> 2.
  r = calls(mcc_bi_histcounts, 2, {row({0.5, 1.5, 2.25, 3, 3.1})});
  EXPECT_EQ(show(r[0]) + " / " + show(r[1]), "double 1x2: 2 3 / double 1x3: 0 2 4");
  r = calls(mcc_bi_histcounts, 2, {empty()});
  EXPECT_EQ(show(r[0]) + " / " + show(r[1]), "double 1x1: 0 / double 1x2: 0 1");
}

TEST_F(BuiltinStats, HistcountsWithABinCount) {
  // binpicker with nbins: left edge at a multiple of the raw width, then the
  // smallest "nice" width that puts xmax in the last bin.
  std::vector<A> r = calls(mcc_bi_histcounts, 2, {row({0, 1, 2, 3, 4, 10}), num(5)});
  EXPECT_EQ(show(r[0]) + " / " + show(r[1]), "double 1x5: 2 2 1 0 1 / double 1x6: 0 2 4 6 8 10");
  r = calls(mcc_bi_histcounts, 2, {row({1, 2, 3}), num(2)});
  EXPECT_EQ(show(r[0]) + " / " + show(r[1]), "double 1x2: 1 2 / double 1x3: 1 2 3");
  EXPECT_EQ(errorOf([] { call(mcc_bi_histcounts, {row({1}), num(0)}); }),
            "Expected input number 2, m, to be integer-valued and positive.");
}

// --- movmean, movsum -----------------------------------------------------------------------------

TEST_F(BuiltinStats, MovingWindowsShrinkAtTheEnds) {
  EXPECT_EQ(showCall(mcc_bi_movmean, {range(1, 1, 6), num(3)}), "double 1x6: 1.5 2 3 4 5 5.5");  // octave: movmean(1:6,3)
  EXPECT_EQ(showCall(mcc_bi_movmean, {range(1, 1, 6), num(4)}), "double 1x6: 1.5 2 2.5 3.5 4.5 5");  // octave: movmean(1:6,4)
  EXPECT_EQ(showCall(mcc_bi_movmean, {range(1, 1, 6), row({2, 0})}), "double 1x6: 1 1.5 2 3 4 5");  // octave: movmean(1:6,[2 0])
  EXPECT_EQ(showCall(mcc_bi_movsum, {range(1, 1, 6), num(4)}), "double 1x6: 3 6 10 14 18 15");  // octave: movsum(1:6,4)
  EXPECT_EQ(showCall(mcc_bi_movsum, {mat(3, 2, {1, 2, 3, 4, 5, 6}), num(2)}), "double 3x2: 1 4 8 2 6 10");  // octave: movsum([1 2;3 4;5 6],2)
  EXPECT_EQ(showCall(mcc_bi_movsum, {mat(3, 2, {1, 2, 3, 4, 5, 6}), num(2), num(2)}), "double 3x2: 1 3 5 3 7 11");  // octave: movsum([1 2;3 4;5 6],2,2)
  EXPECT_EQ(showCall(mcc_bi_movmean, {row({4, 8, 6, -1, -2, -3, -1, 3, 4, 5}), num(3)}), "double 1x10: 6 6 4.333333333333333 1 -2 -2 -0.33333333333333331 2 4 4.5");  // octave: movmean([4 8 6 -1 -2 -3 -1 3 4 5],3)
}

TEST_F(BuiltinStats, MovingWindowsNaNAndEndpoints) {
  EXPECT_EQ(showCall(mcc_bi_movsum, {row({1, NaN, 3, 4}), num(3)}), "double 1x4: NaN NaN NaN 7");  // octave: movsum([1 NaN 3 4],3)
  EXPECT_EQ(showCall(mcc_bi_movmean, {row({1, NaN, 3, 4}), num(3), str("omitnan")}), "double 1x4: 1 2 3.5 3.5");
  EXPECT_EQ(showCall(mcc_bi_movsum, {range(1, 1, 5), num(3), str("Endpoints"), str("discard")}), "double 1x3: 6 9 12");  // octave: movsum(1:5,3,'Endpoints','discard')
  EXPECT_EQ(showCall(mcc_bi_movsum, {range(1, 1, 5), num(3), str("Endpoints"), str("fill")}), "double 1x5: NaN 6 9 12 NaN");  // octave: movsum(1:5,3,'Endpoints','fill')
  EXPECT_EQ(showCall(mcc_bi_movsum, {range(1, 1, 5), num(3), str("Endpoints"), num(0)}), "double 1x5: 0 6 9 12 0");
  EXPECT_EQ(showCall(mcc_bi_movmean, {as(MCC_CLASS_INT8, row({1, 2, 4})), num(2)}), "double 1x3: 1 1.5 3");
  EXPECT_EQ(showCall(mcc_bi_movmean, {as(MCC_CLASS_SINGLE, row({1, 2})), num(2)}), "single 1x2: 1 1.5");
  EXPECT_EQ(errorOf([] { call(mcc_bi_movsum, {row({1, 2}), num(0)}); }),
            "Window length must be a finite positive scalar or 2-element vector of nonnegative values.");
}

// --- randi, randperm, rng ----------------------------------------------------------------------------

TEST_F(BuiltinStats, RngReseedsTheStreamRandShares) {
  // MATLAB: after `rng default` (or rng(0)) rand gives 0.8147236863931789,
  // and after rng(1) 0.417022004702574.
  calls(mcc_bi_rng, 0, {str("default")});
  EXPECT_EQ(show(call(mcc_bi_rand, {})), "double 1x1: 0.81472368639317894");
  calls(mcc_bi_rng, 0, {num(1)});
  EXPECT_EQ(show(call(mcc_bi_rand, {})), "double 1x1: 0.417022004702574");
  calls(mcc_bi_rng, 0, {num(0), str("twister")});
  EXPECT_EQ(show(call(mcc_bi_rand, {})), "double 1x1: 0.81472368639317894");
  EXPECT_EQ(errorOf([] { calls(mcc_bi_rng, 0, {num(-1)}); }),
            "First input must be a nonnegative integer seed less than 2^32, 'shuffle', 'default', or generator settings "
            "captured previously using S = RNG.");
  EXPECT_EQ(errorOf([] { calls(mcc_bi_rng, 0, {num(1), str("philox")}); }),
            "rng with generator 'philox' is not implemented yet in mcc.");
}

TEST_F(BuiltinStats, RandiIsCeilOfRandTimesTheRange) {
  // MATLAB: rng default; randi(10, 1, 5) is 9 10 2 10 7 (ceil(10*rand)).
  calls(mcc_bi_rng, 0, {str("default")});
  EXPECT_EQ(showCall(mcc_bi_randi, {num(10), num(1), num(5)}), "double 1x5: 9 10 2 10 7");
  calls(mcc_bi_rng, 0, {str("default")});
  // [imin imax]: imin - 1 + ceil(r * (imax - imin + 1)).
  EXPECT_EQ(showCall(mcc_bi_randi, {row({-2, 2}), row({1, 5})}), "double 1x5: 2 2 -2 2 1");
  calls(mcc_bi_rng, 0, {str("default")});
  EXPECT_EQ(showCall(mcc_bi_randi, {num(10), num(2), str("int8")}), "int8 2x2: 9 10 2 10");
  EXPECT_EQ(show(call(mcc_bi_size, {call(mcc_bi_randi, {num(3), num(2), num(0)})})), "double 1x2: 2 0");
  A many = call(mcc_bi_randi, {row({5, 7}), num(200), num(1)});
  A lo = call(mcc_bi_min, {many}), hi = call(mcc_bi_max, {many});
  EXPECT_EQ(show(lo) + " " + show(hi), "double 1x1: 5 double 1x1: 7");
  const char* bad =
      "The first input must be a positive scalar integer value IMAX, or two integer values [IMIN IMAX] with IMIN less "
      "than or equal to IMAX.";
  EXPECT_EQ(errorOf([] { call(mcc_bi_randi, {num(0)}); }), bad);
  EXPECT_EQ(errorOf([] { call(mcc_bi_randi, {num(2.5)}); }), bad);
  EXPECT_EQ(errorOf([] { call(mcc_bi_randi, {row({3, 1})}); }), bad);
  EXPECT_EQ(errorOf([] { call(mcc_bi_randi, {num(3), num(1.5)}); }), "Size inputs must be integers.");
}

TEST_F(BuiltinStats, RandpermSortsUniformDraws) {
  // MATLAB's documented example: rng default; randperm(8) is 6 3 7 8 5 1 2 4.
  calls(mcc_bi_rng, 0, {str("default")});
  EXPECT_EQ(showCall(mcc_bi_randperm, {num(8)}), "double 1x8: 6 3 7 8 5 1 2 4");
  EXPECT_EQ(showCall(mcc_bi_randperm, {num(0)}), "double 1x0:");
  A p = call(mcc_bi_randperm, {num(10), num(4)});
  EXPECT_EQ(show(call(mcc_bi_size, {p})), "double 1x2: 1 4");
  A sorted = call(mcc_bi_sort, {call(mcc_bi_randperm, {num(6)})});
  EXPECT_EQ(show(sorted), "double 1x6: 1 2 3 4 5 6");
  EXPECT_EQ(errorOf([] { call(mcc_bi_randperm, {num(3), num(5)}); }), "K must be less than or equal to N.");
  EXPECT_EQ(errorOf([] { call(mcc_bi_randperm, {num(-1)}); }), "N must be a nonnegative integer scalar.");
}
