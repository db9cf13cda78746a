// Builtins of missing.def: missing data in numeric arrays (NaN in double
// and single; integer, logical and char arrays have none). fillmissing
// fills along a dim with a constant, the previous or next value, or linear
// interpolation; rmmissing removes the elements of a vector, or the rows
// (columns) of a matrix, that hold missing values. MATLAB functions with no
// Octave 7 counterpart. Tests: conformance builtin_missing_matlab (MATLAB's
// documentation).
#include <algorithm>
#include <cmath>
#include <vector>

#include "builtins/Builtin.h"
#include "builtins/Layout.h"
#include "builtins/Util.h"

using namespace mcc::rt;

namespace {

bool isMissing(double v) { return v != v; }

void checkData(const Args& a, const char* fname) {
  const mcc_array* x = a[0];
  if (!isValueClass(x->class_id)) notImplemented(std::string(fname) + " of this class", a.site);
  if (x->is_complex) notImplemented(std::string(fname) + " of complex values", a.site);
}

// One filled vector: the fill method applied to v in place; filled[k]
// marks what changed.
enum class Fill { Constant, Previous, Next, Nearest, Linear };

void fillVector(std::vector<double>& v, Fill method, double constant, bool extrapolate, std::vector<bool>& filled) {
  size_t n = v.size();
  std::vector<size_t> known;
  for (size_t k = 0; k < n; ++k)
    if (!isMissing(v[k])) known.push_back(k);
  std::vector<double> out(v);
  for (size_t k = 0; k < n; ++k) {
    if (!isMissing(v[k])) continue;
    // The known neighbours: the last before k and the first after it.
    auto after = std::upper_bound(known.begin(), known.end(), k);
    bool hasNext = after != known.end(), hasPrev = after != known.begin();
    size_t next = hasNext ? *after : 0, prev = hasPrev ? *(after - 1) : 0;
    double value = NAN;
    switch (method) {
      case Fill::Constant: value = constant; break;
      case Fill::Previous:
        if (hasPrev) value = v[prev];
        break;
      case Fill::Next:
        if (hasNext) value = v[next];
        break;
      case Fill::Nearest:
        if (hasPrev && (!hasNext || k - prev < next - k)) value = v[prev];
        else if (hasNext) value = v[next];
        break;
      case Fill::Linear: {
        if (known.size() < 2) break;
        size_t i0, i1;
        if (hasPrev && hasNext) {
          i0 = prev;
          i1 = next;
        } else if (!extrapolate) {
          break;
        } else if (hasNext) {  // before the first known value
          i0 = known[0];
          i1 = known[1];
        } else {
          i0 = known[known.size() - 2];
          i1 = known.back();
        }
        double t = (double(k) - double(i0)) / (double(i1) - double(i0));
        value = v[i0] + t * (v[i1] - v[i0]);
        break;
      }
    }
    if (!isMissing(value)) {
      out[k] = value;
      filled[k] = true;
    }
  }
  v = out;
}

// The dim of an optional numeric argument at k, else the default.
size_t dimArg(const Args& a, uint32_t k) {
  double d = a.scalar(k);
  if (!(d >= 1) || d != std::floor(d)) a.error(dimText);
  return size_t(d);
}

}  // namespace

