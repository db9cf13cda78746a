// The builtins of cells.def: constructing, querying and converting cell and
// struct arrays (cell, struct, fieldnames, num2cell, cell2mat, deal...).
#include "builtins/Cells.h"

#include <algorithm>
#include <cmath>

#include "builtins/Util.h"

namespace mcc::rt {

void rearrangeAggregate(const Args& a, BuiltinFn builtin) {
  const mcc_array* x = a[0];
  Ref p = positionsOf(x);
  std::vector<mcc_array*> in(a.in, a.in + a.nargin);
  in[0] = p.get();
  mcc_array* out = nullptr;
  builtin(1, &out, a.nargin, in.data(), a.site);
  Ref q(out);
  a.set(0, gatherPositions(x, q.get(), std::vector<mcc_array*>(elementsOf(x), elementsOf(x) + x->numel)));
}

bool equalAggregates(const mcc_array* x, const mcc_array* y, bool (*equal)(const mcc_array*, const mcc_array*)) {
  if (x->class_id != y->class_id || dimsOf(x) != dimsOf(y)) return false;
  if (x->class_id == MCC_CLASS_STRUCT) {
    std::vector<std::string> fx = fieldsOf(x)->names, fy = fieldsOf(y)->names;
    std::sort(fx.begin(), fx.end());
    std::sort(fy.begin(), fy.end());
    if (fx != fy) return false;
    for (size_t k = 0; k < x->numel; ++k)
      for (size_t f = 0; f < fieldCount(x); ++f) {
        size_t g = static_cast<size_t>(fieldsOf(y)->find(fieldsOf(x)->names[f]));
        Ref vx = structField(x, k, f), vy = structField(y, k, g);
        if (!equal(vx.get(), vy.get())) return false;
      }
    return true;
  }
  for (size_t k = 0; k < x->numel; ++k) {
    Ref vx = cellElement(x, k), vy = cellElement(y, k);
    if (!equal(vx.get(), vy.get())) return false;
  }
  return true;
}

}  // namespace mcc::rt

using namespace mcc::rt;

namespace {

const mcc_array* structArg(const Args& a, uint32_t k, const std::string& message) {
  if (a[k]->class_id != MCC_CLASS_STRUCT) a.error(message);
  return a[k];
}

// The dims of cell(n), cell(m, n, ...), cell([m n]).
Dims sizeArgs(const Args& a, uint32_t first) {
  Dims dims;
  auto extent = [&](double v) -> size_t {
    if (std::isnan(v) || v != std::floor(v)) a.error("Size inputs must be integers.");
    return v < 0 ? 0 : static_cast<size_t>(v);
  };
  if (a.nargin == first) return {1, 1};
  if (a.nargin == first + 1) {
    std::vector<double> v = realValues(a[first]);
    if (v.size() == 1) return {extent(v[0]), extent(v[0])};
    for (double d : v) dims.push_back(extent(d));
    return dims;
  }
  for (uint32_t k = first; k < a.nargin; ++k) dims.push_back(extent(a.scalar(k)));
  return dims;
}

// The text of a cellstr element or char row (error otherwise).
std::string nameText(const Args& a, const mcc_array* v, const char* message) {
  if (!v || v->class_id != MCC_CLASS_CHAR || (v->numel && !(v->ndims == 2 && v->dims[0] == 1))) a.error(message);
  return toText(v);
}

bool isCellstr(const mcc_array* c) {
  if (c->class_id != MCC_CLASS_CELL) return false;
  for (size_t k = 0; k < c->numel; ++k) {
    const mcc_array* e = elementsOf(c)[k];
    if (!e || e->class_id != MCC_CLASS_CHAR || (e->ndims != 2 || (e->dims[0] != 1 && e->numel != 0))) return false;
  }
  return true;
}

// The names a field-name argument holds: a char row or a cell of them.
std::vector<std::string> namesArg(const Args& a, uint32_t k, const char* message) {
  std::vector<std::string> names;
  if (a[k]->class_id == MCC_CLASS_CELL) {
    for (size_t j = 0; j < a[k]->numel; ++j) names.push_back(nameText(a, elementsOf(a[k])[j], message));
  } else {
    names.push_back(nameText(a, a[k], message));
  }
  return names;
}

Ref namesColumn(const std::vector<std::string>& names) {
  Ref c = newCell({names.size(), 1});
  for (size_t k = 0; k < names.size(); ++k) elementsOf(c.get())[k] = fromText(names[k]).release();
  return c;
}

}  // namespace

