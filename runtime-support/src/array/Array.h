// The runtime's internal C++ view of mcc_array (declared in mcc/runtime.h).
//
// Owning handles (Ref), the per-class element types and a dispatcher from a
// class id to them, allocation and reshaping of descriptors, and MATLAB's
// element conversions. Every operation in this directory is written against
// these; none touches the descriptor's fields by hand except through them.
//
// Invariants the code relies on: ndims >= 2 with no trailing singleton beyond
// the second; numel is the product of dims; data holds capacity >= numel
// elements (each 2 scalars when complex); complex only for double and single.
#pragma once

#include <cmath>
#include <complex>
#include <cstdint>
#include <cstring>
#include <limits>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#include "Error.h"
#include "mcc/runtime.h"

namespace mcc::rt {

using Dims = std::vector<size_t>;

// An owning reference to an array: releases it when it goes out of scope, so
// a failing operation (whose test hook throws) leaks nothing.
class Ref {
 public:
  Ref() = default;
  explicit Ref(mcc_array* adopted) : a_(adopted) {}
  Ref(const Ref&) = delete;
  Ref& operator=(const Ref&) = delete;
  Ref(Ref&& other) noexcept : a_(std::exchange(other.a_, nullptr)) {}
  Ref& operator=(Ref&& other) noexcept {
    if (this != &other) reset(std::exchange(other.a_, nullptr));
    return *this;
  }
  ~Ref() { mcc_array_release(a_); }

  // A new reference to an array someone else owns.
  static Ref share(const mcc_array* a) { return Ref(mcc_array_retain(const_cast<mcc_array*>(a))); }

  mcc_array* get() const { return a_; }
  mcc_array* operator->() const { return a_; }
  explicit operator bool() const { return a_ != nullptr; }
  // Hands the reference to the caller (the C API's return value).
  mcc_array* release() { return std::exchange(a_, nullptr); }
  void reset(mcc_array* adopted = nullptr) {
    mcc_array_release(a_);
    a_ = adopted;
  }

