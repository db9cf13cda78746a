// Unit tests of sparse matrices in the runtime (array/Sparse.h): the
// constructors (duplicates summed, scalar expansion, zeros dropped, spdiags'
// placement), the CSC invariants every result keeps, the products and the
// sparse LU of S \ b against dense references, and the errors.
#include <cmath>
#include <random>
#include <string>
#include <vector>

#include "BuiltinTesting.h"
#include "array/Sparse.h"

using namespace mcc_array_testing;
using mcc::rt::Csc;

namespace {

class Sparse : public Array {};

A sparse(const std::vector<A>& in) { return call(mcc_bi_sparse, in); }
A full(const A& s) { return call(mcc_bi_full, {s}); }

const Csc& csc(const A& a) {
  EXPECT_EQ(a->class_id, uint32_t(MCC_CLASS_SPARSE));
  return mcc::rt::cscOf(a.get());
}

// Column pointers ascending and ending at nnz, rows ascending within a
// column and in range, no stored zeros.
::testing::AssertionResult wellFormed(const Csc& c) {
  if (c.colptr.size() != c.n + 1 || c.colptr[0] != 0 || c.colptr[c.n] != c.nnz() || c.values.size() != c.nnz())
    return ::testing::AssertionFailure() << "column pointers";
  for (size_t j = 0; j < c.n; ++j)
    for (size_t k = c.colptr[j]; k < c.colptr[j + 1]; ++k) {
      if (c.rowidx[k] >= c.m || (k > c.colptr[j] && c.rowidx[k] <= c.rowidx[k - 1]))
        return ::testing::AssertionFailure() << "row " << c.rowidx[k] << " of column " << j;
      if (c.values[k] == 0) return ::testing::AssertionFailure() << "a stored zero in column " << j;
    }
  return ::testing::AssertionSuccess();
}

TEST_F(Sparse, TripletsSumDuplicatesAndDropZeros) {
  A s = sparse({row({1, 3, 2, 3, 1, 2}), row({1, 1, 2, 3, 1, 2}), row({10, 20, 30, 40, 5, -30})});
  const Csc& c = csc(s);
  EXPECT_TRUE(wellFormed(c));
  EXPECT_EQ(c.m, 3u);
  EXPECT_EQ(c.n, 3u);
  EXPECT_EQ(c.nnz(), 3u);  // (1,1) = 15, (2,2) cancelled, (3,1) = 20, (3,3) = 40
  EXPECT_EQ(show(full(s)), "double 3x3: 15 0 20 0 0 0 0 0 40");
}

TEST_F(Sparse, ScalarExpansionAndExplicitSize) {
  A s = sparse({num(2), row({1, 2, 4}), num(7), num(3), num(5)});
  EXPECT_TRUE(wellFormed(csc(s)));
  EXPECT_EQ(show(full(s)), "double 3x5: 0 7 0 0 7 0 0 0 0 0 7 0 0 0 0");
}

TEST_F(Sparse, FromFullDropsZeros) {
  A s = sparse({mat(2, 3, {0, 2, 0, 4, 0, 6})});
  const Csc& c = csc(s);
  EXPECT_TRUE(wellFormed(c));
  EXPECT_EQ(c.nnz(), 3u);
  EXPECT_EQ(show(full(s)), "double 2x3: 0 4 2 0 0 6");
}

TEST_F(Sparse, SpdiagsPlacesColumnsOfBByColumnWhenTall) {
  // spdiags([1 2 3; 4 5 6; 7 8 9], [-1 0 1], 3, 3): the subdiagonal takes
  // B(1:2, 1), the diagonal B(:, 2), the superdiagonal B(2:3, 3) (MATLAB's rule).
  A s = call(mcc_bi_spdiags, {mat(3, 3, {1, 2, 3, 4, 5, 6, 7, 8, 9}), row({-1, 0, 1}), num(3), num(3)});
  EXPECT_TRUE(wellFormed(csc(s)));
  EXPECT_EQ(show(full(s)), "double 3x3: 2 1 0 6 5 4 0 9 8");
}

TEST_F(Sparse, SpeyeIsRectangularIdentity) {
  A s = call(mcc_bi_speye, {num(2), num(3)});
  EXPECT_TRUE(wellFormed(csc(s)));
  EXPECT_EQ(show(full(s)), "double 2x3: 1 0 0 1 0 0");
}

TEST_F(Sparse, Errors) {
  EXPECT_EQ(errorOf([] { sparse({row({1, 2}), row({1}), row({1, 2, 3})}); }), "Vectors must be the same lengths.");
  EXPECT_EQ(errorOf([] { sparse({num(0), num(1), num(1)}); }), "Index into matrix must be positive.");
  EXPECT_EQ(errorOf([] { sparse({num(1.5), num(1), num(1)}); }), "Index into matrix must be an integer.");
  A s = call(mcc_bi_speye, {num(3)});
  EXPECT_EQ(errorOf([&] { call(mcc_bi_sin, {s}); }), "'sin' of a sparse matrix is not implemented yet in mcc.");
  EXPECT_EQ(errorOf([&] { call(mcc_bi_mtimes, {s, row({1, 2})}); }).substr(0, 46),
            "Incorrect dimensions for matrix multiplication");
}

// A random sparse n x n matrix with about `perColumn` entries per column and
// `diagonal` on the diagonal, or (diagonal 0) on a permuted diagonal, so
// that the solve needs row exchanges; as CSC via sparse(i, j, v).
A randomSparse(size_t n, size_t perColumn, double diagonal, unsigned seed) {
  std::mt19937 rng(seed);
  std::uniform_real_distribution<double> value(-1, 1);
  std::uniform_int_distribution<size_t> rowOf(1, n);
  std::vector<double> i, j, v;
  for (size_t c = 1; c <= n; ++c) {
    for (size_t k = 0; k < perColumn; ++k) {
      i.push_back(double(rowOf(rng)));
      j.push_back(double(c));
      v.push_back(value(rng));
    }
    i.push_back(diagonal != 0 ? double(c) : double((c * 7) % n + 1));
    j.push_back(double(c));
    v.push_back(diagonal != 0 ? diagonal : 3.0);
  }
  return sparse({row(i), row(j), row(v), num(double(n)), num(double(n))});
}

TEST_F(Sparse, ProductsMatchDense) {
  A s = randomSparse(30, 3, 0, 1), t = randomSparse(30, 2, 1.5, 2);
  A st = call(mcc_bi_mtimes, {s, t});
  EXPECT_TRUE(wellFormed(csc(st)));
  std::vector<double> dense = values(call(mcc_bi_mtimes, {full(s), full(t)}));
  EXPECT_TRUE(nearValues(full(st), values(full(st)), dense, 1e-12));
  A x = col(std::vector<double>(30, 1.5));
  EXPECT_TRUE(nearValues(call(mcc_bi_mtimes, {s, x}), values(call(mcc_bi_mtimes, {s, x})),
                         values(call(mcc_bi_mtimes, {full(s), x})), 1e-12));
  A sum(mcc_binary(MCC_OP_MINUS, s.get(), t.get(), &site));
  EXPECT_TRUE(wellFormed(csc(sum)));
  A denseSum(mcc_binary(MCC_OP_MINUS, full(s).get(), full(t).get(), &site));
  EXPECT_EQ(show(full(sum)), show(denseSum));
  A tr(mcc_transpose(s.get(), &site));
  EXPECT_TRUE(wellFormed(csc(tr)));
  A denseTr(mcc_transpose(full(s).get(), &site));
  EXPECT_EQ(show(full(tr)), show(denseTr));
}

// P A Q = L U holds, and S \ b solves to the accuracy of a dense solve, for
// matrices that need row exchanges (no diagonal) and for a singular one.
TEST_F(Sparse, LUWithPartialPivoting) {
  for (unsigned seed = 3; seed < 8; ++seed) {
    A s = randomSparse(40, 4, seed % 2 ? 0.0 : 2.0, seed);
    const Csc& a = csc(s);
    mcc::rt::SparseLU f = mcc::rt::sparseLU(a);
    ASSERT_FALSE(f.singular) << "seed " << seed;
    // Every entry of L has magnitude <= 1 (partial pivoting), U's diagonal is nonzero.
    for (double v : f.l.values) EXPECT_LE(std::fabs(v), 1.0 + 1e-15);
    std::vector<double> b(40);
    for (size_t k = 0; k < 40; ++k) b[k] = std::sin(double(k));
    A x = call(mcc_bi_mldivide, {s, col(b)});
    A xd = call(mcc_bi_mldivide, {full(s), col(b)});
    EXPECT_TRUE(nearValues(x, values(x), values(xd), 1e-8)) << "seed " << seed;
    // the residual
    A r(mcc_binary(MCC_OP_MINUS, call(mcc_bi_mtimes, {s, x}).get(), col(b).get(), &site));
    for (double v : values(r)) EXPECT_LT(std::fabs(v), 1e-10);
  }
  A singular = sparse({row({1, 2, 1, 2}), row({1, 1, 2, 2}), row({1, 2, 2, 4})});
  EXPECT_TRUE(mcc::rt::sparseLU(csc(singular)).singular);
}

// A symmetric positive definite matrix takes the Cholesky path: L L' equals
// A(order, order); a symmetric indefinite one is refused (S \ b uses LU).
TEST_F(Sparse, CholeskyOfSymmetricPositiveDefinite) {
  A s = call(mcc_bi_spdiags, {mat(5, 3, {-1, 3, -1, -1, 3, -1, -1, 3, -1, -1, 3, -1, -1, 3, -1}), row({-1, 0, 1}),
                              num(5), num(5)});
  s = A(mcc_binary(MCC_OP_PLUS, s.get(), sparse({num(1), num(5), num(-0.5), num(5), num(5)}).get(), &site));
  s = A(mcc_binary(MCC_OP_PLUS, s.get(), sparse({num(5), num(1), num(-0.5), num(5), num(5)}).get(), &site));
  Csc l;
  std::vector<size_t> order;
  ASSERT_TRUE(mcc::rt::sparseCholesky(csc(s), l, order));
  EXPECT_TRUE(wellFormed(l));
  const Csc& a = csc(s);
  for (size_t i = 0; i < 5; ++i)
    for (size_t j = 0; j < 5; ++j) {
      double llt = 0;  // (L L')(i, j) = sum over k of L(i, k) L(j, k)
      for (size_t k = 0; k < 5; ++k) {
        double lik = 0, ljk = 0;
        for (size_t p = l.colptr[k]; p < l.colptr[k + 1]; ++p) {
          if (l.rowidx[p] == i) lik = l.values[p];
          if (l.rowidx[p] == j) ljk = l.values[p];
        }
        llt += lik * ljk;
      }
      double aij = 0;
      for (size_t p = a.colptr[order[j]]; p < a.colptr[order[j] + 1]; ++p)
        if (a.rowidx[p] == order[i]) aij = a.values[p];
      EXPECT_NEAR(llt, aij, 1e-12) << i << "," << j;
    }
  A indefinite = sparse({mat(2, 2, {1, 2, 2, 1})});
  EXPECT_FALSE(mcc::rt::sparseCholesky(csc(indefinite), l, order));
  A x = call(mcc_bi_mldivide, {indefinite, col({3, 3})});
  EXPECT_TRUE(nearValues(x, values(x), {1, 1}, 1e-14));
}

TEST_F(Sparse, SingularSolveWarnsAsMatlabDoes) {
  A singular = sparse({row({1, 2, 1, 2}), row({1, 1, 2, 2}), row({1, 2, 2, 4})});
  std::string warning = stderrOf([&] { call(mcc_bi_mldivide, {singular, col({1, 2})}); });
  EXPECT_EQ(warning, "Warning: Matrix is singular to working precision.\n");
  A regular = call(mcc_bi_speye, {num(2)});
  EXPECT_EQ(stderrOf([&] { call(mcc_bi_mldivide, {regular, col({1, 2})}); }), "");
}

TEST_F(Sparse, OrderIsAPermutationThatNarrowsABand) {
  // A path graph numbered out of order: the order found puts neighbours together.
  size_t n = 50;
  std::vector<double> i, j, v;
  auto label = [&](size_t k) { return double((k * 17) % n + 1); };
  for (size_t k = 0; k < n; ++k) {
    i.push_back(label(k)), j.push_back(label(k)), v.push_back(4);
    if (k + 1 < n) {
      i.push_back(label(k)), j.push_back(label(k + 1)), v.push_back(-1);
      i.push_back(label(k + 1)), j.push_back(label(k)), v.push_back(-1);
    }
  }
  A s = sparse({row(i), row(j), row(v)});
  std::vector<size_t> q = mcc::rt::bandOrder(csc(s));
  std::vector<size_t> where(n);
  std::vector<bool> seen(n, false);
  for (size_t k = 0; k < n; ++k) {
    ASSERT_LT(q[k], n);
    ASSERT_FALSE(seen[q[k]]);
    seen[q[k]] = true;
    where[q[k]] = k;
  }
  size_t band = 0;
  for (size_t k = 0; k + 1 < n; ++k) {
    size_t a = where[size_t(label(k)) - 1], b = where[size_t(label(k + 1)) - 1];
    band = std::max(band, a > b ? a - b : b - a);
  }
  EXPECT_LE(band, 2u);
  mcc::rt::SparseLU f = mcc::rt::sparseLU(csc(s));
  EXPECT_LE(f.l.nnz() + f.u.nnz(), 3 * n);  // no fill beyond the band (either order)
  std::vector<size_t> order = mcc::rt::fillReducingOrder(csc(s));
  std::sort(order.begin(), order.end());
  for (size_t k = 0; k < n; ++k) EXPECT_EQ(order[k], k);  // a permutation
}

// The 2-D five-point Laplacian of a 40 x 40 grid: the minimum degree order
// (AMD) factors with far less fill than the band of width 40.
TEST_F(Sparse, MinimumDegreeOrderHasLessFillThanTheBand) {
  if (!mcc::rt::haveAmd()) GTEST_SKIP() << "libamd is not installed";
  size_t m = 40, n = m * m;
  std::vector<double> i, j, v;
  auto add = [&](size_t r, size_t c, double x) { i.push_back(double(r + 1)), j.push_back(double(c + 1)), v.push_back(x); };
  for (size_t y = 0; y < m; ++y)
    for (size_t x = 0; x < m; ++x) {
      size_t k = y * m + x;
      add(k, k, 4);
      if (x + 1 < m) add(k, k + 1, -1), add(k + 1, k, -1);
      if (y + 1 < m) add(k, k + m, -1), add(k + m, k, -1);
    }
  A s = sparse({row(i), row(j), row(v)});
  mcc::rt::SparseLU f = mcc::rt::sparseLU(csc(s));
  EXPECT_LT(f.l.nnz() + f.u.nnz(), 2 * n * m / 3);  // the band's fill is about 2 n m
  std::vector<double> b(n, 1.0);
  A x = call(mcc_bi_mldivide, {s, col(b)});
  A r(mcc_binary(MCC_OP_MINUS, call(mcc_bi_mtimes, {s, x}).get(), col(b).get(), &site));
  for (double e : values(r)) EXPECT_LT(std::fabs(e), 1e-10);
}

}  // namespace
