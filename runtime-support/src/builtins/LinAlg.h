// The compute types and matrix helpers of the linear algebra builtins
// (LinAlg.cpp: the matrix operators, inv, det, norm, ...; Eigen.cpp: eig,
// svd, expm, the factorizations), and the matrix powers mpower takes from
// Eigen.cpp.
//
// An operation runs in one compute type T: double, float (an operand is
// single) or their std::complex (an operand is complex); logical, char and
// integer inputs compute as double. Operands are loaded as column-major
// Matrix<T> copies that LAPACK may overwrite; results go back through
// toArray, which narrows a complex result with zero imaginary parts to real.
#pragma once

#include <algorithm>
#include <complex>
#include <initializer_list>
#include <limits>
#include <type_traits>
#include <vector>

#define FORCE_OPENBLAS_COMPLEX_STRUCT
#include <cblas.h>

#define lapack_complex_float std::complex<float>
#define lapack_complex_double std::complex<double>
#include <lapacke.h>

#include "builtins/Builtin.h"

namespace mcc::rt {

// --- Compute types, operands and results -------------------------------------

// The compute type of an operation: float when an operand is single,
// complex when one is complex.
struct Kind {
  bool single = false;
  bool complex = false;
};
inline Kind kindOf(std::initializer_list<const mcc_array*> operands) {
  Kind k;
  for (const mcc_array* x : operands) {
    k.single |= x->class_id == MCC_CLASS_SINGLE;
    k.complex |= x->is_complex != 0;
  }
  return k;
}
// Calls f(std::type_identity<T>{}) for the compute type T of k.
template <class F> decltype(auto) visitKind(Kind k, F&& f) {
  if (k.single) return k.complex ? f(std::type_identity<std::complex<float>>{}) : f(std::type_identity<float>{});
  return k.complex ? f(std::type_identity<std::complex<double>>{}) : f(std::type_identity<double>{});
}

template <class T> using Real = typename RealOf<T>::type;
template <class T> Real<T> magnitude(T v) { return std::abs(v); }
template <class T> T conjugate(T v) {
  if constexpr (isComplexType<T>)
    return std::conj(v);
  else
    return v;
}
template <class T> bool isFiniteValue(T v) {
  if constexpr (isComplexType<T>)
    return std::isfinite(v.real()) && std::isfinite(v.imag());
  else
    return std::isfinite(v);
}
template <class T> bool isNanValue(T v) {
  if constexpr (isComplexType<T>)
    return std::isnan(v.real()) || std::isnan(v.imag());
  else
    return std::isnan(v);
}

// A 2-D operand as a column-major matrix of the compute type: a copy the
// LAPACK routines may overwrite.
template <class T> struct Matrix {
  size_t rows = 0, cols = 0;
  std::vector<T> v;
  T* data() { return v.data(); }
  const T* data() const { return v.data(); }
  T& at(size_t r, size_t c) { return v[c * rows + r]; }
  T at(size_t r, size_t c) const { return v[c * rows + r]; }
};
template <class T> Matrix<T> load(const mcc_array* a) {
  Matrix<T> m{a->dims[0], a->numel ? a->numel / a->dims[0] : extent(a, 1), {}};
  const T* p = loadAs<T>(a, m.v);
  if (p != m.v.data()) m.v.assign(p, p + a->numel);
  return m;
}
template <class T> Matrix<T> zeroMatrix(size_t rows, size_t cols) { return {rows, cols, std::vector<T>(rows * cols)}; }
// Upper (or lower) triangular: zero below (above) the diagonal.
template <class T> bool isTriangular(const Matrix<T>& m, bool upper) {
  for (size_t c = 0; c < m.cols; ++c)
    for (size_t r = upper ? c + 1 : 0; r < (upper ? m.rows : std::min(c, m.rows)); ++r)
      if (m.at(r, c) != T(0)) return false;
  return true;
}

// A result of the compute type: double or single, complex narrowed to real
// when every imaginary part is zero (as MATLAB does).
template <class T> Ref toArray(const std::vector<T>& v, const Dims& dims) {
  uint32_t cls = std::is_same_v<Real<T>, float> ? MCC_CLASS_SINGLE : MCC_CLASS_DOUBLE;
  Ref r = newArray(cls, isComplexType<T>, dims, false);
  if (!v.empty()) std::memcpy(r->data, v.data(), v.size() * sizeof(T));
  if constexpr (isComplexType<T>) return narrowComplex(std::move(r));
  return r;
}
template <class T> Ref toArray(const Matrix<T>& m) { return toArray(m.v, {m.rows, m.cols}); }
template <class T> Ref realScalar(Real<T> v) { return toArray(std::vector<Real<T>>{v}, {1, 1}); }

inline lapack_int lapackSize(size_t n, const mcc_site* site) {
  if (n > static_cast<size_t>(std::numeric_limits<lapack_int>::max()))
    notImplemented("Linear algebra on dimensions beyond 2^31", site);
  return static_cast<lapack_int>(n);
}

// c (m x n) = a (m x k) * b (k x n), all column-major; k > 0. GEMV for a
// matrix-vector product, GEMM otherwise.
template <class T> void gemm(blasint m, blasint n, blasint k, const T* a, const T* b, T* c) {
  if constexpr (std::is_same_v<T, double>) {
    if (n == 1) return cblas_dgemv(CblasColMajor, CblasNoTrans, m, k, 1.0, a, m, b, 1, 0.0, c, 1);
    if (m == 1) return cblas_dgemv(CblasColMajor, CblasTrans, k, n, 1.0, b, k, a, 1, 0.0, c, 1);
    cblas_dgemm(CblasColMajor, CblasNoTrans, CblasNoTrans, m, n, k, 1.0, a, m, b, k, 0.0, c, m);
  } else if constexpr (std::is_same_v<T, float>) {
    if (n == 1) return cblas_sgemv(CblasColMajor, CblasNoTrans, m, k, 1.0f, a, m, b, 1, 0.0f, c, 1);
    if (m == 1) return cblas_sgemv(CblasColMajor, CblasTrans, k, n, 1.0f, b, k, a, 1, 0.0f, c, 1);
    cblas_sgemm(CblasColMajor, CblasNoTrans, CblasNoTrans, m, n, k, 1.0f, a, m, b, k, 0.0f, c, m);
  } else {
    const T one(1), zero(0);
    constexpr bool isDouble = std::is_same_v<T, std::complex<double>>;
    auto gemv = isDouble ? cblas_zgemv : cblas_cgemv;
    if (n == 1) return gemv(CblasColMajor, CblasNoTrans, m, k, &one, a, m, b, 1, &zero, c, 1);
    // A row times a matrix: c.' = b.' * a.' (a plain transpose, no conjugate).
    if (m == 1) return gemv(CblasColMajor, CblasTrans, k, n, &one, b, k, a, 1, &zero, c, 1);
    (isDouble ? cblas_zgemm : cblas_cgemm)(CblasColMajor, CblasNoTrans, CblasNoTrans, m, n, k, &one, a, m, b, k, &zero,
                                           c, m);
  }
}

template <class T> Matrix<T> multiply(const Matrix<T>& x, const Matrix<T>& y) {
  Matrix<T> c = zeroMatrix<T>(x.rows, y.cols);
  if (x.rows && y.cols && x.cols)
    gemm<T>(static_cast<blasint>(x.rows), static_cast<blasint>(y.cols), static_cast<blasint>(x.cols), x.data(),
            y.data(), c.data());
  return c;
}

// A' (conjugate transpose).
template <class T> Matrix<T> adjoint(const Matrix<T>& m) {
  Matrix<T> t = zeroMatrix<T>(m.cols, m.rows);
  for (size_t c = 0; c < m.cols; ++c)
    for (size_t r = 0; r < m.rows; ++r) t.at(c, r) = conjugate(m.at(r, c));
  return t;
}

// --- Matrix powers (Eigen.cpp) ----------------------------------------------------

// s^A for a scalar s and a square matrix A (via eig, as MATLAB).
Ref scalarToMatrixPower(const mcc_array* s, const mcc_array* x, const Args& a);
// A^p for a square matrix A and a non-integer or complex scalar p (via eig).
Ref matrixToScalarPower(const mcc_array* x, const mcc_array* p, const Args& a);

}  // namespace mcc::rt