MCC_DEFINE_BUILTIN(cell) {
  a.arity(0, UINT32_MAX, 1);
  a.set(0, newCell(sizeArgs(a, 0), a.site));
}

MCC_DEFINE_BUILTIN(iscell) {
  a.arity(1, 1, 1);
  a.set(0, boolResult(a[0]->class_id == MCC_CLASS_CELL));
}

MCC_DEFINE_BUILTIN(iscellstr) {
  a.arity(1, 1, 1);
  a.set(0, boolResult(isCellstr(a[0])));
}

MCC_DEFINE_BUILTIN(isstruct) {
  a.arity(1, 1, 1);
  a.set(0, boolResult(a[0]->class_id == MCC_CLASS_STRUCT));
}

// struct(), struct([]), struct('a', v, 'b', {1, 2}, ...): cell values make
// a struct array of their size (1x1 cells are copied to every element).
MCC_DEFINE_BUILTIN(struct) {
  a.arity(0, UINT32_MAX, 1);
  if (a.nargin == 0) {
    a.set(0, newStruct({1, 1}, {}));
    return;
  }
  if (a.nargin == 1 && a[0]->class_id == MCC_CLASS_STRUCT) {
    a.set(0, Ref::share(a[0]));
    return;
  }
  if (a.nargin == 1 && isBracketEmpty(a[0])) {
    a.set(0, newStruct({0, 0}, {}));
    return;
  }
  if (a.nargin % 2) a.error("Field and value input arguments must come in pairs.");
  std::vector<std::string> names;
  Dims dims = {1, 1};
  bool sized = false;
  for (uint32_t k = 0; k < a.nargin; k += 2) {
    std::string n = nameText(a, a[k], "Field names must be non-empty character vectors or strings.");
    if (std::find(names.begin(), names.end(), n) != names.end()) a.error("Duplicate field name \"" + n + "\"");
    names.push_back(n);
    const mcc_array* v = a[k + 1];
    if (v->class_id == MCC_CLASS_CELL && v->numel != 1) {
      if (sized && dimsOf(v) != dims) a.error("Array dimensions of input " + std::to_string(k + 2) + " must match those of input " + std::to_string(k + 2) + ".");
      dims = dimsOf(v);
      sized = true;
    }
  }
  Ref s = newStruct(dims, names, a.site);
  for (size_t e = 0; e < s->numel; ++e)
    for (size_t f = 0; f < names.size(); ++f) {
      const mcc_array* v = a[static_cast<uint32_t>(2 * f + 1)];
      if (v->class_id != MCC_CLASS_CELL) {
        setStructField(s.get(), e, f, v);
      } else {
        Ref x = cellElement(v, v->numel == 1 ? 0 : e);
        setStructField(s.get(), e, f, x.get());
      }
    }
  a.set(0, std::move(s));
}

MCC_DEFINE_BUILTIN(fieldnames) {
  a.arity(1, 1, 1);
  const mcc_array* s = structArg(a, 0, "Invalid input argument of type '" + classText(a[0]) +
                                           "'. Input must be a structure or a Java or COM object.");
  a.set(0, namesColumn(fieldsOf(s) ? fieldsOf(s)->names : std::vector<std::string>{}));
}

MCC_DEFINE_BUILTIN(isfield) {
  a.arity(2, 2, 1);
  const mcc_array* s = a[0];
  bool isStruct = s->class_id == MCC_CLASS_STRUCT;
  auto has = [&](const mcc_array* n) {
    return isStruct && n && n->class_id == MCC_CLASS_CHAR && fieldsOf(s) && fieldsOf(s)->find(toText(n)) >= 0;
  };
  if (a[1]->class_id != MCC_CLASS_CELL) {
    a.set(0, boolResult(has(a[1])));
    return;
  }
  Ref r = newArray(MCC_CLASS_LOGICAL, false, dimsOf(a[1]), true, a.site);
  for (size_t k = 0; k < a[1]->numel; ++k) dataOf<uint8_t>(r.get())[k] = has(elementsOf(a[1])[k]);
  a.set(0, std::move(r));
}

