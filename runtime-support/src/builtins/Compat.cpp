// Builtins of compat.def: GNU Octave's own names (printf, puts, fputs,
// fdisp, fflush, stdout, columns, rows, e, toupper, postpad, sumsq, vec,
// merge, index, lookup, ...), so that what Octave accepts compiles, and
// MATLAB's path, platform, text and numeric helpers (fullfile, fileparts,
// ispc, numfields, erase, validatestring, realpow, gradient, del2, unwrap,
// hist, hankel,
// pascal, isbanded, ishermitian, bandwidth, eomday, num2hex, hex2num,
// swapbytes, mat2cell). Most are compositions of other builtins. Tests:
// conformance compat_octave_io, compat_paths_text, compat_numeric,
// compat_matrices.
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <cmath>
#include <cstdio>
#include <numbers>
#include <string>
#include <vector>

#include "array/Aggregate.h"
#include "builtins/Builtin.h"
#include "builtins/Cells.h"
#include "builtins/Files.h"
#include "builtins/Layout.h"
#include "builtins/StringArgs.h"
#include "builtins/Util.h"
#include "format/Format.h"

using namespace mcc::rt;

namespace {

// Calls another builtin with these inputs, asking for `nargout` outputs
// (0: the one value it gives, as ans); returns them.
std::vector<Ref> invoke(BuiltinFn fn, std::vector<const mcc_array*> inputs, uint32_t nargout, const mcc_site* site) {
  std::vector<mcc_array*> out(nargout ? nargout : 1, nullptr);
  fn(nargout, out.data(), static_cast<uint32_t>(inputs.size()), const_cast<mcc_array* const*>(inputs.data()), site);
  std::vector<Ref> results;
  for (mcc_array* o : out) results.emplace_back(o);
  return results;
}
Ref invoke1(BuiltinFn fn, std::vector<const mcc_array*> inputs, const mcc_site* site) {
  return std::move(invoke(fn, std::move(inputs), 1, site)[0]);
}
Ref binary(uint32_t op, const mcc_array* x, const mcc_array* y, const mcc_site* site) {
  return Ref(mcc_binary(op, x, y, site));
}
Ref number(double v) { return scalarResult(v); }
Ref emptyChar() { return newArray(MCC_CLASS_CHAR, false, {0, 0}); }

FILE* stream(const Args& a, uint32_t k) {
  const mcc_array* f = a[k];
  if (f->numel != 1 || f->class_id > MCC_CLASS_LOGICAL) a.error("Invalid file identifier.");
  return fileForWriting(mcc_array_to_double(f, a.site), a.site);
}

// The text puts and fputs write. Octave's "..." is char text whose escapes
// the parser has replaced; in mcc "..." is a string (MATLAB's), so a string
// argument of these Octave functions has its escapes replaced here.
std::string putsText(const Args& a, uint32_t k) {
  std::string text = a.text(k);
  if (!isStringArray(a[k])) return text;
  std::string out;
  for (size_t i = 0; i < text.size();) {
    if (text[i] == '\\' && decodeEscape(text, i, out)) continue;
    if (text[i] == '\\' && i + 1 < text.size()) ++i;  // \" and \' are the quote
    out += text[i++];
  }
  return out;
}

void writeText(FILE* to, const std::string& text) {
  if (to == stderr) std::fflush(stdout);
  std::fwrite(text.data(), 1, text.size(), to);
}

// x(idx...) with one index per dim: colon except `dim` (0-based), which takes `k`.
Ref alongDim(const mcc_array* x, size_t dim, const mcc_array* k, const mcc_site* site) {
  size_t n = std::max<size_t>(x->ndims, dim + 1);
  std::vector<const mcc_array*> idx(n, mcc_colon());
  idx[dim] = k;
  return Ref(mcc_subsref(x, n, idx.data(), site));
}

Ref rangeRow(size_t from, size_t to) {  // from:to as a double row (1-based)
  std::vector<double> v;
  for (size_t k = from; k <= to; ++k) v.push_back(static_cast<double>(k));
  return rowOf(v, MCC_CLASS_DOUBLE, nullptr);
}

// postpad(x, l, c, dim) and prepad: x cut or padded with c to length l along
// dim (default the first non-singleton one), at the end or the start.
void pad(const Args& a, bool atEnd) {
  a.arity(2, 4, 1);
  const mcc_array* x = a[0];
  double l = a.scalar(1);
  if (!(l >= 0) || l != std::floor(l)) a.error("L must be a non-negative integer.");
  Ref zero = number(0);
  const mcc_array* c = a.nargin >= 3 ? a[2] : zero.get();
  if (c->numel != 1) a.error("C must be empty or a scalar.");
  size_t dim = a.nargin == 4 ? static_cast<size_t>(a.scalar(3)) - 1 : defaultDim(x) - 1;
  size_t have = extent(x, dim), want = static_cast<size_t>(l);
  if (want <= have) {
    a.set(0, alongDim(x, dim, (atEnd ? rangeRow(1, want) : rangeRow(have - want + 1, have)).get(), a.site));
    return;
  }
  Dims padDims = dimsOf(x);
  if (padDims.size() <= dim) padDims.resize(dim + 1, 1);
  padDims[dim] = want - have;
  std::vector<double> sizes(padDims.begin(), padDims.end());
  Ref ones(mcc_zeros(MCC_CLASS_DOUBLE, sizes.size(), sizes.data(), a.site));
  Ref filler = binary(MCC_OP_PLUS, ones.get(), c, a.site);
  if (filler->class_id != x->class_id && x->numel) filler = Ref(mcc_array_cast(filler.get(), x->class_id, a.site));
  const mcc_array* parts[2] = {atEnd ? x : filler.get(), atEnd ? filler.get() : x};
  a.set(0, Ref(mcc_cat(static_cast<uint32_t>(dim + 1), 2, parts, a.site)));
}

// The first or last (1-based) position of the text t in s, 0 when absent.
void findText(const Args& a, bool last) {
  a.arity(2, 2, 1);
  std::string s = a.text(0), t = a.text(1);
  size_t at = t.empty() ? std::string::npos : last ? s.rfind(t) : s.find(t);
  a.set(0, number(at == std::string::npos ? 0 : static_cast<double>(at + 1)));
}

std::vector<std::string> fileParts(const std::string& f) {
  size_t slash = f.rfind('/');
  std::string path = slash == std::string::npos ? "" : slash == 0 ? "/" : f.substr(0, slash);
  std::string rest = slash == std::string::npos ? f : f.substr(slash + 1);
  size_t dot = rest.rfind('.');
  std::string name = dot == std::string::npos ? rest : rest.substr(0, dot);
  std::string ext = dot == std::string::npos ? "" : rest.substr(dot);
  return {path, name, ext};
}

std::string joinPath(const std::vector<std::string>& parts) {
  std::string out;
  for (const std::string& p : parts) {
    if (p.empty()) continue;
    if (out.empty()) out = p;
    else out += "/" + p;
  }
  // Runs of separators become one.
  std::string tidy;
  for (char ch : out)
    if (!(ch == '/' && !tidy.empty() && tidy.back() == '/')) tidy += ch;
  return tidy;
}

// The central differences of a vector v with spacing h (a scalar step or
// the coordinates): one-sided at the ends, as MATLAB's gradient.
std::vector<double> differences(const std::vector<double>& v, const std::vector<double>& at) {
  size_t n = v.size();
  std::vector<double> g(n, 0.0);
  if (n < 2) return g;
  g[0] = (v[1] - v[0]) / (at[1] - at[0]);
  g[n - 1] = (v[n - 1] - v[n - 2]) / (at[n - 1] - at[n - 2]);
  for (size_t k = 1; k + 1 < n; ++k) g[k] = (v[k + 1] - v[k - 1]) / (at[k + 1] - at[k - 1]);
  return g;
}

std::vector<double> coordinates(const Args& a, uint32_t k, size_t n) {
  std::vector<double> at(n);
  if (k >= a.nargin || a[k]->numel == 1) {
    double h = k < a.nargin ? a.scalar(k) : 1.0;
    for (size_t i = 0; i < n; ++i) at[i] = static_cast<double>(i) * h;
    return at;
  }
  at = realValues(a[k]);
  if (at.size() != n) a.error("Spacing vector must have the same length as the data along that dimension.");
  return at;
}

// The derivative of the double matrix x along dim 0 (down the columns) or 1.
Ref differencesAlong(const mcc_array* x, size_t dim, const std::vector<double>& at) {
  size_t rows = x->dims[0], cols = x->numel / std::max<size_t>(rows, 1);
  std::vector<double> in = realValues(x);
  Ref out = newArray(MCC_CLASS_DOUBLE, false, dimsOf(x));
  double* o = dataOf<double>(out.get());
  size_t count = dim == 0 ? cols : rows, len = dim == 0 ? rows : cols;
  for (size_t j = 0; j < count; ++j) {
    std::vector<double> v(len);
    for (size_t i = 0; i < len; ++i) v[i] = in[dim == 0 ? j * rows + i : i * rows + j];
    std::vector<double> g = differences(v, at);
    for (size_t i = 0; i < len; ++i) o[dim == 0 ? j * rows + i : i * rows + j] = g[i];
  }
  return out;
}

// unwrap along the columns of the double matrix x (rows x cols): each jump
// above tol becomes its equivalent within (-pi, pi], as MATLAB's unwrap.
void unwrapColumns(double* v, size_t len, size_t stride, size_t count, size_t step, double tol) {
  const double twoPi = 2 * std::numbers::pi;
  for (size_t j = 0; j < count; ++j) {
    double* p = v + j * step;
    double correction = 0;
    double previous = len ? p[0] : 0;
    for (size_t i = 1; i < len; ++i) {
      double current = p[i * stride];
      double d = current - previous;
      double wrapped = std::fmod(std::fmod(d + std::numbers::pi, twoPi) + twoPi, twoPi) - std::numbers::pi;
      if (wrapped == -std::numbers::pi && d > 0) wrapped = std::numbers::pi;
      if (std::abs(d) >= tol) correction += wrapped - d;
      previous = current;
      p[i * stride] = current + correction;
    }
  }
}

// The counts of the values of v (NaN left out) in the bins around centers:
// each bin runs to the midpoints with its neighbours, the outer ones to +-inf.
std::vector<double> binCounts(const std::vector<double>& v, const std::vector<double>& centers) {
  std::vector<double> counts(centers.size(), 0.0);
  for (double x : v) {
    if (std::isnan(x)) continue;
    size_t k = 0;
    while (k + 1 < centers.size() && x >= (centers[k] + centers[k + 1]) / 2) ++k;
    counts[k] += 1;
  }
  return counts;
}

}  // namespace

