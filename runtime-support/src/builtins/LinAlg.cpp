// Linear algebra builtins: the matrix operators (mtimes, mldivide, mrdivide,
// mpower), linsolve and inv, det, trace, norm, rank, dot, cross, kron. A
// scalar to a matrix power and a matrix to a non-integer power come from
// Eigen.cpp.
//
// Dense work goes to OpenBLAS (cblas) and LAPACKE; programs link
// `-llapacke -lopenblas`. Each operation runs in one compute type: double,
// float (when either operand is single) or their std::complex (when either is
// complex); logical, char and integer inputs compute as double. Scalar
// operands are MATLAB's element-wise cases and go to the array core
// (mcc_binary), which owns the class rules for them, integers included.
//
// mldivide chooses its method as MATLAB does: a triangular solve when A is
// triangular, Cholesky when A is Hermitian with a positive real diagonal and
// the factorization succeeds, else LU; it warns from LAPACK's reciprocal
// condition estimate. Non-square systems are least squares by QR with column
// pivoting, giving MATLAB's basic solution (zeros in the columns beyond the
// numerical rank), not the minimum-norm one. linsolve uses the same solvers
// as its opts direct (LU unless told otherwise), warning as mldivide does
// unless its second output (rcond, or the rank for rectangular A) is asked.
#include <algorithm>
#include <complex>
#include <cstdio>
#include <type_traits>

#include "array/Aggregate.h"
#include "builtins/LinAlg.h"
#include "builtins/Util.h"

using namespace mcc::rt;

