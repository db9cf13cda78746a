// Unit tests of builtins (LinAlg): mtimes, mldivide, mrdivide, mpower, inv,
// det, trace, norm, rank, dot, cross, kron.
//
// Floating results are compared with GNU Octave 7.3's to 1e-12 relative
// (`// octave: EXPR` gives the expression); exact results with show().
// Octave differs from MATLAB on singular and rank-deficient systems (it
// gives the minimum-norm solution, MATLAB the basic one with LU's Inf/NaN or
// QR's zeros) and on the wording of errors and warnings: there the tests
// follow MATLAB and say so.
#include <cmath>
#include <complex>
#include <string>
#include <vector>

#include "BuiltinTesting.h"

using namespace mcc_array_testing;

namespace {

class BuiltinLinAlg : public Array {};

A mtimes(const A& x, const A& y) { return call(mcc_bi_mtimes, {x, y}); }
A mldivide(const A& x, const A& y) { return call(mcc_bi_mldivide, {x, y}); }
A mrdivide(const A& x, const A& y) { return call(mcc_bi_mrdivide, {x, y}); }
A mpower(const A& x, const A& y) { return call(mcc_bi_mpower, {x, y}); }

// Every element within `tol` relative of what is expected (NaN matches NaN),
// in values' order (a complex one's parts interleaved).
::testing::AssertionResult near(const A& a, const std::vector<double>& expected, double tol = 1e-12) {
  return nearValues(a, values(a), expected, tol);
}

// re + im*1i.
A complexOf(const A& re, const A& im) { return plus(re, times(im, cplx(0, 1))); }

A matA() { return mat(3, 3, {4, -2, 1, 3, 6, -4, 2, 1, 8}); }

const char* const kMtimesDims =
    "Incorrect dimensions for matrix multiplication. Check that the number of columns in the first matrix matches the "
    "number of rows in the second matrix. To operate on each element of the matrix individually, use TIMES (.*) for "
    "elementwise multiplication.";

}  // namespace

// --- mtimes ---------------------------------------------------------------------

TEST_F(BuiltinLinAlg, MtimesMatrixProducts) {
  A x = mat(2, 3, {1, 2, 3, 4, 5, 6});
  A y = mat(3, 2, {7, 8, 9, 10, 11, 12});
  EXPECT_EQ(show(mtimes(x, y)), "double 2x2: 58 139 64 154");        // octave: [1 2 3;4 5 6]*[7 8;9 10;11 12]
  EXPECT_EQ(show(mtimes(x, col({1, 0, -1}))), "double 2x1: -2 -2");  // octave: [1 2 3;4 5 6]*[1;0;-1]
  EXPECT_EQ(show(mtimes(row({1, 1}), x)), "double 1x3: 5 7 9");      // octave: [1 1]*[1 2 3;4 5 6]
  EXPECT_EQ(show(mtimes(row({1, 2, 3}), col({4, 5, 6}))), "double 1x1: 32");
  EXPECT_EQ(show(mtimes(col({1, 2}), row({3, 4}))), "double 2x2: 3 6 4 8");  // octave: [1;2]*[3 4]
}

TEST_F(BuiltinLinAlg, MtimesScalarIsElementwise) {
  EXPECT_EQ(show(mtimes(num(2), mat(2, 2, {1, 2, 3, 4}))), "double 2x2: 2 6 4 8");
  EXPECT_EQ(show(mtimes(nd({1, 2, 2}, {1, 2, 3, 4}), num(3))), "double 1x2x2: 3 6 9 12");
  // Integer classes: only with a scalar (element-wise, saturating).
  EXPECT_EQ(show(mtimes(as(MCC_CLASS_INT8, row({100, -100})), num(2))), "int8 1x2: 127 -128");
  EXPECT_EQ(show(mtimes(empty(), num(5))), "double 0x0:");
}