// --- Octave: output ---------------------------------------------------------------------

MCC_DEFINE_BUILTIN(printf) {
  a.arity(1, UINT32_MAX, 0);
  if (!a.isText(0)) a.error("printf: format TEMPLATE must be a string");
  mcc_bi_fprintf(0, a.out, a.nargin, a.in, a.site);
}

MCC_DEFINE_BUILTIN(puts) {
  a.arity(1, 1, 1);
  writeText(stdout, putsText(a, 0));
  if (a.nargout) a.set(0, number(0));
}

MCC_DEFINE_BUILTIN(fputs) {
  a.arity(2, 2, 1);
  writeText(stream(a, 0), putsText(a, 1));
  if (a.nargout) a.set(0, number(0));
}

// fdisp(fid, x): disp's text written to the file fid.
MCC_DEFINE_BUILTIN(fdisp) {
  a.arity(2, 2, 0);
  FILE* to = stream(a, 0);
  if (to == stdout) {
    mcc_bi_disp(0, a.out, 1, a.in + 1, a.site);
    return;
  }
  // disp writes to stdout: point stdout's descriptor at the file meanwhile.
  std::fflush(stdout);
  std::fflush(to);
  int saved = dup(STDOUT_FILENO);
  if (saved < 0 || dup2(fileno(to), STDOUT_FILENO) < 0) a.error("fdisp: cannot write to the file.");
  mcc_bi_disp(0, a.out, 1, a.in + 1, a.site);
  std::fflush(stdout);
  dup2(saved, STDOUT_FILENO);
  close(saved);
}