MCC_DEFINE_BUILTIN(rmfield) {
  a.arity(2, 2, 1);
  Ref s = Ref::share(structArg(a, 0, "Input must be a struct."));
  for (const std::string& n : namesArg(a, 1, "Field names must be character vectors or a cell array of them.")) {
    long f = fieldsOf(s.get())->find(n);
    if (f < 0)
      a.error("A field named '" + n + "' doesn't exist.");
    s = withoutField(s.get(), static_cast<size_t>(f));
  }
  a.set(0, std::move(s));
}

MCC_DEFINE_BUILTIN(getfield) {
  a.arity(2, 2, 1);
  Ref v(mcc_getfield_dynamic(a[0], a[1], 0, a.site));
  a.set(0, std::move(v));
}

MCC_DEFINE_BUILTIN(setfield) {
  a.arity(3, 3, 1);
  Ref s = Ref::share(a[0]);
  a.set(0, Ref(mcc_setfield_dynamic(s.release(), a[2], a[1], a.site)));
}

// orderfields(s): fields sorted (ASCII order); orderfields(s, t) as t's;
// orderfields(s, {names}) or a permutation vector.
MCC_DEFINE_BUILTIN(orderfields) {
  a.arity(1, 2, 2);
  const mcc_array* s = structArg(a, 0, "First argument must be a struct.");
  std::vector<std::string> old = fieldsOf(s) ? fieldsOf(s)->names : std::vector<std::string>{};
  std::vector<std::string> names = old;
  if (a.nargin == 1) {
    std::sort(names.begin(), names.end());
  } else if (a[1]->class_id == MCC_CLASS_STRUCT) {
    names = fieldsOf(a[1]) ? fieldsOf(a[1])->names : std::vector<std::string>{};
  } else if (a[1]->class_id == MCC_CLASS_CELL) {
    names = namesArg(a, 1, "Invalid second input argument.");
  } else {
    names.clear();
    for (double p : realValues(a[1])) {
      if (p < 1 || p > old.size() || p != std::floor(p)) a.error("Invalid permutation vector.");
      names.push_back(old[static_cast<size_t>(p) - 1]);
    }
  }
  std::vector<std::string> x = old, y = names;
  std::sort(x.begin(), x.end());
  std::sort(y.begin(), y.end());
  if (x != y) a.error("Structures must have the same field names.");
  a.set(0, withFieldOrder(s, names));
  if (a.nargout > 1) {
    std::vector<double> perm;
    for (const std::string& n : names) perm.push_back(static_cast<double>(fieldsOf(s)->find(n) + 1));
    Ref p = newArray(MCC_CLASS_DOUBLE, false, {perm.size(), 1}, false);
    std::copy(perm.begin(), perm.end(), dataOf<double>(p.get()));
    a.set(1, std::move(p));
  }
}

// struct2cell(s): a (fields x size(s)) cell.
MCC_DEFINE_BUILTIN(struct2cell) {
  a.arity(1, 1, 1);
  const mcc_array* s = structArg(a, 0, "Input must be a structure.");
  size_t nf = fieldCount(s);
  Dims dims = {nf};
  for (uint32_t k = 0; k < s->ndims; ++k) dims.push_back(s->dims[k]);
  if (s->ndims == 2 && s->dims[1] == 1) dims.pop_back();  // a column of structs: F x N
  Ref c = newCell(dims, a.site);
  for (size_t e = 0; e < s->numel; ++e)
    for (size_t f = 0; f < nf; ++f) elementsOf(c.get())[e * nf + f] = structField(s, e, f).release();
  a.set(0, std::move(c));
}

// cell2struct(c, fields, dim): dim 1 (default) takes fields from the rows.
MCC_DEFINE_BUILTIN(cell2struct) {
  a.arity(2, 3, 1);
  const mcc_array* c = a[0];
  if (c->class_id != MCC_CLASS_CELL) a.error("CELL2STRUCT only accepts cell arrays as its first argument.");
  std::vector<std::string> names = namesArg(a, 1, "Field names must be a cell array of character vectors.");
  size_t dim = a.nargin == 3 ? static_cast<size_t>(a.scalar(2)) : 1;
  if (c->ndims > 2 || (dim != 1 && dim != 2)) a.error("cell2struct of this shape is not implemented yet in mcc.");
  size_t rows = c->dims[0], cols = c->dims[1];
  size_t nf = dim == 1 ? rows : cols, n = dim == 1 ? cols : rows;
  if (names.size() != nf) a.error("Number of field names must match number of fields in new structure.");
  Ref s = newStruct({n, 1}, names, a.site);
  for (size_t e = 0; e < n; ++e)
    for (size_t f = 0; f < nf; ++f) {
      size_t at = dim == 1 ? e * rows + f : f * rows + e;
      Ref v = cellElement(c, at);
      setStructField(s.get(), e, f, v.get());
    }
  a.set(0, std::move(s));
}

