// cellfun, arrayfun, structfun and bsxfun: a function applied to every element (or
// field), through mcc_call_handle, with MATLAB's options and errors:
// 'UniformOutput' (scalars of one class gathered into arrays, else cells),
// 'ErrorHandler' (called with a struct of identifier, message and index
// when the function raises an error), several outputs, and cellfun's legacy
// names ('isempty', 'length', 'size', 'isclass', ...); bsxfun, one call on arrays
// expanded to one size.
#include <algorithm>
#include <cctype>
#include <cstring>
#include <exception>
#include <vector>

#include "array/Aggregate.h"
#include "array/StringArray.h"
#include "builtins/Builtin.h"
#include "builtins/Handles.h"
#include "builtins/Util.h"

namespace mcc::rt {
namespace {

bool equalsIgnoringCase(const std::string& a, const char* b) {
  size_t n = std::strlen(b);
  if (a.size() != n) return false;
  for (size_t k = 0; k < n; ++k)
    if (std::tolower(static_cast<unsigned char>(a[k])) != std::tolower(static_cast<unsigned char>(b[k])))
      return false;
  return true;
}

bool isOptionName(const mcc_array* v) {
  v = scalarText(v);  // "UniformOutput" as 'UniformOutput'
  if (!v || v->class_id != MCC_CLASS_CHAR || v->ndims != 2 || v->dims[0] != 1) return false;
  std::string t = toText(v);
  return equalsIgnoringCase(t, "UniformOutput") || equalsIgnoringCase(t, "ErrorHandler");
}

// What a call of cellfun/arrayfun/structfun asked for.
struct Application {
  const char* fn;                        // "cellfun", for messages and identifiers
  const mcc_array* func = nullptr;       // a handle (or a builtin's name)
  Ref named;                             // the handle for a name given as text
  std::vector<const mcc_array*> data;    // the arrays whose elements are passed
  bool uniform = true;
  const mcc_array* handler = nullptr;    // 'ErrorHandler'
};

[[noreturn]] void failWith(const Args& a, const Application& app, const char* id, const std::string& message) {
  raise(std::string("MATLAB:") + app.fn + ":" + id, message, a.site);
}

// Reads func, the data inputs (from position 1 to the first option name)
// and the name/value options.
Application parse(const Args& a, const char* fn, bool cellsOnly) {
  Application app{fn};
  a.arity(2, UINT32_MAX, UINT32_MAX);
  app.func = a[0];
  if (!mcc_is_function_handle(app.func)) {
    if (!a.isText(0))
      failWith(a, app, "InvalidFirstInput",
               "Invalid function name. The first input must be a function handle or the name of a function.");
    app.named = handleForName(a.text(0), a.site);
    app.func = app.named.get();
  }
  uint32_t k = 1;
  for (; k < a.nargin; ++k) {
    if (k > 1 && k + 1 < a.nargin && isOptionName(a[k])) break;
    if (cellsOnly && a[k]->class_id != MCC_CLASS_CELL)
      failWith(a, app, "NotACell",
               "Input #" + std::to_string(k + 1) + " expected to be a cell array, was " +
                   className(a[k]->class_id) + " instead.");
    app.data.push_back(a[k]);
  }
  for (; k < a.nargin; k += 2) {
    if (k + 1 >= a.nargin || !isOptionName(a[k]))
      a.error(std::string("Unrecognized parameter name for ") + fn + ". Expected 'UniformOutput' or 'ErrorHandler'.");
    std::string name = a.text(k);
    const mcc_array* v = a[k + 1];
    if (equalsIgnoringCase(name, "UniformOutput")) {
      if (v->numel != 1 || !(isNumericClass(v->class_id) || v->class_id == MCC_CLASS_LOGICAL))
        failWith(a, app, "NotALogical", "UniformOutput must be a logical scalar.");
      app.uniform = mcc_truth(v, a.site) != 0;
    } else {
      if (!mcc_is_function_handle(v))
        failWith(a, app, "NotAFunctionHandle", "ErrorHandler must be a function handle.");
      app.handler = v;
    }
  }
  for (size_t d = 1; d < app.data.size(); ++d) {
    Dims first = dimsOf(app.data[0]), other = dimsOf(app.data[d]);
    if (first == other) continue;
    size_t dim = 0;
    while (extent(app.data[0], dim) == extent(app.data[d], dim)) ++dim;
    failWith(a, app, "ArgumentsDifferentSize",
             "All of the input arguments must be of the same size and shape.\nPrevious inputs had size " +
                 std::to_string(extent(app.data[0], dim)) + " in dimension " + std::to_string(dim + 1) +
                 ". Input #" + std::to_string(d + 2) + " has size " + std::to_string(extent(app.data[d], dim)));
  }
  return app;
}

// The struct an error handler receives: identifier, message, index.
Ref errorInfo(const ErrorRecord& r, size_t index) {
  Ref s = newStruct({1, 1}, {"message", "identifier", "index"});
  setStructField(s.get(), 0, 0, fromText(r.message).get());
  setStructField(s.get(), 0, 1, fromText(r.identifier).get());
  setStructField(s.get(), 0, 2, scalarResult(static_cast<double>(index + 1)).get());
  return s;
}

// Calls the function on one element's arguments, the error handler
// instead when it raises an error and there is one. Fills outs (nout
// slots); a slot the function left unset stays empty.
void applyOnce(const Args& a, const Application& app, uint32_t nargout, size_t index,
               const std::vector<mcc_array*>& args, std::vector<Ref>& outs) {
  uint32_t nout = nargout ? nargout : 1;
  std::vector<mcc_array*> slots(nout, nullptr);
  auto adopt = [&] {
    outs.clear();
    for (mcc_array* s : slots) outs.emplace_back(s);
  };
  if (!app.handler) {
    mcc_call_handle(app.func, nargout, slots.data(), static_cast<uint32_t>(args.size()), args.data(), a.site);
    adopt();
    return;
  }
  ErrorRecord failure;
  mcc_try_enter();
  try {
    mcc_call_handle(app.func, nargout, slots.data(), static_cast<uint32_t>(args.size()), args.data(), a.site);
    mcc_try_leave();
    adopt();
    return;
  } catch (const MatlabError& e) {
    mcc_try_leave();
    failure = e.record;
  } catch (...) {
    mcc_try_leave();
    throw;
  }
  for (mcc_array*& s : slots) mcc_array_release(std::exchange(s, nullptr));
  Ref info = errorInfo(failure, index);
  std::vector<mcc_array*> hargs{info.get()};
  hargs.insert(hargs.end(), args.begin(), args.end());
  mcc_call_handle(app.handler, nargout, slots.data(), static_cast<uint32_t>(hargs.size()), hargs.data(), a.site);
  adopt();
}

// What uniform outputs may be: scalars of a class whose values concatenate
// (MATLAB's arrayfun: "any data type, as long as objects of that data type
// can be concatenated"), 1x1 structs and cells among them.
bool uniformClass(uint32_t c) {
  return isNumericClass(c) || c == MCC_CLASS_LOGICAL || c == MCC_CLASS_CHAR || c == MCC_CLASS_STRUCT ||
         c == MCC_CLASS_CELL;
}

// Runs the function over n elements (element(k, args) gives element k of
// every data input) and sets the outputs, gathered by MATLAB's rules into
// arrays of `dims` (uniform) or cells of `dims`. wrap, when given, turns
// each output's cell into the result (structfun's struct).
template <class Element>
void applyAll(const Args& a, const Application& app, size_t n, const Dims& dims, Element&& element) {
  uint32_t nout = a.outputs();
  // per output, the value of each element (NULL: not produced)
  std::vector<std::vector<Ref>> values(nout);
  bool produced = true;
  std::vector<Ref> held, outs;
  std::vector<mcc_array*> args;
  for (size_t k = 0; k < n; ++k) {
    held.clear();
    element(k, held);
    args.clear();
    for (Ref& h : held) args.push_back(h.get());
    applyOnce(a, app, a.nargout, k, args, outs);
    if (a.nargout == 0 && k == 0) produced = outs[0].get() != nullptr;
    if (a.nargout == 0 && !produced) continue;
    for (uint32_t j = 0; j < nout; ++j) {
      const mcc_array* v = outs[j].get();
      if (!v) a.error("One or more output arguments not assigned during call to '" + handleText(app.func) + "'.");
      if (app.uniform) {
        if (v->numel != 1 || !uniformClass(v->class_id))
          failWith(a, app, "NotAScalarOutput",
                   "Non-scalar in Uniform output, at index " + std::to_string(k + 1) + ", output " +
                       std::to_string(j + 1) + ".\nSet 'UniformOutput' to false.");
        if (!values[j].empty() && values[j][0]->class_id != v->class_id)
          failWith(a, app, "MismatchInOutputTypes",
                   "Mismatch in type of outputs, at index " + std::to_string(k + 1) + ", output " +
                       std::to_string(j + 1) + " (" + className(v->class_id) + " versus " +
                       className(values[j][0]->class_id) + ").\nSet 'UniformOutput' to false.");
      }
      values[j].push_back(std::move(outs[j]));
    }
  }
  if (!produced) return;
  for (uint32_t j = 0; j < nout; ++j) {
    if (!app.uniform) {
      Ref c = newCell(dims, a.site);
      for (size_t k = 0; k < n; ++k) elementsOf(c.get())[k] = values[j][k].release();
      a.set(j, std::move(c));
      continue;
    }
    if (n == 0) {
      a.set(j, newArray(MCC_CLASS_DOUBLE, false, dims, true, a.site));
      continue;
    }
    std::vector<const mcc_array*> parts;
    for (Ref& v : values[j]) parts.push_back(v.get());
    Ref row(mcc_horzcat(parts.size(), parts.data(), a.site));
    setShape(row.get(), dims);
    a.set(j, std::move(row));
  }
}

// cellfun's names from before function handles: computed here, never
// calling a function (so an overloaded isempty is not called either).
bool legacyCellfun(const Args& a) {
  if (a.nargin < 2 || !a.isText(0) || a[1]->class_id != MCC_CLASS_CELL) return false;
  std::string name = a.text(0);
  static const char* const names[] = {"isempty", "islogical", "isnumeric", "isreal",
                                      "length",  "ndims",     "prodofsize", "size", "isclass"};
  if (std::none_of(std::begin(names), std::end(names), [&](const char* n) { return name == n; })) return false;
  bool withArg = name == "size" || name == "isclass";
  if (a.nargin != (withArg ? 3u : 2u)) {
    if (!withArg && a.nargin > 2 && isOptionName(a[2])) return false;  // the function of that name
    a.error(withArg ? "Not enough input arguments." : "Too many input arguments.");
  }
  a.arity(2, 3, 1);
  const mcc_array* c = a[1];
  bool logical = name.compare(0, 2, "is") == 0;
  Ref r = newArray(logical ? MCC_CLASS_LOGICAL : MCC_CLASS_DOUBLE, false, dimsOf(c), true, a.site);
  size_t dim = 0;
  std::string cls;
  if (name == "size") {
    double k = a.scalar(2);
    if (!(k >= 1) || k != static_cast<double>(static_cast<size_t>(k)))
      a.error("Dimension argument must be a positive integer scalar.");
    dim = static_cast<size_t>(k) - 1;
  }
  if (name == "isclass") cls = a.text(2);
  for (size_t k = 0; k < c->numel; ++k) {
    Ref e = cellElement(c, k);
    const mcc_array* v = e.get();
    double value = 0;
    if (name == "isempty") value = v->numel == 0;
    else if (name == "islogical") value = v->class_id == MCC_CLASS_LOGICAL;
    else if (name == "isnumeric") value = isNumericClass(v->class_id);
    else if (name == "isreal") value = isValueClass(v->class_id) && !v->is_complex;
    else if (name == "length") {
      size_t longest = 0;
      for (uint32_t d = 0; d < v->ndims; ++d) longest = std::max(longest, v->dims[d]);
      value = v->numel == 0 ? 0 : static_cast<double>(longest);
    } else if (name == "ndims") value = v->ndims;
    else if (name == "prodofsize") value = static_cast<double>(v->numel);
    else if (name == "size") value = static_cast<double>(extent(v, dim));
    else value = cls == (v->class_id == MCC_CLASS_CELL || v->class_id == MCC_CLASS_STRUCT ? classText(v)
                                                                                           : std::string(className(v->class_id)));
    if (logical) dataOf<uint8_t>(r.get())[k] = value != 0;
    else dataOf<double>(r.get())[k] = value;
  }
  a.set(0, std::move(r));
  return true;
}

}  // namespace
}  // namespace mcc::rt