MCC_DEFINE_BUILTIN(fflush) {
  a.arity(1, 1, 1);
  std::fflush(nullptr);  // every output stream: the one named among them
  if (a.nargout) a.set(0, number(0));
}

MCC_DEFINE_BUILTIN(stdin) {
  a.arity(0, 0, 1);
  a.set(0, number(0));
}
MCC_DEFINE_BUILTIN(stdout) {
  a.arity(0, 0, 1);
  a.set(0, number(1));
}
MCC_DEFINE_BUILTIN(stderr) {
  a.arity(0, 0, 1);
  a.set(0, number(2));
}

// --- Octave: arrays and text --------------------------------------------------------------

MCC_DEFINE_BUILTIN(columns) {
  a.arity(1, 1, 1);
  a.set(0, number(static_cast<double>(extent(a[0], 1))));
}
MCC_DEFINE_BUILTIN(rows) {
  a.arity(1, 1, 1);
  a.set(0, number(static_cast<double>(extent(a[0], 0))));
}

// e, e(n), e(m, n, ...), e(..., 'single'): Euler's number, as pi.
MCC_DEFINE_BUILTIN(e) {
  a.arity(0, UINT32_MAX, 1);
  if (a.nargin == 0) return a.set(0, number(std::numbers::e));
  Ref ones = invoke1(mcc_bi_ones, {a.in, a.in + a.nargin}, a.site);
  Ref value = number(std::numbers::e);
  a.set(0, binary(MCC_OP_TIMES, ones.get(), value.get(), a.site));
}

MCC_DEFINE_BUILTIN(toupper) { mcc_bi_upper(a.nargout, a.out, a.nargin, a.in, a.site); }
MCC_DEFINE_BUILTIN(tolower) { mcc_bi_lower(a.nargout, a.out, a.nargin, a.in, a.site); }

MCC_DEFINE_BUILTIN(postpad) { pad(a, true); }
MCC_DEFINE_BUILTIN(prepad) { pad(a, false); }

// sumsq(x, dim): sum(x .* conj(x), dim), real for complex x.
MCC_DEFINE_BUILTIN(sumsq) {
  a.arity(1, 2, 1);
  const mcc_array* x = a[0];
  Ref squares;
  if (x->is_complex) {
    Ref re = invoke1(mcc_bi_real, {x}, a.site), im = invoke1(mcc_bi_imag, {x}, a.site);
    Ref r2 = binary(MCC_OP_TIMES, re.get(), re.get(), a.site), i2 = binary(MCC_OP_TIMES, im.get(), im.get(), a.site);
    squares = binary(MCC_OP_PLUS, r2.get(), i2.get(), a.site);
  } else {
    squares = binary(MCC_OP_TIMES, x, x, a.site);
  }
  std::vector<const mcc_array*> in = {squares.get()};
  if (a.nargin == 2) in.push_back(a[1]);
  a.set(0, invoke1(mcc_bi_sum, in, a.site));
}

// vec(x): x(:); vec(x, dim): the elements along dim.
MCC_DEFINE_BUILTIN(vec) {
  a.arity(1, 2, 1);
  const mcc_array* colon = mcc_colon();
  Ref column(mcc_subsref(a[0], 1, &colon, a.site));
  if (a.nargin == 1) return a.set(0, std::move(column));
  double dim = a.scalar(1);
  if (!(dim >= 1) || dim != std::floor(dim)) a.error("vec: DIM must be greater than zero");
  std::vector<double> sizes(static_cast<size_t>(dim), 1.0);
  sizes.back() = static_cast<double>(column->numel);
  Ref shape = rowOf(sizes, MCC_CLASS_DOUBLE, a.site);
  a.set(0, invoke1(mcc_bi_reshape, {column.get(), shape.get()}, a.site));
}

// merge(mask, tval, fval) (ifelse): tval where mask is true, else fval. A
// scalar mask picks one whole value; an array mask picks element-wise.
void mergeBuiltin(const Args& a) {
  a.arity(3, 3, 1);
  const mcc_array* mask = a[0];
  if (mask->class_id != MCC_CLASS_LOGICAL && !(mask->class_id <= MCC_CLASS_UINT64 && !mask->is_complex))
    a.error("merge: MASK must be logical");
  if (mask->numel == 1) return a.set(0, Ref::share(a[mcc_truth(mask, a.site) ? 1 : 2]));
  Ref isTrue(mcc_array_cast(mask, MCC_CLASS_LOGICAL, a.site));
  Ref isFalse(mcc_not(isTrue.get(), a.site));
  auto same = [&](const mcc_array* v) { return v->numel == 1 || dimsOf(v) == dimsOf(mask); };
  if (!same(a[1]) || !same(a[2])) a.error("merge: MASK, TVAL, and FVAL must have the same dimensions");
  // fval everywhere, then tval where the mask is true.
  Ref zero = number(0);
  Ref base = binary(MCC_OP_TIMES, isFalse.get(), zero.get(), a.site);  // zeros of mask's size
  Ref result = binary(MCC_OP_PLUS, base.get(), a[2], a.site);
  if (result->class_id != a[2]->class_id) result = Ref(mcc_array_cast(result.get(), a[2]->class_id, a.site));
  const mcc_array* where = isTrue.get();
  Ref picked = a[1]->numel == 1 ? Ref::share(a[1]) : Ref(mcc_subsref(a[1], 1, &where, a.site));
  a.set(0, Ref(mcc_subsasgn(result.release(), picked.get(), 1, &where, a.site)));
}
MCC_DEFINE_BUILTIN(merge) { mergeBuiltin(a); }
MCC_DEFINE_BUILTIN(ifelse) { mergeBuiltin(a); }

