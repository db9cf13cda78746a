// Rearranging elements: concatenation ([a, b], [a; b], cat) and transpose.
#include <algorithm>

#include "array/Aggregate.h"
#include "array/Sparse.h"
#include "gpu/Gpu.h"

using namespace mcc::rt;

namespace {

// MATLAB's class of a concatenation: char wins, then the leftmost integer
// class, then single; logical only when every part is logical.
uint32_t concatClass(size_t n, const mcc_array* const* parts) {
  bool anyChar = false, anySingle = false, allLogical = n > 0;
  uint32_t integer = MCC_CLASS_COLON;  // none yet
  for (size_t i = 0; i < n; ++i) {
    uint32_t c = parts[i]->class_id;
    anyChar = anyChar || c == MCC_CLASS_CHAR;
    anySingle = anySingle || c == MCC_CLASS_SINGLE;
    allLogical = allLogical && c == MCC_CLASS_LOGICAL;
    if (isIntegerClass(c) && integer == MCC_CLASS_COLON) integer = c;
  }
  if (anyChar) return MCC_CLASS_CHAR;
  if (integer != MCC_CLASS_COLON) return integer;
  if (anySingle) return MCC_CLASS_SINGLE;
  return allLogical ? MCC_CLASS_LOGICAL : MCC_CLASS_DOUBLE;
}

bool isZeroByZero(const mcc_array* a) { return a->ndims == 2 && a->dims[0] == 0 && a->dims[1] == 0; }
// 1x0 or 0x1: skipped when its other extent does not fit, as in MATLAB.
bool isEmptyVector(const Dims& d) { return d.size() == 2 && d[0] + d[1] == 1; }

Ref concatenate(size_t dim, size_t n, const mcc_array* const* parts, const mcc_site* site) {
  if (dim == 0) internalError("cat: dims count from 1");
  for (size_t i = 0; i < n; ++i)
    if (isPointerClass(checkedAny(parts[i])->class_id)) return aggregateConcat(dim, n, parts, site);
  for (size_t i = 0; i < n; ++i)
    if (isSparse(parts[i])) return sparseHooks().concat(dim, n, parts, site);
  for (size_t i = 0; i < n; ++i) checked(parts[i]);
  uint32_t cls = concatClass(n, parts);
  bool complex = std::any_of(parts, parts + n, [](const mcc_array* p) { return p->is_complex; });
  if (complex && !isFloatClass(cls)) notImplemented(std::string("Concatenating complex into ") + className(cls), site);

  // The parts that contribute, and the result's dims.
  const size_t d = dim - 1;
  std::vector<const mcc_array*> used;
  std::vector<Dims> usedDims;
  Dims result;
  for (size_t i = 0; i < n; ++i) {
    if (isZeroByZero(parts[i])) continue;
    Dims pd = dimsOf(parts[i]);
    if (used.empty()) {
      result = pd;
      result.resize(std::max(result.size(), d + 1), 1);
      used.push_back(parts[i]);
      usedDims.push_back(pd);
      continue;
    }
    size_t nd = std::max({result.size(), pd.size(), d + 1});
    Dims padded = pd;
    padded.resize(nd, 1);
    result.resize(nd, 1);
    bool fits = true;
    for (size_t k = 0; k < nd; ++k) fits = fits && (k == d || padded[k] == result[k]);
    if (!fits) {
      if (isEmptyVector(pd)) continue;
      if (used.size() == 1 && isEmptyVector(usedDims[0])) {
        used.clear();
        usedDims.clear();
        result = padded;
        used.push_back(parts[i]);
        usedDims.push_back(pd);
        continue;
      }
      fail("Dimensions of arrays being concatenated are not consistent.", site);
    }
    result[d] += padded[d];
    used.push_back(parts[i]);
    usedDims.push_back(pd);
  }
  if (used.empty()) return newArray(cls, complex, {0, 0}, true, site);
  // One part: itself ([x], the one row of [a, b]), converted if need be.
  if (used.size() == 1 && used[0]->class_id == cls && bool(used[0]->is_complex) == complex) return Ref::share(used[0]);

  Ref r = newArray(cls, complex, result, false, site);
  size_t esz = elementSize(r.get()), outer = 1;
  for (size_t k = d + 1; k < result.size(); ++k) outer *= result[k];
  std::vector<Ref> converted;
  std::vector<size_t> chunk;  // bytes of one part per outer step
  for (const mcc_array* p : used) {
    Ref c = castArray(p, cls, site);
    if (complex && !c->is_complex) c = toComplex(c.get());
    chunk.push_back(outer ? c->numel / outer * esz : 0);
    converted.push_back(std::move(c));
  }
  char* dst = static_cast<char*>(r->data);
  for (size_t o = 0; o < outer; ++o)
    for (size_t i = 0; i < converted.size(); ++i) {
      if (!chunk[i]) continue;
      std::memcpy(dst, static_cast<const char*>(converted[i]->data) + o * chunk[i], chunk[i]);
      dst += chunk[i];
    }
  return r;
}

Ref transposed(const mcc_array* a, bool conjugate, const mcc_site* site) {
  if (isPointerClass(checkedAny(a)->class_id)) {
    if (a->ndims > 2) fail("Transpose on ND array is not defined. Use PERMUTE instead.", site);
    return aggregateTranspose(a, site);
  }
  if (a->ndims > 2) fail("Transpose on ND array is not defined. Use PERMUTE instead.", site);
  const size_t m = a->dims[0], n = a->dims[1];
  Ref r = newArray(a->class_id, a->is_complex, {n, m}, false, site);
  visitElementBytes(elementSize(a), [&](auto t) {
    using E = typename decltype(t)::type;
    const E* src = dataOf<E>(a);
    E* dst = dataOf<E>(r.get());
    constexpr size_t block = 32;  // tiles that fit in L1 both ways
    for (size_t i0 = 0; i0 < m; i0 += block)
      for (size_t j0 = 0; j0 < n; j0 += block)
        for (size_t j = j0; j < std::min(j0 + block, n); ++j)
          for (size_t i = i0; i < std::min(i0 + block, m); ++i) dst[i * n + j] = src[j * m + i];
  });
  if (conjugate && a->is_complex) {
    visitClass(a->class_id, [&](auto tag) {
      using T = typename decltype(tag)::T;
      T* p = dataOf<T>(r.get());
      for (size_t i = 0; i < r->numel; ++i) p[2 * i + 1] = -p[2 * i + 1];
    });
  }
  return r;
}

}  // namespace