 private:
  mcc_array* a_ = nullptr;
};

// --- Classes ----------------------------------------------------------------

template <uint32_t C> struct ClassTraits;
template <> struct ClassTraits<MCC_CLASS_DOUBLE> { using T = double; };
template <> struct ClassTraits<MCC_CLASS_SINGLE> { using T = float; };
template <> struct ClassTraits<MCC_CLASS_INT8> { using T = int8_t; };
template <> struct ClassTraits<MCC_CLASS_UINT8> { using T = uint8_t; };
template <> struct ClassTraits<MCC_CLASS_INT16> { using T = int16_t; };
template <> struct ClassTraits<MCC_CLASS_UINT16> { using T = uint16_t; };
template <> struct ClassTraits<MCC_CLASS_INT32> { using T = int32_t; };
template <> struct ClassTraits<MCC_CLASS_UINT32> { using T = uint32_t; };
template <> struct ClassTraits<MCC_CLASS_INT64> { using T = int64_t; };
template <> struct ClassTraits<MCC_CLASS_UINT64> { using T = uint64_t; };
template <> struct ClassTraits<MCC_CLASS_LOGICAL> { using T = uint8_t; };
template <> struct ClassTraits<MCC_CLASS_CHAR> { using T = uint16_t; };

// A class as a type: `id` is the class, `T` its element (real part) type.
template <uint32_t C> struct ClassTag {
  static constexpr uint32_t id = C;
  using T = typename ClassTraits<C>::T;
};

constexpr bool isFloatClass(uint32_t c) { return c == MCC_CLASS_DOUBLE || c == MCC_CLASS_SINGLE; }
constexpr bool isIntegerClass(uint32_t c) { return c >= MCC_CLASS_INT8 && c <= MCC_CLASS_UINT64; }
constexpr bool isNumericClass(uint32_t c) { return c <= MCC_CLASS_UINT64; }
// The classes this runtime has arrays of: numeric, logical, char.
constexpr bool isValueClass(uint32_t c) { return c <= MCC_CLASS_CHAR; }
const char* className(uint32_t c);
// Bytes of one element's real part.
size_t scalarSize(uint32_t c);
// Bytes of one element of `a` (twice the scalar size when complex).
inline size_t elementSize(const mcc_array* a) { return scalarSize(a->class_id) * (a->is_complex ? 2 : 1); }

// MATLAB's error for a value of class c (a string, cell, struct...) where
// a builtin takes numeric, logical or char values only.
[[noreturn]] void unsupportedClass(uint32_t c);

// Calls f(ClassTag<C>{}) for the class id c (numeric, logical or char).
template <class F> decltype(auto) visitClass(uint32_t c, F&& f) {
  switch (c) {
    case MCC_CLASS_DOUBLE: return f(ClassTag<MCC_CLASS_DOUBLE>{});
    case MCC_CLASS_SINGLE: return f(ClassTag<MCC_CLASS_SINGLE>{});
    case MCC_CLASS_INT8: return f(ClassTag<MCC_CLASS_INT8>{});
    case MCC_CLASS_UINT8: return f(ClassTag<MCC_CLASS_UINT8>{});
    case MCC_CLASS_INT16: return f(ClassTag<MCC_CLASS_INT16>{});
    case MCC_CLASS_UINT16: return f(ClassTag<MCC_CLASS_UINT16>{});
    case MCC_CLASS_INT32: return f(ClassTag<MCC_CLASS_INT32>{});
    case MCC_CLASS_UINT32: return f(ClassTag<MCC_CLASS_UINT32>{});
    case MCC_CLASS_INT64: return f(ClassTag<MCC_CLASS_INT64>{});
    case MCC_CLASS_UINT64: return f(ClassTag<MCC_CLASS_UINT64>{});
    case MCC_CLASS_LOGICAL: return f(ClassTag<MCC_CLASS_LOGICAL>{});
    case MCC_CLASS_CHAR: return f(ClassTag<MCC_CLASS_CHAR>{});
    default: unsupportedClass(c);
  }
}

// An element moved as raw bytes, for operations that only rearrange
// elements (indexing, concatenation, transpose) and so need no class.
struct Bytes16 {
  uint64_t lo, hi;
};
template <class F> decltype(auto) visitElementBytes(size_t bytes, F&& f) {
  switch (bytes) {
    case 1: return f(std::type_identity<uint8_t>{});
    case 2: return f(std::type_identity<uint16_t>{});
    case 4: return f(std::type_identity<uint32_t>{});
    case 8: return f(std::type_identity<uint64_t>{});
    case 16: return f(std::type_identity<Bytes16>{});
    default: internalError("unexpected element size " + std::to_string(bytes));
  }
}

template <class T> struct IsComplex : std::false_type {};
template <class T> struct IsComplex<std::complex<T>> : std::true_type {};
template <class T> inline constexpr bool isComplexType = IsComplex<T>::value;
// The real type of a compute type: double for std::complex<double>.
template <class T> struct RealOf { using type = T; };
template <class T> struct RealOf<std::complex<T>> { using type = T; };

// --- Conversion of one value ---------------------------------------------

// A value converted to the element type of class D, as MATLAB converts:
// integer classes and char round half away from zero and saturate (NaN is
// 0); logical is `v != 0` (the caller rejects NaN first).
template <uint32_t D, class S> inline typename ClassTraits<D>::T convertValue(S v) {
  using T = typename ClassTraits<D>::T;
  if constexpr (D == MCC_CLASS_DOUBLE || D == MCC_CLASS_SINGLE) {
    return static_cast<T>(v);
  } else if constexpr (D == MCC_CLASS_LOGICAL) {
    return v != 0;
  } else if constexpr (std::is_floating_point_v<S>) {
    if (v != v) return 0;
    constexpr S lo = static_cast<S>(std::numeric_limits<T>::min());
    constexpr S hi = static_cast<S>(std::numeric_limits<T>::max());
    if (v <= lo) return std::numeric_limits<T>::min();
    if (v >= hi) return std::numeric_limits<T>::max();
    return static_cast<T>(std::round(v));
  } else {
    using W = __int128;
    W w = static_cast<W>(v);
    if (w < static_cast<W>(std::numeric_limits<T>::min())) return std::numeric_limits<T>::min();
    if (w > static_cast<W>(std::numeric_limits<T>::max())) return std::numeric_limits<T>::max();
    return static_cast<T>(v);
  }
}

// --- Descriptors ------------------------------------------------------------

// Pads to 2 dims with 1s and drops trailing singletons beyond the second.
Dims normalizeDims(Dims dims);
Dims dimsOf(const mcc_array* a);
// size(a, k) for k counted from 0; 1 beyond ndims.
inline size_t extent(const mcc_array* a, size_t k) { return k < a->ndims ? a->dims[k] : 1; }
// The product of dims; fails with MATLAB's size error on overflow.
size_t numelOf(const Dims& dims, const mcc_site* site = nullptr);
// "2-by-3", as MATLAB writes sizes in messages.
std::string sizeText(const Dims& dims);
inline bool isVectorShape(const mcc_array* a) { return a->ndims == 2 && (a->dims[0] == 1 || a->dims[1] == 1); }
// MATLAB's `[]`: a 0x0 real double.
inline bool isBracketEmpty(const mcc_array* a) {
  return a->class_id == MCC_CLASS_DOUBLE && !a->is_complex && a->ndims == 2 && a->dims[0] == 0 && a->dims[1] == 0;
}

// A new array with count 1, host resident; elements are zero unless
// `zero` is false (then the caller writes every one).
Ref newArray(uint32_t cls, bool complex, const Dims& dims, bool zero = true, const mcc_site* site = nullptr);
// A 1x1 value of an object class (function handle, MException, ...): its
// data is the object, not elements; the class's release code frees it.
Ref objectValue(uint32_t cls, void* object);
// Replaces a's dims (normalised) and numel; the data block is untouched.
void setShape(mcc_array* a, const Dims& dims);
// Makes the data block hold at least `elements` elements, keeping the
// contents; grows geometrically so that repeated growth is amortised O(1).
void reserveElements(mcc_array* a, size_t elements, const mcc_site* site);
// Checks an array argument of the C API: not NULL, a supported class, on the
// host. Returns it.
const mcc_array* checked(const mcc_array* a);
// The same, accepting every class of value too: cells, structs, strings,
// function handles, maps, exceptions, library objects (size queries, copies).
const mcc_array* checkedAny(const mcc_array* a);

template <class T> T* dataOf(const mcc_array* a) { return static_cast<T*>(a->data); }

// --- Conversion of arrays ---------------------------------------------------

// a converted to class `cls`, keeping complexity (a new reference to a
// itself when it already is of that class). Complex to a class other than
// double or single, and NaN to logical, are MATLAB errors.
Ref castArray(const mcc_array* a, uint32_t cls, const mcc_site* site);
// a as a complex array of its own (double or single) class.
Ref toComplex(const mcc_array* a);
// MATLAB's narrowing: a complex result whose imaginary parts are all zero
// becomes real.
Ref narrowComplex(Ref a);
// A logical (0/1) copy of a's truth values (nonzero; for complex, either
// part nonzero); NaN fails with MATLAB's message.
std::vector<uint8_t> truthValues(const mcc_array* a, const mcc_site* site);

// The elements of `a` as values of type C (double, float, long double or
// std::complex of double/float): a's own data when it already holds C,
// else a converted copy kept in `scratch`.
template <class C> const C* loadAs(const mcc_array* a, std::vector<C>& scratch) {
  if constexpr (std::is_same_v<C, double>) {
    if (a->class_id == MCC_CLASS_DOUBLE && !a->is_complex) return dataOf<double>(a);
  } else if constexpr (std::is_same_v<C, float>) {
    if (a->class_id == MCC_CLASS_SINGLE && !a->is_complex) return dataOf<float>(a);
  } else if constexpr (std::is_same_v<C, std::complex<double>>) {
    if (a->class_id == MCC_CLASS_DOUBLE && a->is_complex) return dataOf<C>(a);
  } else if constexpr (std::is_same_v<C, std::complex<float>>) {
    if (a->class_id == MCC_CLASS_SINGLE && a->is_complex) return dataOf<C>(a);
  }
  scratch.resize(a->numel);
  visitClass(a->class_id, [&](auto tag) {
    using T = typename decltype(tag)::T;
    const T* p = dataOf<T>(a);
    if constexpr (isComplexType<C>) {
      using R = typename C::value_type;
      if (a->is_complex)
        for (size_t i = 0; i < a->numel; ++i) scratch[i] = C(R(p[2 * i]), R(p[2 * i + 1]));
      else
        for (size_t i = 0; i < a->numel; ++i) scratch[i] = C(R(p[i]), R(0));
    } else {
      if (a->is_complex) internalError("loadAs: complex array as real values");
      for (size_t i = 0; i < a->numel; ++i) scratch[i] = static_cast<C>(p[i]);
    }
  });
  return scratch.data();
}

// Whether a comparison of a and b (relational operators, isequal) is made in
// single: one is single and the other single, double, logical or char.
// MATLAB converts the double operand to single first, as for arithmetic
// (single(0.1) == 0.1 is true); integers compare with singles exactly.
inline bool comparesInSingle(const mcc_array* a, const mcc_array* b) {
  auto floatLike = [](uint32_t c) {
    return c == MCC_CLASS_SINGLE || c == MCC_CLASS_DOUBLE || c == MCC_CLASS_LOGICAL || c == MCC_CLASS_CHAR;
  };
  return (a->class_id == MCC_CLASS_SINGLE || b->class_id == MCC_CLASS_SINGLE) && floatLike(a->class_id) &&
         floatLike(b->class_id);
}

// "not implemented yet" for a MATLAB feature this runtime does not have.
[[noreturn]] void notImplemented(const std::string& what, const mcc_site* site);

}  // namespace mcc::rt