MCC_DEFINE_BUILTIN(index) { findText(a, false); }
MCC_DEFINE_BUILTIN(rindex) { findText(a, true); }

// lookup(table, y), lookup(table, y, opt): for each y, the index of the
// last table entry at or below it in an increasing table (at or above it in
// a decreasing one): 0 before the table, numel(table) at or past its end
// and for NaN. opt holds letters: 'm' keeps an index only where the entry
// equals y (else 0), 'b' gives that as logical, 'l' counts values before
// the table as 1, 'r' values at or past its end as numel(table) - 1.
MCC_DEFINE_BUILTIN(lookup) {
  a.arity(2, 3, 1);
  const mcc_array* t = a[0];
  const mcc_array* y = a[1];
  if (t->class_id == MCC_CLASS_CELL || y->class_id == MCC_CLASS_CELL) notImplemented("lookup of cellstr", a.site);
  if (!isValueClass(t->class_id) || !isValueClass(y->class_id) || t->is_complex || y->is_complex)
    a.error("lookup: TABLE and Y must be real numeric arrays.");
  if (!(isVectorShape(t) || t->numel == 0)) a.error("lookup: TABLE must be a vector.");
  std::string opt = a.nargin > 2 ? a.text(2) : "";
  for (char c : opt)
    if (c != 'm' && c != 'b' && c != 'l' && c != 'r') a.error("lookup: unrecognized option: " + std::string(1, c));
  auto has = [&](char c) { return opt.find(c) != std::string::npos; };
  std::vector<double> table = realValues(t), ys = realValues(y);
  size_t n = table.size();
  bool decreasing = n > 1 && table[0] > table[n - 1];
  std::vector<double> idx(ys.size());
  for (size_t i = 0; i < ys.size(); ++i) {
    double v = ys[i];
    size_t k;
    if (v != v)
      k = n;
    else if (decreasing)
      k = size_t(std::upper_bound(table.begin(), table.end(), v, std::greater<double>()) - table.begin());
    else
      k = size_t(std::upper_bound(table.begin(), table.end(), v) - table.begin());
    if (has('l') && k == 0 && n > 0) k = 1;
    if (has('r') && n > 0 && k == n) k = n - 1;
    if ((has('m') || has('b')) && !(k > 0 && table[k - 1] == v)) k = 0;
    idx[i] = double(k);
  }
  Ref r = newArray(has('b') ? MCC_CLASS_LOGICAL : MCC_CLASS_DOUBLE, false, dimsOf(y), false, a.site);
  for (size_t i = 0; i < idx.size(); ++i) {
    if (has('b'))
      dataOf<uint8_t>(r.get())[i] = idx[i] != 0;
    else
      dataOf<double>(r.get())[i] = idx[i];
  }
  a.set(0, std::move(r));
}

// --- MATLAB: files, platform, structs, text --------------------------------------------------

// fullfile(parts...): the parts joined by '/', empty ones skipped, runs of
// separators made one; a cell of names gives a cell of paths.
MCC_DEFINE_BUILTIN(fullfile) {
  a.arity(1, UINT32_MAX, 1);
  std::vector<std::string> parts;
  const mcc_array* cell = nullptr;
  for (uint32_t k = 0; k < a.nargin; ++k) {
    if (a[k]->class_id == MCC_CLASS_CELL) {
      if (cell) a.error("Only one cell array of names is allowed.");
      cell = a[k];
      parts.emplace_back();
      continue;
    }
    parts.push_back(a[k]->numel ? a.text(k) : "");
  }
  if (!cell) return a.set(0, fromText(joinPath(parts)));
  size_t slot = 0;
  for (uint32_t k = 0; k < a.nargin; ++k)
    if (a[k] == cell) slot = k;
  Ref out = newCell(dimsOf(cell), a.site);
  for (size_t i = 0; i < cell->numel; ++i) {
    Ref name = cellElement(cell, i);
    parts[slot] = toText(name.get());
    Ref path = fromText(joinPath(parts));
    setCellElement(out.get(), i, path.get());
  }
  a.set(0, std::move(out));
}

// [path, name, ext] = fileparts(file).
MCC_DEFINE_BUILTIN(fileparts) {
  a.arity(1, 1, 3);
  if (!a.isText(0) && a[0]->numel) a.error("Input must be a row vector of characters, or a string scalar.");
  std::vector<std::string> parts = fileParts(a[0]->numel ? a.text(0) : "");
  for (uint32_t k = 0; k < a.outputs() && k < 3; ++k) a.set(k, parts[k].empty() ? emptyChar() : fromText(parts[k]));
}

MCC_DEFINE_BUILTIN(filesep) {
  a.arity(0, 1, 1);
  a.set(0, fromText("/"));
}
MCC_DEFINE_BUILTIN(pathsep) {
  a.arity(0, 0, 1);
  a.set(0, fromText(":"));
}

MCC_DEFINE_BUILTIN(ispc) {
  a.arity(0, 0, 1);
  a.set(0, boolResult(false));
}
MCC_DEFINE_BUILTIN(isunix) {
  a.arity(0, 0, 1);
  a.set(0, boolResult(true));
}
MCC_DEFINE_BUILTIN(ismac) {
  a.arity(0, 0, 1);
#ifdef __APPLE__
  a.set(0, boolResult(true));
#else
  a.set(0, boolResult(false));
#endif
}

// numfields(s): how many fields s has; 0 for anything but a struct (MATLAB).
MCC_DEFINE_BUILTIN(numfields) {
  a.arity(1, 1, 1);
  a.set(0, number(a[0]->class_id == MCC_CLASS_STRUCT ? static_cast<double>(fieldCount(a[0])) : 0.0));
}