MCC_DEFINE_BUILTIN(num2cell) {
  a.arity(1, 1, 1);
  const mcc_array* x = a[0];
  if (isPointerClass(x->class_id)) {
    Ref c = newCell(dimsOf(x), a.site);
    for (size_t k = 0; k < x->numel; ++k) {
      Ref one(mcc_array_from_scalar(static_cast<double>(k + 1)));
      const mcc_array* idx[1] = {one.get()};
      elementsOf(c.get())[k] = aggregateSubsref(x, 1, idx, a.site).release();
    }
    a.set(0, std::move(c));
    return;
  }
  Ref c = newCell(dimsOf(x), a.site);
  for (size_t k = 0; k < x->numel; ++k) {
    Ref one(mcc_array_from_scalar(static_cast<double>(k + 1)));
    const mcc_array* idx[1] = {one.get()};
    elementsOf(c.get())[k] = mcc_subsref(x, 1, idx, a.site);
  }
  a.set(0, std::move(c));
}

// cell2mat(c): each row of cells concatenated horizontally, then the rows
// vertically.
MCC_DEFINE_BUILTIN(cell2mat) {
  a.arity(1, 1, 1);
  const mcc_array* c = a[0];
  if (c->class_id != MCC_CLASS_CELL) a.error("cell2mat only accepts cell arrays as input.");
  if (c->numel == 0) {
    a.set(0, Ref(mcc_array_empty()));
    return;
  }
  if (c->ndims > 2) a.error("cell2mat of N-d cell arrays is not implemented yet in mcc.");
  for (size_t k = 0; k < c->numel; ++k) {
    const mcc_array* e = elementsOf(c)[k];
    if (e && (e->class_id == MCC_CLASS_CELL || e->class_id == MCC_CLASS_STRUCT))
      a.error("CELL2MAT does not support cell arrays containing cell arrays or objects.");
  }
  size_t rows = c->dims[0], cols = c->dims[1];
  std::vector<Ref> rowValues, held;
  std::vector<const mcc_array*> rowParts;
  for (size_t i = 0; i < rows; ++i) {
    std::vector<const mcc_array*> parts;
    for (size_t j = 0; j < cols; ++j) {
      held.push_back(cellElement(c, j * rows + i));
      parts.push_back(held.back().get());
    }
    rowValues.push_back(Ref(mcc_horzcat(parts.size(), parts.data(), a.site)));
    rowParts.push_back(rowValues.back().get());
  }
  a.set(0, Ref(mcc_vertcat(rowParts.size(), rowParts.data(), a.site)));
}

// [a, b, ...] = deal(x, y, ...) or deal(x) for every output.
MCC_DEFINE_BUILTIN(deal) {
  a.arity(1, UINT32_MAX, UINT32_MAX);
  uint32_t n = a.outputs();
  if (a.nargin != 1 && a.nargin != n) a.error("The number of outputs should match the number of inputs.");
  for (uint32_t k = 0; k < n; ++k) a.set(k, Ref::share(a[a.nargin == 1 ? 0 : k]));
}

// narginchk(min, max) and nargoutchk(min, max): the compiler passes the
// calling function's nargin or nargout as a third argument.
static void countCheck(const Args& a, const char* fewer, const char* more) {
  if (a.nargin < 3) a.error("Not enough input arguments.");
  if (a.nargin > 3) a.error("Too many input arguments.");
  double lo = a.scalar(0), hi = a.scalar(1), n = a.scalar(2);
  if (n < lo) a.error(fewer);
  if (n > hi) a.error(more);
}

MCC_DEFINE_BUILTIN(narginchk) {
  a.arity(0, UINT32_MAX, 0);
  countCheck(a, "Not enough input arguments.", "Too many input arguments.");
}

MCC_DEFINE_BUILTIN(nargoutchk) {
  a.arity(0, UINT32_MAX, 0);
  countCheck(a, "Not enough output arguments.", "Too many output arguments.");
}