TEST_F(BuiltinLinAlg, MtimesClassesAndComplex) {
  A single = as(MCC_CLASS_SINGLE, mat(2, 2, {1, 2, 3, 4}));
  EXPECT_EQ(show(mtimes(single, col({1, 1}))), "single 2x1: 3 7");
  // logical and char compute as double
  EXPECT_EQ(show(mtimes(logicals({1, 0, 1}), col({1, 2, 3}))), "double 1x1: 4");
  EXPECT_EQ(show(mtimes(str("ab"), col({1, 1}))), "double 1x1: 195");
  // octave: [1+2i 3; 4 5-1i] * [2; 1i]
  A z = mtimes(complexOf(mat(2, 2, {1, 3, 4, 5}), mat(2, 2, {2, 0, 0, -1})), complexOf(col({2, 0}), col({0, 1})));
  EXPECT_EQ(show(z), "double 2x1: (2,7) (9,5)");
  // A product whose imaginary parts all vanish is real: [1i 1] * [1i; 1]
  EXPECT_EQ(show(mtimes(crow({{0, 1}, {1, 0}}), A(mcc_transpose(crow({{0, 1}, {1, 0}}).get(), &site)))),
            "double 1x1: 0");
}

TEST_F(BuiltinLinAlg, MtimesEmptyGivesZeros) {
  EXPECT_EQ(show(mtimes(zeros({3, 0}), zeros({0, 2}))), "double 3x2: 0 0 0 0 0 0");  // octave: zeros(3,0)*zeros(0,2)
  EXPECT_EQ(show(mtimes(zeros({0, 3}), zeros({3, 2}))), "double 0x2:");
  EXPECT_EQ(show(mtimes(zeros({2, 3}), zeros({3, 0}))), "double 2x0:");
}

TEST_F(BuiltinLinAlg, MtimesErrors) {
  // MATLAB's messages (Octave words them differently).
  EXPECT_EQ(errorOf([] { mtimes(mat(2, 2, {1, 2, 3, 4}), row({1, 2})); }), kMtimesDims);
  EXPECT_EQ(errorOf([] {
              mtimes(as(MCC_CLASS_INT8, mat(2, 2, {1, 2, 3, 4})), col({1, 2}));
            }),
            "MTIMES (*) is not fully supported for integer classes. At least one argument must be scalar.");
  EXPECT_EQ(errorOf([] {
              mtimes(nd({2, 2, 2}, {1, 2, 3, 4, 5, 6, 7, 8}), col({1, 2}));
            }),
            "Arguments must be 2-D, or at least one argument must be scalar. Use TIMES (.*) for elementwise "
            "multiplication.");
  EXPECT_EQ(errorOf([] { call(mcc_bi_mtimes, {num(1)}); }), "Not enough input arguments.");
}

TEST_F(BuiltinLinAlg, MtimesLargeUsesGemm) {
  // 40x40 of 1s times itself: every element is 40.
  A ones40 = ones({40, 40});
  A p = mtimes(ones40, ones40);
  EXPECT_EQ(size(p), "40x40");
  EXPECT_TRUE(near(p, std::vector<double>(1600, 40.0)));
}

// --- mldivide and mrdivide ---------------------------------------------------------

TEST_F(BuiltinLinAlg, MldivideSquareByLu) {
  EXPECT_TRUE(near(mldivide(matA(), col({12, -25, 32})), {1, -2, 4}));  // octave: [4 -2 1;3 6 -4;2 1 8]\[12;-25;32]
  // Several right-hand sides, symmetric positive definite (Cholesky).
  EXPECT_TRUE(near(mldivide(mat(2, 2, {2, 1, 1, 3}), mat(2, 2, {1, 2, 3, 4})),
                   {0, 1, 0.4, 1.2}));  // octave: [2 1;1 3]\[1 2;3 4]
  // Symmetric, positive diagonal, not positive definite: Cholesky fails, LU solves.
  EXPECT_TRUE(near(mldivide(mat(2, 2, {1, 2, 2, 1}), col({3, 3})), {1, 1}));  // octave: [1 2;2 1]\[3;3]
}

TEST_F(BuiltinLinAlg, MldivideTriangular) {
  EXPECT_TRUE(near(mldivide(mat(3, 3, {2, 1, 1, 0, 4, 2, 0, 0, 5}), col({7, 14, 15})),
                   {1, 2, 3}));                                               // octave: [2 1 1;0 4 2;0 0 5]\[7;14;15]
  EXPECT_TRUE(near(mldivide(mat(2, 2, {2, 0, 1, 4}), col({2, 9})), {1, 2}));  // octave: [2 0;1 4]\[2;9]
}

TEST_F(BuiltinLinAlg, MldivideComplex) {
  A cx = complexOf(mat(2, 2, {1, 3, 4, 5}), mat(2, 2, {2, 0, 0, -1}));
  A b = complexOf(col({1, 0}), col({0, 1}));
  // octave: [1+2i 3; 4 5-1i] \ [1; 1i]
  EXPECT_TRUE(
      near(mldivide(cx, b), {-0.575471698113208, -0.235849056603774, 0.367924528301887, 0.462264150943396}, 1e-13));
}