// erase(str, pat): str with every occurrence of pat (or of each text of a
// cell of patterns) removed: strrep with nothing, left to right without
// overlaps, the longer of two patterns matching at a place first.
MCC_DEFINE_BUILTIN(erase) {
  if (runAsText(a, mcc_bi_erase, TextOut::Strings)) return;
  a.arity(2, 2, 1);
  if (a[0]->class_id == MCC_CLASS_CELL) return mapCellElements(a, mcc_bi_erase);
  std::vector<std::string> patterns;
  if (a[1]->class_id == MCC_CLASS_CELL) {
    for (size_t k = 0; k < a[1]->numel; ++k) patterns.push_back(toText(cellElement(a[1], k).get()));
  } else {
    patterns.push_back(a.text(1));
  }
  std::sort(patterns.begin(), patterns.end(), [](const std::string& x, const std::string& y) { return x.size() > y.size(); });
  std::string s = a[0]->numel ? a.text(0) : "", out;
  for (size_t p = 0; p < s.size();) {
    size_t matched = 0;
    for (const std::string& pat : patterns)
      if (!pat.empty() && s.compare(p, pat.size(), pat) == 0) {
        matched = pat.size();
        break;
      }
    if (matched) {
      p += matched;
    } else {
      out += s[p++];
    }
  }
  a.set(0, out.empty() && a[0]->numel == 0 ? Ref::share(a[0]) : fromText(out));
}

// validatestring(str, valid, ...): the text of `valid` that str starts (in
// any case); of several, the shortest when it starts all the others.
MCC_DEFINE_BUILTIN(validatestring) {
  a.arity(2, 5, 1);
  if (!a.isText(0)) a.error("Expected input to be a string scalar or character vector.");
  std::string s = lower(a.text(0));
  const mcc_array* valid = a[1];
  std::vector<std::string> options;
  if (valid->class_id == MCC_CLASS_CELL) {
    for (size_t k = 0; k < valid->numel; ++k) options.push_back(toText(cellElement(valid, k).get()));
  } else if (isStringArray(valid)) {
    Ref cell = invoke1(mcc_bi_cellstr, {valid}, a.site);
    for (size_t k = 0; k < cell->numel; ++k) options.push_back(toText(cellElement(cell.get(), k).get()));
  } else {
    a.error("Second input to VALIDATESTRING must be a string array or cell array of character vectors.");
  }
  std::vector<std::string> matches;
  for (const std::string& o : options)
    if (!s.empty() && lower(o).compare(0, s.size(), s) == 0) matches.push_back(o);
  std::string list;
  for (const std::string& o : options) list += (list.empty() ? "'" : ", '") + o + "'";
  if (matches.empty()) {
    raise("MATLAB:unrecognizedStringChoice", "Expected input to match one of these values:\n\n" + list +
              "\n\nThe input, '" + a.text(0) + "', did not match any of the valid values.", a.site);
  }
  const std::string* shortest = &matches[0];
  for (const std::string& m : matches)
    if (m.size() < shortest->size()) shortest = &m;
  for (const std::string& m : matches)
    if (lower(m).compare(0, shortest->size(), lower(*shortest)) != 0)
      raise("MATLAB:ambiguousStringChoice", "Expected input to match one of these values:\n\n" + list +
                "\n\nThe input, '" + a.text(0) + "', matched more than one valid value.", a.site);
  a.set(0, fromText(*shortest));
}

// --- MATLAB: numbers -----------------------------------------------------------------------

// realpow(x, y): x.^y, an error where the result would be complex.
MCC_DEFINE_BUILTIN(realpow) {
  a.arity(2, 2, 1);
  if (a[0]->is_complex || a[1]->is_complex) a.error("Realpow produced complex result.");
  Ref r = binary(MCC_OP_POWER, a[0], a[1], a.site);
  if (r->is_complex) a.error("Realpow produced complex result.");
  a.set(0, std::move(r));
}

// gradient(F), gradient(F, h), gradient(F, hx, hy): the numerical gradient
// of a vector or matrix, central differences inside and one-sided ones at
// the edges; [gx, gy] for a matrix (gx along the rows, dim 2).
MCC_DEFINE_BUILTIN(gradient) {
  a.arity(1, 3, 2);
  const mcc_array* f = a[0];
  if (f->ndims > 2) a.error("gradient of N-D arrays is not supported.");
  Ref x = f->class_id == MCC_CLASS_DOUBLE ? Ref::share(f) : Ref(mcc_array_cast(f, MCC_CLASS_DOUBLE, a.site));
  if (x->is_complex) a.error("gradient of complex arrays is not supported.");
  if (isVectorShape(x.get())) {
    size_t dim = x->dims[0] == 1 ? 1 : 0;
    a.set(0, differencesAlong(x.get(), dim, coordinates(a, 1, x->numel)));
    return;
  }
  uint32_t hy = a.nargin == 3 ? 2 : 1;
  a.set(0, differencesAlong(x.get(), 1, coordinates(a, 1, extent(x.get(), 1))));
  if (a.nargout >= 2) a.set(1, differencesAlong(x.get(), 0, coordinates(a, hy, extent(x.get(), 0))));
}

