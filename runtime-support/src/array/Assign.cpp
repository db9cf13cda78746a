// Indexed assignment x(i) = v, x(i, j, ...) = v and deletion x(...) = []
// (mcc_subsasgn).
//
// The array written is x itself whenever x is unshared and its storage
// suffices: `x(k) = v` is O(1), and growing a vector (or the last dim of any
// array) reserves capacity geometrically so `x(end+1) = v` is amortised O(1).
// Every check that can fail (index validity, sizes, value conversion) runs
// before x is touched.
#include <algorithm>

#include "array/Aggregate.h"
#include "array/Sparse.h"
#include "array/Index.h"
#include "builtins/Maps.h"
#include "gpu/Gpu.h"

using namespace mcc::rt;

namespace {

// True when an array of `from` dims can become `to` dims by appending
// elements: every dim below the last non-singleton one is unchanged.
bool appendsOnly(Dims from, Dims to) {
  size_t n = std::max(from.size(), to.size());
  from.resize(n, 1);
  to.resize(n, 1);
  size_t last = 0;
  for (size_t k = 0; k < n; ++k)
    if (from[k] != 1 || to[k] != 1) last = k;
  for (size_t k = 0; k < last; ++k)
    if (from[k] != to[k]) return false;
  return true;
}

// Copies the elements of `src` into the same subscripts of `dst`, whose
// dims are at least as large in every dim.
void copyBlock(const mcc_array* src, mcc_array* dst) {
  if (src->numel == 0) return;
  Dims from = dimsOf(src), to = dimsOf(dst);
  size_t n = std::max(from.size(), to.size());
  from.resize(n, 1);
  to.resize(n, 1);
  std::vector<IndexList> all(n);
  for (IndexList& l : all) l.colon = true;
  Dims strides = stridesOf(to);
  visitElementBytes(elementSize(src), [&](auto t) {
    using E = typename decltype(t)::type;
    const E* s = dataOf<E>(src);
    E* d = dataOf<E>(dst);
    forEachSubscript(all, from, strides, [&](size_t offset, size_t k) { d[offset] = s[k]; });
  });
}

// The array to write into: x as class `cls` (x has that class, or has no
// elements), complex if asked, with dims `dims` (grown with zeros), held
// only by the caller.
Ref prepareTarget(Ref x, uint32_t cls, bool complex, const Dims& dims, const mcc_site* site) {
  if (!x || x->class_id != cls) return newArray(cls, complex, dims, true, site);
  if (complex && !x->is_complex) x = toComplex(x.get());
  Dims old = dimsOf(x.get());
  if (normalizeDims(dims) == old) return Ref(mcc_array_unshare(x.release()));
  if (x->refcount == 1 && appendsOnly(old, dims)) {
    mcc::gpu::begin_host_write(x.get());
    size_t numel = numelOf(dims, site), esz = elementSize(x.get());
    reserveElements(x.get(), numel, site);
    std::memset(static_cast<char*>(x->data) + x->numel * esz, 0, (numel - x->numel) * esz);
    setShape(x.get(), dims);
    return x;
  }
  Ref r = newArray(cls, complex, dims, true, site);
  copyBlock(x.get(), r.get());
  return r;
}

// The value converted to the class and complexity of the target.
Ref convertValue(const mcc_array* v, uint32_t cls, bool complex, const mcc_site* site) {
  Ref r = castArray(v, cls, site);
  return complex && !r->is_complex ? toComplex(r.get()) : std::move(r);
}

// dst[offsets] = value elements in order, or the one value everywhere.
template <class Offsets> void scatter(mcc_array* dst, const mcc_array* value, Offsets&& forEachOffset) {
  visitElementBytes(elementSize(dst), [&](auto t) {
    using E = typename decltype(t)::type;
    E* d = dataOf<E>(dst);
    const E* s = dataOf<E>(value);
    if (value->numel == 1) {
      const E one = s[0];
      forEachOffset([&](size_t offset, size_t) { d[offset] = one; });
    } else {
      forEachOffset([&](size_t offset, size_t k) { d[offset] = s[k]; });
    }
  });
}

Ref assignLinear(Ref x, const mcc_array* v, const mcc_array* idx, uint32_t cls, bool complex,
                 const mcc_site* site) {
  IndexList index = resolveIndex(idx, 1, 1, site);
  size_t numel = x ? x->numel : 0;
  size_t count = index.count(numel);
  if (v->numel != 1 && v->numel != count)
    fail("Unable to perform assignment because the left and right sides have a different number of elements.",
         site);
  Dims dims = x ? dimsOf(x.get()) : Dims{0, 0};
  if (index.needed > numel) {
    // A row (or 0xN, or nothing yet) grows columns, a column grows rows.
    if (dims.size() == 2 && dims[0] <= 1)
      dims = {1, index.needed};
    else if (dims.size() == 2 && dims[1] == 1)
      dims = {index.needed, 1};
    else
      fail("Attempt to grow array along ambiguous dimension.", site);
  }
  Ref value = convertValue(v, cls, complex, site);
  Ref t = prepareTarget(std::move(x), cls, complex, dims, site);
  scatter(t.get(), value.get(), [&](auto&& f) {
    for (size_t k = 0; k < count; ++k) f(index.at(k), k);
  });
  return t;
}

Dims nonSingleton(const Dims& dims) {
  Dims out;
  for (size_t d : dims)
    if (d != 1) out.push_back(d);
  return out;
}

Ref assignSubscripts(Ref x, const mcc_array* v, size_t nidx, const mcc_array* const* idx, uint32_t cls,
                     bool complex, const mcc_site* site) {
  Dims dims = x ? dimsOf(x.get()) : Dims{0, 0};
  Dims folded = foldDims(dims, nidx);
  std::vector<IndexList> index(nidx);
  for (size_t k = 0; k < nidx; ++k) index[k] = resolveIndex(idx[k], k + 1, nidx, site);

  // The block's extents. Into an array with no extent at all, a colon takes
  // the value's next non-singleton extent: A = []; A(:, 1) = [1; 2; 3] makes
  // a 3x1 column.
  bool noExtent = std::all_of(dims.begin(), dims.end(), [](size_t d) { return d == 0; });
  Dims fromValue = nonSingleton(dimsOf(v));
  size_t nextFromValue = 0;
  Dims counts(nidx);
  for (size_t k = 0; k < nidx; ++k) {
    if (index[k].colon && noExtent) {
      counts[k] = nextFromValue < fromValue.size() ? fromValue[nextFromValue++] : 1;
    } else {
      counts[k] = index[k].count(folded[k]);
      if (counts[k] != 1) ++nextFromValue;
    }
  }
  if (v->numel != 1 && nonSingleton(counts) != fromValue)
    fail("Unable to perform assignment because the size of the left side is " + sizeText(counts) +
             " and the size of the right side is " + sizeText(dimsOf(v)) + ".",
         site);

  // Growth: each dim to its largest index; the last subscript may not grow
  // an array whose remaining dims it folds together.
  Dims needed(nidx);
  bool grows = false;
  for (size_t k = 0; k < nidx; ++k) {
    needed[k] = index[k].colon ? std::max(folded[k], counts[k]) : std::max(folded[k], index[k].needed);
    grows = grows || needed[k] > folded[k];
  }
  Dims newDims = dims;
  if (grows) {
    if (nidx < dims.size() && needed[nidx - 1] > folded[nidx - 1])
      fail("Attempt to grow array along ambiguous dimension.", site);
    if (nidx >= dims.size()) {
      newDims = needed;
    } else {
      for (size_t k = 0; k + 1 < nidx; ++k) newDims[k] = needed[k];
    }
  }

  Ref value = convertValue(v, cls, complex, site);
  Ref t = prepareTarget(std::move(x), cls, complex, newDims, site);
  Dims strides = stridesOf(foldDims(dimsOf(t.get()), nidx));
  scatter(t.get(), value.get(), [&](auto&& f) { forEachSubscript(index, counts, strides, f); });
  return t;
}

// x(i, j) = v into a matrix by contiguous in-range indices (contiguousIndex)
// of a v of x's class and complexity, one element or the block's shape (a
// vector for a block of one row or column): each column's run copied, in
// place where x is unshared, without index lists. Takes x's reference
// where it acts; null (x untouched) where the general path must.
Ref assignBlock(Ref& x, const mcc_array* v, size_t nidx, const mcc_array* const* idx) {
  size_t r0, nr, c0, nc;
  if (nidx != 2 || !x || x->ndims != 2 || x->class_id != v->class_id || x->is_complex != v->is_complex ||
      !contiguousIndex(idx[0], x->dims[0], r0, nr) || !contiguousIndex(idx[1], x->dims[1], c0, nc))
    return Ref();
  bool vector = v->ndims == 2 && (v->dims[0] == 1 || v->dims[1] == 1);
  bool fits = v->numel == 1 || (v->ndims == 2 && v->dims[0] == nr && v->dims[1] == nc) ||
              ((nr == 1 || nc == 1) && vector && v->numel == nr * nc);
  if (!fits || !nr || !nc) return Ref();
  Ref t(mcc_array_unshare(x.release()));
  size_t esz = elementSize(t.get()), rows = t->dims[0];
  char* dst = static_cast<char*>(t->data);
  const char* src = static_cast<const char*>(v->data);
  for (size_t c = 0; c < nc; ++c) {
    char* run = dst + ((c0 + c) * rows + r0) * esz;
    if (v->numel != 1) {
      std::memmove(run, src + c * nr * esz, nr * esz);  // (v may be x itself)
      continue;
    }
    for (size_t r = 0; r < nr; ++r) std::memcpy(run + r * esz, src, esz);
  }
  return t;
}

// --- Deletion ---------------------------------------------------------------

// Keeps the slices k of x (viewed as before x keep.size() x after) where
// keep[k], in order; the result has dims `dims`. In place when x is unshared.
Ref compact(Ref x, const std::vector<uint8_t>& keep, size_t before, size_t after, const Dims& dims) {
  size_t len = keep.size(), slice = before * elementSize(x.get());
  bool inPlace = x->refcount == 1;
  Ref fresh;
  if (inPlace) mcc::gpu::begin_host_write(x.get());
  else fresh = newArray(x->class_id, x->is_complex, dims, false);
  const char* src = static_cast<const char*>(x->data);
  char* dst = static_cast<char*>(inPlace ? x->data : fresh->data);
  size_t written = 0;
  for (size_t a = 0; a < after; ++a) {
    for (size_t k = 0; k < len;) {  // one memmove per run of kept slices
      if (!keep[k]) {
        ++k;
        continue;
      }
      size_t start = k;
      while (k < len && keep[k]) ++k;
      size_t bytes = (k - start) * slice;
      const char* from = src + (a * len + start) * slice;
      if (dst + written != from) std::memmove(dst + written, from, bytes);
      written += bytes;
    }
  }
  if (!inPlace) return fresh;
  setShape(x.get(), dims);
  return x;
}

std::vector<uint8_t> keepMask(size_t extent, const IndexList& index, const mcc_site* site) {
  if (index.needed > extent) fail("Matrix index is out of range for deletion.", site);
  std::vector<uint8_t> keep(extent, 1);
  for (size_t p : index.pos) keep[p] = 0;
  return keep;
}

size_t countKept(const std::vector<uint8_t>& keep) { return std::count(keep.begin(), keep.end(), 1); }

Ref deleteElements(Ref x, size_t nidx, const mcc_array* const* idx, const mcc_site* site) {
  if (!x) x = Ref(mcc_array_empty());
  Dims dims = dimsOf(x.get());
  if (nidx == 1) {
    IndexList index = resolveIndex(idx[0], 1, 1, site);
    if (index.colon) return newArray(x->class_id, x->is_complex, {0, 0});
    // A column stays a column; anything else becomes a row, even when
    // nothing is deleted (MATLAB since R2016a; see tests/conformance/README.md).
    bool column = dims.size() == 2 && dims[1] == 1 && dims[0] != 1;
    bool vector = dims.size() == 2 && (dims[0] == 1 || dims[1] == 1);
    if (index.pos.empty() && (vector || x->numel == 0)) return x;
    std::vector<uint8_t> keep = keepMask(x->numel, index, site);
    size_t kept = countKept(keep);
    return compact(std::move(x), keep, 1, 1, column ? Dims{kept, 1} : Dims{1, kept});
  }
  Dims folded = foldDims(dims, nidx);
  std::vector<IndexList> index(nidx);
  std::vector<size_t> sliced;  // the positions that are not a colon
  bool emptySlice = false;
  for (size_t k = 0; k < nidx; ++k) {
    index[k] = resolveIndex(idx[k], k + 1, nidx, site);
    if (!index[k].colon) sliced.push_back(k);
    emptySlice = emptySlice || index[k].count(folded[k]) == 0;
  }
  if (sliced.empty()) {  // A(:, :) = [] leaves 0 rows
    folded[0] = 0;
    return newArray(x->class_id, x->is_complex, folded);
  }
  if (sliced.size() > 1) {
    if (emptySlice) return x;  // deletes nothing
    fail("A null assignment can have only one non-colon index.", site);
  }
  size_t j = sliced[0];
  if (index[j].pos.empty()) return x;
  std::vector<uint8_t> keep = keepMask(folded[j], index[j], site);
  size_t before = 1, after = 1;
  for (size_t k = 0; k < j; ++k) before *= folded[k];
  for (size_t k = j + 1; k < nidx; ++k) after *= folded[k];
  folded[j] = countKept(keep);
  return compact(std::move(x), keep, before, after, folded);
}

}  // namespace

