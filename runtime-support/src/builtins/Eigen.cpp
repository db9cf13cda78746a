// Matrix functions and factorizations: eig, svd, chol, lu, qr, expm, sqrtm,
// and what is built on them (pinv, null, orth, cond, rcond, and mpower's
// scalar^matrix and matrix^non-integer).
//
// Every builtin computes in the compute type of LinAlg.h (double, float or
// their complex) through LAPACKE, as MATLAB does through LAPACK:
//   eig    Hermitian: ?syevr/?heevr (real eigenvalues, ascending);
//          otherwise ?geev (LAPACK's order, unit 2-norm eigenvectors);
//   svd    ?gesvd;  chol  ?potrf;  lu  ?getrf;  qr  ?geqrf/?geqp3 + ?orgqr;
//   rcond  ?gecon;  expm  Higham's scaling and squaring with Padé
//          approximants (SIAM J. Matrix Anal. Appl. 26(4), 2005);
//   sqrtm  the complex Schur form (?gees) and Björck-Hammarling's
//          recurrence for the square root of a triangular matrix;
//   logm   inverse scaling and squaring on the complex Schur form;
//   schur  ?gees (real or complex);  hess  ?gehrd + ?orghr;
//   balance  ?gebal + ?gebak.
// Results are complex only when a value is: a complex result whose
// imaginary parts are all zero is narrowed to real (toArray).
#include <boost/math/quadrature/gauss.hpp>

#include <algorithm>
#include <cmath>
#include <complex>
#include <string>
#include <vector>

#include "builtins/LinAlg.h"
#include "builtins/Util.h"

using namespace mcc::rt;