// [F, TF] = fillmissing(A, method), fillmissing(A, 'constant', v),
// fillmissing(..., dim), fillmissing(..., 'EndValues', e) with e 'extrap'
// (the default), 'none' or a scalar. 'linear' interpolates between the
// known neighbours and, at the ends, extends the line through the first
// (last) two known values; 'previous' and 'next' leave the ends they
// cannot reach missing; 'constant' takes a scalar or one value per vector.
MCC_DEFINE_BUILTIN(fillmissing) {
  a.arity(2, 6, 2);
  checkData(a, "fillmissing");
  const mcc_array* x = a[0];
  if (!a.isText(1)) a.error("Second argument must be a fill method.");
  std::string m = option(a, 1);
  Fill method;
  if (m == "constant") method = Fill::Constant;
  else if (m == "previous") method = Fill::Previous;
  else if (m == "next") method = Fill::Next;
  else if (m == "nearest") method = Fill::Nearest;
  else if (m == "linear") method = Fill::Linear;
  else if (m == "spline" || m == "pchip" || m == "makima" || m == "movmean" || m == "movmedian" || m == "knn")
    notImplemented("fillmissing with '" + m + "'", a.site);
  else
    a.error("Invalid fill method. Method must be 'constant', 'previous', 'next', 'nearest', 'linear', 'spline', "
            "'pchip', 'makima', 'movmean', 'movmedian', or 'knn'.");
  uint32_t k = 2;
  std::vector<double> constants;
  if (method == Fill::Constant) {
    if (a.nargin < 3) a.error("Fill value must be specified for the 'constant' method.");
    constants = numbers(a[2], a, "Fill value must be real.");
    k = 3;
  }
  size_t dim = defaultDim(x);
  bool extrapolate = true;
  double endValue = NAN;
  bool endConstant = false;
  for (; k < a.nargin; ++k) {
    if (!a.isText(k)) {
      dim = dimArg(a, k);
      continue;
    }
    std::string o = option(a, k);
    if (o != "endvalues" || k + 1 >= a.nargin) a.error("Invalid option '" + a.text(k) + "'.");
    ++k;
    if (a.isText(k)) {
      std::string e = option(a, k);
      if (e == "none") extrapolate = false;
      else if (e != "extrap") notImplemented("fillmissing with 'EndValues' '" + e + "'", a.site);
    } else {
      endValue = a.scalar(k);
      endConstant = true;
    }
  }
  Slices s = slicesAlong(x, dim);
  if (!isFloatClass(x->class_id)) {
    // Integer, logical and char arrays hold no missing values.
    a.set(0, Ref(mcc_array_retain(const_cast<mcc_array*>(x))));
    a.set(1, Ref(newArray(MCC_CLASS_LOGICAL, false, dimsOf(x), true, a.site)));
    return;
  }
  if (method == Fill::Constant && constants.size() != 1 && constants.size() != s.before * s.after)
    a.error("Fill value must be a scalar or a vector with one value per vector of the data.");
  std::vector<double> values = realValues(x);
  std::vector<bool> mask(x->numel, false);
  std::vector<double> vec(s.len);
  std::vector<bool> filled(s.len);
  for (size_t o = 0; o < s.after; ++o)
    for (size_t i = 0; i < s.before; ++i) {
      for (size_t j = 0; j < s.len; ++j) vec[j] = values[s.at(o, j, i)];
      std::fill(filled.begin(), filled.end(), false);
      double c = method == Fill::Constant ? constants[constants.size() == 1 ? 0 : o * s.before + i] : NAN;
      fillVector(vec, method, c, extrapolate && !endConstant, filled);
      if (endConstant) {
        // The ends before the first and after the last known value.
        size_t first = 0, last = s.len;
        while (first < s.len && isMissing(values[s.at(o, first, i)])) ++first;
        while (last > first && isMissing(values[s.at(o, last - 1, i)])) --last;
        for (size_t j = 0; j < s.len; ++j)
          if ((j < first || j >= last) && isMissing(vec[j])) {
            vec[j] = endValue;
            filled[j] = true;
          }
      }
      for (size_t j = 0; j < s.len; ++j) {
        values[s.at(o, j, i)] = vec[j];
        mask[s.at(o, j, i)] = filled[j];
      }
    }
  a.set(0, floatArray(x->class_id == MCC_CLASS_SINGLE, dimsOf(x), values, a.site));
  if (a.nargout > 1) {
    Ref tf = newArray(MCC_CLASS_LOGICAL, false, dimsOf(x), false, a.site);
    for (size_t i = 0; i < mask.size(); ++i) dataOf<uint8_t>(tf.get())[i] = mask[i];
    a.set(1, std::move(tf));
  }
}

// [R, TF] = rmmissing(A), rmmissing(A, dim), rmmissing(..., 'MinNumMissing',
// n): a vector loses its missing elements; a matrix loses the rows (dim 1,
// the default) or columns (dim 2) holding at least n (1) missing values.
// TF marks what was removed (a column for rows, a row for columns).
MCC_DEFINE_BUILTIN(rmmissing) {
  a.arity(1, 4, 2);
  checkData(a, "rmmissing");
  const mcc_array* x = a[0];
  if (x->ndims > 2) a.error("Input must be a vector or a matrix.");
  size_t dim = 0;
  double least = 1;
  for (uint32_t k = 1; k < a.nargin; ++k) {
    if (!a.isText(k)) {
      dim = dimArg(a, k);
      if (dim > 2) a.error("Dimension must be 1 or 2.");
      continue;
    }
    if (option(a, k) != "minnummissing" || k + 1 >= a.nargin) a.error("Invalid option '" + a.text(k) + "'.");
    least = a.scalar(++k);
    if (!(least >= 0) || least != std::floor(least)) a.error("'MinNumMissing' value must be a nonnegative integer scalar.");
  }
  std::vector<double> v = realValues(x);
  size_t rows = x->dims[0], cols = x->dims[1];
  bool vector = isVectorShape(x) && dim == 0;
  // Each element, vector element, row or column is one group to keep or remove.
  bool byRow = vector ? rows != 1 : dim != 2;
  size_t groups = byRow ? rows : cols, across = byRow ? cols : rows;
  if (vector) across = 1;
  std::vector<bool> removed(groups, false);
  for (size_t g = 0; g < groups; ++g) {
    size_t count = 0;
    for (size_t j = 0; j < across; ++j) count += isMissing(byRow ? v[j * rows + g] : v[g * rows + j]);
    removed[g] = count >= least && (count > 0 || least == 0);
  }
  std::vector<size_t> kept;
  for (size_t g = 0; g < groups; ++g)
    if (!removed[g]) kept.push_back(g);
  Dims out = byRow ? Dims{kept.size(), cols} : Dims{rows, kept.size()};
  a.set(0, gathered(x, out, [&](size_t, const std::vector<size_t>& sub) {
          return byRow ? sub[1] * rows + kept[sub[0]] : kept[sub[1]] * rows + sub[0];
        }, a.site));
  if (a.nargout > 1) {
    Ref tf = newArray(MCC_CLASS_LOGICAL, false, byRow ? Dims{groups, 1} : Dims{1, groups}, false, a.site);
    for (size_t g = 0; g < groups; ++g) dataOf<uint8_t>(tf.get())[g] = removed[g];
    a.set(1, std::move(tf));
  }
}
