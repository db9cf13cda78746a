// Indexing: x(i) and x(i, j, ...) (mcc_subsref), and the resolution of index
// arguments that assignment and deletion share (Index.h).
#include "array/Index.h"
#include "array/Sparse.h"

#include "array/Aggregate.h"
#include "builtins/Maps.h"

#include <algorithm>
#include <cmath>

namespace mcc::rt {

namespace {

const char* const invalidIndexText = "Array indices must be positive integers or logical values.";

bool isColonIndex(const mcc_array* idx) {
  if (idx->class_id == MCC_CLASS_COLON) return true;
  // x(':') is x(:), as in MATLAB.
  return idx->class_id == MCC_CLASS_CHAR && idx->numel == 1 && dataOf<uint16_t>(idx)[0] == ':';
}

}  // namespace

bool contiguousIndex(const mcc_array* idx, size_t extent, size_t& first, size_t& count) {
  if (!idx) return false;
  if (isColonIndex(idx)) {
    first = 0;
    count = extent;
    return true;
  }
  if (idx->class_id != MCC_CLASS_DOUBLE || idx->is_complex || idx->numel == 0 || idx->ndims != 2 ||
      (idx->dims[0] != 1 && idx->dims[1] != 1) || !(idx->residency & MCC_RESIDENT_HOST))
    return false;
  const double* v = dataOf<double>(idx);
  if (!(v[0] >= 1) || v[0] != std::floor(v[0]) || v[0] + static_cast<double>(idx->numel) - 1 > static_cast<double>(extent))
    return false;
  for (size_t k = 1; k < idx->numel; ++k)
    if (v[k] != v[0] + static_cast<double>(k)) return false;
  first = static_cast<size_t>(v[0]) - 1;
  count = idx->numel;
  return true;
}

Dims findShape(const mcc_array* a, size_t n) {
  if (a->ndims == 2 && a->dims[0] == 0 && a->dims[1] == 0 && n == 0) return {0, 0};
  if (a->ndims == 2 && a->dims[0] == 1) return {1, n};
  return {n, 1};
}

IndexList resolveIndex(const mcc_array* idx, size_t position, size_t nidx, const mcc_site* site) {
  if (!idx) internalError("NULL index");
  IndexList r;
  if (isColonIndex(idx)) {
    r.colon = true;
    return r;
  }
  checked(idx);
  auto invalid = [&]() {
    if (nidx == 1) fail(invalidIndexText, site);
    fail("Index in position " + std::to_string(position) + " is invalid. " + invalidIndexText, site);
  };
  if (idx->is_complex) invalid();
  if (idx->class_id == MCC_CLASS_LOGICAL) {
    const uint8_t* mask = dataOf<uint8_t>(idx);
    for (size_t i = 0; i < idx->numel; ++i)
      if (mask[i]) r.pos.push_back(i);
    r.logical = true;
    r.needed = r.pos.empty() ? 0 : r.pos.back() + 1;
    r.shape = findShape(idx, r.pos.size());
    return r;
  }
  r.pos.resize(idx->numel);
  visitClass(idx->class_id, [&](auto tag) {
    using T = typename decltype(tag)::T;
    const T* v = dataOf<T>(idx);
    for (size_t i = 0; i < idx->numel; ++i) {
      if constexpr (std::is_floating_point_v<T>) {
        if (!(v[i] >= 1) || v[i] != std::floor(v[i])) invalid();
        // Past any possible extent; the caller's bounds check reports it.
        r.pos[i] = v[i] < 1e18 ? static_cast<size_t>(v[i]) - 1 : size_t(1e18);
      } else {
        if (v[i] < 1) invalid();
        r.pos[i] = static_cast<size_t>(v[i]) - 1;
      }
      r.needed = std::max(r.needed, r.pos[i] + 1);
    }
  });
  r.shape = dimsOf(idx);
  return r;
}

Dims foldDims(const Dims& dims, size_t nidx) {
  Dims out(nidx, 1);
  for (size_t k = 0; k < dims.size(); ++k) out[std::min(k, nidx - 1)] *= dims[k];
  return out;
}

Dims stridesOf(const Dims& dims) {
  Dims s(dims.size());
  size_t run = 1;
  for (size_t k = 0; k < dims.size(); ++k) {
    s[k] = run;
    run *= dims[k];
  }
  return s;
}

}  // namespace mcc::rt

using namespace mcc::rt;

