// Index lists shared by indexing (Index.cpp) and indexed assignment and
// deletion (Assign.cpp).
//
// An index argument is a numeric array of positive integers, a logical mask,
// or the colon marker; resolveIndex turns it into 0-based positions and
// checks MATLAB's rules for valid indices. Bounds are the caller's: reading
// fails past the end, assignment grows, deletion fails.
#pragma once

#include "array/Array.h"

namespace mcc::rt {

struct IndexList {
  bool colon = false;        // `:`, every position of the dim
  bool logical = false;      // from a logical mask
  std::vector<size_t> pos;   // 0-based positions, when not a colon
  size_t needed = 0;         // the extent the positions need (largest + 1)
  Dims shape;                // the index's shape as an array (a mask's is find's)

  size_t count(size_t extent) const { return colon ? extent : pos.size(); }
  size_t at(size_t k) const { return colon ? k : pos[k]; }
};

// find's shape for n hits in array a: a row for a row vector, 0x0 for a 0x0
// array with no hits, else a column.
Dims findShape(const mcc_array* a, size_t n);

// Resolves index number `position` (from 1) of `nidx`; the numbers choose
// MATLAB's message for an invalid index.
IndexList resolveIndex(const mcc_array* idx, size_t position, size_t nidx, const mcc_site* site);
// Whether index `idx` along an extent names a run of it: ':' (all of it),
// or a real double vector of consecutive whole numbers within 1..extent (a
// scalar k, k:m); if so its first position (from 0) and count. A cheap
// test that lets x(i, :), x(i, k:n) and their assignments skip index lists.
bool contiguousIndex(const mcc_array* idx, size_t extent, size_t& first, size_t& count);

// The dims of x seen through nidx subscripts: the first nidx-1 dims, then
// the product of the rest (and 1s where nidx exceeds ndims).
Dims foldDims(const Dims& dims, size_t nidx);

// Column-major strides of dims.
Dims stridesOf(const Dims& dims);

// Calls f(offset, k) for the k-th element of the block that the index lists
// select in an array of `strides`, in column-major order of the block.
template <class F> void forEachSubscript(const std::vector<IndexList>& idx, const Dims& counts, const Dims& strides,
                                         F&& f) {
  size_t n = 1;
  for (size_t c : counts) n *= c;
  if (n == 0) return;
  size_t nd = idx.size();
  Dims at(nd, 0);
  // The offset of the current tuple without the first index's term.
  size_t base = 0;
  for (size_t k = 1; k < nd; ++k) base += idx[k].at(0) * strides[k];
  const IndexList& first = idx[0];
  size_t inner = counts[0];
  for (size_t done = 0; done < n; done += inner) {
    if (first.colon)
      for (size_t i = 0; i < inner; ++i) f(base + i, done + i);
    else
      for (size_t i = 0; i < inner; ++i) f(base + first.pos[i] * strides[0], done + i);
    for (size_t k = 1; k < nd; ++k) {
      base -= idx[k].at(at[k]) * strides[k];
      if (++at[k] < counts[k]) {
        base += idx[k].at(at[k]) * strides[k];
        break;
      }
      at[k] = 0;
      base += idx[k].at(0) * strides[k];
    }
  }
}

}  // namespace mcc::rt