namespace {

// LAPACKE by default refuses a matrix holding NaN; the callers decide.
const bool lapackeNanCheckOff = (LAPACKE_set_nancheck(0), true);

// --- LAPACK by compute type -------------------------------------------------------

// Calls LAPACKE_<s|d|c|z><name>(args...) for the compute type T.
#define MCC_LAPACKE(T, s, d, c, z, ...)                        \
  do {                                                         \
    if constexpr (std::is_same_v<T, float>)                    \
      return LAPACKE_##s(LAPACK_COL_MAJOR, __VA_ARGS__);       \
    else if constexpr (std::is_same_v<T, double>)              \
      return LAPACKE_##d(LAPACK_COL_MAJOR, __VA_ARGS__);       \
    else if constexpr (std::is_same_v<T, std::complex<float>>) \
      return LAPACKE_##c(LAPACK_COL_MAJOR, __VA_ARGS__);       \
    else                                                       \
      return LAPACKE_##z(LAPACK_COL_MAJOR, __VA_ARGS__);       \
  } while (0)

template <class T> lapack_int getrf(lapack_int m, lapack_int n, T* a, lapack_int* ipiv) {
  MCC_LAPACKE(T, sgetrf, dgetrf, cgetrf, zgetrf, m, n, a, m, ipiv);
}
// b := inv(a) b ('N') or inv(a.') b ('T') from getrf's factors.
template <class T>
lapack_int getrs(char trans, lapack_int n, lapack_int nrhs, const T* a, const lapack_int* ipiv, T* b) {
  MCC_LAPACKE(T, sgetrs, dgetrs, cgetrs, zgetrs, trans, n, nrhs, a, n, ipiv, b, n);
}
template <class T> lapack_int gecon(lapack_int n, const T* a, Real<T> anorm, Real<T>* rcond) {
  MCC_LAPACKE(T, sgecon, dgecon, cgecon, zgecon, '1', n, a, n, anorm, rcond);
}
template <class T> lapack_int potrf(char uplo, lapack_int n, T* a) {
  MCC_LAPACKE(T, spotrf, dpotrf, cpotrf, zpotrf, uplo, n, a, n);
}
template <class T> lapack_int geqrf(lapack_int m, lapack_int n, T* a, T* tau) {
  MCC_LAPACKE(T, sgeqrf, dgeqrf, cgeqrf, zgeqrf, m, n, a, m, tau);
}
template <class T> lapack_int geqp3(lapack_int m, lapack_int n, T* a, lapack_int* jpvt, T* tau) {
  MCC_LAPACKE(T, sgeqp3, dgeqp3, cgeqp3, zgeqp3, m, n, a, m, jpvt, tau);
}
// The first n columns of the Q (m x m) of geqrf's k reflectors, in a (m x n).
template <class T> lapack_int orgqr(lapack_int m, lapack_int n, lapack_int k, T* a, const T* tau) {
  MCC_LAPACKE(T, sorgqr, dorgqr, cungqr, zungqr, m, n, k, a, m, tau);
}
template <class T> lapack_int gesvd(char jobu, char jobvt, lapack_int m, lapack_int n, T* a, Real<T>* s, T* u,
                                    lapack_int ldu, T* vt, lapack_int ldvt, Real<T>* superb) {
  MCC_LAPACKE(T, sgesvd, dgesvd, cgesvd, zgesvd, jobu, jobvt, m, n, a, m, s, u, ldu, vt, ldvt, superb);
}
// All eigenvalues (ascending) and, for jobz 'V', eigenvectors of a Hermitian
// a (upper triangle used).
template <class T> lapack_int syevr(char jobz, lapack_int n, T* a, Real<T>* w, T* z, lapack_int* isuppz) {
  lapack_int found = 0;
  MCC_LAPACKE(T, ssyevr, dsyevr, cheevr, zheevr, jobz, 'A', 'U', n, a, n, 0, 0, 0, 0, 0, &found, w, z, n, isuppz);
}
// Eigenvalues w and (jobvr 'V') right eigenvectors vr of a general complex a.
template <class T> lapack_int geevComplex(char jobvr, lapack_int n, T* a, T* w, T* vr) {
  if constexpr (std::is_same_v<T, std::complex<float>>)
    return LAPACKE_cgeev(LAPACK_COL_MAJOR, 'N', jobvr, n, a, n, w, nullptr, 1, vr, n);
  else
    return LAPACKE_zgeev(LAPACK_COL_MAJOR, 'N', jobvr, n, a, n, w, nullptr, 1, vr, n);
}
// The same for a real a: eigenvalues wr + i wi, a complex pair's vectors as
// vr(:,j) +- i vr(:,j+1).
template <class T> lapack_int geevReal(char jobvr, lapack_int n, T* a, T* wr, T* wi, T* vr) {
  if constexpr (std::is_same_v<T, float>)
    return LAPACKE_sgeev(LAPACK_COL_MAJOR, 'N', jobvr, n, a, n, wr, wi, nullptr, 1, vr, n);
  else
    return LAPACKE_dgeev(LAPACK_COL_MAJOR, 'N', jobvr, n, a, n, wr, wi, nullptr, 1, vr, n);
}
// The complex Schur form a = z t z' (t overwrites a).
template <class T> lapack_int gees(lapack_int n, T* a, T* w, T* z) {
  lapack_int sdim = 0;
  if constexpr (std::is_same_v<T, std::complex<float>>)
    return LAPACKE_cgees(LAPACK_COL_MAJOR, 'V', 'N', nullptr, n, a, n, &sdim, w, z, n);
  else
    return LAPACKE_zgees(LAPACK_COL_MAJOR, 'V', 'N', nullptr, n, a, n, &sdim, w, z, n);
}
// The real Schur form a = z t z' (t quasi-triangular, overwrites a).
template <class T> lapack_int geesReal(lapack_int n, T* a, T* wr, T* wi, T* z) {
  lapack_int sdim = 0;
  if constexpr (std::is_same_v<T, float>)
    return LAPACKE_sgees(LAPACK_COL_MAJOR, 'V', 'N', nullptr, n, a, n, &sdim, wr, wi, z, n);
  else
    return LAPACKE_dgees(LAPACK_COL_MAJOR, 'V', 'N', nullptr, n, a, n, &sdim, wr, wi, z, n);
}
// The Hessenberg form of a (reflectors below the subdiagonal, with tau)
// and the unitary matrix of those reflectors.
template <class T> lapack_int gehrd(lapack_int n, T* a, T* tau) {
  MCC_LAPACKE(T, sgehrd, dgehrd, cgehrd, zgehrd, n, 1, n, a, n, tau);
}
template <class T> lapack_int orghr(lapack_int n, T* a, const T* tau) {
  MCC_LAPACKE(T, sorghr, dorghr, cunghr, zunghr, n, 1, n, a, n, tau);
}
// Balancing (job 'B': permute and scale; 'S': scale only) and the
// similarity transform of it applied to v (n x n, real).
template <class T> lapack_int gebal(char job, lapack_int n, T* a, lapack_int* ilo, lapack_int* ihi, Real<T>* scale) {
  MCC_LAPACKE(T, sgebal, dgebal, cgebal, zgebal, job, n, a, n, ilo, ihi, scale);
}
template <class R> lapack_int gebak(char job, lapack_int n, lapack_int ilo, lapack_int ihi, const R* scale, R* v) {
  MCC_LAPACKE(R, sgebak, dgebak, cgebak, zgebak, job, 'R', n, ilo, ihi, scale, n, v, n);
}
#undef MCC_LAPACKE

// --- Matrix helpers ---------------------------------------------------------------

template <class T> using Complex = std::complex<Real<T>>;

template <class T> Matrix<T> identity(size_t n) {
  Matrix<T> m = zeroMatrix<T>(n, n);
  for (size_t k = 0; k < n; ++k) m.at(k, k) = T(1);
  return m;
}
// Columns [first, first + count) of m.
template <class T> Matrix<T> columns(const Matrix<T>& m, size_t first, size_t count) {
  Matrix<T> c{m.rows, count, {}};
  c.v.assign(m.v.begin() + static_cast<std::ptrdiff_t>(first * m.rows),
             m.v.begin() + static_cast<std::ptrdiff_t>((first + count) * m.rows));
  return c;
}
// The leading rows x cols block of m.
template <class T> Matrix<T> block(const Matrix<T>& m, size_t rows, size_t cols) {
  Matrix<T> b = zeroMatrix<T>(rows, cols);
  for (size_t c = 0; c < cols; ++c)
    for (size_t r = 0; r < rows; ++r) b.at(r, c) = m.at(r, c);
  return b;
}
template <class T> Matrix<T> diagonalMatrix(const std::vector<T>& d, size_t rows, size_t cols) {
  Matrix<T> m = zeroMatrix<T>(rows, cols);
  for (size_t k = 0; k < d.size(); ++k) m.at(k, k) = d[k];
  return m;
}
template <class T> Matrix<Complex<T>> toComplexMatrix(const Matrix<T>& m) {
  Matrix<Complex<T>> c{m.rows, m.cols, std::vector<Complex<T>>(m.v.begin(), m.v.end())};
  return c;
}
// The lower (keep 'L') or upper ('U') triangle, zeros elsewhere.
template <class T> Matrix<T> triangle(Matrix<T> m, char keep) {
  for (size_t c = 0; c < m.cols; ++c)
    for (size_t r = 0; r < m.rows; ++r)
      if (keep == 'U' ? r > c : r < c) m.at(r, c) = T(0);
  return m;
}
template <class T> bool isHermitian(const Matrix<T>& m) {
  for (size_t c = 0; c < m.cols; ++c)
    for (size_t r = c; r < m.rows; ++r)
      if (m.at(r, c) != conjugate(m.at(c, r))) return false;
  return true;
}
template <class T> bool isDiagonal(const Matrix<T>& m) {
  for (size_t c = 0; c < m.cols; ++c)
    for (size_t r = 0; r < m.rows; ++r)
      if (r != c && m.at(r, c) != T(0)) return false;
  return true;
}
template <class T> bool allFinite(const Matrix<T>& m) {
  return std::all_of(m.v.begin(), m.v.end(), [](T v) { return isFiniteValue(v); });
}
template <class T> Real<T> norm1(const Matrix<T>& m) {
  Real<T> best = 0;
  for (size_t c = 0; c < m.cols; ++c) {
    Real<T> sum = 0;
    for (size_t r = 0; r < m.rows; ++r) sum += magnitude(m.at(r, c));
    if (!(sum <= best)) best = sum;  // NaN wins
  }
  return best;
}
template <class T> Matrix<T> add(Matrix<T> x, const Matrix<T>& y, T scale = T(1)) {
  for (size_t k = 0; k < x.v.size(); ++k) x.v[k] += scale * y.v[k];
  return x;
}
template <class T> Matrix<T> scaled(Matrix<T> x, T s) {
  for (T& v : x.v) v *= s;
  return x;
}
// x / v for square v (n > 0): from v's LU, y v = x as v.' y.' = x.'.
template <class T> Matrix<T> rightDivide(const Matrix<T>& x, Matrix<T> v) {
  lapack_int n = static_cast<lapack_int>(v.rows);
  std::vector<lapack_int> ipiv(v.rows);
  getrf<T>(n, n, v.data(), ipiv.data());
  Matrix<T> yt = zeroMatrix<T>(x.cols, x.rows);
  for (size_t c = 0; c < x.cols; ++c)
    for (size_t r = 0; r < x.rows; ++r) yt.at(c, r) = x.at(r, c);
  getrs<T>('T', n, static_cast<lapack_int>(x.rows), v.data(), ipiv.data(), yt.data());
  Matrix<T> y = zeroMatrix<T>(x.rows, x.cols);
  for (size_t c = 0; c < x.cols; ++c)
    for (size_t r = 0; r < x.rows; ++r) y.at(r, c) = yt.at(c, r);
  return y;
}
// a \ b for square a (n > 0).
template <class T> Matrix<T> leftDivide(Matrix<T> a, Matrix<T> b) {
  lapack_int n = static_cast<lapack_int>(a.rows);
  std::vector<lapack_int> ipiv(a.rows);
  getrf<T>(n, n, a.data(), ipiv.data());
  getrs<T>('N', n, static_cast<lapack_int>(b.cols), a.data(), ipiv.data(), b.data());
  return b;
}
// A column vector result.
template <class T> Ref columnResult(const std::vector<T>& v) { return toArray(v, {v.size(), 1}); }

// --- Argument checks --------------------------------------------------------------

void requireFloatMatrix(const mcc_array* x, const Args& a) {
  if (isIntegerClass(x->class_id)) a.error("Invalid data type. Input matrix must be double or single.");
  if (x->ndims != 2) a.error("Input must be 2-D.");
}
void requireSquareMatrix(const mcc_array* x, const Args& a) {
  requireFloatMatrix(x, a);
  if (x->dims[0] != x->dims[1]) a.error("Matrix must be square.");
}
// The option text of input k, lower-cased ('' unless it is text).
std::string textOption(const Args& a, uint32_t k) { return a.isText(k) ? option(a, k) : std::string(); }
// The flag 0 of svd(A, 0) and qr(A, 0).
bool isZero(const mcc_array* x) {
  return x->class_id != MCC_CLASS_CHAR && x->numel == 1 && !x->is_complex && mcc_array_to_double(x, nullptr) == 0;
}

// --- Eigenvalues ------------------------------------------------------------------

template <class T> struct Eigen {
  std::vector<Complex<T>> values;
  Matrix<Complex<T>> vectors;  // when asked for
};

// The eigen decomposition of a square, finite A. A Hermitian A gives real
// ascending eigenvalues and orthonormal vectors; a general one LAPACK's.
template <class T> Eigen<T> eigen(Matrix<T> A, bool wantVectors, const mcc_site* site) {
  using R = Real<T>;
  size_t n = A.rows;
  lapack_int ln = lapackSize(n, site);
  Eigen<T> e;
  e.vectors = zeroMatrix<Complex<T>>(n, wantVectors ? n : 0);
  if (!n) return e;
  if (isHermitian(A)) {
    std::vector<R> w(n);
    Matrix<T> z = zeroMatrix<T>(n, wantVectors ? n : 1);
    std::vector<lapack_int> isuppz(2 * n);
    syevr<T>(wantVectors ? 'V' : 'N', ln, A.data(), w.data(), z.data(), isuppz.data());
    e.values.assign(w.begin(), w.end());
    if (wantVectors) e.vectors.v.assign(z.v.begin(), z.v.end());
    return e;
  }
  if constexpr (isComplexType<T>) {
    e.values.resize(n);
    Matrix<T> vr = zeroMatrix<T>(n, wantVectors ? n : 1);
    geevComplex<T>(wantVectors ? 'V' : 'N', ln, A.data(), e.values.data(), vr.data());
    if (wantVectors) e.vectors = std::move(vr);
  } else {
    std::vector<T> wr(n), wi(n);
    Matrix<T> vr = zeroMatrix<T>(n, wantVectors ? n : 1);
    geevReal<T>(wantVectors ? 'V' : 'N', ln, A.data(), wr.data(), wi.data(), vr.data());
    for (size_t k = 0; k < n; ++k) e.values.emplace_back(wr[k], wi[k]);
    if (wantVectors) {
      for (size_t j = 0; j < n; ++j) {
        bool pair = wi[j] != 0 && j + 1 < n;
        for (size_t r = 0; r < n; ++r) {
          if (pair) {
            e.vectors.at(r, j) = Complex<T>(vr.at(r, j), vr.at(r, j + 1));
            e.vectors.at(r, j + 1) = Complex<T>(vr.at(r, j), -vr.at(r, j + 1));
          } else {
            e.vectors.at(r, j) = vr.at(r, j);
          }
        }
        if (pair) ++j;
      }
    }
  }
  return e;
}

template <class T> Eigen<T> checkedEigen(const mcc_array* x, bool wantVectors, const Args& a) {
  Matrix<T> A = load<T>(x);
  if (!allFinite(A)) a.error("Input to EIG must not contain NaN or Inf.");
  return eigen(std::move(A), wantVectors, a.site);
}

// f(A) = V diag(f(d)) / V from the eigen decomposition of A; real when A is
// real and `realResult` says the function of it is (imaginary parts are
// then rounding).
template <class T, class Fn> Ref eigenFunction(const mcc_array* x, Fn f, bool realResult, const Args& a) {
  Eigen<T> e = checkedEigen<T>(x, true, a);
  using C = Complex<T>;
  size_t n = e.values.size();
  Matrix<C> VD = e.vectors;
  for (size_t c = 0; c < n; ++c) {
    C fd = f(e.values[c]);
    for (size_t r = 0; r < n; ++r) VD.at(r, c) *= fd;
  }
  Matrix<C> F = n ? rightDivide(VD, e.vectors) : VD;
  if (realResult) {
    std::vector<Real<T>> re(F.v.size());
    for (size_t k = 0; k < re.size(); ++k) re[k] = F.v[k].real();
    return toArray(re, {n, n});
  }
  return toArray(F);
}

// MATLAB's s^d for scalars: real when both are real and s >= 0 or d is an
// integer, as power (.^) is.
template <class C> C scalarPower(C s, C d, bool realOperands) {
  using R = typename C::value_type;
  if (realOperands && (s.real() >= 0 || d.real() == std::floor(d.real()))) return C(std::pow(s.real(), d.real()), R(0));
  if (s == C(0) && d.imag() == 0) return C(d.real() > 0 ? R(0) : std::numeric_limits<R>::infinity());
  return std::pow(s, d);
}

// --- Matrix exponential -----------------------------------------------------------

// Higham (2005), table 2.3: the largest 1-norm for which Padé degree m is
// accurate to double (and, for float, single) precision.
struct PadeDegree {
  int m;
  double theta;
};
constexpr PadeDegree doubleDegrees[] = {{3, 1.495585217958292e-2},
                                        {5, 2.539398330063230e-1},
                                        {7, 9.504178996162932e-1},
                                        {9, 2.097847961257068e0},
                                        {13, 5.371920351148152e0}};
constexpr PadeDegree singleDegrees[] = {{3, 4.258730016922831e-1}, {5, 1.880152677804762e0}, {7, 3.925724783138660e0}};

// The Padé coefficients b_0..b_m of degree m.
std::vector<double> padeCoefficients(int m) {
  switch (m) {
    case 3:
      return {120, 60, 12, 1};
    case 5:
      return {30240, 15120, 3360, 420, 30, 1};
    case 7:
      return {17297280, 8648640, 1995840, 277200, 25200, 1512, 56, 1};
    case 9:
      return {17643225600., 8821612800., 2075673600., 302702400., 30270240., 2162160., 110880., 3960., 90., 1.};
    default:
      return {64764752532480000.,
              32382376266240000.,
              7771770303897600.,
              1187353796428800.,
              129060195264000.,
              10559470521600.,
              670442572800.,
              33522128640.,
              1323241920.,
              40840800.,
              960960.,
              16380.,
              182.,
              1.};
  }
}

// The degree-m Padé approximant of exp(A): (V - U) \ (V + U).
template <class T> Matrix<T> pade(const Matrix<T>& A, int m) {
  std::vector<double> b = padeCoefficients(m);
  size_t n = A.rows;
  Matrix<T> I = identity<T>(n);
  auto c = [&](int k) { return T(static_cast<Real<T>>(b[static_cast<size_t>(k)])); };
  Matrix<T> A2 = multiply(A, A);
  Matrix<T> U, V;
  if (m == 13) {
    Matrix<T> A4 = multiply(A2, A2), A6 = multiply(A4, A2);
    Matrix<T> inner = add(add(scaled(A6, c(13)), A4, c(11)), A2, c(9));
    Matrix<T> u = add(add(add(add(multiply(A6, inner), A6, c(7)), A4, c(5)), A2, c(3)), I, c(1));
    U = multiply(A, u);
    inner = add(add(scaled(A6, c(12)), A4, c(10)), A2, c(8));
    V = add(add(add(add(multiply(A6, inner), A6, c(6)), A4, c(4)), A2, c(2)), I, c(0));
  } else {
    // U = A (b_1 I + b_3 A^2 + ...), V = b_0 I + b_2 A^2 + ...
    Matrix<T> u = scaled(I, c(1)), power = I;
    V = scaled(I, c(0));
    for (int k = 2; k <= m; k += 2) {
      power = multiply(power, A2);
      V = add(std::move(V), power, c(k));
      u = add(std::move(u), power, c(k + 1));
    }
    U = multiply(A, u);
  }
  return leftDivide(add(V, U, T(-1)), add(V, U));
}

template <class T> Matrix<T> expm(Matrix<T> A) {
  using R = Real<T>;
  size_t n = A.rows;
  if (isDiagonal(A)) {
    for (size_t k = 0; k < n; ++k) A.at(k, k) = std::exp(A.at(k, k));
    return A;
  }
  if (!allFinite(A)) return Matrix<T>{n, n, std::vector<T>(n * n, T(std::numeric_limits<R>::quiet_NaN()))};
  bool upper = isTriangular(A, true), lower = isTriangular(A, false);
  std::vector<T> diagonal(n);
  for (size_t k = 0; k < n; ++k) diagonal[k] = A.at(k, k);
  double norm = static_cast<double>(norm1(A));
  bool single = std::is_same_v<R, float>;
  const PadeDegree* degrees = single ? singleDegrees : doubleDegrees;
  size_t count = single ? std::size(singleDegrees) : std::size(doubleDegrees);
  Matrix<T> F;
  for (size_t k = 0; k + 1 < count && F.v.empty(); ++k)
    if (norm <= degrees[k].theta) F = pade(A, degrees[k].m);
  if (F.v.empty() && n) {
    const PadeDegree& top = degrees[count - 1];
    int s = std::max(0, static_cast<int>(std::ceil(std::log2(norm / top.theta))));
    F = pade(scaled(A, T(std::ldexp(R(1), -s))), top.m);
    for (int k = 0; k < s; ++k) F = multiply(F, F);
  }
  // A triangular A has exp of its diagonal on the diagonal of the result:
  // set it exactly.
  if (upper || lower)
    for (size_t k = 0; k < n; ++k) F.at(k, k) = std::exp(diagonal[k]);
  return F;
}

// --- Matrix square root -----------------------------------------------------------

// The principal square root R of an upper triangular S (R^2 = S), by
// Björck and Hammarling's recurrence. Sets singular when S is.
template <class C> Matrix<C> sqrtTriangular(const Matrix<C>& S, bool& singular) {
  size_t n = S.rows;
  Matrix<C> R = zeroMatrix<C>(n, n);
  for (size_t j = 0; j < n; ++j) {
    R.at(j, j) = std::sqrt(S.at(j, j));
    singular |= S.at(j, j) == C(0);
    for (size_t i = j; i-- > 0;) {
      C s = 0;
      for (size_t k = i + 1; k < j; ++k) s += R.at(i, k) * R.at(k, j);
      C d = R.at(i, i) + R.at(j, j);
      C num = S.at(i, j) - s;
      R.at(i, j) = d == C(0) && num == C(0) ? C(0) : num / d;
    }
  }
  return R;
}

// The complex Schur form A = Z S Z': S (upper triangular) and Z.
template <class T> std::pair<Matrix<Complex<T>>, Matrix<Complex<T>>> complexSchur(const Matrix<T>& A, const mcc_site* site) {
  using C = Complex<T>;
  size_t n = A.rows;
  Matrix<C> S = toComplexMatrix(A), Z = zeroMatrix<C>(n, n);
  std::vector<C> w(n);
  if (n) gees<C>(lapackSize(n, site), S.data(), w.data(), Z.data());
  return {S, Z};
}

// sqrtm(A) = Z R Z' with R^2 = S for the complex Schur form A = Z S Z'
// (Björck and Hammarling). Returns also whether A is singular.
template <class T> Matrix<Complex<T>> sqrtmComplex(const Matrix<T>& A, bool& singular, const mcc_site* site) {
  auto [S, Z] = complexSchur(A, site);
  singular = false;
  return multiply(multiply(Z, sqrtTriangular(S, singular)), adjoint(Z));
}

// logm(A) = Z L Z' for the complex Schur form A = Z S Z', by inverse
// scaling and squaring: S's square root is taken k times until it is
// within 0.25 of I (1-norm), then log(I + X) = sum of w_j X (I + t_j X)^-1
// over Gauss-Legendre nodes t_j on [0, 1] (the integral of X (I + t X)^-1
// dt), and L = 2^k log(I + X). Sets nonPrincipal when an eigenvalue is
// zero or on the negative real axis.
template <class T> Matrix<Complex<T>> logmComplex(const Matrix<T>& A, bool& nonPrincipal, const mcc_site* site) {
  using C = Complex<T>;
  using R = Real<T>;
  auto [S, Z] = complexSchur(A, site);
  size_t n = S.rows;
  nonPrincipal = false;
  for (size_t k = 0; k < n; ++k) nonPrincipal |= S.at(k, k).imag() == 0 && S.at(k, k).real() <= 0;
  int squarings = 0;
  bool singular = false;
  auto distance = [&] {
    Matrix<C> X = S;
    for (size_t k = 0; k < n; ++k) X.at(k, k) -= C(1);
    return norm1(X);
  };
  while (distance() > R(0.25) && squarings < 64) {
    S = sqrtTriangular(S, singular);
    ++squarings;
  }
  Matrix<C> X = S;
  for (size_t k = 0; k < n; ++k) X.at(k, k) -= C(1);
  Matrix<C> L = zeroMatrix<C>(n, n);
  using Rule = boost::math::quadrature::gauss<double, 16>;
  auto term = [&](double t, double w) {
    // Y = w (I + t X)^-1 X by back substitution (upper triangular; X
    // and (I + t X)^-1 commute).
    Matrix<C> M = X;
    for (auto& v : M.v) v *= R(t);
    for (size_t k = 0; k < n; ++k) M.at(k, k) += C(1);
    Matrix<C> Y = zeroMatrix<C>(n, n);
    for (size_t c = 0; c < n; ++c)
      for (size_t r = c + 1; r-- > 0;) {
        C s = R(w) * X.at(r, c);
        for (size_t k = r + 1; k <= c; ++k) s -= M.at(r, k) * Y.at(k, c);
        Y.at(r, c) = s / M.at(r, r);
      }
    for (size_t k = 0; k < L.v.size(); ++k) L.v[k] += Y.v[k];
  };
  // The rule is on [-1, 1] with the positive half stored: t = (1 +- x) / 2.
  const auto& nodes = Rule::abscissa();
  const auto& weights = Rule::weights();
  for (size_t j = 0; j < nodes.size(); ++j) {
    term(0.5 * (1 + nodes[j]), 0.5 * weights[j]);
    if (nodes[j] != 0) term(0.5 * (1 - nodes[j]), 0.5 * weights[j]);
  }
  for (auto& v : L.v) v *= R(std::ldexp(1.0, squarings));
  return multiply(multiply(Z, L), adjoint(Z));
}

// The real parts of F when `real` (a real matrix's function known to be
// real: rounding leaves tiny imaginary parts), else F.
template <class C> Ref realPartIf(bool real, const Matrix<C>& F) {
  if (!real) return toArray(F);
  std::vector<typename C::value_type> re(F.v.size());
  for (size_t k = 0; k < re.size(); ++k) re[k] = F.v[k].real();
  return toArray(re, {F.rows, F.cols});
}

// --- Decompositions ---------------------------------------------------------------

template <class T> struct Svd {
  std::vector<Real<T>> s;
  Matrix<T> U, V;
};
// The SVD of A (m x n): U m x m (econ: m x k), V n x n (econ: n x k),
// s the k = min(m, n) singular values, largest first.
template <class T> Svd<T> svdOf(Matrix<T> A, bool vectors, bool econ, const Args& a) {
  if (!allFinite(A)) a.error("Input to SVD must not contain NaN or Inf.");
  size_t m = A.rows, n = A.cols, k = std::min(m, n);
  lapack_int lm = lapackSize(m, a.site), ln = lapackSize(n, a.site);
  Svd<T> r;
  r.s.resize(k);
  size_t ucols = econ ? k : m, vrows = econ ? k : n;
  r.U = vectors ? zeroMatrix<T>(m, ucols) : Matrix<T>{};
  Matrix<T> Vt = vectors ? zeroMatrix<T>(vrows, n) : Matrix<T>{};
  if (k) {
    std::vector<Real<T>> superb(std::max<size_t>(k, 2));
    char job = !vectors ? 'N' : econ ? 'S' : 'A';
    gesvd<T>(job, job, lm, ln, A.data(), r.s.data(), vectors ? r.U.data() : nullptr, std::max<lapack_int>(lm, 1),
             vectors ? Vt.data() : nullptr, std::max<lapack_int>(static_cast<lapack_int>(vrows), 1), superb.data());
  } else if (vectors) {
    // No singular values: U and V are identities of their sizes.
    r.U = block(identity<T>(std::max(m, ucols)), m, ucols);
    Vt = block(identity<T>(std::max(n, vrows)), vrows, n);
  }
  if (vectors) r.V = adjoint(Vt);
  return r;
}

// MATLAB's default rank tolerance: max(size(A)) * eps(max(s)).
template <class R> R rankTolerance(const std::vector<R>& s, size_t m, size_t n) {
  R top = s.empty() ? R(0) : *std::max_element(s.begin(), s.end());
  return static_cast<R>(std::max(m, n)) * (std::nextafter(top, std::numeric_limits<R>::infinity()) - top);
}
template <class R> size_t countAbove(const std::vector<R>& s, R tol) {
  return static_cast<size_t>(std::count_if(s.begin(), s.end(), [&](R v) { return v > tol; }));
}

// f(A) of a diagonal A: f of each diagonal element.
template <class T, class F> Ref diagonalFunction(const Matrix<T>& A, F f) {
  Matrix<Complex<T>> R = zeroMatrix<Complex<T>>(A.rows, A.cols);
  for (size_t k = 0; k < A.rows; ++k) R.at(k, k) = f(Complex<T>(A.at(k, k)));
  return toArray(R);
}

// The permutation matrix P with P(k, perm[k]) = 1 (perm counted from 0).
Ref permutationMatrix(const std::vector<size_t>& perm, size_t n, bool rowsOf) {
  Matrix<double> P = zeroMatrix<double>(n, n);
  for (size_t k = 0; k < perm.size(); ++k) (rowsOf ? P.at(k, perm[k]) : P.at(perm[k], k)) = 1;
  return toArray(P);
}
Ref indexVector(const std::vector<size_t>& perm, bool rowVector) {
  std::vector<double> v(perm.size());
  for (size_t k = 0; k < perm.size(); ++k) v[k] = static_cast<double>(perm[k] + 1);
  return toArray(v, rowVector ? Dims{1, v.size()} : Dims{v.size(), 1});
}

}  // namespace