extern "C" {

mcc_array* mcc_subsasgn(mcc_array* x, const mcc_array* value, size_t nidx, const mcc_array* const* idx,
                        const mcc_site* site) {
  Ref target(x);
  if (isMap(target.get())) {  // a handle: changes itself
    mapSubsasgn(target.get(), value, nidx, idx, site);
    return target.release();
  }
  if (isSparse(target.get())) return sparseHooks().subsasgn(std::move(target), value, nidx, idx, site).release();
  Ref fullValue;  // a sparse value assigned into a full array is full
  if (value && isSparse(value)) {
    fullValue = sparseHooks().full(value, site);
    value = fullValue.get();
  }
  // Function handles and MExceptions are scalar objects: x(k) = @f makes
  // no array of them (only x(1) = @f of a variable not yet defined), and
  // they convert to no other class.
  auto isObject = [](const mcc_array* a) {
    return a->class_id == MCC_CLASS_FUNCTION_HANDLE || a->class_id == MCC_CLASS_MEXCEPTION;
  };
  if ((target && isObject(target.get())) || (value && isObject(value))) {
    bool fresh = !target || isBracketEmpty(target.get());
    if (!fresh && (!isObject(target.get()) || value->class_id != target->class_id))
      fail("Conversion to " + std::string(className(target->class_id)) + " from " + className(value->class_id) +
               " is not possible.",
           site);
    for (size_t k = 0; k < nidx; ++k) {
      IndexList list = resolveIndex(idx[k], k + 1, nidx, site);
      if (list.colon || list.pos.size() != 1 || list.pos[0] != 0)
        fail("Nonscalar arrays of function handles are not allowed; use cell arrays instead.", site);
    }
    return mcc_array_retain(const_cast<mcc_array*>(value));
  }
  if ((target && isPointerClass(checkedAny(target.get())->class_id)) || isPointerClass(checkedAny(value)->class_id))
    return aggregateSubsasgn(std::move(target), value, nidx, idx, false, site).release();
  if (target) checked(target.get());
  checked(value);
  if (nidx == 0) return mcc_array_retain(const_cast<mcc_array*>(value));  // x() = v
  if (isBracketEmpty(value)) return deleteElements(std::move(target), nidx, idx, site).release();
  // x keeps its class; a variable not yet defined, or [], takes the value's.
  bool typeless = !target || isBracketEmpty(target.get());
  uint32_t cls = typeless ? value->class_id : target->class_id;
  bool complex = (target && target->is_complex) || value->is_complex;
  if (Ref block = assignBlock(target, value, nidx, idx)) return block.release();
  Ref r = nidx == 1 ? assignLinear(std::move(target), value, idx[0], cls, complex, site)
                    : assignSubscripts(std::move(target), value, nidx, idx, cls, complex, site);
  return r.release();
}

}  // extern "C"
