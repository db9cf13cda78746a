// Builtins of sets.def: unique, ismember, union, intersect, setdiff,
// setxor (all outputs, 'stable', 'rows', 'first'/'last'), sortrows and
// issorted.
//
// Every function here works on "items": the elements of an array in
// column-major order, or with 'rows' its rows. Items are compared
// lexicographically on their values as long doubles (exact for every
// integer class), NaN after every number; as in MATLAB, NaNs are never equal
// to each other, so unique keeps each NaN and ismember never finds one.
// Results are gathered from the inputs, converted to the class of their
// concatenation ([A(:); B(:)] for two sets).
// Cell arrays of char vectors are sets of texts, ordered by character codes.
// Tests: tests/conformance/programs/builtin_sets*.m, builtin_sortrows_issorted.m,
// text_cellstr_sets.m.
#include <algorithm>
#include <cmath>
#include <numeric>

#include "array/Aggregate.h"
#include "builtins/Builtin.h"
#include "builtins/Layout.h"
#include "builtins/StringArgs.h"
#include "builtins/Util.h"

using namespace mcc::rt;

namespace {

// The items of one array: n items of w values each, or the n texts of a
// cell array of char vectors.
struct Items {
  size_t n = 0, w = 1;
  std::vector<long double> key;  // item i, column c at i * w + c
  std::vector<uint8_t> nan;      // item i holds a NaN
  bool isText = false;
  std::vector<std::u16string> text;
  long double at(size_t i, size_t c) const { return key[i * w + c]; }
};

const char* cellstrText = "Cell array inputs must be cell arrays of character vectors.";

Items itemsOf(const mcc_array* x, bool rows, const mcc_site* site) {
  if (x->is_complex) notImplemented("set operations on complex values", site);
  Items it;
  if (x->class_id == MCC_CLASS_CELL) {
    if (rows) fail("The 'rows' option is not supported with cell array inputs.", site);
    it.isText = true;
    it.n = x->numel;
    it.nan.assign(it.n, 0);
    for (size_t i = 0; i < it.n; ++i) {
      Ref e = cellElement(x, i);
      if (e->class_id != MCC_CLASS_CHAR || (e->numel && (e->ndims != 2 || e->dims[0] != 1))) fail(cellstrText, site);
      const uint16_t* p = dataOf<const uint16_t>(e.get());
      it.text.emplace_back(reinterpret_cast<const char16_t*>(p), e->numel);
    }
    return it;
  }
  if (rows) {
    if (x->ndims > 2) fail("Inputs must be 2-D when 'rows' is specified.", site);
    it.n = x->dims[0];
    it.w = x->dims[1];
  } else {
    it.n = x->numel;
  }
  it.key.resize(x->numel);
  it.nan.assign(it.n, 0);
  visitClass(x->class_id, [&](auto tag) {
    using T = typename decltype(tag)::T;
    const T* p = dataOf<const T>(x);
    for (size_t i = 0; i < it.n; ++i)
      for (size_t c = 0; c < it.w; ++c) {
        T v = p[rows ? c * it.n + i : i];
        it.key[i * it.w + c] = static_cast<long double>(v);
        if (v != v) it.nan[i] = 1;
      }
  });
  return it;
}

// -1, 0, 1: item i of x against item j of y, NaN after every number (two
// NaNs compare equal here; equal() below tells them apart).
int compare(const Items& x, size_t i, const Items& y, size_t j) {
  if (x.isText) {
    int c = x.text[i].compare(y.text[j]);
    return (c > 0) - (c < 0);
  }
  for (size_t c = 0; c < x.w; ++c) {
    long double u = x.at(i, c), v = y.at(j, c);
    bool nu = u != u, nv = v != v;
    if (nu || nv) {
      if (nu && nv) continue;
      return nu ? 1 : -1;
    }
    if (u != v) return u < v ? -1 : 1;
  }
  return 0;
}
bool equal(const Items& x, size_t i, const Items& y, size_t j) {
  return !x.nan[i] && !y.nan[j] && compare(x, i, y, j) == 0;
}

// The distinct items of x: for each, the position of its first (or last)
// occurrence, in sorted order or in order of first appearance; and for each
// item of x which distinct item it is.
struct Distinct {
  std::vector<size_t> pick;   // position in x of each distinct item
  std::vector<size_t> group;  // item of x -> index into pick
};

Distinct distinct(const Items& x, bool stable, bool last) {
  std::vector<size_t> order = stableOrder(x.n, [&](size_t i, size_t j) { return compare(x, i, x, j) < 0; });
  Distinct d;
  d.group.resize(x.n);
  std::vector<size_t> firstOf;
  for (size_t k = 0; k < order.size(); ++k) {
    size_t i = order[k];
    if (k && equal(x, order[k - 1], x, i)) {
      if (last) d.pick.back() = i;
    } else {
      d.pick.push_back(i);
      firstOf.push_back(i);
    }
    d.group[i] = d.pick.size() - 1;
  }
  if (stable) {
    std::vector<size_t> rank(d.pick.size());
    std::iota(rank.begin(), rank.end(), size_t(0));
    std::sort(rank.begin(), rank.end(), [&](size_t a, size_t b) { return firstOf[a] < firstOf[b]; });
    std::vector<size_t> newIndex(rank.size()), pick(rank.size());
    for (size_t k = 0; k < rank.size(); ++k) {
      newIndex[rank[k]] = k;
      pick[k] = d.pick[rank[k]];
    }
    d.pick = pick;
    for (size_t& g : d.group) g = newIndex[g];
  }
  return d;
}

// The options of the set functions after the data inputs.
struct SetOptions {
  bool rows = false, stable = false, last = false;
};

SetOptions setOptions(const Args& a, uint32_t first, bool allowOccurrence) {
  SetOptions o;
  for (uint32_t k = first; k < a.nargin; ++k) {
    std::string s = a.isText(k) ? option(a, k) : "";
    if (s == "rows") o.rows = true;
    else if (s == "stable") o.stable = true;
    else if (s == "sorted") o.stable = false;
    else if (allowOccurrence && (s == "first" || s == "last")) o.last = s == "last";
    else if (s == "legacy") notImplemented("the 'legacy' flag of the set functions", a.site);
    else a.error("Invalid option.");
  }
  return o;
}

// Items picked from a source (its rows or elements) into an array: an
// nx1 or 1xn vector, or with rows an n x w matrix.
Ref pickItems(const mcc_array* x, bool rows, const std::vector<size_t>& pick, bool asRow, const mcc_site* site) {
  if (x->class_id == MCC_CLASS_CELL) {
    Ref c = newCell(asRow ? Dims{1, pick.size()} : Dims{pick.size(), 1}, site);
    for (size_t k = 0; k < pick.size(); ++k) setCellElement(c.get(), k, cellElement(x, pick[k]).get());
    return c;
  }
  if (rows) {
    size_t n = x->dims[0], w = x->dims[1];
    return gathered(x, {pick.size(), w}, [&](size_t, const std::vector<size_t>& sub) { return sub[1] * n + pick[sub[0]]; },
                    site);
  }
  Dims dims = asRow ? Dims{1, pick.size()} : Dims{pick.size(), 1};
  return gathered(x, dims, [&](size_t k, const std::vector<size_t>&) { return pick[k]; }, site);
}

// A column of 1-based positions.
Ref positions(const std::vector<size_t>& at, const mcc_site* site) {
  Ref r = newArray(MCC_CLASS_DOUBLE, false, {at.size(), 1}, false, site);
  for (size_t k = 0; k < at.size(); ++k) dataOf<double>(r.get())[k] = double(at[k] + 1);
  return r;
}

bool isRowShape(const mcc_array* x) { return x->ndims == 2 && x->dims[0] == 1; }
bool isBracket(const mcc_array* x) { return x->ndims == 2 && x->dims[0] == 0 && x->dims[1] == 0; }

void uniqueBuiltin(const Args& a) {
  a.arity(1, 4, 3);
  const mcc_array* x = checkedAny(a[0]);
  SetOptions o = setOptions(a, 1, true);
  Items it = itemsOf(x, o.rows, a.site);
  Distinct d = distinct(it, o.stable, o.last);
  Ref c = pickItems(x, o.rows, d.pick, isRowShape(x), a.site);
  if (!o.rows && isBracket(x) && x->class_id != MCC_CLASS_CELL) c = newArray(x->class_id, false, {0, 0}, true, a.site);
  a.set(0, std::move(c));
  if (a.nargout > 1) a.set(1, positions(d.pick, a.site));
  if (a.nargout > 2) a.set(2, positions(d.group, a.site));
}

// Two sets converted to the class of their concatenation.
struct TwoSets {
  Ref x, y;
  Items ix, iy;
};

// A char row as a 1x1 cell holding it (a set of one text beside a cellstr).
Ref asCellOfText(const mcc_array* x, const mcc_site* site) {
  if (x->class_id == MCC_CLASS_CELL) return Ref::share(x);
  if (x->class_id != MCC_CLASS_CHAR || (x->numel && (x->ndims != 2 || x->dims[0] != 1))) fail(cellstrText, site);
  Ref c = newCell({1, 1}, site);
  setCellElement(c.get(), 0, x);
  return c;
}

TwoSets twoSets(const Args& a, bool rows) {
  const mcc_array* x = checkedAny(a[0]);
  const mcc_array* y = checkedAny(a[1]);
  if (x->class_id == MCC_CLASS_CELL || y->class_id == MCC_CLASS_CELL) {
    TwoSets s;
    s.x = asCellOfText(x, a.site);
    s.y = asCellOfText(y, a.site);
    s.ix = itemsOf(s.x.get(), rows, a.site);
    s.iy = itemsOf(s.y.get(), rows, a.site);
    return s;
  }
  if (rows && (x->ndims > 2 || y->ndims > 2 || x->dims[1] != y->dims[1]))
    a.error("A and B must have the same number of columns.");
  Ref xs = newArray(x->class_id, false, {1, x->numel ? 1u : 0u}, true, a.site);
  Ref ys = newArray(y->class_id, false, {1, y->numel ? 1u : 0u}, true, a.site);
  const mcc_array* parts[] = {xs.get(), ys.get()};
  Ref joined(mcc_horzcat(2, parts, a.site));
  TwoSets s;
  s.x = castArray(x, joined->class_id, a.site);
  s.y = castArray(y, joined->class_id, a.site);
  s.ix = itemsOf(s.x.get(), rows, a.site);
  s.iy = itemsOf(s.y.get(), rows, a.site);
  return s;
}

// For each item of x, whether y has it (the position of its first
// occurrence there), or noElement.
std::vector<size_t> lookup(const Items& x, const Items& y) {
  std::vector<size_t> order = stableOrder(y.n, [&](size_t i, size_t j) { return compare(y, i, y, j) < 0; });
  std::vector<size_t> found(x.n, noElement);
  for (size_t i = 0; i < x.n; ++i) {
    if (x.nan[i]) continue;
    auto it = std::lower_bound(order.begin(), order.end(), i, [&](size_t j, size_t) { return compare(y, j, x, i) < 0; });
    if (it != order.end() && equal(y, *it, x, i)) found[i] = *it;
  }
  return found;
}

enum class SetOp { Union, Intersect, Setdiff, Setxor };

void setBuiltin(const Args& a, SetOp op) {
  a.arity(2, 4, op == SetOp::Setdiff ? 2 : 3);
  SetOptions o = setOptions(a, 2, false);
  TwoSets s = twoSets(a, o.rows);
  Distinct dx = distinct(s.ix, o.stable, false), dy = distinct(s.iy, o.stable, false);
  // The distinct items of each side, and whether the other side has them.
  Items ux, uy;
  std::vector<size_t> inY(dx.pick.size()), inX(dy.pick.size());
  {
    std::vector<size_t> fx = lookup(s.ix, s.iy), fy = lookup(s.iy, s.ix);
    for (size_t k = 0; k < dx.pick.size(); ++k) inY[k] = fx[dx.pick[k]];
    for (size_t k = 0; k < dy.pick.size(); ++k) inX[k] = fy[dy.pick[k]];
  }
  // The chosen items: (from y?, position), in result order.
  std::vector<std::pair<bool, size_t>> chosen;
  std::vector<size_t> ia, ib;
  bool takeX = true, takeY = op == SetOp::Union || op == SetOp::Setxor;
  for (size_t k = 0; k < dx.pick.size(); ++k) {
    bool keep = op == SetOp::Intersect ? inY[k] != noElement : op == SetOp::Union ? true : inY[k] == noElement;
    if (takeX && keep) chosen.push_back({false, dx.pick[k]});
  }
  if (takeY)
    for (size_t k = 0; k < dy.pick.size(); ++k)
      if (inX[k] == noElement) chosen.push_back({true, dy.pick[k]});
  if (!o.stable) {
    const Items& X = s.ix;
    const Items& Y = s.iy;
    std::vector<size_t> order = stableOrder(chosen.size(), [&](size_t i, size_t j) {
      const auto& p = chosen[i];
      const auto& q = chosen[j];
      return compare(p.first ? Y : X, p.second, q.first ? Y : X, q.second) < 0;
    });
    std::vector<std::pair<bool, size_t>> sorted;
    for (size_t i : order) sorted.push_back(chosen[i]);
    chosen = sorted;
  }
  // The values, gathered from [x; y] as one pool.
  const mcc_array* x = s.x.get();
  const mcc_array* y = s.y.get();
  bool asRow;
  if (op == SetOp::Setdiff)
    asRow = isRowShape(a[0]);
  else
    asRow = (isRowShape(a[0]) || isBracket(a[0])) && (isRowShape(a[1]) || isBracket(a[1])) &&
            !(isBracket(a[0]) && isBracket(a[1]));
  std::vector<size_t> fromX, fromY;
  for (const auto& [fromB, at] : chosen) {
    if (op == SetOp::Intersect) {
      ia.push_back(at);
      ib.push_back(inY[dx.group[at]]);
    } else if (fromB) {
      ib.push_back(at);
    } else {
      ia.push_back(at);
    }
  }
  Ref c;
  if (x->class_id == MCC_CLASS_CELL) {
    c = newCell(asRow ? Dims{1, chosen.size()} : Dims{chosen.size(), 1}, a.site);
    for (size_t k = 0; k < chosen.size(); ++k)
      setCellElement(c.get(), k, cellElement(chosen[k].first ? y : x, chosen[k].second).get());
  } else {
    size_t n = chosen.size();
    Dims dims;
    if (o.rows)
      dims = {n, x->dims[1]};
    else
      dims = asRow ? Dims{1, n} : Dims{n, 1};
    c = newArray(x->class_id, false, dims, true, a.site);
    visitElements(x, [&](auto t) {
      using E = typename decltype(t)::type;
      E* dst = dataOf<E>(c.get());
      size_t w = o.rows ? x->dims[1] : 1;
      for (size_t k = 0; k < n; ++k) {
        const mcc_array* src = chosen[k].first ? y : x;
        size_t rowsIn = o.rows ? src->dims[0] : 1;
        for (size_t col = 0; col < w; ++col)
          dst[col * n + k] = dataOf<const E>(src)[o.rows ? col * rowsIn + chosen[k].second : chosen[k].second];
      }
    });
  }
  if (op == SetOp::Intersect && !o.rows && isBracket(a[0]) && isBracket(a[1]) && x->class_id != MCC_CLASS_CELL)
    c = newArray(x->class_id, false, {0, 0}, true, a.site);
  a.set(0, std::move(c));
  if (a.nargout > 1) a.set(1, positions(ia, a.site));
  if (a.nargout > 2) a.set(2, positions(ib, a.site));
}

void ismemberBuiltin(const Args& a) {
  a.arity(2, 3, 2);
  SetOptions o = setOptions(a, 2, false);
  if (o.stable) a.error("Invalid option.");
  TwoSets s = twoSets(a, o.rows);
  std::vector<size_t> found = lookup(s.ix, s.iy);
  Dims dims = o.rows ? Dims{s.ix.n, 1} : s.ix.isText && a[0]->class_id == MCC_CLASS_CHAR ? Dims{1, 1} : dimsOf(a[0]);
  Ref tf = newArray(MCC_CLASS_LOGICAL, false, dims, false, a.site);
  Ref loc = newArray(MCC_CLASS_DOUBLE, false, dims, false, a.site);
  for (size_t i = 0; i < found.size(); ++i) {
    dataOf<uint8_t>(tf.get())[i] = found[i] != noElement;
    dataOf<double>(loc.get())[i] = found[i] == noElement ? 0 : double(found[i] + 1);
  }
  a.set(0, std::move(tf));
  if (a.nargout > 1) a.set(1, std::move(loc));
}

// --- sortrows, issorted ----------------------------------------------------------------

// sortrows of a cell array of char vectors: its rows ordered by their texts,
// column after column (character codes, as sort orders cellstr).
void sortrowsCell(const Args& a, const std::vector<std::pair<size_t, bool>>& cols) {
  const mcc_array* x = a[0];
  size_t n = x->dims[0], w = x->dims[1];
  std::vector<std::u16string> text(x->numel);
  for (size_t k = 0; k < x->numel; ++k) {
    Ref e = cellElement(x, k);
    if (e->class_id != MCC_CLASS_CHAR || (e->numel && (e->ndims != 2 || e->dims[0] != 1)))
      a.error("Only cell arrays of character vectors are supported.");
    text[k].assign(reinterpret_cast<const char16_t*>(dataOf<const uint16_t>(e.get())), e->numel);
  }
  std::vector<size_t> order = stableOrder(n, [&](size_t i, size_t j) {
    for (const auto& [c, down] : cols) {
      int r = text[c * n + i].compare(text[c * n + j]);
      if (r != 0) return down ? r > 0 : r < 0;
    }
    return false;
  });
  Ref out = newCell({n, w}, a.site);
  for (size_t c = 0; c < w; ++c)
    for (size_t i = 0; i < n; ++i) setCellElement(out.get(), c * n + i, cellElement(x, c * n + order[i]).get());
  a.set(0, std::move(out));
  if (a.nargout > 1) a.set(1, positions(order, a.site));
}

void sortrowsBuiltin(const Args& a) {
  a.arity(1, 3, 2);
  const mcc_array* x = a[0]->class_id == MCC_CLASS_CELL ? checkedAny(a[0]) : checked(a[0]);
  if (x->ndims > 2) a.error("First argument must be a 2-D matrix.");
  bool isCell = x->class_id == MCC_CLASS_CELL;
  Items it;
  if (isCell) it.w = x->dims[1];
  else it = itemsOf(x, true, a.site);
  // The sort columns (from 0) and their directions.
  std::vector<std::pair<size_t, bool>> cols;
  bool descend = false;
  std::vector<bool> directions;  // a cell of directions: one per sort column
  for (uint32_t k = 1; k < a.nargin; ++k) {
    if (a[k]->class_id == MCC_CLASS_CELL) {
      for (size_t e = 0; e < a[k]->numel; ++e) {
        const mcc_array* d = elementsOf(a[k])[e];
        std::string s = d->class_id == MCC_CLASS_CHAR ? lower(toText(d)) : "";
        if (s != "ascend" && s != "descend") a.error("Sorting direction must be 'ascend' or 'descend'.");
        directions.push_back(s == "descend");
      }
      continue;
    }
    if (a.isText(k)) {
      std::string s = option(a, k);
      if (s != "ascend" && s != "descend") a.error("Sorting direction must be 'ascend' or 'descend'.");
      descend = s == "descend";
      continue;
    }
    if (k != 1) a.error("Invalid option.");
    for (double v : numbers(a[k], a, "Column sorting vector must contain integers with absolute value between 1 and "
                                      "the number of columns in the first argument.")) {
      double m = std::fabs(v);
      if (m < 1 || m != std::floor(m) || m > double(it.w))
        a.error("Column sorting vector must contain integers with absolute value between 1 and the number of columns "
                "in the first argument.");
      cols.push_back({static_cast<size_t>(m) - 1, v < 0});
    }
  }
  if (cols.empty() && !(a.nargin >= 2 && !a.isText(1)))
    for (size_t c = 0; c < it.w; ++c) cols.push_back({c, false});
  if (descend)
    for (auto& c : cols) c.second = !c.second;
  if (!directions.empty()) {
    if (directions.size() != cols.size())
      a.error("Sorting direction must be 'ascend' or 'descend', or a cell array with one direction per column.");
    for (size_t c = 0; c < cols.size(); ++c) cols[c].second = cols[c].second != directions[c];
  }
  if (isCell) return sortrowsCell(a, cols);
  std::vector<size_t> order = stableOrder(it.n, [&](size_t i, size_t j) {
    for (const auto& [c, down] : cols) {
      long double u = it.at(i, c), v = it.at(j, c);
      bool nu = u != u, nv = v != v;
      if (nu && nv) continue;
      if (nu || nv) return down ? nu : nv;  // NaN last ascending, first descending
      if (u != v) return down ? u > v : u < v;
    }
    return false;
  });
  a.set(0, pickItems(x, true, order, false, a.site));
  if (a.nargout > 1) a.set(1, positions(order, a.site));
}

void issortedBuiltin(const Args& a) {
  a.arity(1, 3, 1);
  const mcc_array* x = checked(a[0]);
  bool rows = false;
  std::string mode = "ascend";
  size_t dim = 0;
  for (uint32_t k = 1; k < a.nargin; ++k) {
    if (!a.isText(k)) {
      dim = mcc_dim_arg(a.scalar(k), a.site);
      continue;
    }
    std::string s = option(a, k);
    if (s == "rows") rows = true;
    else if (s == "ascend" || s == "descend" || s == "monotonic" || s == "strictascend" || s == "strictdescend" ||
             s == "strictmonotonic")
      mode = s;
    else if (s == "either") mode = "monotonic";
    else a.error("Sorting direction must be 'ascend', 'descend', 'monotonic', 'strictascend', 'strictdescend', or "
                 "'strictmonotonic'.");
  }
  bool strict = mode.rfind("strict", 0) == 0;
  std::string dir = strict ? mode.substr(6) : mode;
  // Checks that a sequence of items (by compare) runs in direction d.
  auto sortedSeq = [&](const Items& it, const std::vector<size_t>& seq, int sign) {
    for (size_t k = 1; k < seq.size(); ++k) {
      size_t p = seq[k - 1], q = seq[k];
      int c;
      bool np = it.nan[p], nq = it.nan[q];
      if (np || nq) {
        if (strict) return false;
        // NaN goes last ascending, first descending.
        if (np && nq) continue;
        c = np ? 1 : -1;
        if (sign < 0) c = -c;
      } else {
        c = compare(it, p, it, q);
      }
      if (c * sign > 0 || (strict && c == 0)) return false;
    }
    return true;
  };
  auto check = [&](const Items& it, const std::vector<size_t>& seq) {
    if (dir == "ascend") return sortedSeq(it, seq, 1);
    if (dir == "descend") return sortedSeq(it, seq, -1);
    return sortedSeq(it, seq, 1) || sortedSeq(it, seq, -1);
  };
  if (rows) {
    Items it = itemsOf(x, true, a.site);
    std::vector<size_t> seq(it.n);
    std::iota(seq.begin(), seq.end(), size_t(0));
    a.set(0, boolResult(check(it, seq)));
    return;
  }
  Items it = itemsOf(x, false, a.site);
  Slices s = slicesAlong(x, dim ? dim : defaultDim(x));
  bool ok = true;
  std::vector<size_t> seq(s.len);
  for (size_t o = 0; o < s.after && ok; ++o)
    for (size_t i = 0; i < s.before && ok; ++i) {
      for (size_t k = 0; k < s.len; ++k) seq[k] = s.at(o, k, i);
      ok = check(it, seq);
    }
  a.set(0, boolResult(ok));
}

}  // namespace