// --- mpower's cases (LinAlg.h) ----------------------------------------------------

Ref mcc::rt::scalarToMatrixPower(const mcc_array* s, const mcc_array* x, const Args& a) {
  Kind kind = kindOf({s, x});
  return visitKind(kind, [&](auto type) {
    using T = typename decltype(type)::type;
    using C = Complex<T>;
    C base = load<C>(s).v[0];
    bool real = !kind.complex;
    Matrix<T> A = load<T>(x);
    if (isDiagonal(A)) return diagonalFunction(A, [&](C d) { return scalarPower(base, d, real); });
    // s^A is real for a real A and a positive s.
    return eigenFunction<T>(
        x, [&](C d) { return scalarPower(base, d, real && d.imag() == 0); }, real && base.real() > 0, a);
  });
}

Ref mcc::rt::matrixToScalarPower(const mcc_array* x, const mcc_array* p, const Args& a) {
  Kind kind = kindOf({x, p});
  return visitKind(kind, [&](auto type) {
    using T = typename decltype(type)::type;
    using C = Complex<T>;
    C power = load<C>(p).v[0];
    bool real = !kind.complex;
    Matrix<T> A = load<T>(x);
    if (isDiagonal(A)) return diagonalFunction(A, [&](C d) { return scalarPower(d, power, real); });
    // The principal power of a real matrix with no eigenvalue on the
    // negative real axis is real.
    bool negative = false;
    if (real) {
      Eigen<T> e = checkedEigen<T>(x, false, a);
      for (const C& d : e.values) negative |= d.imag() == 0 && d.real() < 0;
    }
    return eigenFunction<T>(
        x, [&](C d) { return scalarPower(d, power, real && d.imag() == 0); }, real && !negative, a);
  });
}