TEST_F(BuiltinLinAlg, MldivideLeastSquares) {
  // Overdetermined, full rank: the least-squares solution.
  // octave: [1 2; 3 4; 5 6] \ [1; 2; 4]
  EXPECT_TRUE(
      near(mldivide(mat(3, 2, {1, 2, 3, 4, 5, 6}), col({1, 2, 4})), {6.666666666666666e-01, 8.333333333333325e-02}));
  // Underdetermined: MATLAB's basic solution (Octave gives the minimum-norm
  // one), which has a zero and solves the system exactly.
  A A23 = mat(2, 3, {1, 2, 3, 4, 5, 6});
  A x = mldivide(A23, col({1, 2}));
  EXPECT_EQ(size(x), "3x1");
  std::vector<double> v = values(x);
  EXPECT_EQ(std::count(v.begin(), v.end(), 0.0), 1);
  EXPECT_TRUE(near(mtimes(A23, x), {1, 2}));
}

TEST_F(BuiltinLinAlg, MldivideComplexLeastSquaresAndMrdivide) {
  A c32 = complexOf(mat(3, 2, {1, 2, 3, 4, 0, 6}), mat(3, 2, {1, 0, 0, -2, 5, 0}));
  // octave: [1+1i 2; 3 4-2i; 5i 6] \ [1; 2i; 3]
  EXPECT_TRUE(near(mldivide(c32, complexOf(col({1, 0, 3}), col({0, 2, 0}))),
                   {-0.8999999999999994, -0.1999999999999999, 0.3499999999999999, 0.7499999999999998}));
  // octave: [1 2; 3 4] / [1+1i 2; 3 4-2i]
  A c22 = complexOf(mat(2, 2, {1, 2, 3, 4}), mat(2, 2, {1, 0, 0, -2}));
  EXPECT_TRUE(near(mrdivide(mat(2, 2, {1, 2, 3, 4}), c22), {-1, 1, -3, 0, 1, 0, 2, 1}));
  EXPECT_TRUE(near(call(mcc_bi_det, {c22}), {0, 2}));               // octave: det([1+1i 2; 3 4-2i])
  EXPECT_TRUE(near(call(mcc_bi_norm, {c32}), {9.49933809082958}));  // octave: norm([1+1i 2; 3 4-2i; 5i 6])
}

TEST_F(BuiltinLinAlg, MldivideRankDeficientWarnsAndZeroes) {
  // MATLAB: "Warning: Rank deficient, rank = 1, tol = ..." and a basic solution.
  A x;
  std::string warning = stderrOf([&] { x = mldivide(mat(3, 2, {1, 2, 2, 4, 3, 6}), col({1, 2, 3})); });
  EXPECT_EQ(warning.rfind("Warning: Rank deficient, rank = 1, tol = ", 0), 0u) << warning;
  EXPECT_TRUE(near(x, {0, 0.5}));
}

TEST_F(BuiltinLinAlg, MldivideSingularWarns) {
  // MATLAB warns and solves by LU anyway, giving Inf or NaN (Octave warns
  // differently and gives a minimum-norm solution).
  A x;
  std::string warning = stderrOf([&] { x = mldivide(mat(2, 2, {1, 2, 2, 4}), col({1, 2})); });
  EXPECT_EQ(warning, "Warning: Matrix is singular to working precision.\n");
  for (double v : values(x)) EXPECT_FALSE(std::isfinite(v));
  warning = stderrOf([&] { x = mldivide(mat(2, 2, {1, 1, 1, 1 + 1e-17}), col({1, 2})); });
  EXPECT_EQ(warning, "Warning: Matrix is singular to working precision.\n");
  // Nearly singular: the rcond warning in MATLAB's words.
  warning = stderrOf([&] { x = mldivide(mat(2, 2, {1, 1, 1, 1 + 4e-16}), col({1, 2})); });
  EXPECT_EQ(
      warning.rfind("Warning: Matrix is close to singular or badly scaled. Results may be inaccurate. RCOND = ", 0), 0u)
      << warning;
  warning = stderrOf([&] { x = mldivide(mat(2, 2, {1e-20, 0, 0, 1}), col({1, 2})); });
  EXPECT_EQ(warning,
            "Warning: Matrix is close to singular or badly scaled. Results may be inaccurate. RCOND = 1.000000e-20.\n");
  EXPECT_TRUE(near(x, {1e20, 2}));
  // A zero on the diagonal of a triangular matrix.
  warning = stderrOf([&] { x = mldivide(mat(2, 2, {1, 1, 0, 0}), col({1, 2})); });
  EXPECT_EQ(warning, "Warning: Matrix is singular to working precision.\n");
  // Well conditioned: no warning.
  EXPECT_EQ(stderrOf([&] { x = mldivide(matA(), col({1, 2, 3})); }), "");
}