using namespace mcc::rt;

MCC_DEFINE_BUILTIN(cellfun) {
  if (legacyCellfun(a)) return;
  Application app = parse(a, "cellfun", true);
  if (app.data.empty()) a.error("Not enough input arguments.");
  applyAll(a, app, app.data[0]->numel, dimsOf(app.data[0]), [&](size_t k, std::vector<Ref>& held) {
    for (const mcc_array* c : app.data) held.push_back(cellElement(c, k));
  });
}

MCC_DEFINE_BUILTIN(arrayfun) {
  Application app = parse(a, "arrayfun", false);
  if (app.data.empty()) a.error("Not enough input arguments.");
  applyAll(a, app, app.data[0]->numel, dimsOf(app.data[0]), [&](size_t k, std::vector<Ref>& held) {
    Ref index(mcc_array_from_scalar(static_cast<double>(k + 1)));
    const mcc_array* idx[1] = {index.get()};
    for (const mcc_array* x : app.data) {
      if (x->numel == 1) held.push_back(Ref::share(x));
      else held.push_back(Ref(mcc_subsref(x, 1, idx, a.site)));
    }
  });
}

// structfun(func, s): func of each field of the scalar struct s; uniform
// results are a column, others a struct with s's fields.
MCC_DEFINE_BUILTIN(structfun) {
  Application app = parse(a, "structfun", false);
  if (app.data.size() != 1) a.error("Too many input arguments.");
  const mcc_array* s = app.data[0];
  if (s->class_id != MCC_CLASS_STRUCT || s->numel != 1)
    failWith(a, app, "NotAScalarStruct", "Input must be a scalar structure.");
  size_t nf = fieldCount(s);
  bool uniform = app.uniform;
  applyAll(a, app, nf, {nf, 1}, [&](size_t k, std::vector<Ref>& held) { held.push_back(structField(s, 0, k)); });
  if (uniform) return;
  // Cells of the field values become structs with s's fields.
  for (uint32_t j = 0; j < a.outputs(); ++j) {
    if (!a.out[j]) continue;
    Ref c(std::exchange(a.out[j], nullptr));
    Ref r = newStruct({1, 1}, fieldsOf(s)->names, a.site);
    for (size_t f = 0; f < nf; ++f) setStructField(r.get(), 0, f, elementsOf(c.get())[f]);
    a.set(j, std::move(r));
  }
}

