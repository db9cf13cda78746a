// The array descriptor: allocation, reference counting, copy-on-write,
// queries, and MATLAB's class conversions (double(x), int8(x), logical(x)...).
#include "array/Array.h"

#include "builtins/Handles.h"
#include "array/Aggregate.h"
#include "CStructs.h"
#include "builtins/Maps.h"
#include "array/Sparse.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>

#include "gpu/Gpu.h"

namespace mcc::rt {

// Descriptors allocated and not yet freed (static ones excluded): the leak
// check of mcc_finish.
size_t liveArrays = 0;

const SparseHooks* installedSparseHooks = nullptr;

const char* className(uint32_t c) {
  static const char* const names[] = {"double", "single", "int8",    "uint8",  "int16",           "uint16",
                                      "int32",  "uint32", "int64",   "uint64", "logical",         "char",
                                      "cell",   "struct", "function_handle", "string", "MException", "lib.pointer",
                                      "containers.Map", "double"};
  return c <= MCC_CLASS_SPARSE ? names[c] : "unsupported";
}

void unsupportedClass(uint32_t c) {
  if (c > MCC_CLASS_SPARSE) internalError("unsupported array class " + std::to_string(c));
  fail(std::string("Invalid data type. Values of class ") + className(c) + " are not supported here.", nullptr);
}

size_t scalarSize(uint32_t c) {
  if (isPointerClass(c)) return sizeof(mcc_array*);
  return visitClass(c, [](auto tag) { return sizeof(typename decltype(tag)::T); });
}

Dims normalizeDims(Dims dims) {
  while (dims.size() < 2) dims.push_back(1);
  while (dims.size() > 2 && dims.back() == 1) dims.pop_back();
  return dims;
}

Dims dimsOf(const mcc_array* a) { return Dims(a->dims, a->dims + a->ndims); }

size_t numelOf(const Dims& dims, const mcc_site* site) {
  size_t n = 1;
  for (size_t d : dims)
    if (__builtin_mul_overflow(n, d, &n)) fail("Maximum variable size allowed by the program is exceeded.", site);
  return n;
}

std::string sizeText(const Dims& dims) {
  std::string s;
  for (size_t k = 0; k < dims.size(); ++k) s += (k ? "-by-" : "") + std::to_string(dims[k]);
  return s;
}

void setShape(mcc_array* a, const Dims& dims) {
  // normalizeDims without a copy: at least 2 dims, no trailing 1s beyond.
  size_t n = dims.size();
  while (n > 2 && dims[n - 1] == 1) --n;
  size_t ndims = n < 2 ? 2 : n;
  if (a->dims != a->inline_dims) std::free(a->dims);
  a->dims = a->inline_dims;
  if (ndims > MCC_ARRAY_INLINE_DIMS) {
    a->dims = static_cast<size_t*>(std::malloc(ndims * sizeof(size_t)));
    if (!a->dims) internalError("out of memory for dims");
  }
  size_t numel = 1;
  for (size_t k = 0; k < ndims; ++k) {
    a->dims[k] = k < n ? dims[k] : 1;
    numel *= a->dims[k];
  }
  a->ndims = static_cast<uint32_t>(ndims);
  a->numel = numel;
}

namespace {

// Small arrays keep their elements in the descriptor's own block (scalars
// are most of a program's temporaries), and freed blocks are kept for reuse:
// a scalar costs no malloc.
constexpr size_t kInlineBytes = 16;  // one complex double
constexpr size_t kBlockBytes = sizeof(mcc_array) + kInlineBytes;
constexpr size_t kSpareBlocks = 64;
void* spareBlocks[kSpareBlocks];
size_t spareCount = 0;

void* inlineData(mcc_array* a) { return reinterpret_cast<char*>(a) + sizeof(mcc_array); }

mcc_array* allocateDescriptor() {
  void* block = spareCount ? spareBlocks[--spareCount] : std::malloc(kBlockBytes);
  if (block) std::memset(block, 0, sizeof(mcc_array));
  return static_cast<mcc_array*>(block);
}

void freeDescriptor(mcc_array* a) {
  if (a->class_id == MCC_CLASS_FUNCTION_HANDLE) releaseHandleData(a);
  releaseContents(a);
  if (a->class_id == MCC_CLASS_MEXCEPTION) releaseExceptionData(a);
  if (a->class_id == MCC_CLASS_LIBOBJECT) releaseLibObject(a);
  if (a->class_id == MCC_CLASS_MAP) releaseMap(a);
  if (a->class_id == MCC_CLASS_SPARSE) sparseHooks().release(a);
  if (a->device) gpu::release_device(a);
  if (a->data != inlineData(a)) std::free(a->data);
  if (a->dims != a->inline_dims) std::free(a->dims);
  if (spareCount < kSpareBlocks) spareBlocks[spareCount++] = a;
  else std::free(a);
}

}  // namespace

Ref newArray(uint32_t cls, bool complex, const Dims& dims, bool zero, const mcc_site* site) {
  if (!isValueClass(cls) && !isPointerClass(cls)) internalError("cannot create an array of class " + std::to_string(cls));
  if (complex && !isFloatClass(cls)) internalError(std::string("complex arrays of class ") + className(cls));
  size_t numel = numelOf(dims, site);
  auto* a = allocateDescriptor();
  if (!a) fail("Out of memory.", site);
  ++liveArrays;
  a->refcount = 1;
  a->class_id = cls;
  a->is_complex = complex;
  a->residency = MCC_RESIDENT_HOST;
  a->dims = a->inline_dims;
  Ref r(a);
  setShape(a, dims);
  if (numel) {
    size_t bytes;
    if (__builtin_mul_overflow(numel, elementSize(a), &bytes))
      fail("Maximum variable size allowed by the program is exceeded.", site);
    if (bytes <= kInlineBytes) {
      a->data = inlineData(a);
      if (zero) std::memset(a->data, 0, bytes);
      a->capacity = kInlineBytes / elementSize(a);
    } else {
      a->data = zero ? std::calloc(numel, elementSize(a)) : std::malloc(bytes);
      if (!a->data) fail("Out of memory.", site);
      a->capacity = numel;
    }
  }
  return r;
}

Ref objectValue(uint32_t cls, void* object) {
  Ref v = newArray(MCC_CLASS_DOUBLE, false, {1, 1}, false);
  v->class_id = cls;
  v->data = object;
  v->capacity = 0;
  return v;
}

void reserveElements(mcc_array* a, size_t elements, const mcc_site* site) {
  if (elements <= a->capacity) return;
  size_t capacity = std::max(elements, a->capacity * 2);
  size_t bytes;
  if (__builtin_mul_overflow(capacity, elementSize(a), &bytes))
    fail("Maximum variable size allowed by the program is exceeded.", site);
  void* data;
  if (a->data == inlineData(a)) {  // leaving the descriptor's block
    data = std::malloc(bytes);
    if (data && a->numel) std::memcpy(data, a->data, a->numel * elementSize(a));
  } else {
    data = std::realloc(a->data, bytes);
  }
  if (!data) fail("Out of memory.", site);
  a->data = data;
  a->capacity = capacity;
}

const mcc_array* checkedAny(const mcc_array* a) {
  if (!a) internalError("NULL array");
  if (a->class_id == MCC_CLASS_COLON) internalError("the colon marker used as a value");
  if (!isValueClass(a->class_id) && !isPointerClass(a->class_id) && a->class_id != MCC_CLASS_MAP &&
      a->class_id != MCC_CLASS_SPARSE && a->class_id != MCC_CLASS_FUNCTION_HANDLE &&
      a->class_id != MCC_CLASS_MEXCEPTION && a->class_id != MCC_CLASS_LIBOBJECT)
    internalError(std::string("arrays of class ") + std::to_string(a->class_id));
  // A host operation on an array a GPU kernel left on the device fetches it
  // (once: the host copy is current afterwards).
  if (!(a->residency & MCC_RESIDENT_HOST)) mcc::gpu::ensure_host(const_cast<mcc_array*>(a));
  return a;
}

const mcc_array* checked(const mcc_array* a) {
  checkedAny(a);
  // Cells and structs reach operations defined on numbers only through
  // dynamically typed code: MATLAB's error, not a crash.
  if (isPointerClass(a->class_id) || a->class_id == MCC_CLASS_MAP) {
    const BuiltinScope* b = BuiltinScope::current();
    std::string_view name = b ? b->name : "";
    // Internal helpers of generated code end in '_' and have no MATLAB name.
    // (sum and mean check their input's class first: MATLAB:sum:wrongInput)
    if (name == "sum" || name == "mean") fail("Invalid data type. First argument must be numeric or logical.", nullptr);
    std::string function = !name.empty() && name.back() != '_' ? " '" + std::string(name) + "'" : "";
    fail("Undefined function" + function + " for input arguments of type '" + className(a->class_id) + "'.", nullptr);
  }
  // Sparse storage is no element array: only the operations of Sparse.h read it.
  if (a->class_id == MCC_CLASS_SPARSE) fail("This operation on a sparse matrix is not implemented yet in mcc.", nullptr);
  return a;
}

void notImplemented(const std::string& what, const mcc_site* site) {
  fail(what + " is not implemented yet in mcc.", site);
}

// --- Conversion of arrays ---------------------------------------------------

Ref castArray(const mcc_array* a, uint32_t cls, const mcc_site* site) {
  checked(a);
  if (a->class_id == cls) return Ref::share(a);
  if (a->is_complex && cls == MCC_CLASS_LOGICAL) fail("Complex values cannot be converted to logicals.", site);
  if (a->is_complex && !isFloatClass(cls)) notImplemented(std::string("Complex ") + className(cls), site);
  Ref r = newArray(cls, a->is_complex, dimsOf(a), false, site);
  size_t n = a->numel * (a->is_complex ? 2 : 1);
  visitClass(a->class_id, [&](auto from) {
    using S = typename decltype(from)::T;
    const S* src = dataOf<S>(a);
    visitClass(cls, [&](auto to) {
      constexpr uint32_t D = decltype(to)::id;
      using T = typename decltype(to)::T;
      T* dst = dataOf<T>(r.get());
      if constexpr (D == MCC_CLASS_LOGICAL && std::is_floating_point_v<S>)
        for (size_t i = 0; i < n; ++i)
          if (src[i] != src[i]) fail("NaN's cannot be converted to logicals.", site);
      for (size_t i = 0; i < n; ++i) dst[i] = convertValue<D>(src[i]);
    });
  });
  return r;
}

Ref toComplex(const mcc_array* a) {
  if (a->is_complex) return Ref::share(a);
  Ref r = newArray(a->class_id, true, dimsOf(a), false);
  visitClass(a->class_id, [&](auto tag) {
    using T = typename decltype(tag)::T;
    if constexpr (std::is_floating_point_v<T>) {
      const T* src = dataOf<T>(a);
      T* dst = dataOf<T>(r.get());
      for (size_t i = 0; i < a->numel; ++i) {
        dst[2 * i] = src[i];
        dst[2 * i + 1] = 0;
      }
    } else {
      internalError("toComplex of a non-float class");
    }
  });
  return r;
}

Ref narrowComplex(Ref a) {
  if (!a->is_complex) return a;
  return visitClass(a->class_id, [&](auto tag) -> Ref {
    using T = typename decltype(tag)::T;
    if constexpr (std::is_floating_point_v<T>) {
      T* p = dataOf<T>(a.get());
      for (size_t i = 0; i < a->numel; ++i)
        if (p[2 * i + 1] != 0) return std::move(a);
      if (a->refcount == 1) {  // ours alone: compact in place
        mcc::gpu::begin_host_write(a.get());
        for (size_t i = 0; i < a->numel; ++i) p[i] = p[2 * i];
        a->is_complex = 0;
        a->capacity *= 2;
        return std::move(a);
      }
      Ref r = newArray(a->class_id, false, dimsOf(a.get()), false);
      for (size_t i = 0; i < a->numel; ++i) dataOf<T>(r.get())[i] = p[2 * i];
      return r;
    } else {
      return std::move(a);
    }
  });
}

std::vector<uint8_t> truthValues(const mcc_array* a, const mcc_site* site) {
  std::vector<uint8_t> out(a->numel);
  visitClass(a->class_id, [&](auto tag) {
    using T = typename decltype(tag)::T;
    const T* p = dataOf<T>(a);
    if constexpr (std::is_floating_point_v<T>) {
      size_t stride = a->is_complex ? 2 : 1;
      for (size_t i = 0; i < a->numel; ++i) {
        T re = p[stride * i], im = a->is_complex ? p[stride * i + 1] : T(0);
        if (re != re || im != im) fail("NaN's cannot be converted to logicals.", site);
        out[i] = re != 0 || im != 0;
      }
    } else {
      for (size_t i = 0; i < a->numel; ++i) out[i] = p[i] != 0;
    }
  });
  return out;
}

}  // namespace mcc::rt