TEST_F(BuiltinLinAlg, NanPropagates) {
  A x;
  std::string warning = stderrOf([&] { x = mldivide(mat(2, 2, {NaN, 1, 1, 1}), col({1, 1})); });
  EXPECT_EQ(show(x), "double 2x1: NaN NaN");  // octave: [NaN 1;1 1]\[1;1]
  // MATLAB's warning when the condition estimate is NaN.
  EXPECT_EQ(
      warning,
      "Warning: Matrix is singular, close to singular or badly scaled. Results may be inaccurate. RCOND = NaN.\n");
  EXPECT_EQ(show(call(mcc_bi_det, {mat(2, 2, {NaN, 1, 1, 1})})), "double 1x1: NaN");  // octave: det([NaN 1;1 1])
  EXPECT_EQ(show(mtimes(row({NaN, 1}), col({1, 1}))), "double 1x1: NaN");
  EXPECT_EQ(show(mtimes(row({INFINITY, 1}), col({0, 1}))), "double 1x1: NaN");
  stderrOf([&] { x = mpower(mat(2, 2, {NaN, 1, 1, 1}), num(-1)); });
  for (double v : values(x)) EXPECT_TRUE(std::isnan(v));
}

TEST_F(BuiltinLinAlg, MldivideScalarsAndEmpty) {
  EXPECT_EQ(show(mldivide(num(2), row({4, 6}))), "double 1x2: 2 3");
  EXPECT_EQ(show(mldivide(as(MCC_CLASS_INT8, num(4)), as(MCC_CLASS_INT8, row({10, 12})))), "int8 1x2: 3 3");
  EXPECT_EQ(show(mldivide(zeros({0, 3}), zeros({0, 2}))), "double 3x2: 0 0 0 0 0 0");  // octave: zeros(0,3)\zeros(0,2)
  EXPECT_EQ(show(mldivide(empty(), empty())), "double 0x0:");
  EXPECT_EQ(show(mldivide(matA(), zeros({3, 0}))), "double 3x0:");
}

TEST_F(BuiltinLinAlg, MldivideSingleStaysSingle) {
  A x = mldivide(as(MCC_CLASS_SINGLE, matA()), col({12, -25, 32}));
  EXPECT_EQ(x->class_id, unsigned(MCC_CLASS_SINGLE));
  EXPECT_TRUE(near(x, {1, -2, 4}, 1e-6));
}

TEST_F(BuiltinLinAlg, MldivideErrors) {
  EXPECT_EQ(errorOf([] { mldivide(matA(), col({1, 2})); }), "Matrix dimensions must agree.");
  EXPECT_EQ(errorOf([] {
              mldivide(as(MCC_CLASS_INT8, matA()), col({1, 2, 3}));
            }),
            "MLDIVIDE (\\) is not fully supported for integer classes. At least one argument must be scalar.");
  EXPECT_EQ(errorOf([] { mrdivide(row({1, 2}), matA()); }), "Matrix dimensions must agree.");
}

TEST_F(BuiltinLinAlg, Mrdivide) {
  // octave: [1 2 3] / [4 5 6; 1 0 1; 2 2 7]
  EXPECT_TRUE(near(mrdivide(row({1, 2, 3}), mat(3, 3, {4, 5, 6, 1, 0, 1, 2, 2, 7})),
                   {0.285714285714286, -0.714285714285715, 0.285714285714286}, 1e-13));
  EXPECT_EQ(show(mrdivide(row({2, 4}), num(2))), "double 1x2: 1 2");
  // octave: [1 2; 3 4] / [1 1; 1 2; 1 3]'  (least squares from the right)
  EXPECT_TRUE(near(mrdivide(mat(1, 3, {1, 2, 4}), mat(2, 3, {1, 1, 1, 1, 2, 3})), {-2.0 / 3, 1.5}));
}