namespace {

// --- LAPACK and BLAS by compute type --------------------------------------------

// LAPACKE by default refuses a matrix holding NaN (returning an error and
// computing nothing); MATLAB lets NaN propagate through the factorizations.
const bool lapackeNanCheckOff = (LAPACKE_set_nancheck(0), true);

template <class T> struct Lapack;

#define MCC_LAPACK_FOR(T, R, p, qmul, qtrans)                                                                      \
  template <> struct Lapack<T> {                                                                                   \
    static lapack_int getrf(lapack_int n, T* a, lapack_int* ipiv) {                                                \
      return LAPACKE_##p##getrf(LAPACK_COL_MAJOR, n, n, a, n, ipiv);                                               \
    }                                                                                                              \
    static lapack_int getrs(lapack_int n, lapack_int nrhs, const T* a, const lapack_int* ipiv, T* b) {             \
      return LAPACKE_##p##getrs(LAPACK_COL_MAJOR, 'N', n, nrhs, a, n, ipiv, b, n);                                 \
    }                                                                                                              \
    static lapack_int getri(lapack_int n, T* a, const lapack_int* ipiv) {                                          \
      return LAPACKE_##p##getri(LAPACK_COL_MAJOR, n, a, n, ipiv);                                                  \
    }                                                                                                              \
    static R gecon(lapack_int n, const T* a, R anorm) {                                                            \
      R rcond = 0;                                                                                                 \
      LAPACKE_##p##gecon(LAPACK_COL_MAJOR, '1', n, a, n, anorm, &rcond);                                           \
      return rcond;                                                                                                \
    }                                                                                                              \
    static R norm1(lapack_int m, lapack_int n, const T* a) {                                                       \
      return LAPACKE_##p##lange(LAPACK_COL_MAJOR, '1', m, n, a, m);                                                \
    }                                                                                                              \
    static lapack_int potrf(lapack_int n, T* a) { return LAPACKE_##p##potrf(LAPACK_COL_MAJOR, 'U', n, a, n); }     \
    static lapack_int potrs(lapack_int n, lapack_int nrhs, const T* a, T* b) {                                     \
      return LAPACKE_##p##potrs(LAPACK_COL_MAJOR, 'U', n, nrhs, a, n, b, n);                                       \
    }                                                                                                              \
    static R pocon(lapack_int n, const T* a, R anorm) {                                                            \
      R rcond = 0;                                                                                                 \
      LAPACKE_##p##pocon(LAPACK_COL_MAJOR, 'U', n, a, n, anorm, &rcond);                                           \
      return rcond;                                                                                                \
    }                                                                                                              \
    static R trcon(char uplo, lapack_int n, const T* a) {                                                          \
      R rcond = 0;                                                                                                 \
      LAPACKE_##p##trcon(LAPACK_COL_MAJOR, '1', uplo, 'N', n, a, n, &rcond);                                       \
      return rcond;                                                                                                \
    }                                                                                                              \
    static lapack_int geqp3(lapack_int m, lapack_int n, T* a, lapack_int* jpvt, T* tau) {                          \
      return LAPACKE_##p##geqp3(LAPACK_COL_MAJOR, m, n, a, m, jpvt, tau);                                          \
    }                                                                                                              \
    /* b := Q' b for the Q of geqp3 (Q^H for complex). */                                                          \
    static lapack_int applyQt(lapack_int m, lapack_int nrhs, lapack_int k, const T* a, const T* tau, T* b) {       \
      return LAPACKE_##p##qmul(LAPACK_COL_MAJOR, 'L', qtrans, m, nrhs, k, a, m, tau, b, m);                        \
    }                                                                                                              \
    /* The singular values of a (destroyed), largest first. */                                                     \
    static lapack_int singularValues(lapack_int m, lapack_int n, T* a, R* s) {                                     \
      std::vector<R> superb(static_cast<size_t>(std::max<lapack_int>(std::min(m, n), 2)));                         \
      return LAPACKE_##p##gesvd(LAPACK_COL_MAJOR, 'N', 'N', m, n, a, m, s, nullptr, 1, nullptr, 1, superb.data()); \
    }                                                                                                              \
  };
MCC_LAPACK_FOR(double, double, d, ormqr, 'T')
MCC_LAPACK_FOR(float, float, s, ormqr, 'T')
MCC_LAPACK_FOR(std::complex<double>, double, z, unmqr, 'C')
MCC_LAPACK_FOR(std::complex<float>, float, c, unmqr, 'C')
#undef MCC_LAPACK_FOR

// b := inv(a) * b for a triangular n x n (an exact zero on the diagonal gives
// Inf and NaN, as MATLAB's result does).
template <class T> void trsm(bool upper, blasint n, blasint nrhs, const T* a, blasint lda, T* b, blasint ldb) {
  auto uplo = upper ? CblasUpper : CblasLower;
  if constexpr (std::is_same_v<T, double>) {
    cblas_dtrsm(CblasColMajor, CblasLeft, uplo, CblasNoTrans, CblasNonUnit, n, nrhs, 1.0, a, lda, b, ldb);
  } else if constexpr (std::is_same_v<T, float>) {
    cblas_strsm(CblasColMajor, CblasLeft, uplo, CblasNoTrans, CblasNonUnit, n, nrhs, 1.0f, a, lda, b, ldb);
  } else {
    const T one(1);
    (std::is_same_v<T, std::complex<double>> ? cblas_ztrsm : cblas_ctrsm)(CblasColMajor, CblasLeft, uplo, CblasNoTrans,
                                                                          CblasNonUnit, n, nrhs, &one, a, lda, b, ldb);
  }
}

bool isScalar(const mcc_array* x) { return x->numel == 1; }
bool isMatrix(const mcc_array* x) { return x->ndims == 2; }

// MATLAB's warnings go to stderr after the output so far.
void warn(const std::string& message) {
  std::fflush(stdout);
  std::fprintf(stderr, "Warning: %s\n", message.c_str());
}
std::string exponent(double v) {
  char buf[40];
  std::snprintf(buf, sizeof buf, "%e", v);
  return buf;
}
// The warning of a solve or an inverse from the reciprocal condition
// estimate of the matrix (in the precision of T).
template <class T> void warnIfIllConditioned(Real<T> rcond) {
  if (std::isnan(rcond)) {
    warn("Matrix is singular, close to singular or badly scaled. Results may be inaccurate. RCOND = NaN.");
  } else if (rcond == 0) {
    warn("Matrix is singular to working precision.");
  } else if (rcond < std::numeric_limits<Real<T>>::epsilon()) {
    warn("Matrix is close to singular or badly scaled. Results may be inaccurate. RCOND = " + exponent(rcond) + ".");
  }
}
void warnSingular() { warn("Matrix is singular to working precision."); }

void rejectIntegers(const char* op, const mcc_array* x, const mcc_array* y, const Args& a) {
  if (isIntegerClass(x->class_id) || isIntegerClass(y->class_id))
    a.error(std::string(op) + " is not fully supported for integer classes. At least one argument must be scalar.");
}
void rejectIntegerMatrix(const mcc_array* x, const Args& a) {
  if (isIntegerClass(x->class_id)) a.error("Invalid data type. Input matrix must be double or single.");
}

// --- Products -----------------------------------------------------------------

Ref mtimes(const mcc_array* x, const mcc_array* y, const Args& a) {
  if (isScalar(x) || isScalar(y)) return Ref(mcc_binary(MCC_OP_TIMES, x, y, a.site));
  rejectIntegers("MTIMES (*)", x, y, a);
  if (!isMatrix(x) || !isMatrix(y))
    a.error(
        "Arguments must be 2-D, or at least one argument must be scalar. Use TIMES (.*) for elementwise "
        "multiplication.");
  if (x->dims[1] != y->dims[0])
    a.error(
        "Incorrect dimensions for matrix multiplication. Check that the number of columns in the first matrix "
        "matches the number of rows in the second matrix. To operate on each element of the matrix "
        "individually, use TIMES (.*) for elementwise multiplication.");
  return visitKind(kindOf({x, y}), [&](auto type) {
    using T = typename decltype(type)::type;
    return toArray(multiply(load<T>(x), load<T>(y)));
  });
}

// --- Solving ------------------------------------------------------------------

template <class T> bool isHermitianWithPositiveDiagonal(const Matrix<T>& m) {
  for (size_t c = 0; c < m.cols; ++c) {
    T d = m.at(c, c);
    if (!(std::real(d) > 0) || std::imag(d) != 0) return false;
    for (size_t r = c + 1; r < m.rows; ++r)
      if (m.at(r, c) != conjugate(m.at(c, r))) return false;
  }
  return true;
}

// What a solve tells about A: MATLAB's warnings (mldivide, linsolve with one
// output), or quietly (linsolve's second output) the reciprocal condition
// estimate of a square A or the numerical rank of a rectangular one.
struct SolveReport {
  bool warn = true;
  double rcond = std::numeric_limits<double>::infinity();  // of 0x0, as rcond([])
  size_t rank = 0;

  template <class T> void condition(Real<T> rc) {
    rcond = static_cast<double>(rc);
    if (warn) warnIfIllConditioned<T>(rc);
  }
};

// x = A \ B for triangular A (n x n, n > 0): only the triangle is read. An
// exact zero on the diagonal is singular.
template <class T> Matrix<T> solveTriangular(Matrix<T> A, Matrix<T> B, bool upper, SolveReport& report,
                                             const mcc_site* site) {
  lapack_int n = lapackSize(A.rows, site), nrhs = lapackSize(B.cols, site);
  Real<T> anorm = Lapack<T>::norm1(n, n, A.data());
  bool zeroPivot = false;
  for (size_t k = 0; k < A.rows; ++k) zeroPivot |= A.at(k, k) == T(0);
  if (std::isnan(anorm))
    report.condition<T>(anorm);  // a NaN anywhere makes the estimate NaN (LAPACK would say 0)
  else if (zeroPivot)
    report.condition<T>(0);
  else
    report.condition<T>(Lapack<T>::trcon(upper ? 'U' : 'L', n, A.data()));
  if (nrhs) trsm<T>(upper, n, nrhs, A.data(), n, B.data(), n);
  return B;
}

// x = A \ B by Cholesky for Hermitian positive definite A, reading its upper
// triangle; false (B untouched) when the factorization fails.
template <class T> bool solveCholesky(const Matrix<T>& A, Matrix<T>& B, SolveReport& report, const mcc_site* site) {
  lapack_int n = lapackSize(A.rows, site), nrhs = lapackSize(B.cols, site);
  Matrix<T> R = A;
  if (Lapack<T>::potrf(n, R.data()) != 0) return false;
  report.condition<T>(Lapack<T>::pocon(n, R.data(), Lapack<T>::norm1(n, n, A.data())));
  if (nrhs) Lapack<T>::potrs(n, nrhs, R.data(), B.data());
  return true;
}

// x = A \ B by LU with partial pivoting (n x n, n > 0).
template <class T> Matrix<T> solveLU(Matrix<T> A, Matrix<T> B, SolveReport& report, const mcc_site* site) {
  lapack_int n = lapackSize(A.rows, site), nrhs = lapackSize(B.cols, site);
  Real<T> anorm = Lapack<T>::norm1(n, n, A.data());
  std::vector<lapack_int> pivots(A.rows);
  bool singular = Lapack<T>::getrf(n, A.data(), pivots.data()) > 0;
  if (std::isnan(anorm))
    report.condition<T>(anorm);
  else if (singular)
    report.condition<T>(0);
  else
    report.condition<T>(Lapack<T>::gecon(n, A.data(), anorm));
  if (nrhs) Lapack<T>::getrs(n, nrhs, A.data(), pivots.data(), B.data());
  return B;
}

// x = A \ B for square A (n x n, n > 0), choosing the method as mldivide
// does: triangular, then Cholesky, then LU.
template <class T> Matrix<T> solveSquare(Matrix<T> A, Matrix<T> B, SolveReport& report, const mcc_site* site) {
  bool upper = isTriangular(A, true), lower = !upper && isTriangular(A, false);
  if (upper || lower) return solveTriangular(std::move(A), std::move(B), upper, report, site);
  if (isHermitianWithPositiveDiagonal(A) && solveCholesky(A, B, report, site)) return B;
  return solveLU(std::move(A), std::move(B), report, site);
}

// The least-squares (m > n) or basic (m < n) solution of A x = B by QR with
// column pivoting: x is zero beyond the numerical rank, as MATLAB's is.
template <class T> Matrix<T> solveLeastSquares(Matrix<T> A, Matrix<T> B, SolveReport& report, const mcc_site* site) {
  lapack_int m = lapackSize(A.rows, site), n = lapackSize(A.cols, site), nrhs = lapackSize(B.cols, site);
  size_t k = std::min(A.rows, A.cols);
  std::vector<lapack_int> jpvt(A.cols, 0);
  std::vector<T> tau(k);
  Lapack<T>::geqp3(m, n, A.data(), jpvt.data(), tau.data());
  Real<T> tol =
      static_cast<Real<T>>(std::max(A.rows, A.cols)) * std::numeric_limits<Real<T>>::epsilon() * magnitude(A.at(0, 0));
  size_t rank = 0;
  while (rank < k && magnitude(A.at(rank, rank)) > tol) ++rank;
  report.rank = rank;
  if (rank < k && report.warn) warn("Rank deficient, rank = " + std::to_string(rank) + ", tol = " + exponent(tol) + ".");
  Matrix<T> x = zeroMatrix<T>(A.cols, B.cols);
  if (!nrhs) return x;
  Lapack<T>::applyQt(m, nrhs, static_cast<lapack_int>(k), A.data(), tau.data(), B.data());
  if (rank) trsm<T>(true, static_cast<blasint>(rank), nrhs, A.data(), m, B.data(), m);
  for (size_t c = 0; c < B.cols; ++c)
    for (size_t j = 0; j < rank; ++j) x.at(static_cast<size_t>(jpvt[j] - 1), c) = B.at(j, c);
  return x;
}

// A \ B for 2-D operands whose rows agree.
template <class T> Matrix<T> solve(Matrix<T> A, Matrix<T> B, const mcc_site* site) {
  if (!A.rows || !A.cols || !B.cols) return zeroMatrix<T>(A.cols, B.cols);
  SolveReport report;
  if (A.rows == A.cols) return solveSquare(std::move(A), std::move(B), report, site);
  return solveLeastSquares(std::move(A), std::move(B), report, site);
}

Ref mldivide(const mcc_array* x, const mcc_array* y, const Args& a) {
  if (isScalar(x)) return Ref(mcc_binary(MCC_OP_LDIVIDE, x, y, a.site));
  rejectIntegers("MLDIVIDE (\\)", x, y, a);
  if (!isMatrix(x) || !isMatrix(y))
    a.error(
        "Arguments must be 2-D, or at least one argument must be scalar. Use LDIVIDE (.\\) for elementwise left "
        "division.");
  if (x->dims[0] != y->dims[0]) a.error("Matrix dimensions must agree.");
  return visitKind(kindOf({x, y}), [&](auto type) {
    using T = typename decltype(type)::type;
    return toArray(solve(load<T>(x), load<T>(y), a.site));
  });
}

// --- linsolve -----------------------------------------------------------------

// The properties of A that linsolve's opts asserts; linsolve trusts them
// without checking, reading only the triangle a property names.
struct LinsolveOptions {
  bool LT = false, UT = false, UHESS = false, SYM = false, POSDEF = false, RECT = false, TRANSA = false;
};

LinsolveOptions linsolveOptions(const Args& a) {
  LinsolveOptions o;
  if (a.nargin < 3) return o;
  const mcc_array* s = a[2];
  if (s->class_id != MCC_CLASS_STRUCT || s->numel != 1) a.error("OPTS must be a scalar structure.");
  const std::pair<const char*, bool*> fields[] = {{"LT", &o.LT},         {"UT", &o.UT},         {"UHESS", &o.UHESS},
                                                  {"SYM", &o.SYM},       {"POSDEF", &o.POSDEF}, {"RECT", &o.RECT},
                                                  {"TRANSA", &o.TRANSA}};
  const FieldTable* table = fieldsOf(s);
  for (size_t f = 0; table && f < table->names.size(); ++f)
    for (const auto& [name, flag] : fields) {
      if (table->names[f] != name) continue;
      Ref v = structField(s, 0, f);
      if (v->numel == 0) continue;  // [] is false
      if (v->numel != 1 || v->is_complex || !isValueClass(v->class_id))
        a.error(std::string("Field ") + name + " of OPTS must be a logical scalar.");
      *flag = mcc_array_to_double(v.get(), a.site) != 0;
    }
  // MATLAB's valid combinations (TRANSA goes with any): one of LT, UT,
  // UHESS, SYM at most; POSDEF only with SYM; RECT only with LT or UT.
  int shapes = o.LT + o.UT + o.UHESS + o.SYM;
  if (shapes > 1 || (o.POSDEF && !o.SYM) || (o.RECT && (o.UHESS || o.SYM)))
    a.error("The combination of options in OPTS is not valid.");
  return o;
}

// X = linsolve(A, B, opts): LU for square A, QR with column pivoting for
// rectangular A (or when opts says RECT); a triangular solve for LT/UT,
// Cholesky for SYM+POSDEF (LU when the factorization fails); A' for TRANSA.
template <class T> Matrix<T> linsolve(Matrix<T> A, Matrix<T> B, LinsolveOptions o, SolveReport& report,
                                      const Args& a) {
  if (o.TRANSA) {
    A = adjoint(A);
    std::swap(o.LT, o.UT);
  }
  if (A.rows != B.rows) a.error("Matrix dimensions must agree.");
  bool square = A.rows == A.cols && !o.RECT;
  if (!A.rows || !A.cols || !B.cols) {
    if (!square) report.rank = 0;
    return zeroMatrix<T>(A.cols, B.cols);
  }
  if (!square) return solveLeastSquares(std::move(A), std::move(B), report, a.site);
  if (o.LT || o.UT) {
    // Only the named triangle counts.
    for (size_t c = 0; c < A.cols; ++c)
      for (size_t r = 0; r < A.rows; ++r)
        if (o.UT ? r > c : r < c) A.at(r, c) = T(0);
    return solveTriangular(std::move(A), std::move(B), o.UT, report, a.site);
  }
  if (o.SYM) {
    // The matrix its upper triangle defines.
    for (size_t c = 0; c < A.cols; ++c)
      for (size_t r = c + 1; r < A.rows; ++r) A.at(r, c) = conjugate(A.at(c, r));
    if (o.POSDEF && solveCholesky(A, B, report, a.site)) return B;
  }
  return solveLU(std::move(A), std::move(B), report, a.site);
}

void linsolveBuiltin(const Args& a) {
  a.arity(2, 3, 2);
  const mcc_array* x = a[0];
  const mcc_array* y = a[1];
  rejectIntegerMatrix(x, a);
  rejectIntegerMatrix(y, a);
  if (!isMatrix(x) || !isMatrix(y)) a.error("Inputs must be 2-D.");
  LinsolveOptions o = linsolveOptions(a);
  SolveReport report;
  report.warn = a.nargout < 2;
  bool square = x->dims[0] == x->dims[1] && !o.RECT;
  visitKind(kindOf({x, y}), [&](auto type) {
    using T = typename decltype(type)::type;
    a.set(0, toArray(linsolve(load<T>(x), load<T>(y), o, report, a)));
    if (a.nargout > 1)
      a.set(1, realScalar<T>(static_cast<Real<T>>(square ? report.rcond : static_cast<double>(report.rank))));
  });
}

// x / y = (y.' \ x.').'
Ref mrdivide(const mcc_array* x, const mcc_array* y, const Args& a) {
  if (isScalar(y)) return Ref(mcc_binary(MCC_OP_RDIVIDE, x, y, a.site));
  rejectIntegers("MRDIVIDE (/)", x, y, a);
  if (!isMatrix(x) || !isMatrix(y))
    a.error(
        "Arguments must be 2-D, or at least one argument must be scalar. Use RDIVIDE (./) for elementwise right "
        "division.");
  if (x->dims[1] != y->dims[1]) a.error("Matrix dimensions must agree.");
  Ref xt(mcc_transpose(x, a.site)), yt(mcc_transpose(y, a.site));
  Ref solved = mldivide(yt.get(), xt.get(), a);
  return Ref(mcc_transpose(solved.get(), a.site));
}

// --- Inverse and powers ----------------------------------------------------

// inv(A) for square A, with MATLAB's warnings; exactly singular gives Inf.
template <class T> Matrix<T> inverse(Matrix<T> A, const mcc_site* site) {
  if (!A.rows) return A;
  lapack_int n = lapackSize(A.rows, site);
  Real<T> anorm = Lapack<T>::norm1(n, n, A.data());
  std::vector<lapack_int> pivots(A.rows);
  bool singular = Lapack<T>::getrf(n, A.data(), pivots.data()) > 0;
  if (std::isnan(anorm)) {
    warnIfIllConditioned<T>(anorm);
    std::fill(A.v.begin(), A.v.end(), T(std::numeric_limits<Real<T>>::quiet_NaN()));
    return A;
  }
  if (singular) {
    warnSingular();
    std::fill(A.v.begin(), A.v.end(), T(std::numeric_limits<Real<T>>::infinity()));
    return A;
  }
  warnIfIllConditioned<T>(Lapack<T>::gecon(n, A.data(), anorm));
  Lapack<T>::getri(n, A.data(), pivots.data());
  return A;
}

void requireSquare(const mcc_array* x, const Args& a) {
  if (!isMatrix(x) || x->dims[0] != x->dims[1]) a.error("Matrix must be square.");
}

// A^p for square A and an integer p, by repeated squaring.
template <class T> Matrix<T> integerPower(Matrix<T> A, double p, const mcc_site* site) {
  if (p < 0) {
    A = inverse(std::move(A), site);
    p = -p;
  }
  Matrix<T> result = zeroMatrix<T>(A.rows, A.cols);
  for (size_t k = 0; k < A.rows; ++k) result.at(k, k) = T(1);
  bool first = true;
  while (p >= 1) {
    double half = std::floor(p / 2);
    if (p != 2 * half) {
      result = first ? A : multiply(result, A);
      first = false;
    }
    p = half;
    if (p >= 1) A = multiply(A, A);
  }
  return result;
}

Ref mpower(const mcc_array* x, const mcc_array* y, const Args& a) {
  if (isScalar(x) && isScalar(y)) return Ref(mcc_binary(MCC_OP_POWER, x, y, a.site));
  if (isScalar(x) && isMatrix(y) && y->dims[0] == y->dims[1]) {
    rejectIntegers("MPOWER (^)", x, y, a);
    return scalarToMatrixPower(x, y, a);
  }
  bool squareBase = isMatrix(x) && x->dims[0] == x->dims[1];
  if (!squareBase || !isScalar(y))
    a.error(
        "Incorrect dimensions for raising a matrix to a power. Check that the matrix is square and the power is a "
        "scalar. To operate on each element of the matrix individually, use POWER (.^) for elementwise power.");
  rejectIntegers("MPOWER (^)", x, y, a);
  if (y->is_complex) return matrixToScalarPower(x, y, a);
  double p = mcc_array_to_double(y, a.site);
  if (p != std::floor(p) || !std::isfinite(p)) return matrixToScalarPower(x, y, a);
  return visitKind(kindOf({x, y}), [&](auto type) {
    using T = typename decltype(type)::type;
    return toArray(integerPower(load<T>(x), p, a.site));
  });
}

// --- Norms, rank, determinant ------------------------------------------------

template <class T> std::vector<Real<T>> singularValues(Matrix<T> A, const Args& a) {
  for (const T& v : A.v)
    if (!isFiniteValue(v)) a.error("Input to SVD must not contain NaN or Inf.");
  std::vector<Real<T>> s(std::min(A.rows, A.cols));
  if (!s.empty()) Lapack<T>::singularValues(lapackSize(A.rows, a.site), lapackSize(A.cols, a.site), A.data(), s.data());
  return s;
}

// The norm types of norm(X, p).
enum class NormType { Two, One, Inf, MinusInf, Fro, P };

template <class T> Real<T> vectorNorm(const std::vector<T>& v, NormType type, double p) {
  using R = Real<T>;
  R big = 0;
  for (const T& e : v) {
    if (isNanValue(e)) return std::numeric_limits<R>::quiet_NaN();
    big = std::max(big, magnitude(e));
  }
  switch (type) {
    case NormType::Inf:
      return big;
    case NormType::MinusInf: {
      if (v.empty()) return 0;
      R small = std::numeric_limits<R>::infinity();
      for (const T& e : v) small = std::min(small, magnitude(e));
      return small;
    }
    case NormType::One: {
      R sum = 0;
      for (const T& e : v) sum += magnitude(e);
      return sum;
    }
    default:
      break;
  }
  if (type == NormType::Two || type == NormType::Fro) p = 2;
  if (big == 0 || std::isinf(big)) return big;
  // Scaled by the largest magnitude so that the powers neither overflow
  // nor underflow.
  R sum = 0;
  for (const T& e : v) sum += p == 2 ? std::pow(magnitude(e) / big, R(2)) : std::pow(magnitude(e) / big, R(p));
  return big * (p == 2 ? std::sqrt(sum) : std::pow(sum, R(1 / p)));
}

template <class T> Real<T> matrixNorm(Matrix<T> A, NormType type, const Args& a) {
  using R = Real<T>;
  if (type == NormType::Fro) return vectorNorm(A.v, NormType::Two, 2);
  bool nan = false, inf = false;
  for (const T& e : A.v) {
    nan |= isNanValue(e);
    inf |= !isFiniteValue(e);
  }
  if (nan) return std::numeric_limits<R>::quiet_NaN();
  if (type == NormType::Two) {
    if (inf) return std::numeric_limits<R>::infinity();
    std::vector<R> s = singularValues(std::move(A), a);
    return s.empty() ? R(0) : s[0];
  }
  // 1: the largest column sum of magnitudes; Inf: the largest row sum.
  std::vector<R> sums(type == NormType::One ? A.cols : A.rows, R(0));
  for (size_t c = 0; c < A.cols; ++c)
    for (size_t r = 0; r < A.rows; ++r) sums[type == NormType::One ? c : r] += magnitude(A.at(r, c));
  R best = 0;
  for (R s : sums) best = std::max(best, s);
  return best;
}

// The builtin of a matrix operator: two inputs, one output.
void matrixOperator(const Args& a, const char* name, Ref (*op)(const mcc_array*, const mcc_array*, const Args&)) {
  a.arity(2, 2, 1);
  if (mcc_array* r = nullptr; objectOperator(name, a[0], a[1], &r, a.site)) {
    a.set(0, Ref(r));
    return;
  }
  a.set(0, op(a[0], a[1], a));
}

}  // namespace

MCC_DEFINE_BUILTIN(mtimes) { matrixOperator(a, "mtimes", mtimes); }
MCC_DEFINE_BUILTIN(mldivide) { matrixOperator(a, "mldivide", mldivide); }
MCC_DEFINE_BUILTIN(mrdivide) { matrixOperator(a, "mrdivide", mrdivide); }
MCC_DEFINE_BUILTIN(mpower) { matrixOperator(a, "mpower", mpower); }
MCC_DEFINE_BUILTIN(linsolve) { linsolveBuiltin(a); }

MCC_DEFINE_BUILTIN(inv) {
  a.arity(1, 1, 1);
  const mcc_array* x = a[0];
  rejectIntegerMatrix(x, a);
  requireSquare(x, a);
  a.set(0, visitKind(kindOf({x}), [&](auto type) {
          using T = typename decltype(type)::type;
          return toArray(inverse(load<T>(x), a.site));
        }));
}

MCC_DEFINE_BUILTIN(det) {
  a.arity(1, 1, 1);
  const mcc_array* x = a[0];
  rejectIntegerMatrix(x, a);
  requireSquare(x, a);
  a.set(0, visitKind(kindOf({x}), [&](auto type) {
          using T = typename decltype(type)::type;
          Matrix<T> A = load<T>(x);
          T d(1);
          if (A.rows) {
            lapack_int n = lapackSize(A.rows, a.site);
            std::vector<lapack_int> pivots(A.rows);
            Lapack<T>::getrf(n, A.data(), pivots.data());
            for (size_t k = 0; k < A.rows; ++k) {
              d *= A.at(k, k);
              if (pivots[k] != static_cast<lapack_int>(k + 1)) d = -d;
            }
          }
          return toArray(std::vector<T>{d + T(0)}, {1, 1});  // + 0: no -0
        }));
}

MCC_DEFINE_BUILTIN(trace) {
  a.arity(1, 1, 1);
  const mcc_array* x = a[0];
  requireSquare(x, a);
  size_t n = x->dims[0];
  if (isIntegerClass(x->class_id)) {
    // sum(diag(A)) keeps an integer class, saturating.
    std::vector<long double> scratch;
    const long double* v = loadAs<long double>(x, scratch);
    long double sum = 0;
    for (size_t k = 0; k < n; ++k) sum += v[k * n + k];
    Ref r = newArray(x->class_id, false, {1, 1}, false);
    visitClass(x->class_id,
               [&](auto tag) { *dataOf<typename decltype(tag)::T>(r.get()) = convertValue<decltype(tag)::id>(sum); });
    a.set(0, std::move(r));
    return;
  }
  a.set(0, visitKind(kindOf({x}), [&](auto type) {
          using T = typename decltype(type)::type;
          std::vector<T> scratch;
          const T* v = loadAs<T>(x, scratch);
          T sum(0);
          for (size_t k = 0; k < n; ++k) sum += v[k * n + k];
          return toArray(std::vector<T>{sum}, {1, 1});
        }));
}

MCC_DEFINE_BUILTIN(norm) {
  a.arity(1, 2, 1);
  const mcc_array* x = a[0];
  rejectIntegerMatrix(x, a);
  if (!isMatrix(x)) a.error("Input must be 2-D.");
  NormType type = NormType::Two;
  double p = 2;
  if (a.nargin == 2) {
    if (a.isText(1)) {
      std::string s = option(a, 1);
      if (s == "fro")
        type = NormType::Fro;
      else if (s == "inf")
        type = NormType::Inf;
      else if (s == "-inf")
        type = NormType::MinusInf;
      else
        a.error("Invalid norm type.");
    } else {
      p = a.scalar(1);
      if (p == 2)
        type = NormType::Two;
      else if (p == 1)
        type = NormType::One;
      else if (p == std::numeric_limits<double>::infinity())
        type = NormType::Inf;
      else if (p == -std::numeric_limits<double>::infinity())
        type = NormType::MinusInf;
      else
        type = NormType::P;
    }
  }
  bool vector = x->dims[0] == 1 || x->dims[1] == 1 || x->numel == 0;
  if (!vector && (type == NormType::P || type == NormType::MinusInf))
    a.error("The only matrix norms available are 1, 2, inf, and 'fro'.");
  a.set(0, visitKind(kindOf({x}), [&](auto kind) {
          using T = typename decltype(kind)::type;
          Matrix<T> A = load<T>(x);
          return realScalar<T>(vector ? vectorNorm(A.v, type, p) : matrixNorm(std::move(A), type, a));
        }));
}

MCC_DEFINE_BUILTIN(rank) {
  a.arity(1, 2, 1);
  const mcc_array* x = a[0];
  rejectIntegerMatrix(x, a);
  if (!isMatrix(x)) a.error("Input must be 2-D.");
  double given = a.nargin == 2 ? a.scalar(1) : -1;
  size_t r = visitKind(kindOf({x}), [&](auto kind) {
    using T = typename decltype(kind)::type;
    using R = Real<T>;
    std::vector<R> s = singularValues(load<T>(x), a);
    if (s.empty()) return size_t(0);
    // MATLAB's default: max(size(A)) * eps(max(s)).
    R tol = a.nargin == 2 ? R(given)
                          : static_cast<R>(std::max(x->dims[0], x->dims[1])) *
                                (std::nextafter(s[0], std::numeric_limits<R>::infinity()) - s[0]);
    return static_cast<size_t>(std::count_if(s.begin(), s.end(), [&](R v) { return v > tol; }));
  });
  a.set(0, scalarResult(static_cast<double>(r)));
}

MCC_DEFINE_BUILTIN(dot) {
  a.arity(2, 3, 1);
  const mcc_array* x = a[0];
  const mcc_array* y = a[1];
  size_t dim = a.nargin == 3 ? mcc_dim_arg(a.scalar(2), a.site) : 0;
  Ref left = Ref::share(x), right = Ref::share(y);
  if (a.nargin == 2 && isVectorShape(x) && isVectorShape(y) && x->numel == y->numel) {
    // Two vectors of one length, whatever their orientation: as columns.
    for (Ref* v : {&left, &right}) {
      Ref c = newArray((*v)->class_id, (*v)->is_complex, {(*v)->numel, 1}, false);
      if ((*v)->numel) std::memcpy(c->data, (*v)->data, (*v)->numel * elementSize(v->get()));
      *v = std::move(c);
    }
  } else if (dimsOf(x) != dimsOf(y)) {
    a.error("A and B must be same size.");
  }
  if (left->is_complex) {
    Ref c = newArray(left->class_id, true, dimsOf(left.get()), false);
    std::memcpy(c->data, left->data, left->numel * elementSize(left.get()));
    visitClass(c->class_id, [&](auto tag) {
      using T = typename decltype(tag)::T;
      if constexpr (std::is_floating_point_v<T>)
        for (size_t k = 0; k < c->numel; ++k) dataOf<T>(c.get())[2 * k + 1] *= -1;
    });
    left = std::move(c);
  }
  Ref products(mcc_binary(MCC_OP_TIMES, left.get(), right.get(), a.site));
  a.set(0, Ref(mcc_sum(products.get(), dim, a.site)));
}

MCC_DEFINE_BUILTIN(cross) {
  a.arity(2, 3, 1);
  const mcc_array* x = a[0];
  const mcc_array* y = a[1];
  Dims dims = dimsOf(x);
  // Two 3-element vectors may differ in orientation (the result is shaped
  // as x); otherwise the sizes agree.
  bool vectors = a.nargin == 2 && isVectorShape(x) && isVectorShape(y) && x->numel == 3 && y->numel == 3;
  if (!vectors && dims != dimsOf(y)) a.error("A and B must be of the same size.");
  size_t dim = 0;  // counted from 0
  if (a.nargin == 3) {
    dim = mcc_dim_arg(a.scalar(2), a.site) - 1;
  } else if (vectors) {
    dim = x->dims[0] == 3 ? 0 : 1;
  } else {
    while (dim < dims.size() && dims[dim] != 3) ++dim;
  }
  if (dim >= dims.size() || dims[dim] != 3)
    a.error("A and B must be of length 3 in the dimension in which the cross product is taken.");
  // Elements along dim are `step` apart.
  size_t step = 1;
  for (size_t d = 0; d < dim; ++d) step *= dims[d];
  size_t count = x->numel / 3;
  uint32_t cls = MCC_CLASS_DOUBLE;
  for (const mcc_array* v : {x, y}) {
    if (isIntegerClass(v->class_id))
      cls = v->class_id;
    else if (v->class_id == MCC_CLASS_SINGLE && !isIntegerClass(cls))
      cls = MCC_CLASS_SINGLE;
  }
  if (isIntegerClass(x->class_id) && isIntegerClass(y->class_id) && x->class_id != y->class_id)
    a.error("Integers can only be combined with integers of the same class, or scalar doubles.");
  Kind kind = kindOf({x, y});
  Ref result = visitKind(kind, [&](auto type) {
    using T = typename decltype(type)::type;
    std::vector<T> sx, sy;
    const T* u = loadAs<T>(x, sx);
    const T* v = loadAs<T>(y, sy);
    std::vector<T> w(x->numel);
    for (size_t k = 0; k < count; ++k) {
      size_t base = (k / step) * step * 3 + k % step;
      size_t i0 = base, i1 = base + step, i2 = base + 2 * step;
      w[i0] = u[i1] * v[i2] - u[i2] * v[i1];
      w[i1] = u[i2] * v[i0] - u[i0] * v[i2];
      w[i2] = u[i0] * v[i1] - u[i1] * v[i0];
    }
    return toArray(w, dims);
  });
  a.set(0, isIntegerClass(cls) ? castArray(result.get(), cls, a.site) : std::move(result));
}

MCC_DEFINE_BUILTIN(kron) {
  a.arity(2, 2, 1);
  const mcc_array* x = a[0];
  const mcc_array* y = a[1];
  // kron(X, Y) is X laid out as [1 x1 1 x2 ...] times Y as [y1 1 y2 1 ...]
  // with implicit expansion, giving [y1 x1 y2 x2 ...], read as
  // [y1*x1, y2*x2, ...]: the class rules are times's.
  size_t nd = std::max(x->ndims, y->ndims);
  Dims spreadX, spreadY, out;
  for (size_t d = 0; d < nd; ++d) {
    spreadX.insert(spreadX.end(), {1, extent(x, d)});
    spreadY.insert(spreadY.end(), {extent(y, d), 1});
    out.push_back(extent(x, d) * extent(y, d));
  }
  auto reshaped = [&](const mcc_array* v, const Dims& dims) {
    Ref c = newArray(v->class_id, v->is_complex, dims, false);
    if (v->numel) std::memcpy(c->data, v->data, v->numel * elementSize(v));
    return c;
  };
  Ref rx = reshaped(x, spreadX), ry = reshaped(y, spreadY);
  Ref product(mcc_array_unshare(mcc_binary(MCC_OP_TIMES, rx.get(), ry.get(), a.site)));
  setShape(product.get(), out);
  a.set(0, std::move(product));
}