using namespace mcc::rt;

namespace {

Ref scalarOf(uint32_t cls, bool complex) { return newArray(cls, complex, {1, 1}, false); }

// Appends the UTF-16 code unit(s) of a code point; beyond the BMP MATLAB
// stores a surrogate pair, as we do.
void appendCodePoint(std::vector<uint16_t>& out, uint32_t cp) {
  if (cp < 0x10000) {
    out.push_back(static_cast<uint16_t>(cp));
  } else {
    cp -= 0x10000;
    out.push_back(static_cast<uint16_t>(0xD800 + (cp >> 10)));
    out.push_back(static_cast<uint16_t>(0xDC00 + (cp & 0x3FF)));
  }
}

std::vector<uint16_t> decodeUtf8(const unsigned char* s, size_t n) {
  std::vector<uint16_t> out;
  out.reserve(n);
  for (size_t i = 0; i < n;) {
    unsigned char b = s[i];
    size_t len = b < 0x80 ? 1 : (b >> 5) == 6 ? 2 : (b >> 4) == 14 ? 3 : (b >> 3) == 30 ? 4 : 0;
    uint32_t cp = len == 1 ? b : len == 2 ? (b & 0x1F) : len == 3 ? (b & 0x0F) : (b & 0x07);
    bool valid = len != 0 && i + len <= n;
    for (size_t k = 1; valid && k < len; ++k) {
      valid = (s[i + k] & 0xC0) == 0x80;
      cp = (cp << 6) | (s[i + k] & 0x3F);
    }
    // Overlong forms, surrogates and values past U+10FFFF are not UTF-8.
    static const uint32_t least[] = {0, 0, 0x80, 0x800, 0x10000};
    valid = valid && cp >= least[len] && cp <= 0x10FFFF && !(cp >= 0xD800 && cp <= 0xDFFF);
    if (!valid) {
      out.push_back(b);
      ++i;
      continue;
    }
    appendCodePoint(out, cp);
    i += len;
  }
  return out;
}

mcc_array colonMarker = {1, MCC_CLASS_COLON, 0, MCC_RESIDENT_HOST, MCC_ARRAY_STATIC, 2, 0, colonMarker.inline_dims,
                         1, nullptr, 0, nullptr, {1, 1, 0, 0}};

}  // namespace