// del2(U), del2(U, h), del2(U, hx, hy, ...): the discrete Laplacian, the
// sum over dims of length 3 or more of each dim's second difference
// (divided differences for uneven coordinates), halved and divided by
// ndims(U) (L = 4*del2(U) is the 2-D Laplacian), with each second
// difference extended linearly to the two ends. hx (coordinates or a step)
// is along dim 2, hy along dim 1, then dims 3 and on; a lone scalar h is
// every dim's step.
MCC_DEFINE_BUILTIN(del2) {
  a.arity(1, 64, 1);
  const mcc_array* u = a[0];
  if (a.nargin > u->ndims + 1) a.error("Too many input arguments.");
  if (u->is_complex) notImplemented("del2 of complex values", a.site);
  if (!isValueClass(u->class_id)) a.error("del2: U must be numeric.");
  std::vector<double> v = realValues(u), lap(u->numel, 0.0);
  size_t nd = u->ndims;
  for (size_t dim = 1; dim <= nd; ++dim) {
    Slices s = slicesAlong(u, dim);
    size_t n = s.len;
    if (n < 3) continue;
    // The spacing argument of this dim: hx is the second input, hy the third.
    // (A vector's one spacing argument is that of its long dim.)
    uint32_t k = a.nargin == 2 && (a[1]->numel == 1 || isVectorShape(u)) ? 1 : dim == 1 ? 2 : dim == 2 ? 1 : uint32_t(dim);
    std::vector<double> at = coordinates(a, k, n), h(n - 1);
    for (size_t j = 0; j + 1 < n; ++j) h[j] = at[j + 1] - at[j];
    std::vector<double> d(n);
    for (size_t o = 0; o < s.after; ++o)
      for (size_t i = 0; i < s.before; ++i) {
        auto at3 = [&](size_t j) { return v[s.at(o, j, i)]; };
        for (size_t j = 1; j + 1 < n; ++j)
          d[j] = ((at3(j - 1) - at3(j)) / h[j - 1] + (at3(j + 1) - at3(j)) / h[j]) / (h[j - 1] + h[j]);
        if (n == 3) {
          d[0] = d[2] = d[1];
        } else {
          d[0] = (h[0] + h[1]) / h[1] * d[1] - h[0] / h[1] * d[2];
          d[n - 1] = (h[n - 2] + h[n - 3]) / h[n - 3] * d[n - 2] - h[n - 2] / h[n - 3] * d[n - 3];
        }
        for (size_t j = 0; j < n; ++j) lap[s.at(o, j, i)] += d[j];
      }
  }
  for (double& e : lap) e /= double(nd);
  a.set(0, floatArray(u->class_id == MCC_CLASS_SINGLE, dimsOf(u), lap, a.site));
}

// unwrap(p), unwrap(p, tol), unwrap(p, tol, dim): phase angles in radians
// made continuous by adding multiples of 2*pi where a jump is tol (pi) or
// more, along dim (the first non-singleton one).
MCC_DEFINE_BUILTIN(unwrap) {
  a.arity(1, 3, 1);
  const mcc_array* p = a[0];
  if (p->is_complex) a.error("unwrap of complex values is not supported.");
  double tol = a.nargin >= 2 && a[1]->numel ? a.scalar(1) : std::numbers::pi;
  if (tol < std::numbers::pi) tol = std::numbers::pi;
  size_t dim = a.nargin == 3 ? static_cast<size_t>(a.scalar(2)) - 1 : defaultDim(p) - 1;
  uint32_t cls = p->class_id == MCC_CLASS_SINGLE ? MCC_CLASS_SINGLE : MCC_CLASS_DOUBLE;
  Ref work = newArray(MCC_CLASS_DOUBLE, false, dimsOf(p));
  std::vector<double> values = realValues(p);
  std::copy(values.begin(), values.end(), dataOf<double>(work.get()));
  size_t before = 1, len = extent(p, dim), after = 1;
  for (size_t d = 0; d < dim; ++d) before *= extent(p, d);
  for (size_t d = dim + 1; d < p->ndims; ++d) after *= extent(p, d);
  double* v = dataOf<double>(work.get());
  for (size_t o = 0; o < after; ++o)
    unwrapColumns(v + o * before * len, len, before, before, 1, tol);
  a.set(0, cls == MCC_CLASS_DOUBLE ? std::move(work) : Ref(mcc_array_cast(work.get(), cls, a.site)));
}

// [counts, centers] = hist(y, nbins or centers): counts of y in nbins
// (10) equal bins between its min and max, or in the bins around the given
// centers; a matrix gives a column of counts per column. hist without an
// output draws, which a compiled program cannot.
MCC_DEFINE_BUILTIN(hist) {
  a.arity(1, 2, 2);
  if (a.nargout == 0) a.error("hist without output arguments draws a histogram: graphics are not available.");
  const mcc_array* y = a[0];
  if (y->is_complex) a.error("Input arguments must be real.");
  std::vector<double> all = realValues(y);
  std::vector<double> centers;
  if (a.nargin == 2 && a[1]->numel != 1) {
    centers = realValues(a[1]);
  } else {
    double nb = a.nargin == 2 ? a.scalar(1) : 10;
    if (!(nb >= 1) || nb != std::floor(nb)) a.error("The number of bins must be a positive integer.");
    double lo = INFINITY, hi = -INFINITY;
    for (double v : all)
      if (!std::isnan(v)) lo = std::min(lo, v), hi = std::max(hi, v);
    if (lo > hi) lo = 0, hi = 1;  // no numbers: MATLAB's default range
    if (lo == hi) lo -= 0.5, hi += 0.5;
    size_t n = static_cast<size_t>(nb);
    double width = (hi - lo) / static_cast<double>(n);
    for (size_t k = 0; k < n; ++k) centers.push_back(lo + width * (static_cast<double>(k) + 0.5));
  }
  bool vector = isVectorShape(y) || y->numel == 0;
  size_t rows = vector ? all.size() : y->dims[0], cols = vector ? 1 : y->numel / std::max<size_t>(rows, 1);
  Ref counts = newArray(MCC_CLASS_DOUBLE, false, vector ? Dims{1, centers.size()} : Dims{centers.size(), cols});
  double* c = dataOf<double>(counts.get());
  for (size_t j = 0; j < cols; ++j) {
    std::vector<double> column(all.begin() + j * rows, all.begin() + (j + 1) * rows);
    std::vector<double> n = binCounts(column, centers);
    std::copy(n.begin(), n.end(), c + j * centers.size());
  }
  a.set(0, std::move(counts));
  if (a.nargout >= 2) a.set(1, rowOf(centers, MCC_CLASS_DOUBLE, a.site));
}

// --- MATLAB: special matrices, structure tests, bits, blocks ------------------------------------------