// --- mpower and inv -----------------------------------------------------------------

TEST_F(BuiltinLinAlg, MpowerIntegerPowers) {
  EXPECT_EQ(show(mpower(matA(), num(3))),
            "double 3x3: 31 60 262 -118 59 68 248 -506 483");  // octave: [4 -2 1;3 6 -4;2 1 8]^3
  EXPECT_EQ(show(mpower(matA(), num(1))), show(matA()));
  EXPECT_EQ(show(mpower(matA(), num(0))), "double 3x3: 1 0 0 0 1 0 0 0 1");
  // octave: [4 -2 1;3 6 -4;2 1 8]^-2
  EXPECT_TRUE(near(mpower(matA(), num(-2)),
                   {3.096763000766239e-02, -4.040827538348104e-02, -6.968439618904425e-03, 1.992221949139065e-02,
                    2.949298095967846e-03, -9.151498503664939e-03, 7.040726336942851e-03, 1.555610172186963e-02,
                    1.055386083361044e-02},
                   1e-13));
  EXPECT_EQ(show(mpower(mat(2, 2, {1, 1, 1, 0}), num(10))), "double 2x2: 89 55 55 34");  // octave: [1 1;1 0]^10
  EXPECT_EQ(show(mpower(num(2), num(10))), "double 1x1: 1024");
  EXPECT_EQ(show(mpower(empty(), num(2))), "double 0x0:");
}

TEST_F(BuiltinLinAlg, MpowerErrors) {
  const char* dims =
      "Incorrect dimensions for raising a matrix to a power. Check that the matrix is square and the power is a "
      "scalar. To operate on each element of the matrix individually, use POWER (.^) for elementwise power.";
  EXPECT_EQ(errorOf([] { mpower(mat(2, 3, {1, 2, 3, 4, 5, 6}), num(2)); }), dims);
  EXPECT_EQ(errorOf([] { mpower(matA(), row({1, 2})); }), dims);
  // Non-integer powers and scalar^matrix are computed (BuiltinEigenTest).
}

TEST_F(BuiltinLinAlg, Inv) {
  // octave: inv([4 -2 1;3 6 -4;2 1 8])
  EXPECT_TRUE(near(call(mcc_bi_inv, {matA()}),
                   {1.977186311787072e-01, -1.216730038022814e-01, -3.422053231939164e-02, 6.463878326996197e-02,
                    1.140684410646388e-01, -3.041825095057035e-02, 7.604562737642586e-03, 7.224334600760457e-02,
                    1.140684410646388e-01},
                   1e-13));
  EXPECT_EQ(show(call(mcc_bi_inv, {num(4)})), "double 1x1: 0.25");
  EXPECT_EQ(show(call(mcc_bi_inv, {empty()})), "double 0x0:");
  // Singular: MATLAB's warning, and Inf everywhere.
  A r;
  EXPECT_EQ(stderrOf([&] {
              r = call(mcc_bi_inv, {mat(2, 2, {1, 2, 2, 4})});
            }),
            "Warning: Matrix is singular to working precision.\n");
  EXPECT_EQ(show(r), "double 2x2: Inf Inf Inf Inf");
  EXPECT_EQ(stderrOf([&] { r = call(mcc_bi_inv, {num(0)}); }), "Warning: Matrix is singular to working precision.\n");
  EXPECT_EQ(show(r), "double 1x1: Inf");
  EXPECT_EQ(errorOf([] { call(mcc_bi_inv, {mat(2, 3, {1, 2, 3, 4, 5, 6})}); }), "Matrix must be square.");
  EXPECT_EQ(errorOf([] { call(mcc_bi_inv, {as(MCC_CLASS_INT8, num(2))}); }),
            "Invalid data type. Input matrix must be double or single.");
  EXPECT_EQ(show(call(mcc_bi_inv, {as(MCC_CLASS_SINGLE, num(4))})), "single 1x1: 0.25");
}

// --- det, trace, norm, rank ------------------------------------------------------------

TEST_F(BuiltinLinAlg, Det) {
  EXPECT_TRUE(near(call(mcc_bi_det, {matA()}), {263}));  // octave: det([4 -2 1;3 6 -4;2 1 8])
  EXPECT_TRUE(near(call(mcc_bi_det, {mat(2, 2, {0, 1, 1, 0})}), {-1}));
  EXPECT_EQ(show(call(mcc_bi_det, {mat(2, 2, {1, 2, 2, 4})})), "double 1x1: 0");
  EXPECT_EQ(show(call(mcc_bi_det, {empty()})), "double 1x1: 1");  // octave: det([])
  EXPECT_EQ(errorOf([] { call(mcc_bi_det, {row({1, 2})}); }), "Matrix must be square.");
}