// --- Builtins ---------------------------------------------------------------------

// e = eig(A); [V, D] = eig(A); eig(A, "vector"|"matrix").
MCC_DEFINE_BUILTIN(eig) {
  a.arity(1, 2, 3);
  if (a.outputs() > 2) notImplemented("eig with three outputs (left eigenvectors)", a.site);
  const mcc_array* x = a[0];
  bool vectorForm = a.outputs() == 1;
  if (a.nargin == 2) {
    std::string opt = textOption(a, 1);
    if (opt == "vector")
      vectorForm = true;
    else if (opt == "matrix")
      vectorForm = false;
    else if (a.isText(1))
      a.error(
          "Invalid option. Option must be 'vector', 'matrix', 'balance', "
          "'nobalance', 'chol', or 'qz'.");
    else
      notImplemented("The generalized eigenvalue problem eig(A, B)", a.site);
  }
  requireFloatMatrix(x, a);
  if (x->dims[0] != x->dims[1]) a.error("Input matrix must be square.");
  visitKind(kindOf({x}), [&](auto type) {
    using T = typename decltype(type)::type;
    Eigen<T> e = checkedEigen<T>(x, a.outputs() > 1, a);
    size_t n = e.values.size();
    Ref values = vectorForm ? columnResult(e.values) : toArray(diagonalMatrix(e.values, n, n));
    if (a.outputs() == 1) return a.set(0, std::move(values));
    // A real eigenvalue's vector of a real matrix is real; V is complex
    // when any is (toArray narrows).
    a.set(0, toArray(e.vectors));
    a.set(1, std::move(values));
  });
}