// bsxfun(f, A, B): f(A, B) with the singleton dimensions of A and B
// expanded to each other's extents first (both replicated with repmat), so
// f sees two arrays of one size, as MATLAB's bsxfun hands them over.
MCC_DEFINE_BUILTIN(bsxfun) {
  a.arity(3, 3, 1);
  if (!mcc_is_function_handle(a[0])) a.error("First argument must be a function handle.");
  const mcc_array* x = checked(a[1]);
  const mcc_array* y = checked(a[2]);
  size_t nd = std::max(x->ndims, y->ndims);
  auto extent = [](const mcc_array* v, size_t d) { return d < v->ndims ? size_t(v->dims[d]) : size_t(1); };
  std::vector<double> repX(nd, 1), repY(nd, 1);
  for (size_t d = 0; d < nd; ++d) {
    size_t m = extent(x, d), n = extent(y, d);
    if (m == n) continue;
    if (m == 1) repX[d] = double(n);
    else if (n == 1) repY[d] = double(m);
    else raise("MATLAB:bsxfun:arrayDimensionsMustMatch", "Non-singleton dimensions of the two input arrays must match each other.", a.site);
  }
  auto expanded = [&](const mcc_array* v, const std::vector<double>& reps) {
    Ref r = Ref::share(v);
    if (std::all_of(reps.begin(), reps.end(), [](double k) { return k == 1; })) return r;
    Ref row = floatArray(false, {1, reps.size()}, reps, a.site);
    mcc_array* in[2] = {r.get(), row.get()};
    mcc_array* out = nullptr;
    mcc_bi_repmat(1, &out, 2, in, a.site);
    return Ref(out);
  };
  Ref ex = expanded(x, repX), ey = expanded(y, repY);
  mcc_array* args[2] = {ex.get(), ey.get()};
  mcc_array* result = nullptr;
  mcc_call_handle(a[0], 1, &result, 2, args, a.site);
  a.set(0, Ref(result));
}
