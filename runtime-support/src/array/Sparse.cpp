// Sparse matrices: the storage behind the descriptor, conversions, indexing,
// indexed assignment and display; see Sparse.h.
#include "array/Sparse.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

#include "array/Index.h"
#include "format/Display.h"

namespace mcc::rt {

const Csc& cscOf(const mcc_array* a) {
  if (!isSparse(a) || !a->data) internalError("not a sparse array");
  return *static_cast<const Csc*>(a->data);
}

Ref sparseArray(Csc c, const mcc_site* site) {
  if (c.colptr.size() != c.n + 1) internalError("sparse storage without its column pointers");
  Dims dims{c.m, c.n};
  numelOf(dims, site);  // m * n must be a size (MATLAB's "Maximum variable size" error)
  Ref r = newArray(MCC_CLASS_DOUBLE, false, {0, 0}, false, site);
  r->class_id = MCC_CLASS_SPARSE;
  setShape(r.get(), dims);
  r->data = new Csc(std::move(c));
  r->capacity = 0;
  return r;
}

void releaseSparse(mcc_array* a) {
  delete static_cast<Csc*>(a->data);
  a->data = nullptr;
}

Ref copySparse(const mcc_array* a) { return sparseArray(cscOf(a), nullptr); }

Csc toCsc(const mcc_array* a, const char* what, const mcc_site* site) {
  if (isSparse(a)) return cscOf(a);
  checked(a);
  if (a->ndims != 2) fail(std::string("N-dimensional input to ") + what + " is not supported.", site);
  if (a->is_complex) fail(std::string("A complex sparse matrix (") + what + ") is not implemented yet in mcc.", site);
  if (!isNumericClass(a->class_id) && a->class_id != MCC_CLASS_LOGICAL && a->class_id != MCC_CLASS_CHAR)
    fail(std::string("Undefined function '") + what + "' for input arguments of type '" + className(a->class_id) + "'.",
         site);
  Csc c;
  c.m = a->dims[0];
  c.n = a->dims[1];
  c.logical = a->class_id == MCC_CLASS_LOGICAL;
  c.colptr.assign(c.n + 1, 0);
  visitClass(a->class_id, [&](auto tag) {
    using T = typename decltype(tag)::T;
    const T* p = dataOf<const T>(a);
    for (size_t j = 0; j < c.n; ++j) {
      for (size_t i = 0; i < c.m; ++i) {
        double v = static_cast<double>(p[j * c.m + i]);
        if (v != 0) {
          c.rowidx.push_back(i);
          c.values.push_back(v);
        }
      }
      c.colptr[j + 1] = c.rowidx.size();
    }
  });
  return c;
}

Ref fullOf(const Csc& c, const mcc_site* site) {
  Ref r = newArray(c.logical ? MCC_CLASS_LOGICAL : MCC_CLASS_DOUBLE, false, {c.m, c.n}, true, site);
  for (size_t j = 0; j < c.n; ++j)
    for (size_t k = c.colptr[j]; k < c.colptr[j + 1]; ++k) {
      if (c.logical) dataOf<uint8_t>(r.get())[j * c.m + c.rowidx[k]] = 1;
      else dataOf<double>(r.get())[j * c.m + c.rowidx[k]] = c.values[k];
    }
  return r;
}

// --- Indexing ---------------------------------------------------------------

namespace {

// A 1x1 subscript (not a colon): S(i, j) of such subscripts is full.
bool isScalarIndex(const mcc_array* idx) { return idx != mcc_colon() && idx->numel == 1; }

// The value of S(i, j) (0-based), by binary search in column j.
double elementAt(const Csc& c, size_t i, size_t j) {
  auto first = c.rowidx.begin() + static_cast<long>(c.colptr[j]);
  auto last = c.rowidx.begin() + static_cast<long>(c.colptr[j + 1]);
  auto it = std::lower_bound(first, last, i);
  return it != last && *it == i ? c.values[static_cast<size_t>(it - c.rowidx.begin())] : 0.0;
}

void checkBound(const IndexList& idx, size_t extent, size_t position, const mcc_site* site) {
  if (!idx.colon && idx.needed > extent)
    fail("Index in position " + std::to_string(position) + " exceeds array bounds. Index must not exceed " +
             std::to_string(extent) + ".",
         site);
}

}  // namespace

Ref sparseSubsref(const mcc_array* x, size_t nidx, const mcc_array* const* idx, const mcc_site* site) {
  const Csc& c = cscOf(x);
  bool allScalar = true;
  for (size_t k = 0; k < nidx; ++k) allScalar &= isScalarIndex(idx[k]);
  if (nidx == 1) {
    // S(k) of a scalar k: the full value (mcc's deviation, as SparseRules.h says).
    if (!allScalar) notImplemented("Linear indexing of a sparse matrix other than S(k)", site);
    IndexList k = resolveIndex(idx[0], 1, 1, site);
    if (k.needed > x->numel)
      fail("Index exceeds the number of array elements. Index must not exceed " + std::to_string(x->numel) + ".", site);
    if (k.pos.empty()) return fullOf(Csc{0, 0, {0}, {}, {}, c.logical}, site);  // S(false)
    size_t p = k.pos[0];
    double v = elementAt(c, p % c.m, p / c.m);
    return c.logical ? Ref(mcc_array_from_bool(v != 0)) : Ref(mcc_array_from_scalar(v));
  }
  if (nidx != 2) notImplemented("Indexing a sparse matrix with more than two subscripts", site);
  IndexList rows = resolveIndex(idx[0], 1, 2, site), cols = resolveIndex(idx[1], 2, 2, site);
  checkBound(rows, c.m, 1, site);
  checkBound(cols, c.n, 2, site);
  if (allScalar && rows.pos.size() == 1 && cols.pos.size() == 1) {  // S(i, j): a binary search in column j
    double v = elementAt(c, rows.pos[0], cols.pos[0]);
    return c.logical ? Ref(mcc_array_from_bool(v != 0)) : Ref(mcc_array_from_scalar(v));
  }
  // S(I, J): the rows I as a map from a row of S to the result's rows.
  Csc r;
  r.m = rows.count(c.m);
  r.n = cols.count(c.n);
  r.logical = c.logical;
  r.colptr.assign(r.n + 1, 0);
  std::vector<std::vector<size_t>> rowsOf;  // row of S -> rows of the result
  if (!rows.colon) {
    rowsOf.resize(c.m);
    for (size_t k = 0; k < rows.pos.size(); ++k) rowsOf[rows.pos[k]].push_back(k);
  }
  std::vector<std::pair<size_t, double>> column;
  for (size_t jj = 0; jj < r.n; ++jj) {
    size_t j = cols.at(jj);
    column.clear();
    for (size_t k = c.colptr[j]; k < c.colptr[j + 1]; ++k) {
      if (rows.colon) column.push_back({c.rowidx[k], c.values[k]});
      else
        for (size_t target : rowsOf[c.rowidx[k]]) column.push_back({target, c.values[k]});
    }
    if (!rows.colon) std::sort(column.begin(), column.end());
    for (auto& [i, v] : column) {
      r.rowidx.push_back(i);
      r.values.push_back(v);
    }
    r.colptr[jj + 1] = r.rowidx.size();
  }
  // 1x1 subscripts give a full value (S(2, true) as S(2, 2)), as inference assumes.
  if (allScalar) return fullOf(r, site);
  return sparseArray(std::move(r), site);
}

// S(I, J) = X: the block I x J of S takes X (a scalar fills it; a full or
// sparse X of the block's size); indices past the end grow S. Each column
// is rebuilt: its rows outside I kept, the rows of I from X (the last
// occurrence of a repeated index wins, as MATLAB's assignment does).
Ref sparseSubsasgn(Ref x, const mcc_array* value, size_t nidx, const mcc_array* const* idx, const mcc_site* site) {
  if (nidx != 2) notImplemented("Assignment to a sparse matrix other than S(I, J) = X", site);
  if (!isSparse(value)) {
    checked(value);
    if (value->is_complex) notImplemented("Assigning complex values into a sparse matrix", site);
    if (value->ndims != 2) notImplemented("Assigning an N-d array into a sparse matrix", site);
  }
  IndexList rows = resolveIndex(idx[0], 1, 2, site), cols = resolveIndex(idx[1], 2, 2, site);
  const Csc& old = cscOf(x.get());
  size_t nr = rows.count(old.m), nc = cols.count(old.n);
  bool scalar = value->numel == 1;
  if (!scalar && (value->dims[0] * value->dims[1] != nr * nc ||
                  !((value->dims[0] == nr && value->dims[1] == nc) || nr == 1 || nc == 1)))
    fail("Unable to perform assignment because the size of the left side is " + std::to_string(nr) + "-by-" +
             std::to_string(nc) + " and the size of the right side is " + sizeText(dimsOf(value)) + ".",
         site);
  Csc v = scalar ? Csc{} : toCsc(value, "subsasgn", site);
  double fill = scalar ? (isSparse(value) ? (cscOf(value).nnz() ? cscOf(value).values[0] : 0.0)
                                          : mcc_array_to_double(value, site))
                       : 0.0;
  // The value's (row, col) for block position (a, b): X is nr x nc, or a vector of nr * nc.
  std::vector<std::vector<std::pair<size_t, double>>> valueCols;
  if (!scalar) {
    valueCols.resize(nc);
    for (size_t j = 0; j < v.n; ++j)
      for (size_t p = v.colptr[j]; p < v.colptr[j + 1]; ++p) {
        size_t linear = j * v.m + v.rowidx[p];
        valueCols[linear / nr].push_back({linear % nr, v.values[p]});
      }
  }
  size_t m = std::max(old.m, rows.colon ? 0 : rows.needed), n = std::max(old.n, cols.colon ? 0 : cols.needed);
  const size_t none = static_cast<size_t>(-1);
  std::vector<size_t> blockRow(m, none), blockCol(n, none);  // a row (column) of S -> its last place in I (J)
  for (size_t a = 0; a < nr; ++a) blockRow[rows.at(a)] = a;
  for (size_t b = 0; b < nc; ++b) blockCol[cols.at(b)] = b;
  Csc r{m, n, {0}, {}, {}, old.logical};  // the target keeps its class
  std::vector<std::pair<size_t, double>> column;
  std::vector<double> dense(nr);
  for (size_t j = 0; j < n; ++j) {
    column.clear();
    if (j < old.n)
      for (size_t p = old.colptr[j]; p < old.colptr[j + 1]; ++p)
        if (blockCol[j] == none || blockRow[old.rowidx[p]] == none) column.push_back({old.rowidx[p], old.values[p]});
    if (blockCol[j] != none) {
      size_t b = blockCol[j];
      std::fill(dense.begin(), dense.end(), fill);
      if (!scalar)
        for (auto [a, val] : valueCols[b]) dense[a] = val;
      for (size_t i = 0; i < m; ++i)
        if (blockRow[i] != none && dense[blockRow[i]] != 0) column.push_back({i, dense[blockRow[i]]});
      std::sort(column.begin(), column.end());
    }
    for (auto [i, val] : column) {
      r.rowidx.push_back(i);
      r.values.push_back(r.logical && val != 0 ? 1.0 : val);
    }
    r.colptr.push_back(r.rowidx.size());
  }
  return sparseArray(std::move(r), site);
}

// --- Display ------------------------------------------------------------------

// MATLAB's display of a sparse matrix: one line per nonzero in column
// order, "(row,col)" right-aligned to the widest, then the value as the
// column of the nonzeros displays (with its common scale factor line);
// an all-zero matrix is "All zero sparse: mxn". (MATLAB's documented
// format; Octave's differs, see tests/conformance/programs/sparse_display.m.)
void sparseDisplay(std::string_view name, const mcc_array* a) {
  const Csc& c = cscOf(a);
  bool loose = programDisplayOptions().spacing == DisplayOptions::Loose;
  std::string out;
  if (!name.empty()) out = std::string(name) + " =\n" + (loose ? "\n" : "");
  if (c.nnz() == 0) {
    out += "   All zero sparse: " + std::to_string(c.m) + "x" + std::to_string(c.n) + "\n";
  } else {
    std::vector<std::string> where;
    size_t width = 0;
    for (size_t j = 0; j < c.n; ++j)
      for (size_t k = c.colptr[j]; k < c.colptr[j + 1]; ++k) {
        where.push_back("(" + std::to_string(c.rowidx[k] + 1) + "," + std::to_string(j + 1) + ")");
        width = std::max(width, where.back().size());
      }
    std::string column = disp(RealMatrix{c.values.data(), c.nnz(), 1, c.logical});
    // The column's lines: a scale factor line and a blank one come first when it has them.
    std::vector<std::string> lines;
    for (size_t from = 0; from < column.size();) {
      size_t end = column.find('\n', from);
      if (end == std::string::npos) end = column.size();
      lines.push_back(column.substr(from, end - from));
      from = end + 1;
    }
    while (!lines.empty() && lines.back().empty()) lines.pop_back();
    if (lines.size() < c.nnz()) internalError("the display of a sparse matrix's values has too few lines");
    size_t head = lines.size() > c.nnz() ? lines.size() - c.nnz() : 0;
    for (size_t k = 0; k < head; ++k) out += lines[k] + "\n";
    for (size_t k = 0; k < c.nnz(); ++k)
      out += "   " + std::string(width - where[k].size(), ' ') + where[k] + "   " + lines[head + k] + "\n";
  }
  if (!name.empty() && loose) out += "\n";
  std::fwrite(out.data(), 1, out.size(), stdout);
}

}  // namespace mcc::rt