MCC_DEFINE_BUILTIN(unique) {
  if (runAsText(a, mcc_bi_unique, TextOut::Strings, 1)) return;  // strings as cellstr
  uniqueBuiltin(a);
}
MCC_DEFINE_BUILTIN(union) {
  if (runAsText(a, mcc_bi_union, TextOut::Strings, 3)) return;  // strings as cellstr
  setBuiltin(a, SetOp::Union);
}
MCC_DEFINE_BUILTIN(intersect) {
  if (runAsText(a, mcc_bi_intersect, TextOut::Strings, 3)) return;  // strings as cellstr
  setBuiltin(a, SetOp::Intersect);
}
MCC_DEFINE_BUILTIN(setdiff) {
  if (runAsText(a, mcc_bi_setdiff, TextOut::Strings, 3)) return;  // strings as cellstr
  setBuiltin(a, SetOp::Setdiff);
}
MCC_DEFINE_BUILTIN(setxor) {
  if (runAsText(a, mcc_bi_setxor, TextOut::Strings, 3)) return;  // strings as cellstr
  setBuiltin(a, SetOp::Setxor);
}
MCC_DEFINE_BUILTIN(ismember) {
  if (runAsText(a, mcc_bi_ismember, TextOut::Same, 3)) return;  // strings as cellstr
  ismemberBuiltin(a);
}
MCC_DEFINE_BUILTIN(sortrows) { sortrowsBuiltin(a); }
MCC_DEFINE_BUILTIN(issorted) { issortedBuiltin(a); }