namespace {

// A real double matrix rows x cols from f(i, j) (0-based).
template <class F> Ref matrixOf(size_t rows, size_t cols, F f) {
  Ref m = newArray(MCC_CLASS_DOUBLE, false, {rows, cols});
  double* d = dataOf<double>(m.get());
  for (size_t j = 0; j < cols; ++j)
    for (size_t i = 0; i < rows; ++i) d[j * rows + i] = f(i, j);
  return m;
}

std::vector<double> realVector(const Args& a, uint32_t k) {
  if (a[k]->is_complex) a.error("Complex inputs are not supported here.");
  return realValues(a[k]);
}

// The real and imaginary parts of a numeric matrix, and its rows and columns.
struct Parts {
  std::vector<double> re, im;
  size_t rows = 0, cols = 0;
};
Parts partsOf(const Args& a, uint32_t k) {
  const mcc_array* x = a[k];
  if (x->ndims > 2) a.error("Input must be a 2-D matrix.");
  Parts p;
  p.rows = x->dims[0];
  p.cols = x->dims[1];
  if (x->is_complex) {
    p.re = realValues(invoke1(mcc_bi_real, {x}, a.site).get());
    p.im = realValues(invoke1(mcc_bi_imag, {x}, a.site).get());
  } else {
    p.re = realValues(x);
    p.im.assign(p.re.size(), 0.0);
  }
  return p;
}

// Whether every element outside the band lo below / up above the diagonal is zero.
bool zeroOutside(const Parts& p, double lo, double up) {
  for (size_t j = 0; j < p.cols; ++j)
    for (size_t i = 0; i < p.rows; ++i) {
      double below = static_cast<double>(i) - static_cast<double>(j);
      if ((below > lo || -below > up) && (p.re[j * p.rows + i] != 0 || p.im[j * p.rows + i] != 0)) return false;
    }
  return true;
}

bool mirrored(const Args& a, bool conjugate) {
  a.arity(1, 2, 1);
  Parts p = partsOf(a, 0);
  double tol = a.nargin == 2 && !a.isText(1) ? a.scalar(1) : 0;
  if (p.rows != p.cols) return false;
  for (size_t j = 0; j < p.cols; ++j)
    for (size_t i = 0; i < p.rows; ++i) {
      size_t x = j * p.rows + i, y = i * p.rows + j;
      double dre = p.re[x] - p.re[y], dim = p.im[x] - (conjugate ? -p.im[y] : p.im[y]);
      if (tol == 0 ? (dre != 0 || dim != 0) : std::hypot(dre, dim) > tol) return false;
    }
  return true;
}

Ref inClassOf(Ref m, const mcc_array* like, const mcc_site* site) {
  if (like->class_id == MCC_CLASS_DOUBLE || like->class_id == MCC_CLASS_LOGICAL || like->class_id == MCC_CLASS_CHAR) return m;
  return Ref(mcc_array_cast(m.get(), like->class_id, site));
}

}  // namespace

// hankel(c), hankel(c, r): constant anti-diagonals, the first column c and
// last row r (zeros below the anti-diagonal without r).
MCC_DEFINE_BUILTIN(hankel) {
  a.arity(1, 2, 1);
  std::vector<double> c = realVector(a, 0), r = a.nargin == 2 ? realVector(a, 1) : std::vector<double>(c.size(), 0.0);
  size_t m = c.size();
  a.set(0, inClassOf(matrixOf(m, r.size(), [&](size_t i, size_t j) { return i + j < m ? c[i + j] : r[i + j - m + 1]; }), a[0], a.site));
}

// pascal(n): the symmetric Pascal matrix, binomial coefficients.
MCC_DEFINE_BUILTIN(pascal) {
  a.arity(1, 1, 1);
  size_t n = static_cast<size_t>(std::max(0.0, a.scalar(0)));
  std::vector<double> p(n * n, 1.0);
  for (size_t j = 1; j < n; ++j)
    for (size_t i = 1; i < n; ++i) p[j * n + i] = p[j * n + i - 1] + p[(j - 1) * n + i];
  a.set(0, matrixOf(n, n, [&](size_t i, size_t j) { return p[j * n + i]; }));
}

MCC_DEFINE_BUILTIN(isbanded) {
  a.arity(3, 3, 1);
  a.set(0, boolResult(zeroOutside(partsOf(a, 0), a.scalar(1), a.scalar(2))));
}
MCC_DEFINE_BUILTIN(ishermitian) { a.set(0, boolResult(mirrored(a, true))); }

// [lower, upper] = bandwidth(A); bandwidth(A, 'lower' or 'upper').
MCC_DEFINE_BUILTIN(bandwidth) {
  a.arity(1, 2, 2);
  Parts p = partsOf(a, 0);
  double lo = 0, up = 0;
  for (size_t j = 0; j < p.cols; ++j)
    for (size_t i = 0; i < p.rows; ++i)
      if (p.re[j * p.rows + i] != 0 || p.im[j * p.rows + i] != 0) {
        lo = std::max(lo, static_cast<double>(i) - static_cast<double>(j));
        up = std::max(up, static_cast<double>(j) - static_cast<double>(i));
      }
  if (a.nargin == 2) {
    std::string which = option(a, 1);
    if (which != "lower" && which != "upper") a.error("The second input must be 'lower' or 'upper'.");
    return a.set(0, number(which == "lower" ? lo : up));
  }
  a.set(0, number(lo));
  if (a.nargout >= 2) a.set(1, number(up));
}

// eomday(y, m): the last day of month m of year y (either may be an array).
MCC_DEFINE_BUILTIN(eomday) {
  a.arity(2, 2, 1);
  static const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (a[0]->numel != 1 && a[1]->numel != 1 && dimsOf(a[0]) != dimsOf(a[1]))
    a.error("Y and M must be the same size or scalars.");
  std::vector<double> y = realValues(a[0]), m = realValues(a[1]);
  Ref out = newArray(MCC_CLASS_DOUBLE, false, dimsOf(a[0]->numel == 1 ? a[1] : a[0]));
  for (size_t k = 0; k < out->numel; ++k) {
    double year = y[y.size() == 1 ? 0 : k], month = m[m.size() == 1 ? 0 : k];
    if (!(month >= 1 && month <= 12) || month != std::floor(month)) a.error("Month must be a whole number from 1 to 12.");
    bool leap = std::fmod(year, 4) == 0 && (std::fmod(year, 100) != 0 || std::fmod(year, 400) == 0);
    dataOf<double>(out.get())[k] = days[static_cast<int>(month) - 1] + (month == 2 && leap ? 1 : 0);
  }
  a.set(0, std::move(out));
}