MCC_DEFINE_BUILTIN(expm) {
  a.arity(1, 1, 1);
  const mcc_array* x = a[0];
  requireSquareMatrix(x, a);
  a.set(0, visitKind(kindOf({x}), [&](auto type) {
          using T = typename decltype(type)::type;
          return toArray(expm(load<T>(x)));
        }));
}

MCC_DEFINE_BUILTIN(sqrtm) {
  a.arity(1, 1, 1);
  const mcc_array* x = a[0];
  requireSquareMatrix(x, a);
  a.set(0, visitKind(kindOf({x}), [&](auto type) {
          using T = typename decltype(type)::type;
          using C = Complex<T>;
          Matrix<T> A = load<T>(x);
          if (isDiagonal(A)) {
            Matrix<C> F = zeroMatrix<C>(A.rows, A.cols);
            for (size_t k = 0; k < A.rows; ++k) F.at(k, k) = std::sqrt(C(A.at(k, k)));
            return toArray(F);
          }
          bool singular = false;
          Matrix<C> F = sqrtmComplex(A, singular, a.site);
          if (singular) {
            std::fflush(stdout);
            std::fprintf(stderr, "Warning: Matrix is singular and may not have a square root.\n");
          }
          // The principal square root of a real matrix with no eigenvalue
          // on the negative real axis is real.
          if constexpr (!isComplexType<T>) {
            Eigen<T> e = eigen(A, false, a.site);
            bool negative =
                std::any_of(e.values.begin(), e.values.end(), [](C d) { return d.imag() == 0 && d.real() < 0; });
            return realPartIf(!negative, F);
          }
          return toArray(F);
        }));
}

