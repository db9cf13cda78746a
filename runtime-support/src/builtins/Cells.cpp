// The builtins of cells.def: constructing, querying and converting cell and
// struct arrays (cell, struct, fieldnames, num2cell, cell2mat, deal...).
#include "builtins/Cells.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstring>

#include "array/Index.h"
#include "builtins/Handles.h"
#include "builtins/StringArgs.h"
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

void mapCellElements(const Args& a, BuiltinFn builtin) {
  const mcc_array* c = a[0];
  Ref r = newCell(dimsOf(c), a.site);
  std::vector<mcc_array*> in(a.in, a.in + a.nargin);
  for (size_t k = 0; k < c->numel; ++k) {
    Ref e = cellElement(c, k);
    in[0] = e.get();
    mcc_array* out = nullptr;
    builtin(1, &out, a.nargin, in.data(), a.site);
    elementsOf(r.get())[k] = out;
  }
  a.set(0, std::move(r));
}

void compareCellElements(const Args& a, BuiltinFn builtin) {
  const mcc_array* x = a[0];
  const mcc_array* y = a[1];
  bool xCell = x->class_id == MCC_CLASS_CELL, yCell = y->class_id == MCC_CLASS_CELL;
  const mcc_array* shape = xCell && (!yCell || x->numel != 1) ? x : y;
  if (xCell && yCell && x->numel != 1 && y->numel != 1 && dimsOf(x) != dimsOf(y))
    a.error("Inputs must be the same size or either one can be a scalar.");
  Ref r = newArray(MCC_CLASS_LOGICAL, false, dimsOf(shape), true, a.site);
  std::vector<mcc_array*> in(a.in, a.in + a.nargin);
  for (size_t k = 0; k < shape->numel; ++k) {
    Ref ex = xCell ? cellElement(x, x->numel == 1 ? 0 : k) : Ref::share(x);
    Ref ey = yCell ? cellElement(y, y->numel == 1 ? 0 : k) : Ref::share(y);
    in[0] = ex.get();
    in[1] = ey.get();
    mcc_array* out = nullptr;
    builtin(1, &out, a.nargin, in.data(), a.site);
    Ref result(out);
    dataOf<uint8_t>(r.get())[k] = mcc_truth(result.get(), a.site) != 0;
  }
  a.set(0, std::move(r));
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

// The text of a cellstr element, char row or string scalar (error otherwise).
std::string nameText(const Args& a, const mcc_array* v, const char* message) {
  v = scalarText(v);
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

// The names a field-name argument holds: a char row, a cell of them or a
// string array.
std::vector<std::string> namesArg(const Args& a, uint32_t k, const char* message) {
  std::vector<std::string> names;
  if (a[k]->class_id == MCC_CLASS_STRING) {
    for (size_t j = 0; j < a[k]->numel; ++j) {
      if (!stringElement(a[k], j)) a.error(message);
      names.push_back(toText(stringElement(a[k], j)));
    }
  } else if (a[k]->class_id == MCC_CLASS_CELL) {
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
  a.set(0, boolResult(a[0]->class_id == MCC_CLASS_STRUCT && objectClass(a[0]).empty()));
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
  // A cell of names or a string array (its elements' char rows; <missing> is no name).
  bool strings = a[1]->class_id == MCC_CLASS_STRING;
  if (a[1]->class_id != MCC_CLASS_CELL && !(strings && a[1]->numel != 1)) {
    a.set(0, boolResult(has(strings ? stringElement(a[1], 0) : a[1])));
    return;
  }
  Ref r = newArray(MCC_CLASS_LOGICAL, false, dimsOf(a[1]), true, a.site);
  for (size_t k = 0; k < a[1]->numel; ++k)
    dataOf<uint8_t>(r.get())[k] = has(strings ? stringElement(a[1], k) : elementsOf(a[1])[k]);
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
  a.arity(1, 2, 1);
  const mcc_array* x = a[0];
  if (a.nargin == 2) {
    // num2cell(A, dims): the dimensions in dims stay whole inside each cell
    Dims size = dimsOf(x);
    std::vector<bool> whole(size.size(), false);
    for (double v : numbers(a[1], a, "Dimension argument must be a real positive integer scalar or vector.")) {
      if (!(v >= 1) || v != std::floor(v)) a.error("Dimension argument must be a real positive integer scalar or vector.");
      size_t d = static_cast<size_t>(v) - 1;
      if (d >= whole.size()) {
        whole.resize(d + 1, false);
        size.resize(d + 1, 1);
      }
      whole[d] = true;
    }
    Dims outDims = size;
    for (size_t d = 0; d < size.size(); ++d)
      if (whole[d]) outDims[d] = 1;
    Ref c = newCell(outDims, a.site);
    Ref colon(mcc_colon());
    size_t count = c->numel;
    for (size_t k = 0; k < count; ++k) {
      std::vector<Ref> at;
      std::vector<const mcc_array*> idx;
      for (size_t d = 0, rest = k; d < size.size(); ++d) {
        size_t i = rest % outDims[d];
        rest /= outDims[d];
        at.emplace_back(whole[d] ? Ref::share(colon.get()) : Ref(mcc_array_from_scalar(double(i + 1))));
        idx.push_back(at.back().get());
      }
      elementsOf(c.get())[k] = isPointerClass(x->class_id)
                                   ? aggregateSubsref(x, idx.size(), idx.data(), a.site).release()
                                   : mcc_subsref(x, idx.size(), idx.data(), a.site);
    }
    a.set(0, std::move(c));
    return;
  }
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
  // Every element of one class (an empty slot is [], a double), as MATLAB's
  // cell2mat checks before concatenating: [1, 'a'] would make text.
  auto classOf = [&](size_t k) {
    const mcc_array* e = elementsOf(c)[k];
    return e ? e->class_id : static_cast<uint32_t>(MCC_CLASS_DOUBLE);
  };
  for (size_t k = 1; k < c->numel; ++k)
    if (classOf(k) != classOf(0)) a.error("All contents of the input cell array must be of the same data type.");
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
// calling function's nargin or nargout as a third argument. The errors carry
// narginchk.m's and nargoutchk.m's identifiers (MATLAB:narginchk:notEnoughInputs, ...).
static void countCheck(const Args& a, const std::string& check, const char* what) {
  if (a.nargin < 3) a.error("Not enough input arguments.");
  if (a.nargin > 3) a.error("Too many input arguments.");
  double lo = a.scalar(0), hi = a.scalar(1), n = a.scalar(2);
  std::string id = "MATLAB:" + check + ":", noun = std::string(what) + "s";
  noun[0] = char(std::toupper(noun[0]));
  if (n < lo) raise(id + "notEnough" + noun, std::string("Not enough ") + what + " arguments.", a.site);
  if (n > hi) raise(id + "tooMany" + noun, std::string("Too many ") + what + " arguments.", a.site);
}

MCC_DEFINE_BUILTIN(narginchk) {
  a.arity(0, UINT32_MAX, 0);
  countCheck(a, "narginchk", "input");
}

MCC_DEFINE_BUILTIN(nargoutchk) {
  a.arity(0, UINT32_MAX, 0);
  countCheck(a, "nargoutchk", "output");
}

// validateattributes(A, classes, attributes, [funcName, varName, argIndex]):
// an error unless A is of one of the classes (names, or 'numeric', 'float',
// 'integer'; {} allows any) and has every attribute. The messages and
// identifiers are MATLAB's ("Expected input to be positive.",
// MATLAB:expectedPositive), naming varName instead of "input" when given.
namespace {

struct Attribute {
  const char* name;
  const char* id;
  const char* text;
};

}  // namespace

MCC_DEFINE_BUILTIN(validateattributes) {
  a.arity(3, 6, 0);
  const mcc_array* x = a[0];
  const mcc_array* classes = a[1];
  const mcc_array* attrs = a[2];
  if (classes->class_id != MCC_CLASS_CELL) a.error("Expected the second input, classes, to be a cell array.");
  if (attrs->class_id != MCC_CLASS_CELL) a.error("Expected the third input, attributes, to be a cell array.");
  // The optional inputs: argIndex alone, or funcName, varName, argIndex.
  std::string varName = "input";
  uint32_t k = 3;
  if (k < a.nargin && !a.isText(k)) {
    varName = "input number " + std::to_string(long(a.scalar(k)));
  } else {
    if (k + 1 < a.nargin && a.text(k + 1).size()) varName = a.text(k + 1);
    if (k + 2 < a.nargin) varName = "input number " + std::to_string(long(a.scalar(k + 2))) + ", " + varName + ",";
  }
  auto fail = [&](const std::string& id, const std::string& what) {
    raise(id, "Expected " + varName + " to be " + what + ".", a.site);
  };
  uint32_t cls = x->class_id;
  if (classes->numel) {
    bool ok = false;
    std::string names;
    for (size_t c = 0; c < classes->numel; ++c) {
      const mcc_array* e = elementsOf(classes)[c];
      if (!e || e->class_id != MCC_CLASS_CHAR) a.error("Expected the classes to be character vectors.");
      std::string n = toText(e);
      names += (c ? ", " : "") + n;
      ok = ok || n == className(cls) || (n == "numeric" && isNumericClass(cls)) ||
           (n == "float" && isFloatClass(cls)) || (n == "integer" && isIntegerClass(cls));
    }
    if (!ok)
      raise("MATLAB:invalidType",
            "Expected " + varName + " to be one of these types:\n\n" + names + "\n\nInstead its type was " +
                className(cls) + ".",
            a.site);
  }
  bool values = isNumericClass(cls) || cls == MCC_CLASS_LOGICAL || cls == MCC_CLASS_CHAR;
  std::vector<double> v = values ? realValues(x) : std::vector<double>();
  auto all = [&](auto test) { return std::all_of(v.begin(), v.end(), test); };
  auto number = [&](size_t& i) -> double {
    if (i + 1 >= attrs->numel) a.error("Attribute values must follow their names.");
    const mcc_array* e = elementsOf(attrs)[++i];
    if (!e || e->numel != 1 || !isNumericClass(e->class_id)) a.error("Attribute values must be numeric scalars.");
    return realValues(e)[0];
  };
  auto shown = [](double d) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", d);
    return std::string(buf);
  };
  bool vector = x->ndims == 2 && (x->dims[0] == 1 || x->dims[1] == 1);
  for (size_t i = 0; i < attrs->numel; ++i) {
    const mcc_array* e = elementsOf(attrs)[i];
    if (!e || e->class_id != MCC_CLASS_CHAR) a.error("Expected the attributes to be character vectors.");
    std::string n = lower(toText(e));
    bool real = !x->is_complex;
    if (n == "positive") {
      if (!values || !real || !all([](double d) { return d > 0; })) fail("MATLAB:expectedPositive", "positive");
    } else if (n == "nonnegative") {
      if (!values || !real || !all([](double d) { return d >= 0; })) fail("MATLAB:expectedNonnegative", "nonnegative");
    } else if (n == "nonzero") {
      if (!values || !all([](double d) { return d != 0; })) fail("MATLAB:expectedNonZero", "nonzero");
    } else if (n == "integer") {
      if (!values || !real || !all([](double d) { return std::isfinite(d) && d == std::floor(d); }))
        fail("MATLAB:expectedInteger", "integer-valued");
    } else if (n == "finite") {
      if (!values || !all([](double d) { return std::isfinite(d); })) fail("MATLAB:expectedFinite", "finite");
    } else if (n == "nonnan") {
      if (!values || !all([](double d) { return !std::isnan(d); })) fail("MATLAB:expectedNonNaN", "non-NaN");
    } else if (n == "real") {
      if (!values || !real) fail("MATLAB:expectedReal", "real");
    } else if (n == "nonempty") {
      if (x->numel == 0) fail("MATLAB:expectedNonempty", "nonempty");
    } else if (n == "scalar") {
      if (x->numel != 1) fail("MATLAB:expectedScalar", "a scalar");
    } else if (n == "vector") {
      if (!vector) fail("MATLAB:expectedVector", "a vector");
    } else if (n == "row") {
      if (x->ndims != 2 || x->dims[0] != 1) fail("MATLAB:expectedRow", "a row vector");
    } else if (n == "column") {
      if (x->ndims != 2 || x->dims[1] != 1) fail("MATLAB:expectedColumn", "a column vector");
    } else if (n == "2d") {
      if (x->ndims != 2) fail("MATLAB:expected2D", "two-dimensional");
    } else if (n == "square") {
      if (x->ndims != 2 || x->dims[0] != x->dims[1]) fail("MATLAB:expectedSquare", "a square matrix");
    } else if (n == "nonsparse") {
    } else if (n == "binary") {
      if (!values || !all([](double d) { return d == 0 || d == 1; })) fail("MATLAB:expectedBinary", "binary");
    } else if (n == "even" || n == "odd") {
      double r = n == "even" ? 0 : 1;
      if (!values || !all([&](double d) { return d == std::floor(d) && std::fabs(std::fmod(d, 2)) == r; }))
        fail(n == "even" ? "MATLAB:expectedEven" : "MATLAB:expectedOdd", n);
    } else if (n == "increasing" || n == "decreasing" || n == "nondecreasing" || n == "nonincreasing") {
      bool ok = values && vector && real;
      for (size_t j = 1; ok && j < v.size(); ++j) {
        double d = v[j] - v[j - 1];
        ok = n == "increasing" ? d > 0 : n == "decreasing" ? d < 0 : n == "nondecreasing" ? d >= 0 : d <= 0;
      }
      if (ok) ok = all([](double d) { return !std::isnan(d); });
      std::string what = n == "increasing" || n == "decreasing" ? "strictly " + n : n;
      std::string id = n == "increasing" ? "MATLAB:expectedIncreasing" : n == "decreasing" ? "MATLAB:expectedDecreasing"
                       : n == "nondecreasing" ? "MATLAB:expectedNondecreasing" : "MATLAB:expectedNonincreasing";
      if (!ok) fail(id, what);
    } else if (n == ">" || n == ">=" || n == "<" || n == "<=") {
      double bound = number(i);
      bool ok = values && all([&](double d) {
        return n == ">" ? d > bound : n == ">=" ? d >= bound : n == "<" ? d < bound : d <= bound;
      });
      std::string id = n == ">" ? "MATLAB:notGreater" : n == ">=" ? "MATLAB:notGreaterEqual"
                       : n == "<" ? "MATLAB:notLess" : "MATLAB:notLessEqual";
      if (!ok) fail(id, "an array with all of the values " + n + " " + shown(bound));
    } else if (n == "numel") {
      double want = number(i);
      if (double(x->numel) != want)
        fail("MATLAB:incorrectNumel", "an array with number of elements equal to " + shown(want));
    } else if (n == "nrows" || n == "ncols" || n == "ndims") {
      double want = number(i);
      double have = n == "nrows" ? double(x->dims[0]) : n == "ncols" ? double(x->ndims > 1 ? x->dims[1] : 1)
                                                                      : double(x->ndims);
      std::string what = n == "nrows" ? "rows" : n == "ncols" ? "columns" : "dimensions";
      std::string id = n == "nrows" ? "MATLAB:incorrectNumrows" : n == "ncols" ? "MATLAB:incorrectNumcols"
                                                                              : "MATLAB:incorrectNumdims";
      if (have != want) fail(id, "an array with " + shown(want) + " " + what);
    } else if (n == "size") {
      if (i + 1 >= attrs->numel) a.error("Attribute values must follow their names.");
      const mcc_array* want = elementsOf(attrs)[++i];
      std::vector<double> w = realValues(want);
      bool ok = w.size() == x->ndims || (w.size() >= 2 && x->ndims <= w.size());
      for (size_t d = 0; ok && d < w.size(); ++d) {
        double have = d < x->ndims ? double(x->dims[d]) : 1;
        ok = std::isnan(w[d]) || w[d] == have;
      }
      if (!ok) {
        std::string want_s, have_s;
        for (size_t d = 0; d < w.size(); ++d) want_s += (d ? "x" : "") + (std::isnan(w[d]) ? "N" : shown(w[d]));
        for (size_t d = 0; d < x->ndims; ++d) have_s += (d ? "x" : "") + std::to_string(x->dims[d]);
        fail("MATLAB:incorrectSize", "of size " + want_s + " when it is actually size " + have_s);
      }
    } else {
      a.error("The attribute '" + toText(e) + "' is not supported.");
    }
  }
}

// --- Cell arrays of character vectors ------------------------------------------

namespace {

const char* const notCellstr = "Only cell arrays of character vectors are supported.";

std::vector<std::u16string> cellTexts(const Args& a, const mcc_array* c) {
  std::vector<std::u16string> out;
  for (size_t k = 0; k < c->numel; ++k) {
    const mcc_array* e = elementsOf(c)[k];
    if (e && e->class_id != MCC_CLASS_CHAR) a.error(notCellstr);
    out.emplace_back(e && e->numel ? std::u16string(dataOf<const char16_t>(e), e->numel) : std::u16string());
  }
  return out;
}

Ref charOf(const std::u16string& t) {
  Ref r = newArray(MCC_CLASS_CHAR, false, {t.empty() ? size_t(0) : size_t(1), t.size()}, false);
  if (!t.empty()) std::memcpy(r->data, t.data(), t.size() * sizeof(char16_t));
  return r;
}

// A cell of texts shaped as a row when `row`, else a column.
Ref textCell(const std::vector<std::u16string>& texts, bool row) {
  Ref c = newCell(row ? Dims{1, texts.size()} : Dims{texts.size(), 1});
  for (size_t k = 0; k < texts.size(); ++k) elementsOf(c.get())[k] = charOf(texts[k]).release();
  return c;
}

Ref indexColumn(const std::vector<size_t>& idx, bool row) {
  Ref r = newArray(MCC_CLASS_DOUBLE, false, row ? Dims{1, idx.size()} : Dims{idx.size(), 1}, false);
  for (size_t k = 0; k < idx.size(); ++k) dataOf<double>(r.get())[k] = static_cast<double>(idx[k] + 1);
  return r;
}

bool isRowShape(const mcc_array* c) { return c->ndims == 2 && c->dims[0] == 1; }

// The escapes strjoin interprets in its delimiter.
std::u16string escapes(const std::u16string& s) {
  std::u16string out;
  for (size_t k = 0; k < s.size(); ++k) {
    if (s[k] == u'\\' && k + 1 < s.size()) {
      char16_t n = s[++k];
      out += n == u'n' ? u'\n' : n == u't' ? u'\t' : n == u'r' ? u'\r' : n == u'\\' ? u'\\' : n;
    } else {
      out += s[k];
    }
  }
  return out;
}

std::u16string textOf(const Args& a, uint32_t k) {
  if (!a.isText(k)) a.error("Input must be a character vector.");
  const mcc_array* x = a[k];
  if (x->class_id == MCC_CLASS_STRING) x = elementsOf(x)[0];  // a string scalar's text
  return x->numel ? std::u16string(dataOf<const char16_t>(x), x->numel) : std::u16string();
}

}  // namespace

namespace mcc::rt {

void sortCellstr(const Args& a) {
  std::vector<std::u16string> t = cellTexts(a, a[0]);
  bool descend = a.nargin >= 2 && a.isText(a.nargin - 1) && lower(a.text(a.nargin - 1)) == "descend";
  std::vector<size_t> order(t.size());
  for (size_t k = 0; k < order.size(); ++k) order[k] = k;
  std::stable_sort(order.begin(), order.end(), [&](size_t x, size_t y) { return descend ? t[y] < t[x] : t[x] < t[y]; });
  Ref r = newCell(dimsOf(a[0]), a.site);
  for (size_t k = 0; k < order.size(); ++k) elementsOf(r.get())[k] = cellElement(a[0], order[k]).release();
  a.set(0, std::move(r));
  if (a.nargout > 1) {
    Ref idx = indexColumn(order, true);
    setShape(idx.get(), dimsOf(a[0]));
    a.set(1, std::move(idx));
  }
}

void uniqueCellstr(const Args& a) {
  std::vector<std::u16string> t = cellTexts(a, a[0]);
  bool stable = a.nargin >= 2 && a.isText(1) && lower(a.text(1)) == "stable";
  std::vector<size_t> order(t.size());
  for (size_t k = 0; k < order.size(); ++k) order[k] = k;
  if (!stable) std::stable_sort(order.begin(), order.end(), [&](size_t x, size_t y) { return t[x] < t[y]; });
  std::vector<std::u16string> u;
  std::vector<size_t> first, which(t.size());
  for (size_t k : order) {
    size_t at = u.size();
    for (size_t j = 0; j < u.size(); ++j)
      if (u[j] == t[k]) at = j;
    if (at == u.size()) {
      u.push_back(t[k]);
      first.push_back(k);
    }
    which[k] = at;
  }
  bool row = isRowShape(a[0]) && a[0]->numel > 0;
  a.set(0, textCell(u, row));
  if (a.nargout > 1) a.set(1, indexColumn(first, false));
  if (a.nargout > 2) a.set(2, indexColumn(which, false));
}

void ismemberCellstr(const Args& a) {
  a.arity(2, 2, 2);
  if (a[1]->class_id != MCC_CLASS_CELL) a.error(notCellstr);
  std::vector<std::u16string> set = cellTexts(a, a[1]);
  auto find = [&](const std::u16string& x) -> size_t {
    for (size_t j = 0; j < set.size(); ++j)
      if (set[j] == x) return j + 1;
    return 0;
  };
  if (a[0]->class_id == MCC_CLASS_CHAR) {
    size_t at = find(textOf(a, 0));
    a.set(0, boolResult(at != 0));
    if (a.nargout > 1) a.set(1, scalarResult(static_cast<double>(at)));
    return;
  }
  std::vector<std::u16string> x = cellTexts(a, a[0]);
  Ref tf = newArray(MCC_CLASS_LOGICAL, false, dimsOf(a[0]), true, a.site);
  Ref loc = newArray(MCC_CLASS_DOUBLE, false, dimsOf(a[0]), true, a.site);
  for (size_t k = 0; k < x.size(); ++k) {
    size_t at = find(x[k]);
    dataOf<uint8_t>(tf.get())[k] = at != 0;
    dataOf<double>(loc.get())[k] = static_cast<double>(at);
  }
  a.set(0, std::move(tf));
  if (a.nargout > 1) a.set(1, std::move(loc));
}

}  // namespace mcc::rt

// strjoin(c) joins with ' ', strjoin(c, delimiter) with the delimiter
// (escapes such as \n interpreted).
MCC_DEFINE_BUILTIN(strjoin) {
  if (runAsText(a, mcc_bi_strjoin, TextOut::Strings, 1)) return;
  a.arity(1, 2, 1);
  if (a[0]->class_id != MCC_CLASS_CELL) a.error("First input must be a 1xN cell array of character vectors.");
  std::vector<std::u16string> t = cellTexts(a, a[0]);
  // A cell of delimiters holds one for each gap between the texts, taken
  // as they are (no escapes).
  std::vector<std::u16string> between;
  if (a.nargin == 2 && a[1]->class_id == MCC_CLASS_CELL) {
    between = cellTexts(a, a[1]);
    if (between.size() + 1 != std::max<size_t>(t.size(), 1))
      a.error("The number of delimiters must be one less than the number of elements in the cell array.");
  }
  std::u16string delimiter = a.nargin == 2 && between.empty() && a[1]->class_id != MCC_CLASS_CELL ? escapes(textOf(a, 1)) : u" ";
  std::u16string out;
  for (size_t k = 0; k < t.size(); ++k) out += (k ? (between.empty() ? delimiter : between[k - 1]) : u"") + t[k];
  a.set(0, charOf(out));
}

namespace {

// strsplit with 'DelimiterType' 'RegularExpression': the parts between the
// matches of any delimiter (a run of them when collapsing), through regexp.
void splitByExpression(const Args& a, const std::vector<std::u16string>& delimiters, bool collapse) {
  std::u16string pattern = u"(?:";
  for (size_t k = 0; k < delimiters.size(); ++k) pattern += (k ? u"|" : u"") + delimiters[k];
  pattern += collapse ? u")+" : u")";
  Ref re = charOf(pattern), split = charOf(u"split"), match = charOf(u"match");
  std::vector<Ref> r = callEntry(mcc_bi_regexp, {a[0], re.get(), split.get(), match.get()}, 2, a.site);
  a.set(0, std::move(r[0]));
  a.set(1, std::move(r[1]));
}

}  // namespace

// [C, matches] = strsplit(s) at whitespace, strsplit(s, delimiter) at a
// delimiter (or any of a cell of them, the longest where several match);
// consecutive delimiters count as one unless 'CollapseDelimiters' is false
// (MATLAB's default is true). Delimiters take the escapes \n, \t, ...;
// with 'DelimiterType' 'RegularExpression' they are regular expressions.
// matches holds the delimiter text found at each split.
MCC_DEFINE_BUILTIN(strsplit) {
  if (runAsText(a, mcc_bi_strsplit, TextOut::StringsForFirst)) return;
  a.arity(1, 6, 2);
  bool collapse = true, expression = false;
  // The name/value pairs come after the text and the delimiter (when given).
  uint32_t nargs = a.nargin % 2 ? 1 : 2;
  for (uint32_t k = nargs; k < a.nargin; k += 2) {
    std::string name = a.isText(k) ? option(a, k) : "";
    if (name == "collapsedelimiters") {
      collapse = a.scalar(k + 1) != 0;
    } else if (name == "delimitertype") {
      std::string type = a.isText(k + 1) ? option(a, k + 1) : "";
      if (type != "simple" && type != "regularexpression")
        a.error("DelimiterType must be 'Simple' or 'RegularExpression'.");
      expression = type == "regularexpression";
    } else {
      a.error("Invalid parameter name: " + (a.isText(k) ? a.text(k) : std::string("?")) + ".");
    }
  }
  std::u16string s = textOf(a, 0);
  std::vector<std::u16string> delimiters;
  if (nargs == 1) delimiters = {u" ", u"\f", u"\n", u"\r", u"\t", u"\v"};
  else if (a[1]->class_id == MCC_CLASS_CELL)
    for (const std::u16string& d : cellTexts(a, a[1])) delimiters.push_back(expression ? d : escapes(d));
  else delimiters.push_back(expression ? textOf(a, 1) : escapes(textOf(a, 1)));
  if (expression) return splitByExpression(a, delimiters, collapse);
  std::vector<std::u16string> parts{u""}, matches;
  bool lastWasDelimiter = false;
  for (size_t k = 0; k < s.size();) {
    size_t len = 0;
    for (const std::u16string& d : delimiters)
      if (!d.empty() && s.compare(k, d.size(), d) == 0) len = std::max(len, d.size());
    if (len) {
      if (!lastWasDelimiter || !collapse) {
        parts.emplace_back();
        matches.emplace_back();
      }
      matches.back() += s.substr(k, len);
      lastWasDelimiter = true;
      k += len;
    } else {
      parts.back() += s[k++];
      lastWasDelimiter = false;
    }
  }
  a.set(0, textCell(parts, true));
  a.set(1, textCell(matches, true));
}

// cellstr(charMatrix): each row, trailing blanks removed, in a column cell.
MCC_DEFINE_BUILTIN(cellstr) {
  a.arity(1, 1, 1);
  if (runAsText(a, mcc_bi_cellstr, TextOut::Same, 1)) return;
  const mcc_array* x = a[0];
  if (x->class_id == MCC_CLASS_CELL) {
    cellTexts(a, x);
    a.set(0, Ref::share(x));
    return;
  }
  if (x->class_id != MCC_CLASS_CHAR || x->ndims > 2) a.error("Input must be a string array, a character array, or a cell array of character vectors.");
  size_t rows = x->dims[0], cols = x->dims[1];
  std::vector<std::u16string> t;
  for (size_t r = 0; r < rows; ++r) {
    std::u16string line;
    for (size_t c = 0; c < cols; ++c) line += dataOf<const char16_t>(x)[c * rows + r];
    while (!line.empty() && (line.back() == u' ' || line.back() == u'\0')) line.pop_back();
    t.push_back(line);
  }
  if (rows == 0) t.push_back(u"");
  a.set(0, textCell(t, false));
}

// --- [c{idx}] = deal(...) and [s.f] = deal(...) ---------------------------------
// The compiler lowers these to deal_brace_(c, values, idx...) and
// deal_field_(s, values, name), `values` the cell of deal's arguments (not
// names a MATLAB program can call: they end in an underscore).

namespace {

// deal's values for n outputs: one value for all, or one each.
const mcc_array* dealValue(const Args& a, const mcc_array* values, size_t n, size_t k) {
  if (values->numel != 1 && values->numel != n) a.error("The number of outputs should match the number of inputs.");
  return elementsOf(values)[values->numel == 1 ? 0 : k];
}

}  // namespace

MCC_DEFINE_BUILTIN(deal_brace_) {
  a.arity(3, UINT32_MAX, 1);
  Ref c = Ref::share(a[0]);
  if (!isPointerClass(c->class_id) && c->numel == 0) c = newCell({0, 0});
  if (c->class_id != MCC_CLASS_CELL)
    a.error("Unable to perform assignment because brace indexing is not supported for variables of this type.");
  size_t nidx = a.nargin - 2;
  const mcc_array* const* idx = a.in + 2;
  Dims folded = foldDims(dimsOf(c.get()), nidx);
  size_t n = 1;
  for (size_t k = 0; k < nidx; ++k) n *= resolveIndex(idx[k], k + 1, nidx, a.site).count(folded[k]);
  Ref values = newCell({1, n}, a.site);
  for (size_t k = 0; k < n; ++k) {
    const mcc_array* v = dealValue(a, a[1], n, k);
    elementsOf(values.get())[k] = v ? mcc_array_retain(const_cast<mcc_array*>(v)) : nullptr;
  }
  a.set(0, aggregateSubsasgn(std::move(c), values.get(), nidx, idx, false, a.site));
}

MCC_DEFINE_BUILTIN(deal_field_) {
  a.arity(3, 3, 1);
  Ref s = Ref::share(a[0]);
  if (!isPointerClass(s->class_id) && s->numel == 0) s = newStruct({1, 1}, {});
  if (s->class_id != MCC_CLASS_STRUCT)
    a.error("Unable to perform assignment because dot indexing is not supported for variables of this type.");
  size_t f;
  s = withField(std::move(s), a.text(2), f);
  for (size_t k = 0; k < s->numel; ++k) {
    const mcc_array* v = dealValue(a, a[1], s->numel, k);
    Ref value = v ? Ref::share(v) : Ref(mcc_array_empty());
    setStructField(s.get(), k, f, value.get());
  }
  a.set(0, std::move(s));
}

// --- [c{1:2}] = f(), [a, s.f] = f(): list targets of a multiple assignment --
// The number of outputs asked of f is the number of values the targets
// take, known only at run time: the compiler lowers the statement to
//   n = list_count_(c, idx...) + ...        (one count per target)
//   v = call_outputs_(n, @f, args...)       (f's n outputs, a 1xn cell)
//   c = deal_brace_(c, list_part_(v, 0, n1), idx...), x = v{n1 + 1}, ...

// list_count_(c, idx...): the values c{idx} (or s(idx).f) takes: the
// positions idx selects in x. list_count_(s): the values s.f takes: numel
// of a struct, 1 for anything else (a new variable, which s.f makes 1x1).
MCC_DEFINE_BUILTIN(list_count_) {
  a.arity(1, UINT32_MAX, 1);
  const mcc_array* x = a[0];
  if (a.nargin == 1) {
    a.set(0, scalarResult(x->class_id == MCC_CLASS_STRUCT ? static_cast<double>(x->numel) : 1.0));
    return;
  }
  size_t nidx = a.nargin - 1;
  Dims folded = foldDims(dimsOf(x), nidx);
  size_t n = 1;
  for (size_t k = 0; k < nidx; ++k) n *= resolveIndex(a[static_cast<uint32_t>(k + 1)], k + 1, nidx, a.site).count(folded[k]);
  a.set(0, scalarResult(static_cast<double>(n)));
}

// call_outputs_(n, f, args...): f(args...) asked for n outputs, as a 1xn cell.
MCC_DEFINE_BUILTIN(call_outputs_) {
  a.arity(2, UINT32_MAX, 1);
  size_t n = static_cast<size_t>(a.scalar(0));
  if (!mcc_is_function_handle(a[1])) {
    // x(args) of a variable that holds no handle (`@(k) v(k)`): one value.
    if (n > 1) a.error("Too many output arguments.");
    if (n == 0) {
      a.set(0, newCell({1, 0}, a.site));
      return;
    }
    Ref value(mcc_subsref(a[1], a.nargin - 2, a.in + 2, a.site));
    a.set(0, cellRow({value.get()}));
    return;
  }
  std::vector<mcc_array*> outs(std::max<size_t>(n, 1), nullptr);
  mcc_call_handle(a[1], static_cast<uint32_t>(n), outs.data(), a.nargin - 2, a.in + 2, a.site);
  Ref values = newCell({1, n}, a.site);
  bool missing = false;
  for (size_t k = 0; k < n; ++k) {
    elementsOf(values.get())[k] = outs[k];  // the call's reference moves into the cell
    missing |= outs[k] == nullptr;
  }
  if (n == 0 && outs[0]) mcc_array_release(outs[0]);
  if (missing)
    a.error("One or more output arguments not assigned during call to '" + handleText(a[1]) + "'.");
  a.set(0, std::move(values));
}

// list_part_(v, first, count): elements first+1 .. first+count of the 1xn cell v.
MCC_DEFINE_BUILTIN(list_part_) {
  a.arity(3, 3, 1);
  size_t first = static_cast<size_t>(a.scalar(1)), count = static_cast<size_t>(a.scalar(2));
  const mcc_array* v = a[0];
  if (v->class_id != MCC_CLASS_CELL || first + count > v->numel) a.error("list_part_: internal error (bad range)");
  std::vector<const mcc_array*> items(elementsOf(v) + first, elementsOf(v) + first + count);
  a.set(0, cellRow(items));
}

// [s(idx).f] = ...: deal_field_index_(s, values, name, idx...) sets field f
// of the elements idx selects, growing s as s(idx).f = v would.
MCC_DEFINE_BUILTIN(deal_field_index_) {
  a.arity(4, UINT32_MAX, 1);
  Ref s = Ref::share(a[0]);
  if (!isPointerClass(s->class_id) && s->numel == 0) s = newStruct({0, 0}, {});
  if (s->class_id != MCC_CLASS_STRUCT)
    a.error("Unable to perform assignment because dot indexing is not supported for variables of this type.");
  size_t nidx = a.nargin - 3;
  const mcc_array* const* idx = a.in + 3;
  std::vector<IndexList> lists;
  for (size_t k = 0; k < nidx; ++k) lists.push_back(resolveIndex(idx[k], k + 1, nidx, a.site));
  // Grow first: a blank element at the far corner when an index passes the end.
  Dims folded = foldDims(dimsOf(s.get()), nidx);
  bool grow = false;
  for (size_t k = 0; k < nidx; ++k) grow |= !lists[k].colon && lists[k].needed > folded[k];
  if (grow) {
    std::vector<Ref> corner;
    std::vector<const mcc_array*> at;
    for (size_t k = 0; k < nidx; ++k) {
      size_t c = lists[k].colon ? std::max<size_t>(folded[k], 1) : std::max(lists[k].needed, folded[k]);
      corner.push_back(scalarResult(static_cast<double>(c)));
      at.push_back(corner.back().get());
    }
    std::vector<std::string> names = s->fields ? fieldsOf(s.get())->names : std::vector<std::string>{};
    Ref blank = newStruct({1, 1}, names, a.site);
    s = aggregateSubsasgn(std::move(s), blank.get(), nidx, at.data(), false, a.site);
    folded = foldDims(dimsOf(s.get()), nidx);
  }
  size_t f;
  s = withField(std::move(s), a.text(2), f);
  Dims counts(nidx);
  size_t n = 1;
  for (size_t k = 0; k < nidx; ++k) n *= counts[k] = lists[k].count(folded[k]);
  forEachSubscript(lists, counts, stridesOf(folded), [&](size_t offset, size_t k) {
    const mcc_array* v = dealValue(a, a[1], n, k);
    Ref value = v ? Ref::share(v) : Ref(mcc_array_empty());
    setStructField(s.get(), offset, f, value.get());
  });
  a.set(0, std::move(s));
}