// num2hex(x): each element's IEEE bits as a row of hex digits (16 for
// double, 8 for single).
MCC_DEFINE_BUILTIN(num2hex) {
  a.arity(1, 1, 1);
  const mcc_array* x = a[0];
  if (!isFloatClass(x->class_id) || x->is_complex) a.error("Input must be real and of class double or single.");
  std::vector<std::string> rows;
  char buf[24];
  for (size_t k = 0; k < x->numel; ++k) {
    if (x->class_id == MCC_CLASS_SINGLE) {
      uint32_t bits;
      std::memcpy(&bits, dataOf<float>(x) + k, 4);
      std::snprintf(buf, sizeof buf, "%08x", bits);
    } else {
      uint64_t bits;
      std::memcpy(&bits, dataOf<double>(x) + k, 8);
      std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(bits));
    }
    rows.emplace_back(buf);
  }
  a.set(0, charMatrix(rows, a.site));
}

// hex2num(s): the double whose IEEE bits the hex digits give (padded with
// zeros on the right to 16); a char matrix or cell gives a column.
MCC_DEFINE_BUILTIN(hex2num) {
  a.arity(1, 1, 1);
  std::vector<std::string> texts;
  if (a[0]->class_id == MCC_CLASS_CELL) {
    for (size_t k = 0; k < a[0]->numel; ++k) texts.push_back(toText(cellElement(a[0], k).get()));
  } else if (a[0]->class_id == MCC_CLASS_CHAR && a[0]->dims[0] > 1) {
    Codes codes = codesOf(a[0]);
    size_t rows = a[0]->dims[0], cols = a[0]->numel / rows;
    for (size_t i = 0; i < rows; ++i) {
      std::string t;
      for (size_t j = 0; j < cols; ++j) t += static_cast<char>(codes[j * rows + i]);
      texts.push_back(t);
    }
  } else {
    texts.push_back(a.text(0));
  }
  std::vector<double> out;
  for (std::string t : texts) {
    while (!t.empty() && t.back() == ' ') t.pop_back();
    if (t.size() > 16) a.error("Input string must be no more than 16 characters long.");
    t.resize(16, '0');
    uint64_t bits = 0;
    for (char ch : t) {
      int d = std::isdigit(static_cast<unsigned char>(ch)) ? ch - '0'
              : (ch >= 'a' && ch <= 'f') ? ch - 'a' + 10
              : (ch >= 'A' && ch <= 'F') ? ch - 'A' + 10
                                         : -1;
      if (d < 0) a.error("Input string must contain hexadecimal characters only.");
      bits = bits << 4 | static_cast<uint64_t>(d);
    }
    double v;
    std::memcpy(&v, &bits, 8);
    out.push_back(v);
  }
  Ref r = newArray(MCC_CLASS_DOUBLE, false, {out.size(), 1});
  std::copy(out.begin(), out.end(), dataOf<double>(r.get()));
  a.set(0, std::move(r));
}

// swapbytes(x): each element's bytes in reverse order (any numeric class).
MCC_DEFINE_BUILTIN(swapbytes) {
  a.arity(1, 1, 1);
  const mcc_array* x = a[0];
  if (!isNumericClass(x->class_id)) a.error("Input must be numeric.");
  Ref out = newArray(x->class_id, x->is_complex, dimsOf(x));
  size_t size = scalarSize(x->class_id), n = x->numel * (x->is_complex ? 2 : 1);
  const auto* from = static_cast<const unsigned char*>(x->data);
  auto* to = static_cast<unsigned char*>(out->data);
  for (size_t k = 0; k < n; ++k)
    for (size_t b = 0; b < size; ++b) to[k * size + b] = from[k * size + size - 1 - b];
  a.set(0, std::move(out));
}

// mat2cell(A, r), mat2cell(A, r, c): A cut into blocks of r(i) rows and
// c(j) columns (all columns without c), as a numel(r) x numel(c) cell.
MCC_DEFINE_BUILTIN(mat2cell) {
  a.arity(2, 3, 1);
  const mcc_array* x = a[0];
  if (x->ndims > 2) a.error("mat2cell of N-D arrays is not supported.");
  std::vector<double> r = realVector(a, 1);
  std::vector<double> c = a.nargin == 3 ? realVector(a, 2) : std::vector<double>{static_cast<double>(extent(x, 1))};
  auto total = [](const std::vector<double>& v) {
    double s = 0;
    for (double d : v) s += d;
    return s;
  };
  if (total(r) != static_cast<double>(extent(x, 0)) || total(c) != static_cast<double>(extent(x, 1)))
    a.error("Input arguments, D1 through D2, must sum to each dimension of the input matrix size.");
  Ref out = newCell({r.size(), c.size()}, a.site);
  size_t col = 0;
  for (size_t j = 0; j < c.size(); ++j) {
    size_t row = 0;
    for (size_t i = 0; i < r.size(); ++i) {
      Ref rows = rangeRow(row + 1, row + static_cast<size_t>(r[i]));
      Ref cols = rangeRow(col + 1, col + static_cast<size_t>(c[j]));
      const mcc_array* idx[2] = {rows.get(), cols.get()};
      Ref block(mcc_subsref(x, 2, idx, a.site));
      setCellElement(out.get(), j * r.size() + i, block.get());
      row += static_cast<size_t>(r[i]);
    }
    col += static_cast<size_t>(c[j]);
  }
  a.set(0, std::move(out));
}