// logm(A): the principal matrix logarithm (logmComplex); real when A is
// real and no eigenvalue is on the closed negative real axis.
MCC_DEFINE_BUILTIN(logm) {
  a.arity(1, 1, 1);
  const mcc_array* x = a[0];
  requireSquareMatrix(x, a);
  a.set(0, visitKind(kindOf({x}), [&](auto type) {
          using T = typename decltype(type)::type;
          Matrix<T> A = load<T>(x);
          bool nonPrincipal = false;
          Matrix<Complex<T>> F = logmComplex(A, nonPrincipal, a.site);
          if (nonPrincipal) {
            std::fflush(stdout);
            std::fprintf(stderr,
                         "Warning: Principal matrix logarithm is not defined for A with nonpositive real "
                         "eigenvalues. A non-principal matrix logarithm is returned.\n");
          }
          if constexpr (!isComplexType<T>) return realPartIf(!nonPrincipal, F);
          return toArray(F);
        }));
}

// [U, T] = f(A), or T alone with one output (schur, hess).
static void setFactors(const Args& a, Ref u, Ref t) {
  if (a.outputs() == 1) return a.set(0, std::move(t));
  a.set(0, std::move(u));
  a.set(1, std::move(t));
}

// T = schur(A), [U, T] = schur(A), schur(A, 'real' | 'complex'): A = U T U'
// with T quasi-triangular (the real Schur form of a real A: 2-by-2 blocks
// for complex pairs) or triangular (complex).
MCC_DEFINE_BUILTIN(schur) {
  a.arity(1, 2, 2);
  const mcc_array* x = a[0];
  requireSquareMatrix(x, a);
  std::string form = a.nargin > 1 ? textOption(a, 1) : (x->is_complex ? "complex" : "real");
  if (form != "real" && form != "complex") a.error("Second argument must be 'real' or 'complex'.");
  visitKind(kindOf({x}), [&](auto type) {
    using T = typename decltype(type)::type;
    Matrix<T> A = load<T>(x);
    if (!allFinite(A)) a.error("Input to SCHUR must not contain NaN or Inf.");
    size_t n = A.rows;
    if constexpr (!isComplexType<T>) {
      if (form == "real") {
        Matrix<T> Z = zeroMatrix<T>(n, n);
        std::vector<T> wr(n), wi(n);
        if (n) geesReal<T>(lapackSize(n, a.site), A.data(), wr.data(), wi.data(), Z.data());
        // LAPACK leaves rounding noise below the 2-by-2 blocks: zero it.
        for (size_t c = 0; c < n; ++c)
          for (size_t r = c + 2; r < n; ++r) A.at(r, c) = 0;
        return setFactors(a, toArray(Z), toArray(A));
      }
    }
    auto [S, Z] = complexSchur(A, a.site);
    S = triangle(S, 'U');
    // A complex form is complex even where its imaginary parts are zero.
    auto complexArray = [&](const Matrix<Complex<T>>& m) {
      uint32_t cls = std::is_same_v<Real<T>, float> ? MCC_CLASS_SINGLE : MCC_CLASS_DOUBLE;
      Ref r = newArray(cls, true, {m.rows, m.cols}, false);
      if (!m.v.empty()) std::memcpy(r->data, m.v.data(), m.v.size() * sizeof(Complex<T>));
      return r;
    };
    setFactors(a, complexArray(Z), complexArray(S));
  });
}

// H = hess(A), [P, H] = hess(A): A = P H P' with H upper Hessenberg and P
// unitary (?gehrd, ?orghr).
MCC_DEFINE_BUILTIN(hess) {
  a.arity(1, 1, 2);
  const mcc_array* x = a[0];
  requireSquareMatrix(x, a);
  visitKind(kindOf({x}), [&](auto type) {
    using T = typename decltype(type)::type;
    Matrix<T> H = load<T>(x);
    size_t n = H.rows;
    Matrix<T> P = identity<T>(n);
    if (n > 1) {
      lapack_int ln = lapackSize(n, a.site);
      std::vector<T> tau(n - 1);
      gehrd<T>(ln, H.data(), tau.data());
      P = H;
      orghr<T>(ln, P.data(), tau.data());
      for (size_t c = 0; c < n; ++c)
        for (size_t r = c + 2; r < n; ++r) H.at(r, c) = T(0);
    }
    setFactors(a, toArray(P), toArray(H));
  });
}

// B = balance(A), [T, B] = balance(A), [s, p, B] = balance(A),
// balance(A, 'noperm'): B = T \ A * T with T a permutation of a diagonal
// scaling by powers of 2 (?gebal, ?gebak); T(:, p) = diag(s).
MCC_DEFINE_BUILTIN(balance) {
  a.arity(1, 2, 3);
  const mcc_array* x = a[0];
  requireSquareMatrix(x, a);
  char job = 'B';
  if (a.nargin > 1) {
    if (textOption(a, 1) != "noperm") a.error("balance: OPT must be 'noperm'.");
    job = 'S';
  }
  visitKind(kindOf({x}), [&](auto type) {
    using T = typename decltype(type)::type;
    using R = Real<T>;
    Matrix<T> B = load<T>(x);
    if (!allFinite(B)) a.error("Input to BALANCE must not contain NaN or Inf.");
    size_t n = B.rows;
    Matrix<R> V = identity<R>(n);
    if (n) {
      lapack_int ln = lapackSize(n, a.site), ilo = 1, ihi = ln;
      std::vector<R> scale(n);
      gebal<T>(job, ln, B.data(), &ilo, &ihi, scale.data());
      gebak<R>(job, ln, ilo, ihi, scale.data(), V.data());
    }
    if (a.outputs() == 1) return a.set(0, toArray(B));
    if (a.outputs() == 2) {
      a.set(0, toArray(V));
      a.set(1, toArray(B));
      return;
    }
    std::vector<R> sv(n), pv(n);
    for (size_t r = 0; r < n; ++r)
      for (size_t c = 0; c < n; ++c)
        if (V.at(r, c) != R(0)) sv[r] = V.at(r, c), pv[r] = R(c + 1);
    a.set(0, toArray(sv, {n, 1}));
    a.set(1, toArray(pv, {n, 1}));
    a.set(2, toArray(B));
  });
}

