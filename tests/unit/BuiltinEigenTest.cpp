// Unit tests of builtins (Eigen): eig, expm, sqrtm, svd, pinv, null, orth,
// chol, lu, qr, cond, rcond, and mpower's scalar^matrix and
// matrix^non-integer.
//
// Floating results are compared with GNU Octave 7.3's to 1e-12 relative
// (`// octave: EXPR` gives the expression); exact results with show().
// Decompositions whose factors LAPACK leaves free (signs of vectors) are
// checked through what defines them (A V = V D, U S V' = A) where a value
// check would test one LAPACK build. Error texts are MATLAB's.
#include <cmath>
#include <complex>
#include <string>
#include <vector>

#include "BuiltinTesting.h"

using namespace mcc_array_testing;

namespace {

class BuiltinEigen : public Array {};

A mtimes(const A& x, const A& y) { return call(mcc_bi_mtimes, {x, y}); }
A mpower(const A& x, const A& y) { return call(mcc_bi_mpower, {x, y}); }
A ctranspose(const A& x) { return A(mcc_ctranspose(x.get(), &site)); }

// The elements of a double or single result as doubles: a complex one's real
// parts, then its imaginary parts.
std::vector<double> splitValues(const A& a) {
  std::vector<double> v = values(a);
  if (!a->is_complex) return v;
  std::vector<double> split;
  for (size_t i = 0; i < a->numel; ++i) split.push_back(v[2 * i]);
  for (size_t i = 0; i < a->numel; ++i) split.push_back(v[2 * i + 1]);
  return split;
}
// Every element within `tol` relative of what is expected (NaN matches NaN),
// in splitValues' order.
::testing::AssertionResult near(const A& a, const std::vector<double>& expected, double tol = 1e-12) {
  return nearValues(a, splitValues(a), expected, tol);
}
// The elements of a double or single result as complex values.
std::vector<std::complex<double>> complexValues(const A& a) {
  std::vector<double> v = values(a);
  size_t n = a->numel;
  std::vector<std::complex<double>> c(n);
  for (size_t i = 0; i < n; ++i) c[i] = a->is_complex ? std::complex<double>(v[2 * i], v[2 * i + 1]) : v[i];
  return c;
}
// x and y agree elementwise within tol (absolute, scaled by max(1, |y|)).
::testing::AssertionResult same(const A& x, const A& y, double tol = 1e-12) {
  std::vector<std::complex<double>> got = complexValues(x), expected = complexValues(y);
  if (got.size() != expected.size()) return ::testing::AssertionFailure() << show(x) << " vs " << show(y);
  for (size_t i = 0; i < got.size(); ++i)
    if (std::abs(got[i] - expected[i]) > tol * std::max(1.0, std::abs(expected[i])))
      return ::testing::AssertionFailure() << show(x) << " vs " << show(y) << ": element " << i;
  return ::testing::AssertionSuccess();
}

A complexMat(size_t rows, size_t cols, std::vector<double> re, std::vector<double> im) {
  return plus(mat(rows, cols, re), times(mat(rows, cols, im), cplx(0, 1)));
}

// --- eig ---------------------------------------------------------------------------

TEST_F(BuiltinEigen, EigSymmetricIsRealAscending) {
  EXPECT_EQ(show(call(mcc_bi_eig, {mat(2, 2, {2, 1, 1, 2})})), "double 2x1: 1 3");  // octave: eig([2 1;1 2])
  A a = mat(3, 3, {2, 0, 0, 0, 3, 4, 0, 4, 9});
  EXPECT_TRUE(near(call(mcc_bi_eig, {a}), {1, 2, 11}));  // octave: eig([2 0 0;0 3 4;0 4 9])
  std::vector<A> vd = calls(mcc_bi_eig, 2, {a});
  EXPECT_EQ(size(vd[0]), "3x3");
  EXPECT_TRUE(near(vd[1], {1, 0, 0, 0, 2, 0, 0, 0, 11}));
  EXPECT_TRUE(same(mtimes(a, vd[0]), mtimes(vd[0], vd[1])));
  EXPECT_TRUE(same(mtimes(ctranspose(vd[0]), vd[0]), eye({3})));
}

TEST_F(BuiltinEigen, EigHermitian) {
  A h = complexMat(2, 2, {2, 0, 0, 2}, {0, 1, -1, 0});
  A e = call(mcc_bi_eig, {h});
  EXPECT_FALSE(e->is_complex);
  EXPECT_TRUE(near(e, {1, 3}));  // octave: eig([2 1i;-1i 2])
  std::vector<A> vd = calls(mcc_bi_eig, 2, {h});
  EXPECT_TRUE(same(mtimes(h, vd[0]), mtimes(vd[0], vd[1])));
}

TEST_F(BuiltinEigen, EigGeneralKeepsLapackOrder) {
  A a = mat(2, 2, {1, 2, 3, 4});
  EXPECT_TRUE(near(call(mcc_bi_eig, {a}), {-0.372281323269014, 5.372281323269014}));  // octave: eig([1 2;3 4])
  std::vector<A> vd = calls(mcc_bi_eig, 2, {a});
  // octave: [V, D] = eig([1 2;3 4])
  EXPECT_TRUE(near(vd[0], {-0.824564840132394, 0.565767464968992, -0.415973557919284, -0.909376709132124}, 1e-12));
  EXPECT_TRUE(near(vd[1], {-0.372281323269014, 0, 0, 5.372281323269014}));
  EXPECT_EQ(show(call(mcc_bi_eig, {a, str("matrix")}))[0], 'd');
  EXPECT_EQ(size(call(mcc_bi_eig, {a, str("matrix")})), "2x2");
  EXPECT_EQ(size(calls(mcc_bi_eig, 2, {a, str("vector")})[1]), "2x1");
}

TEST_F(BuiltinEigen, EigComplexResults) {
  A rot = mat(2, 2, {0, 1, -1, 0});
  A e = call(mcc_bi_eig, {rot});
  EXPECT_TRUE(near(e, {0, 0, 1, -1}));  // octave: eig([0 1;-1 0]) = [1i; -1i]
  std::vector<A> vd = calls(mcc_bi_eig, 2, {rot});
  EXPECT_TRUE(vd[0]->is_complex);
  EXPECT_TRUE(same(mtimes(rot, vd[0]), mtimes(vd[0], vd[1])));
  // Each eigenvector has unit 2-norm.
  A magnitudes = call(mcc_bi_abs, {vd[0]});
  EXPECT_TRUE(near(sum(times(magnitudes, magnitudes)), {1, 1}));
  A c = complexMat(2, 2, {1, 2, 3, 4}, {0, 1, 1, 0});
  // octave: eig([1 2;3 4] + 1i*[0 1;1 0])
  EXPECT_TRUE(near(call(mcc_bi_eig, {c}),
                   {-0.33345702957573242, 5.333457029575734, -0.88231442153697914, 0.88231442153697925}));
}

TEST_F(BuiltinEigen, EigEmptyAndErrors) {
  EXPECT_EQ(show(call(mcc_bi_eig, {empty()})), "double 0x1:");
  std::vector<A> vd = calls(mcc_bi_eig, 2, {empty()});
  EXPECT_EQ(show(vd[0]), "double 0x0:");
  EXPECT_EQ(show(vd[1]), "double 0x0:");
  EXPECT_EQ(errorOf([] {
              call(mcc_bi_eig, {mat(2, 2, {1, NaN, 0, 1})});
            }),
            "Input to EIG must not contain NaN or Inf.");
  EXPECT_EQ(errorOf([] {
              call(mcc_bi_eig, {mat(2, 2, {1, Inf, 0, 1})});
            }),
            "Input to EIG must not contain NaN or Inf.");
  EXPECT_EQ(errorOf([] { call(mcc_bi_eig, {row({1, 2})}); }), "Input matrix must be square.");
  EXPECT_EQ(errorOf([] {
              call(mcc_bi_eig, {as(MCC_CLASS_INT32, mat(2, 2, {1, 0, 0, 1}))});
            }),
            "Invalid data type. Input matrix must be double or single.");
  EXPECT_EQ(errorOf([] { calls(mcc_bi_eig, 4, {num(1)}); }), "Too many output arguments.");
  EXPECT_EQ(errorOf([] { call(mcc_bi_eig, {}); }), "Not enough input arguments.");
}

TEST_F(BuiltinEigen, EigSingleStaysSingle) {
  A e = call(mcc_bi_eig, {as(MCC_CLASS_SINGLE, mat(2, 2, {2, 1, 1, 2}))});
  EXPECT_EQ(show(e), "single 2x1: 1 3");
}

// --- expm, sqrtm ------------------------------------------------------------------

TEST_F(BuiltinEigen, Expm) {
  // octave: expm([1 2;3 4])
  EXPECT_TRUE(near(call(mcc_bi_expm, {mat(2, 2, {1, 2, 3, 4})}),
                   {51.968956198705008, 112.10484685050487, 74.736564567003256, 164.07380304920997}));
  // octave: expm([0 -pi;pi 0])
  EXPECT_TRUE(near(call(mcc_bi_expm, {mat(2, 2, {0, -M_PI, M_PI, 0})}), {-1, 0, 0, -1}, 1e-14));
  // A triangular matrix has exactly exp of its diagonal on the diagonal.
  // octave: expm([1 2;0 3])
  A t = call(mcc_bi_expm, {mat(2, 2, {1, 2, 0, 3})});
  EXPECT_TRUE(near(t, {std::exp(1.0), 0, 17.367255094728623, std::exp(3.0)}));
  EXPECT_EQ(values(t)[0], std::exp(1.0));
  EXPECT_EQ(show(call(mcc_bi_expm, {mat(2, 2, {0, 0, 0, 0})})), "double 2x2: 1 0 0 1");
  EXPECT_EQ(show(call(mcc_bi_expm, {empty()})), "double 0x0:");
  // octave: expm([1 2i;-1 0.5])
  EXPECT_TRUE(near(call(mcc_bi_expm, {complexMat(2, 2, {1, 0, -1, 0.5}, {0, 2, 0, 0})}),
                   {2.3463839082700302, -2.068332456934125, 1.4134332883036482, 1.312217679802969, -2.2921915801608641,
                    0.70671664415182411, 4.1366649138682501, -1.9388332580849523}));
  // A large norm takes scaling and squaring: expm(A) = expm(A/2)^2.
  A big = mat(2, 2, {10, 3, -2, 12});
  A half = call(mcc_bi_expm, {rdivide(big, num(2))});
  EXPECT_TRUE(same(call(mcc_bi_expm, {big}), mtimes(half, half), 1e-11));
  A s = call(mcc_bi_expm, {as(MCC_CLASS_SINGLE, mat(2, 2, {1, 2, 3, 4}))});
  EXPECT_EQ(s->class_id, MCC_CLASS_SINGLE);
  EXPECT_TRUE(near(s, {51.968956198705008, 112.10484685050487, 74.736564567003256, 164.07380304920997}, 1e-5));
  EXPECT_EQ(errorOf([] { call(mcc_bi_expm, {row({1, 2})}); }), "Matrix must be square.");
}

TEST_F(BuiltinEigen, Sqrtm) {
  EXPECT_EQ(show(call(mcc_bi_sqrtm, {mat(2, 2, {4, 0, 0, 9})})), "double 2x2: 2 0 0 3");
  EXPECT_TRUE(near(call(mcc_bi_sqrtm, {mat(2, 2, {-4, 0, 0, 9})}), {0, 0, 0, 3, 2, 0, 0, 0}, 0));
  EXPECT_EQ(stderrOf([] { call(mcc_bi_sqrtm, {mat(2, 2, {0, 1, 0, 0})}); }),
            "Warning: Matrix is singular and may not have a square root.\n");
  // octave: sqrtm([2 1;1 2])
  A r = call(mcc_bi_sqrtm, {mat(2, 2, {2, 1, 1, 2})});
  EXPECT_FALSE(r->is_complex);
  EXPECT_TRUE(near(r, {1.3660254037844377, 0.36602540378443804, 0.36602540378443815, 1.3660254037844382}));
  // octave: sqrtm([1 2;3 4])
  EXPECT_TRUE(near(call(mcc_bi_sqrtm, {mat(2, 2, {1, 2, 3, 4})}),
                   {0.55368856714591108, 1.2104410905198244, 0.80696072701321631, 1.7641296576657357,
                    0.46439416283907065, -0.31863971814960301, -0.21242647876640203, 0.14575444468946763}));
}

// --- mpower -----------------------------------------------------------------------

TEST_F(BuiltinEigen, ScalarToMatrixPower) {
  EXPECT_EQ(show(mpower(num(2), mat(2, 2, {1, 0, 0, 3}))), "double 2x2: 2 0 0 8");  // octave: 2^[1 0;0 3]
  // Negative base, integer exponents: real as (-2).^[1 2] is.
  EXPECT_EQ(show(mpower(num(-2), mat(2, 2, {1, 0, 0, 2}))), "double 2x2: -2 0 0 4");
  // octave: 2^[0 1;-1 0] (real: the eigenvalues are complex, the result not)
  A r = mpower(num(2), mat(2, 2, {0, 1, -1, 0}));
  EXPECT_FALSE(r->is_complex);
  EXPECT_TRUE(near(r, {0.76923890136397211, -0.63896127631363475, 0.63896127631363475, 0.76923890136397211}));
  EXPECT_TRUE(near(mpower(num(2), mat(2, 2, {1, 2, 2, 1})), {4.25, 3.75, 3.75, 4.25}));  // octave: 2^[1 2;2 1]
  EXPECT_TRUE(near(mpower(num(2), mat(2, 2, {1, 1, 0, 3})), {2, 0, 3, 8}, 1e-14));       // octave: 2^[1 1;0 3]
  EXPECT_EQ(errorOf([] {
              mpower(as(MCC_CLASS_INT8, num(2)), mat(2, 2, {1, 0, 0, 1}));
            }),
            "MPOWER (^) is not fully supported for integer classes. At least one argument must be scalar.");
}

TEST_F(BuiltinEigen, MatrixToNonIntegerPower) {
  EXPECT_EQ(show(mpower(mat(2, 2, {4, 0, 0, 9}), num(0.5))), "double 2x2: 2 0 0 3");    // octave: [4 0;0 9]^0.5
  EXPECT_TRUE(near(mpower(mat(2, 2, {4, 1, 0, 9}), num(0.5)), {2, 0, 0.2, 3}, 1e-14));  // octave: [4 1;0 9]^0.5
  // octave: [2 1;1 3]^1.5
  EXPECT_TRUE(near(mpower(mat(2, 2, {2, 1, 1, 3}), num(1.5)),
                   {3.0776835371752531, 2.3511410091698921, 2.3511410091698925, 5.4288245463451466}));
  // A negative eigenvalue: complex. octave: [1 2;3 4]^0.5
  A c = mpower(mat(2, 2, {1, 2, 3, 4}), num(0.5));
  EXPECT_TRUE(c->is_complex);
  EXPECT_TRUE(near(c, {0.55368856714591108, 1.2104410905198244, 0.80696072701321619, 1.7641296576657357,
                       0.46439416283907081, -0.31863971814960307, -0.21242647876640203, 0.14575444468946766}));
  // (A^0.5)^2 = A
  EXPECT_TRUE(same(mpower(c, num(2)), mat(2, 2, {1, 2, 3, 4}), 1e-13));
}

// --- svd and what uses it ----------------------------------------------------------

TEST_F(BuiltinEigen, Svd) {
  A a = mat(3, 2, {1, 2, 3, 4, 5, 6});
  EXPECT_TRUE(near(call(mcc_bi_svd, {a}), {9.5255180915651074, 0.51430058065864404}));  // octave: svd([1 2;3 4;5 6])
  std::vector<A> usv = calls(mcc_bi_svd, 3, {a});
  EXPECT_EQ(size(usv[0]) + " " + size(usv[1]) + " " + size(usv[2]), "3x3 3x2 2x2");
  EXPECT_TRUE(same(mtimes(mtimes(usv[0], usv[1]), ctranspose(usv[2])), a));
  EXPECT_TRUE(same(mtimes(ctranspose(usv[0]), usv[0]), eye({3})));
  std::vector<A> econ = calls(mcc_bi_svd, 3, {a, str("econ")});
  EXPECT_EQ(size(econ[0]) + " " + size(econ[1]) + " " + size(econ[2]), "3x2 2x2 2x2");
  EXPECT_TRUE(same(mtimes(mtimes(econ[0], econ[1]), ctranspose(econ[2])), a));
  econ = calls(mcc_bi_svd, 3, {a, num(0)});
  EXPECT_EQ(size(econ[0]) + " " + size(econ[1]) + " " + size(econ[2]), "3x2 2x2 2x2");
  // svd(A, 0) of a wide A is the full one; "econ" is not.
  A w = mat(2, 3, {1, 2, 3, 4, 5, 6});
  std::vector<A> wide = calls(mcc_bi_svd, 3, {w, num(0)});
  EXPECT_EQ(size(wide[0]) + " " + size(wide[1]) + " " + size(wide[2]), "2x2 2x3 3x3");
  wide = calls(mcc_bi_svd, 3, {w, str("econ")});
  EXPECT_EQ(size(wide[0]) + " " + size(wide[1]) + " " + size(wide[2]), "2x2 2x2 3x2");
  EXPECT_TRUE(same(mtimes(mtimes(wide[0], wide[1]), ctranspose(wide[2])), w));
  A z = complexMat(2, 2, {1, 0, 0, 1}, {0, 1, 1, 0});
  usv = calls(mcc_bi_svd, 3, {z});
  EXPECT_TRUE(same(mtimes(mtimes(usv[0], usv[1]), ctranspose(usv[2])), z));
}

TEST_F(BuiltinEigen, SvdEmptyAndErrors) {
  EXPECT_EQ(show(call(mcc_bi_svd, {zeros({0, 3})})), "double 0x1:");
  std::vector<A> usv = calls(mcc_bi_svd, 3, {zeros({0, 3})});
  EXPECT_EQ(show(usv[0]) + "; " + show(usv[1]) + "; " + show(usv[2]),
            "double 0x0:; double 0x3:; double 3x3: 1 0 0 0 1 0 0 0 1");
  EXPECT_EQ(errorOf([] {
              call(mcc_bi_svd, {mat(2, 2, {1, NaN, 0, 1})});
            }),
            "Input to SVD must not contain NaN or Inf.");
  EXPECT_EQ(errorOf([] { call(mcc_bi_svd, {mat(2, 2, {1, 0, 0, 1}), num(1)}); }), "Second input must be 0 or 'econ'.");
}

TEST_F(BuiltinEigen, PinvNullOrth) {
  // octave: pinv([1 2;3 4;5 6])
  EXPECT_TRUE(near(call(mcc_bi_pinv, {mat(3, 2, {1, 2, 3, 4, 5, 6})}),
                   {-1.3333333333333339, 1.0833333333333339, -0.33333333333333293, 0.33333333333333309,
                    0.66666666666666663, -0.41666666666666674}));
  EXPECT_EQ(show(call(mcc_bi_pinv, {zeros({2, 3})})), "double 3x2: 0 0 0 0 0 0");
  EXPECT_EQ(show(call(mcc_bi_pinv, {empty()})), "double 0x0:");
  A ones2 = mat(2, 2, {1, 1, 1, 1});
  A n = call(mcc_bi_null, {ones2});
  EXPECT_EQ(size(n), "2x1");
  EXPECT_TRUE(near(mtimes(ones2, n), {0, 0}, 1e-15));
  EXPECT_TRUE(near(times(n, n), {0.5, 0.5}));
  EXPECT_EQ(size(call(mcc_bi_null, {eye({3})})), "3x0");
  A o = call(mcc_bi_orth, {ones2});
  EXPECT_EQ(size(o), "2x1");
  EXPECT_TRUE(near(times(o, o), {0.5, 0.5}));
  EXPECT_EQ(size(call(mcc_bi_orth, {zeros({3, 2})})), "3x0");
}

TEST_F(BuiltinEigen, Cond) {
  A a = mat(2, 2, {1, 2, 3, 4});
  EXPECT_TRUE(near(call(mcc_bi_cond, {a}), {14.933034373659265}));          // octave: cond([1 2;3 4])
  EXPECT_TRUE(near(call(mcc_bi_cond, {a, num(1)}), {20.999999999999993}));  // octave: cond([1 2;3 4], 1)
  EXPECT_EQ(show(call(mcc_bi_cond, {mat(2, 2, {1, 0, 0, 0})})), "double 1x1: Inf");
  EXPECT_EQ(show(call(mcc_bi_cond, {empty()})), "double 1x1: 0");
  EXPECT_EQ(errorOf([] { call(mcc_bi_cond, {row({1, 2}), num(1)}); }), "A is rectangular.  Use the 2 norm.");
}

TEST_F(BuiltinEigen, Rcond) {
  EXPECT_TRUE(near(call(mcc_bi_rcond, {mat(2, 2, {1, 2, 3, 4})}), {0.047619047619047623}));  // octave: rcond([1 2;3 4])
  EXPECT_EQ(show(call(mcc_bi_rcond, {eye({3})})), "double 1x1: 1");
  EXPECT_EQ(show(call(mcc_bi_rcond, {mat(2, 2, {1, 1, 1, 1})})), "double 1x1: 0");
  EXPECT_EQ(show(call(mcc_bi_rcond, {empty()})), "double 1x1: Inf");
  EXPECT_EQ(show(call(mcc_bi_rcond, {mat(2, 2, {1, NaN, 0, 1})})), "double 1x1: NaN");
  EXPECT_EQ(errorOf([] { call(mcc_bi_rcond, {row({1, 2})}); }), "Matrix must be square.");
}

// --- chol, lu, qr ---------------------------------------------------------------------

TEST_F(BuiltinEigen, Chol) {
  A a = mat(2, 2, {4, 2, 2, 3});
  EXPECT_TRUE(near(call(mcc_bi_chol, {a}), {2, 0, 1, std::sqrt(2.0)}));  // octave: chol([4 2;2 3])
  EXPECT_TRUE(near(call(mcc_bi_chol, {a, str("lower")}), {2, 1, 0, std::sqrt(2.0)}));
  EXPECT_EQ(errorOf([] { call(mcc_bi_chol, {mat(2, 2, {1, 2, 2, 1})}); }), "Matrix must be positive definite.");
  std::vector<A> rp = calls(mcc_bi_chol, 2, {mat(2, 2, {1, 2, 2, 1})});
  EXPECT_EQ(show(rp[0]) + "; " + show(rp[1]), "double 1x1: 1; double 1x1: 2");  // octave: [R, p] = chol([1 2;2 1])
  rp = calls(mcc_bi_chol, 2, {a});
  EXPECT_EQ(show(rp[1]), "double 1x1: 0");
  EXPECT_EQ(show(call(mcc_bi_chol, {empty()})), "double 0x0:");
  EXPECT_EQ(errorOf([] { call(mcc_bi_chol, {row({1, 2})}); }), "Matrix must be square.");
}

TEST_F(BuiltinEigen, Lu) {
  A a = mat(3, 2, {1, 2, 3, 4, 5, 6});
  std::vector<A> lup = calls(mcc_bi_lu, 3, {a});  // octave: [L, U, P] = lu([1 2;3 4;5 6])
  EXPECT_TRUE(near(lup[0], {1, 0.2, 0.6, 0, 1, 0.5}, 1e-14));
  EXPECT_TRUE(near(lup[1], {5, 0, 6, 0.8}, 1e-14));
  EXPECT_EQ(show(lup[2]), "double 3x3: 0 1 0 0 0 1 1 0 0");
  EXPECT_EQ(show(calls(mcc_bi_lu, 3, {a, str("vector")})[2]), "double 1x3: 3 1 2");
  // [L, U] = lu(A): L = P' * L, so L * U = A.
  std::vector<A> lu = calls(mcc_bi_lu, 2, {a});
  EXPECT_TRUE(near(lu[0], {0.2, 0.6, 1, 1, 0.5, 0}, 1e-14));
  EXPECT_TRUE(same(mtimes(lu[0], lu[1]), a));
  // Y = lu(A): L - eye + U in one matrix.
  EXPECT_TRUE(near(call(mcc_bi_lu, {mat(2, 2, {1, 2, 3, 4})}), {3, 1.0 / 3, 4, 2.0 / 3}, 1e-14));
  A wide = mat(2, 3, {1, 2, 3, 4, 5, 6});
  lu = calls(mcc_bi_lu, 2, {wide});
  EXPECT_EQ(size(lu[0]) + " " + size(lu[1]), "2x2 2x3");
  EXPECT_TRUE(same(mtimes(lu[0], lu[1]), wide));
  lu = calls(mcc_bi_lu, 2, {empty()});
  EXPECT_EQ(show(lu[0]) + "; " + show(lu[1]), "double 0x0:; double 0x0:");
}

TEST_F(BuiltinEigen, Qr) {
  A a = mat(3, 2, {1, 2, 3, 4, 5, 6});
  std::vector<A> qr = calls(mcc_bi_qr, 2, {a, num(0)});  // octave: [Q, R] = qr([1 2;3 4;5 6], 0)
  EXPECT_TRUE(near(qr[0], {-0.16903085094570325, -0.50709255283710997, -0.84515425472851657, 0.89708522714506067,
                           0.27602622373694136, -0.34503277967117701}));
  EXPECT_TRUE(near(qr[1], {-5.9160797830996161, 0, -7.4373574416109456, 0.82807867121082479}));
  qr = calls(mcc_bi_qr, 2, {a});
  EXPECT_EQ(size(qr[0]) + " " + size(qr[1]), "3x3 3x2");
  EXPECT_TRUE(same(mtimes(qr[0], qr[1]), a));
  EXPECT_TRUE(same(mtimes(ctranspose(qr[0]), qr[0]), eye({3})));
  EXPECT_EQ(size(calls(mcc_bi_qr, 2, {a, str("econ")})[0]), "3x2");
  EXPECT_TRUE(near(call(mcc_bi_qr, {a}), {-5.9160797830996161, 0, 0, -7.4373574416109456, 0.82807867121082479, 0}));
  // Column pivoting: A P = Q R. octave: [Q, R, P] = qr([1 2;3 4;5 6])
  std::vector<A> qrp = calls(mcc_bi_qr, 3, {a});
  EXPECT_EQ(show(qrp[2]), "double 2x2: 0 1 1 0");
  EXPECT_TRUE(near(qrp[1], {-7.4833147735478827, 0, 0, -5.8797473220733369, -0.65465367070797609, 0}));
  EXPECT_TRUE(same(mtimes(a, qrp[2]), mtimes(qrp[0], qrp[1])));
  EXPECT_EQ(show(calls(mcc_bi_qr, 3, {a, num(0)})[2]), "double 1x2: 2 1");
  A z = complexMat(2, 2, {1, 2, 3, 4}, {1, 0, 0, 1});
  qr = calls(mcc_bi_qr, 2, {z});
  EXPECT_TRUE(same(mtimes(qr[0], qr[1]), z));
  qr = calls(mcc_bi_qr, 2, {zeros({2, 0})});
  EXPECT_EQ(show(qr[0]) + "; " + show(qr[1]), "double 2x2: 1 0 0 1; double 2x0:");
}

}  // namespace