extern "C" {

size_t mcc_array_live_count(void) { return liveArrays; }

mcc_array* mcc_array_create(uint32_t class_id, uint32_t ndims, const size_t* dims) {
  return newArray(class_id, false, Dims(dims, dims + ndims)).release();
}

mcc_array* mcc_array_create_complex(uint32_t class_id, uint32_t ndims, const size_t* dims) {
  return newArray(class_id, true, Dims(dims, dims + ndims)).release();
}

mcc_array* mcc_array_from_scalar(double value) {
  Ref r = scalarOf(MCC_CLASS_DOUBLE, false);
  dataOf<double>(r.get())[0] = value;
  return r.release();
}

mcc_array* mcc_array_from_complex(double re, double im) {
  Ref r = scalarOf(MCC_CLASS_DOUBLE, true);
  dataOf<double>(r.get())[0] = re;
  dataOf<double>(r.get())[1] = im;
  return r.release();
}

mcc_array* mcc_array_from_bool(int value) {
  Ref r = scalarOf(MCC_CLASS_LOGICAL, false);
  dataOf<uint8_t>(r.get())[0] = value != 0;
  return r.release();
}

mcc_array* mcc_array_from_string(const char* text, size_t length) {
  std::vector<uint16_t> chars = decodeUtf8(reinterpret_cast<const unsigned char*>(text), length);
  Ref r = newArray(MCC_CLASS_CHAR, false, {chars.empty() ? size_t(0) : size_t(1), chars.size()}, false);
  if (!chars.empty()) std::memcpy(r->data, chars.data(), chars.size() * sizeof(uint16_t));
  return r.release();
}

mcc_array* mcc_array_empty(void) { return newArray(MCC_CLASS_DOUBLE, false, {0, 0}).release(); }

mcc_array* mcc_colon(void) { return &colonMarker; }

mcc_array* mcc_array_retain(mcc_array* a) {
  if (!a) internalError("retain of NULL");
  if (!(a->flags & MCC_ARRAY_STATIC)) ++a->refcount;
  // A second owner (a cell, a struct field, another variable) may read the
  // elements without the runtime's checks: fetch an array a GPU kernel left
  // on the device first.
  if (!(a->residency & MCC_RESIDENT_HOST)) mcc::gpu::ensure_host(a);
  return a;
}

void mcc_array_release(mcc_array* a) {
  if (!a || (a->flags & MCC_ARRAY_STATIC)) return;
  if (a->refcount == 0) internalError("release of a freed array");
  if (--a->refcount) return;
  if (isHandleObject(a) && destroyHandleObject(a)) return;  // its delete method kept a reference
  freeDescriptor(a);
  --liveArrays;
}

mcc_array* mcc_array_make_static(mcc_array* a) {
  if (!a) internalError("NULL array");
  if (a->flags & MCC_ARRAY_STATIC) return a;  // the colon marker
  --liveArrays;  // lives as long as the program
  a->flags |= MCC_ARRAY_STATIC;
  // A string constant's texts live as long (they are its own).
  if (a->class_id == MCC_CLASS_STRING)
    for (size_t k = 0; k < a->numel; ++k)
      if (mcc_array* e = static_cast<mcc_array**>(a->data)[k]; e && e->refcount == 1) mcc_array_make_static(e);
  return a;
}

mcc_array* mcc_array_unshare(mcc_array* a) {
  if (a && (isLibObject(a) || isMap(a) || isHandleObject(a))) return a;  // a handle: every copy is the object itself
  checkedAny(a);  // the host copy is current from here
  bool isStatic = a->flags & MCC_ARRAY_STATIC;
  if (isSparse(a) && (a->refcount != 1 || isStatic)) {
    Ref copy = sparseHooks().copy(a);
    if (!isStatic) --a->refcount;
    return copy.release();
  }
  // The caller writes `data` when it keeps `a`: a device copy goes stale.
  if (a->refcount == 1 && !isStatic) {
    mcc::gpu::begin_host_write(a);
    return a;
  }
  Ref copy = newArray(a->class_id, a->is_complex, dimsOf(a), false);
  if (a->numel) std::memcpy(copy->data, a->data, a->numel * elementSize(a));
  copy->fields = a->fields;
  retainContents(copy.get());
  if (!isStatic) --a->refcount;  // the caller's reference moves to the copy; others remain
  return copy.release();
}

size_t mcc_array_numel(const mcc_array* a) { return checkedAny(a)->numel; }

uint32_t mcc_array_ndims(const mcc_array* a) { return checkedAny(a)->ndims; }

size_t mcc_array_size(const mcc_array* a, uint32_t dim) {
  if (dim == 0) internalError("mcc_array_size: dims count from 1");
  return extent(checkedAny(a), dim - 1);
}

size_t mcc_array_end(const mcc_array* a, uint32_t position, uint32_t count) {
  checkedAny(a);
  if (position == 0 || position > count) internalError("mcc_array_end: bad index position");
  if (position < count) return extent(a, position - 1);
  size_t n = 1;
  for (size_t k = position - 1; k < a->ndims; ++k) n *= a->dims[k];
  return n;
}

double mcc_array_to_double(const mcc_array* a, const mcc_site* site) {
  checked(a);
  if (a->numel != 1) fail("Expected a scalar value, but the value is " + sizeText(dimsOf(a)) + ".", site);
  return visitClass(a->class_id, [&](auto tag) { return static_cast<double>(dataOf<typename decltype(tag)::T>(a)[0]); });
}

mcc_array* mcc_array_cast(const mcc_array* a, uint32_t class_id, const mcc_site* site) {
  if (!isValueClass(class_id)) internalError("mcc_array_cast to class " + std::to_string(class_id));
  return castArray(a, class_id, site).release();
}

}  // extern "C"