TEST_F(BuiltinLinAlg, Trace) {
  EXPECT_EQ(show(call(mcc_bi_trace, {matA()})), "double 1x1: 18");
  EXPECT_EQ(show(call(mcc_bi_trace, {empty()})), "double 1x1: 0");
  EXPECT_EQ(show(call(mcc_bi_trace, {as(MCC_CLASS_INT8, mat(2, 2, {100, 0, 0, 100}))})), "int8 1x1: 127");
  EXPECT_EQ(show(call(mcc_bi_trace, {as(MCC_CLASS_SINGLE, matA())})), "single 1x1: 18");
  EXPECT_EQ(errorOf([] { call(mcc_bi_trace, {row({1, 2})}); }), "Matrix must be square.");
}

TEST_F(BuiltinLinAlg, NormOfVectors) {
  A v = row({3, -4, 12});
  EXPECT_EQ(show(call(mcc_bi_norm, {v})), "double 1x1: 13");
  EXPECT_EQ(show(call(mcc_bi_norm, {v, num(1)})), "double 1x1: 19");
  EXPECT_EQ(show(call(mcc_bi_norm, {v, num(INFINITY)})), "double 1x1: 12");
  EXPECT_EQ(show(call(mcc_bi_norm, {v, str("inf")})), "double 1x1: 12");
  EXPECT_EQ(show(call(mcc_bi_norm, {v, num(-INFINITY)})), "double 1x1: 3");
  EXPECT_EQ(show(call(mcc_bi_norm, {v, str("fro")})), "double 1x1: 13");
  EXPECT_TRUE(near(call(mcc_bi_norm, {v, num(3)}), {12.20705495382064}));  // octave: norm([3 -4 12], 3)
  EXPECT_EQ(show(call(mcc_bi_norm, {col({1e200, 1e200})})), "double 1x1: " + number(std::sqrt(2.0) * 1e200));
  EXPECT_EQ(show(call(mcc_bi_norm, {row({1, NaN})})), "double 1x1: NaN");
  EXPECT_EQ(show(call(mcc_bi_norm, {empty()})), "double 1x1: 0");
  EXPECT_EQ(show(call(mcc_bi_norm, {crow({{3, 4}})})), "double 1x1: 5");
  EXPECT_EQ(show(call(mcc_bi_norm, {as(MCC_CLASS_SINGLE, v)})), "single 1x1: 13");
}

TEST_F(BuiltinLinAlg, NormOfMatrices) {
  EXPECT_TRUE(near(call(mcc_bi_norm, {matA()}), {9.385549506960283}));  // octave: norm([4 -2 1;3 6 -4;2 1 8])
  EXPECT_EQ(show(call(mcc_bi_norm, {matA(), num(1)})), "double 1x1: 13");
  EXPECT_EQ(show(call(mcc_bi_norm, {matA(), num(INFINITY)})), "double 1x1: 13");
  EXPECT_TRUE(
      near(call(mcc_bi_norm, {matA(), str("fro")}), {12.28820572744451}));  // octave: norm([4 -2 1;3 6 -4;2 1 8],'fro')
  EXPECT_EQ(show(call(mcc_bi_norm, {mat(2, 2, {1, NaN, 0, 1})})), "double 1x1: NaN");
  EXPECT_EQ(errorOf([] {
              call(mcc_bi_norm, {matA(), num(3)});
            }),
            "The only matrix norms available are 1, 2, inf, and 'fro'.");
  EXPECT_EQ(errorOf([] { call(mcc_bi_norm, {matA(), str("bad")}); }), "Invalid norm type.");
  EXPECT_EQ(errorOf([] { call(mcc_bi_norm, {nd({1, 1, 2}, {1, 2})}); }), "Input must be 2-D.");
}