extern "C" {

mcc_array* mcc_cat(uint32_t dim, size_t nparts, const mcc_array* const* parts, const mcc_site* site) {
  return concatenate(dim, nparts, parts, site).release();
}

mcc_array* mcc_horzcat(size_t nparts, const mcc_array* const* parts, const mcc_site* site) {
  return concatenate(2, nparts, parts, site).release();
}

mcc_array* mcc_vertcat(size_t nparts, const mcc_array* const* parts, const mcc_site* site) {
  return concatenate(1, nparts, parts, site).release();
}

mcc_array* mcc_concat_append(uint32_t dim, mcc_array* x, size_t nparts, const mcc_array* const* parts,
                             const mcc_site* site) {
  Ref held(x);
  // In place: x unshared (and not a constant), a numeric, logical or char
  // matrix with rows (dim 2) or a column (dim 1) whose elements the parts
  // continue in memory: the same class and complexity, as many rows, or
  // columns; 0x0 parts are skipped, as concatenation skips them.
  bool inPlace = x->refcount == 1 && !(x->flags & MCC_ARRAY_STATIC) && isValueClass(x->class_id) && !isSparse(x) &&
                 x->ndims == 2 && (dim == 2 ? x->dims[0] > 0 : x->dims[1] == 1);
  size_t added = 0;
  for (size_t i = 0; i < nparts && inPlace; ++i) {
    const mcc_array* p = checkedAny(parts[i]);
    if (isValueClass(p->class_id) && !isSparse(p) && isZeroByZero(p)) continue;
    inPlace = p != x && p->class_id == x->class_id && p->is_complex == x->is_complex && !isSparse(p) && p->ndims == 2 &&
              (dim == 2 ? p->dims[0] == x->dims[0] : p->dims[1] == 1);
    added += p->numel;
  }
  if (!inPlace) {
    std::vector<const mcc_array*> all = {x};
    all.insert(all.end(), parts, parts + nparts);
    return concatenate(dim, all.size(), all.data(), site).release();
  }
  mcc::gpu::begin_host_write(x);
  size_t esz = elementSize(x), at = x->numel;
  reserveElements(x, x->numel + added, site);
  for (size_t i = 0; i < nparts; ++i) {
    const mcc_array* p = checked(parts[i]);
    if (p->numel == 0) continue;  // its data may be NULL
    std::memcpy(static_cast<char*>(x->data) + at * esz, p->data, p->numel * esz);
    at += p->numel;
  }
  Dims dims = dimsOf(x);
  dims[dim - 1] += dim == 2 ? added / dims[0] : added;  // dims[0] > 0 for dim 2 (inPlace)
  setShape(x, dims);
  return held.release();
}

mcc_array* mcc_transpose(const mcc_array* a, const mcc_site* site) {
  if (mcc_array* r = nullptr; objectOperator("transpose", a, nullptr, &r, site)) return r;
  if (isSparse(a)) return sparseHooks().transpose(a).release();
  return transposed(a, false, site).release();
}

mcc_array* mcc_ctranspose(const mcc_array* a, const mcc_site* site) {
  if (mcc_array* r = nullptr; objectOperator("ctranspose", a, nullptr, &r, site)) return r;
  if (isSparse(a)) return sparseHooks().transpose(a).release();
  return transposed(a, true, site).release();
}

}  // extern "C"