// s = svd(A); [U, S, V] = svd(A); svd(A, 0); svd(A, "econ").
MCC_DEFINE_BUILTIN(svd) {
  a.arity(1, 2, 3);
  const mcc_array* x = a[0];
  requireFloatMatrix(x, a);
  bool econ = false, zeroEcon = false;
  if (a.nargin == 2) {
    if (textOption(a, 1) == "econ")
      econ = true;
    else if (isZero(a[1]))
      zeroEcon = true;
    else
      a.error("Second input must be 0 or 'econ'.");
  }
  size_t m = x->dims[0], n = x->dims[1];
  // svd(A, 0) economizes only a tall A.
  if (zeroEcon) econ = m > n;
  bool vectors = a.outputs() > 1;
  visitKind(kindOf({x}), [&](auto type) {
    using T = typename decltype(type)::type;
    Svd<T> r = svdOf(load<T>(x), vectors, econ, a);
    if (!vectors) return a.set(0, columnResult(r.s));
    size_t k = std::min(m, n);
    std::vector<T> s(r.s.begin(), r.s.end());
    a.set(0, toArray(r.U));
    a.set(1, toArray(diagonalMatrix(s, econ ? k : m, econ ? k : n)));
    a.set(2, toArray(r.V));
  });
}

// pinv(A), pinv(A, tol): V diag(1 ./ s) U' over the singular values above tol.
MCC_DEFINE_BUILTIN(pinv) {
  a.arity(1, 2, 1);
  const mcc_array* x = a[0];
  requireFloatMatrix(x, a);
  size_t m = x->dims[0], n = x->dims[1];
  a.set(0, visitKind(kindOf({x}), [&](auto type) {
          using T = typename decltype(type)::type;
          using R = Real<T>;
          Svd<T> r = svdOf(load<T>(x), true, true, a);
          R tol = a.nargin == 2 ? static_cast<R>(a.scalar(1)) : rankTolerance(r.s, m, n);
          size_t rank = countAbove(r.s, tol);
          Matrix<T> Vs = columns(r.V, 0, rank);
          for (size_t c = 0; c < rank; ++c)
            for (size_t i = 0; i < n; ++i) Vs.at(i, c) /= r.s[c];
          if (!rank) return toArray(zeroMatrix<T>(n, m));
          return toArray(multiply(Vs, adjoint(columns(r.U, 0, rank))));
        }));
}

namespace {

// null(A, 'r'): MATLAB's "rational" basis from rref(A): for each free
// column j, e_j less the pivot columns' entries of column j of rref(A).
Ref rationalNull(const Args& a) {
  if (!a.isText(1) || lower(a.text(1)) != "r") a.error("Second argument must be a tolerance or 'r'.");
  const mcc_array* x = a[0];
  if (x->is_complex) notImplemented("null(A, 'r') of complex values", a.site);
  std::vector<Ref> r = callEntry(mcc_bi_rref, {x}, 2, a.site);
  size_t m = x->dims[0], n = x->dims[1];
  std::vector<double> R = realValues(r[0].get()), pivots = realValues(r[1].get());
  std::vector<bool> isPivot(n, false);
  for (double p : pivots) isPivot[size_t(p) - 1] = true;
  std::vector<double> z;
  size_t free = 0;
  for (size_t j = 0; j < n; ++j) {
    if (isPivot[j]) continue;
    ++free;
    std::vector<double> column(n, 0.0);
    column[j] = 1;
    for (size_t k = 0; k < pivots.size(); ++k) column[size_t(pivots[k]) - 1] = -R[j * m + k];
    z.insert(z.end(), column.begin(), column.end());
  }
  return floatArray(x->class_id == MCC_CLASS_SINGLE, {n, free}, z, a.site);
}

}  // namespace

// null(A), null(A, tol): the right singular vectors beyond the rank.
MCC_DEFINE_BUILTIN(null) {
  a.arity(1, 2, 1);
  const mcc_array* x = a[0];
  requireFloatMatrix(x, a);
  if (a.nargin == 2 && a.isText(1)) return a.set(0, rationalNull(a));
  size_t m = x->dims[0], n = x->dims[1];
  a.set(0, visitKind(kindOf({x}), [&](auto type) {
          using T = typename decltype(type)::type;
          using R = Real<T>;
          Svd<T> r = svdOf(load<T>(x), true, false, a);
          R top = r.s.empty() ? R(0) : r.s[0];
          R tol = a.nargin == 2 ? static_cast<R>(a.scalar(1))
                                : static_cast<R>(std::max(m, n)) * top * std::numeric_limits<R>::epsilon();
          size_t rank = countAbove(r.s, tol);
          return toArray(columns(r.V, rank, n - rank));
        }));
}

// orth(A), orth(A, tol): the left singular vectors within the rank.
MCC_DEFINE_BUILTIN(orth) {
  a.arity(1, 2, 1);
  const mcc_array* x = a[0];
  requireFloatMatrix(x, a);
  size_t m = x->dims[0], n = x->dims[1];
  a.set(0, visitKind(kindOf({x}), [&](auto type) {
          using T = typename decltype(type)::type;
          using R = Real<T>;
          Svd<T> r = svdOf(load<T>(x), true, true, a);
          R tol = a.nargin == 2 ? static_cast<R>(a.scalar(1)) : rankTolerance(r.s, m, n);
          return toArray(columns(r.U, 0, countAbove(r.s, tol)));
        }));
}

// R = chol(A), chol(A, "upper"|"lower"), [R, p] = chol(A).
MCC_DEFINE_BUILTIN(chol) {
  a.arity(1, 2, 2);
  const mcc_array* x = a[0];
  requireSquareMatrix(x, a);
  char uplo = 'U';
  if (a.nargin == 2) {
    std::string opt = textOption(a, 1);
    if (opt == "lower")
      uplo = 'L';
    else if (opt != "upper")
      a.error("Shape flag must be 'upper' or 'lower'.");
  }
  visitKind(kindOf({x}), [&](auto type) {
    using T = typename decltype(type)::type;
    Matrix<T> A = load<T>(x);
    if (!allFinite(A)) a.error("Input to CHOL must not contain NaN or Inf.");
    size_t n = A.rows;
    lapack_int info = n ? potrf<T>(uplo, lapackSize(n, a.site), A.data()) : 0;
    if (info > 0 && a.outputs() < 2) a.error("Matrix must be positive definite.");
    // With p > 0 the factor of the leading p-1 rows and columns.
    size_t q = info > 0 ? static_cast<size_t>(info - 1) : n;
    a.set(0, toArray(triangle(block(A, q, q), uplo)));
    if (a.outputs() > 1) a.set(1, scalarResult(static_cast<double>(info > 0 ? info : 0)));
  });
}