TEST_F(BuiltinLinAlg, Rank) {
  // octave: rank(magic(4))
  A magic4 = mat(4, 4, {16, 2, 3, 13, 5, 11, 10, 8, 9, 7, 6, 12, 4, 14, 15, 1});
  EXPECT_EQ(show(call(mcc_bi_rank, {magic4})), "double 1x1: 3");
  EXPECT_EQ(show(call(mcc_bi_rank, {matA()})), "double 1x1: 3");
  EXPECT_EQ(show(call(mcc_bi_rank, {mat(2, 3, {1, 2, 3, 2, 4, 6})})), "double 1x1: 1");
  EXPECT_EQ(show(call(mcc_bi_rank, {empty()})), "double 1x1: 0");
  EXPECT_EQ(show(call(mcc_bi_rank, {zeros({2, 2})})), "double 1x1: 0");
  EXPECT_EQ(show(call(mcc_bi_rank, {mat(2, 2, {1, 0, 0, 1e-3}), num(1e-2)})), "double 1x1: 1");
}

// --- dot, cross, kron ------------------------------------------------------------------

TEST_F(BuiltinLinAlg, Dot) {
  EXPECT_EQ(show(call(mcc_bi_dot, {row({1, 2, 3}), col({4, 5, 6})})), "double 1x1: 32");
  EXPECT_EQ(show(call(mcc_bi_dot, {mat(2, 2, {1, 2, 3, 4}), mat(2, 2, {1, 1, 1, 1})})), "double 1x2: 4 6");
  EXPECT_EQ(show(call(mcc_bi_dot, {mat(2, 2, {1, 2, 3, 4}), mat(2, 2, {1, 1, 1, 1}), num(2)})), "double 2x1: 3 7");
  // The first operand is conjugated: dot([1i 2], [1i 2]) = 1 + 4.
  EXPECT_EQ(show(call(mcc_bi_dot, {crow({{0, 1}, {2, 0}}), crow({{0, 1}, {2, 0}})})), "double 1x1: 5");
  EXPECT_EQ(show(call(mcc_bi_dot, {empty(), empty()})), "double 1x1: 0");
  EXPECT_EQ(errorOf([] { call(mcc_bi_dot, {row({1, 2}), row({1, 2, 3})}); }), "A and B must be same size.");
}

TEST_F(BuiltinLinAlg, Cross) {
  EXPECT_EQ(show(call(mcc_bi_cross, {row({1, 2, 3}), row({4, 5, 6})})),
            "double 1x3: -3 6 -3");  // octave: cross([1 2 3],[4 5 6])
  EXPECT_EQ(show(call(mcc_bi_cross, {col({1, 0, 0}), col({0, 1, 0})})), "double 3x1: 0 0 1");
  // Columns of 3x2 matrices. octave: cross([1 4;2 5;3 6],[0 1;0 0;1 0])
  EXPECT_EQ(show(call(mcc_bi_cross, {mat(3, 2, {1, 4, 2, 5, 3, 6}), mat(3, 2, {0, 1, 0, 0, 1, 0})})),
            "double 3x2: 2 -1 0 0 6 -5");
  // Along dim 2 of 2x3 matrices. octave: cross([1 2 3;1 0 0],[4 5 6;0 1 0], 2)
  EXPECT_EQ(show(call(mcc_bi_cross, {mat(2, 3, {1, 2, 3, 1, 0, 0}), mat(2, 3, {4, 5, 6, 0, 1, 0}), num(2)})),
            "double 2x3: -3 0 6 0 -3 1");
  EXPECT_EQ(errorOf([] {
              call(mcc_bi_cross, {row({1, 2}), row({3, 4})});
            }),
            "A and B must be of length 3 in the dimension in which the cross product is taken.");
}

TEST_F(BuiltinLinAlg, Kron) {
  EXPECT_EQ(show(call(mcc_bi_kron, {mat(2, 2, {1, 2, 3, 4}), row({1, 10})})),
            "double 2x4: 1 3 10 30 2 4 20 40");  // octave: kron([1 2;3 4],[1 10])
  EXPECT_EQ(show(call(mcc_bi_kron, {col({1, 2}), mat(2, 2, {1, 2, 3, 4})})),
            "double 4x2: 1 3 2 6 2 4 4 8");  // octave: kron([1;2],[1 2;3 4])
  EXPECT_EQ(show(call(mcc_bi_kron, {num(2), row({1, 2})})), "double 1x2: 2 4");
  EXPECT_EQ(show(call(mcc_bi_kron, {zeros({0, 2}), row({1, 2})})), "double 0x4:");
  EXPECT_EQ(show(call(mcc_bi_kron, {as(MCC_CLASS_INT8, row({100, 2})), as(MCC_CLASS_INT8, num(2))})),
            "int8 1x2: 127 4");
}