namespace {

// The shape of x(I): I's shape, except that a vector indexed by a vector
// keeps its orientation (x(1:3) of a column is a column).
Dims linearResultShape(const mcc_array* x, const IndexList& index) {
  const Dims& s = index.shape;
  bool indexIsVector = s.size() == 2 && (s[0] == 1 || s[1] == 1);
  bool xIsScalar = x->numel == 1 && x->ndims == 2;
  if (indexIsVector && isVectorShape(x) && !xIsScalar) {
    size_t n = index.pos.size();
    return x->dims[0] == 1 ? Dims{1, n} : Dims{n, 1};
  }
  return s;
}

Ref linearIndex(const mcc_array* x, const mcc_array* idx, const mcc_site* site) {
  IndexList index = resolveIndex(idx, 1, 1, site);
  size_t esz = elementSize(x);
  if (index.colon) {
    Ref r = newArray(x->class_id, x->is_complex, {x->numel, 1}, false, site);
    if (x->numel) std::memcpy(r->data, x->data, x->numel * esz);
    return r;
  }
  if (index.needed > x->numel && index.logical)
    fail("The logical indices contain a true value outside of the array bounds.", site);
  if (index.needed > x->numel)
    fail("Index exceeds the number of array elements. Index must not exceed " + std::to_string(x->numel) + ".",
         site);
  Ref r = newArray(x->class_id, x->is_complex, linearResultShape(x, index), false, site);
  visitElementBytes(esz, [&](auto t) {
    using E = typename decltype(t)::type;
    const E* src = dataOf<E>(x);
    E* dst = dataOf<E>(r.get());
    for (size_t k = 0; k < index.pos.size(); ++k) dst[k] = src[index.pos[k]];
  });
  return r;
}

// x(i, j) of a matrix by contiguous in-range indices (contiguousIndex): a
// copy of each column's run, without index lists (a row x(i, :), a column,
// a block x(i, k:n)). Null where the general path must act.
Ref blockIndex(const mcc_array* x, size_t nidx, const mcc_array* const* idx, const mcc_site* site) {
  size_t r0, nr, c0, nc;
  if (nidx != 2 || x->ndims != 2 || !contiguousIndex(idx[0], x->dims[0], r0, nr) ||
      !contiguousIndex(idx[1], x->dims[1], c0, nc))
    return Ref();
  Ref r = newArray(x->class_id, x->is_complex, {nr, nc}, false, site);
  size_t esz = elementSize(x), rows = x->dims[0];
  const char* src = static_cast<const char*>(x->data);
  char* dst = static_cast<char*>(r->data);
  for (size_t c = 0; c < nc && nr; ++c) std::memcpy(dst + c * nr * esz, src + ((c0 + c) * rows + r0) * esz, nr * esz);
  return r;
}

Ref subscriptIndex(const mcc_array* x, size_t nidx, const mcc_array* const* idx, const mcc_site* site) {
  if (Ref block = blockIndex(x, nidx, idx, site)) return block;
  Dims folded = foldDims(dimsOf(x), nidx);
  std::vector<IndexList> index(nidx);
  Dims counts(nidx);
  for (size_t k = 0; k < nidx; ++k) {
    index[k] = resolveIndex(idx[k], k + 1, nidx, site);
    if (index[k].needed > folded[k] && index[k].logical)
      fail("The logical indices in position " + std::to_string(k + 1) +
               " contain a true value outside of the array bounds.",
           site);
    if (index[k].needed > folded[k])
      fail("Index in position " + std::to_string(k + 1) + " exceeds array bounds. Index must not exceed " +
               std::to_string(folded[k]) + ".",
           site);
    counts[k] = index[k].count(folded[k]);
  }
  Ref r = newArray(x->class_id, x->is_complex, counts, false, site);
  Dims strides = stridesOf(folded);
  visitElementBytes(elementSize(x), [&](auto t) {
    using E = typename decltype(t)::type;
    const E* src = dataOf<E>(x);
    E* dst = dataOf<E>(r.get());
    forEachSubscript(index, counts, strides, [&](size_t offset, size_t k) { dst[k] = src[offset]; });
  });
  return r;
}

}  // namespace

extern "C" {

mcc_array* mcc_subsref(const mcc_array* x, size_t nidx, const mcc_array* const* idx, const mcc_site* site) {
  if (x && x->class_id == MCC_CLASS_FUNCTION_HANDLE) {  // f(args) of a value not known to be a handle
    mcc_array* out = nullptr;
    mcc_call_handle(x, 1, &out, static_cast<uint32_t>(nidx), const_cast<mcc_array* const*>(idx), site);
    return out;
  }
  if (isMap(x)) return nidx == 0 ? mcc_array_retain(const_cast<mcc_array*>(x)) : mapSubsref(x, nidx, idx, site).release();
  if (isSparse(x)) return sparseHooks().subsref(x, nidx, idx, site).release();
  if (isPointerClass(checkedAny(x)->class_id)) return aggregateSubsref(x, nidx, idx, site).release();
  checked(x);
  if (nidx == 0) return mcc_array_retain(const_cast<mcc_array*>(x));
  Ref r = nidx == 1 ? linearIndex(x, idx[0], site) : subscriptIndex(x, nidx, idx, site);
  return narrowComplex(std::move(r)).release();
}

mcc_array* mcc_subsref_statement(const mcc_array* x, size_t nidx, const mcc_array* const* idx, const mcc_site* site) {
  if (x && x->class_id == MCC_CLASS_FUNCTION_HANDLE) {
    mcc_array* out = nullptr;
    mcc_call_handle(x, 0, &out, static_cast<uint32_t>(nidx), const_cast<mcc_array* const*>(idx), site);
    return out;
  }
  return mcc_subsref(x, nidx, idx, site);
}

}  // extern "C"