// Y = lu(A); [L, U] = lu(A) (L permuted); [L, U, P] = lu(A), lu(A, "vector").
MCC_DEFINE_BUILTIN(lu) {
  a.arity(1, 2, 3);
  const mcc_array* x = a[0];
  requireFloatMatrix(x, a);
  bool vectorForm = false;
  if (a.nargin == 2) {
    std::string opt = textOption(a, 1);
    if (opt == "vector")
      vectorForm = true;
    else if (opt != "matrix")
      a.error("Invalid option. Option must be 'vector' or 'matrix'.");
  }
  visitKind(kindOf({x}), [&](auto type) {
    using T = typename decltype(type)::type;
    Matrix<T> A = load<T>(x);
    size_t m = A.rows, n = A.cols, k = std::min(m, n);
    std::vector<lapack_int> ipiv(k);
    if (k) getrf<T>(lapackSize(m, a.site), lapackSize(n, a.site), A.data(), ipiv.data());
    if (a.outputs() == 1) return a.set(0, toArray(A));
    // Row k of P A is row perm[k] of A.
    std::vector<size_t> perm(m);
    for (size_t r = 0; r < m; ++r) perm[r] = r;
    for (size_t r = 0; r < k; ++r) std::swap(perm[r], perm[static_cast<size_t>(ipiv[r] - 1)]);
    Matrix<T> L = zeroMatrix<T>(m, k), U = zeroMatrix<T>(k, n);
    for (size_t c = 0; c < k; ++c) {
      L.at(c, c) = T(1);
      for (size_t r = c + 1; r < m; ++r) L.at(r, c) = A.at(r, c);
    }
    for (size_t c = 0; c < n; ++c)
      for (size_t r = 0; r <= std::min(c, k - 1) && k; ++r) U.at(r, c) = A.at(r, c);
    if (a.outputs() == 2) {
      // P' L: row perm[r] of the result is row r of L.
      Matrix<T> PL = zeroMatrix<T>(m, k);
      for (size_t c = 0; c < k; ++c)
        for (size_t r = 0; r < m; ++r) PL.at(perm[r], c) = L.at(r, c);
      L = std::move(PL);
    }
    a.set(0, toArray(L));
    a.set(1, toArray(U));
    if (a.outputs() == 3) a.set(2, vectorForm ? indexVector(perm, true) : permutationMatrix(perm, m, true));
  });
}

// R = qr(A); [Q, R] = qr(A); [Q, R, P] = qr(A) (column pivoting);
// qr(A, 0) and qr(A, "econ") economy size (P then a vector), qr(A, "vector").
MCC_DEFINE_BUILTIN(qr) {
  a.arity(1, 2, 3);
  const mcc_array* x = a[0];
  requireFloatMatrix(x, a);
  bool econ = false, vectorForm = false;
  if (a.nargin == 2) {
    std::string opt = textOption(a, 1);
    if (opt == "econ") {
      econ = true;
    } else if (opt == "vector") {
      vectorForm = true;
    } else if (opt == "matrix") {
    } else if (isZero(a[1])) {
      econ = vectorForm = true;
    } else {
      a.error("Option must be 0, 'econ', 'vector', or 'matrix'.");
    }
  }
  bool pivoting = a.outputs() == 3;
  visitKind(kindOf({x}), [&](auto type) {
    using T = typename decltype(type)::type;
    Matrix<T> A = load<T>(x);
    size_t m = A.rows, n = A.cols, k = std::min(m, n);
    lapack_int lm = lapackSize(m, a.site), ln = lapackSize(n, a.site);
    std::vector<T> tau(std::max<size_t>(k, 1));
    std::vector<lapack_int> jpvt(n, 0);
    if (k) {
      if (pivoting)
        geqp3<T>(lm, ln, A.data(), jpvt.data(), tau.data());
      else
        geqrf<T>(lm, ln, A.data(), tau.data());
    }
    size_t rrows = econ ? k : m;
    Matrix<T> R = triangle(block(A, std::min(rrows, m), n), 'U');
    if (R.rows < rrows) R = block(R, rrows, n);
    if (a.outputs() == 1) return a.set(0, toArray(R));
    size_t qcols = econ ? k : m;
    Matrix<T> Q = zeroMatrix<T>(m, std::max(qcols, k));
    for (size_t c = 0; c < k; ++c)
      for (size_t r = 0; r < m; ++r) Q.at(r, c) = A.at(r, c);
    if (m && qcols) orgqr<T>(lm, lapackSize(qcols, a.site), static_cast<lapack_int>(k), Q.data(), tau.data());
    a.set(0, toArray(columns(Q, 0, qcols)));
    a.set(1, toArray(R));
    if (pivoting) {
      std::vector<size_t> perm(n);
      for (size_t c = 0; c < n; ++c) perm[c] = static_cast<size_t>(jpvt[c] - 1);
      a.set(2, vectorForm ? indexVector(perm, true) : permutationMatrix(perm, n, false));
    }
  });
}

// cond(A): the 2-norm condition number max(s) / min(s); cond(A, p) for
// p = 1, Inf, "fro": norm(A, p) * norm(inv(A), p).
MCC_DEFINE_BUILTIN(cond) {
  a.arity(1, 2, 1);
  const mcc_array* x = a[0];
  requireFloatMatrix(x, a);
  bool two = a.nargin == 1 || (!a.isText(1) && a.scalar(1) == 2);
  if (!two) {
    if (x->numel == 0) return a.set(0, scalarResult(0));
    if (x->dims[0] != x->dims[1]) a.error("A is rectangular.  Use the 2 norm.");
    mcc_array* inverse = nullptr;
    mcc_array* const invIn[] = {const_cast<mcc_array*>(x)};
    mcc_bi_inv(1, &inverse, 1, invIn, a.site);
    Ref inv(inverse);
    mcc_array* na = nullptr;
    mcc_array* nb = nullptr;
    mcc_array* const normA[] = {const_cast<mcc_array*>(x), a.in[1]};
    mcc_bi_norm(1, &na, 2, normA, a.site);
    Ref left(na);
    mcc_array* const normB[] = {inv.get(), a.in[1]};
    mcc_bi_norm(1, &nb, 2, normB, a.site);
    Ref right(nb);
    return a.set(0, Ref(mcc_binary(MCC_OP_TIMES, left.get(), right.get(), a.site)));
  }
  a.set(0, visitKind(kindOf({x}), [&](auto type) {
          using T = typename decltype(type)::type;
          using R = Real<T>;
          if (x->numel == 0) return toArray(std::vector<R>{R(0)}, {1, 1});
          std::vector<R> s = svdOf(load<T>(x), false, false, a).s;
          R small = *std::min_element(s.begin(), s.end()), big = *std::max_element(s.begin(), s.end());
          R c = small == 0 ? std::numeric_limits<R>::infinity() : big / small;
          return toArray(std::vector<R>{c}, {1, 1});
        }));
}

// rcond(A): LAPACK's estimate of the reciprocal 1-norm condition number.
MCC_DEFINE_BUILTIN(rcond) {
  a.arity(1, 1, 1);
  const mcc_array* x = a[0];
  requireSquareMatrix(x, a);
  a.set(0, visitKind(kindOf({x}), [&](auto type) {
          using T = typename decltype(type)::type;
          using R = Real<T>;
          Matrix<T> A = load<T>(x);
          size_t n = A.rows;
          R rc = std::numeric_limits<R>::infinity();
          if (n) {
            R anorm = norm1(A);
            if (std::isnan(anorm)) {
              rc = std::numeric_limits<R>::quiet_NaN();
            } else if (std::isinf(anorm)) {
              rc = 0;
            } else {
              lapack_int ln = lapackSize(n, a.site);
              std::vector<lapack_int> ipiv(n);
              if (getrf<T>(ln, ln, A.data(), ipiv.data()) > 0)
                rc = 0;
              else
                gecon<T>(ln, A.data(), anorm, &rc);
            }
          }
          return toArray(std::vector<R>{rc}, {1, 1});
        }));
}
