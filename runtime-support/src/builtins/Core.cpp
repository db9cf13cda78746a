// Language support for generated code (conditions, switch, for, display,
// the errors of undefined values) and the builtins of core.def.
#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <cstdio>
#include <vector>

#include "CStructs.h"
#include "array/Sparse.h"
#include "array/Aggregate.h"
#include "array/StringArray.h"
#include "builtins/Builtin.h"
#include "builtins/Handles.h"
#include "builtins/Maps.h"
#include "builtins/Util.h"
#include "format/Display.h"

using namespace mcc::rt;

namespace {

std::string displayPage(std::string_view name, const mcc_array* a, size_t rows, size_t cols, size_t offset) {
  size_t n = rows * cols;
  if (a->class_id == MCC_CLASS_CHAR) {
    std::string bytes(n, '\0');
    const auto* p = static_cast<const uint16_t*>(a->data) + offset;
    for (size_t k = 0; k < n; ++k) bytes[k] = static_cast<char>(p[k] < 256 ? p[k] : '?');
    CharMatrix m{bytes.data(), rows, cols};
    return name.empty() ? disp(m, programDisplayOptions()) : display(name, m, programDisplayOptions());
  }
  if (a->is_complex) {
    std::vector<std::complex<double>> z(n);
    visitClass(a->class_id, [&](auto tag) {
      using T = typename decltype(tag)::T;
      const T* p = static_cast<const T*>(a->data) + 2 * offset;
      for (size_t k = 0; k < n; ++k) z[k] = {static_cast<double>(p[2 * k]), static_cast<double>(p[2 * k + 1])};
    });
    ComplexMatrix m{z.data(), rows, cols, a->class_id == MCC_CLASS_SINGLE};
    return name.empty() ? disp(m, programDisplayOptions()) : display(name, m, programDisplayOptions());
  }
  if (isIntegerClass(a->class_id)) {
    bool isSigned = a->class_id == MCC_CLASS_INT8 || a->class_id == MCC_CLASS_INT16 ||
                    a->class_id == MCC_CLASS_INT32 || a->class_id == MCC_CLASS_INT64;
    std::vector<int64_t> s(isSigned ? n : 0);
    std::vector<uint64_t> u(isSigned ? 0 : n);
    visitClass(a->class_id, [&](auto tag) {
      using T = typename decltype(tag)::T;
      const T* p = static_cast<const T*>(a->data) + offset;
      for (size_t k = 0; k < n; ++k) {
        if (isSigned) s[k] = static_cast<int64_t>(p[k]);
        else u[k] = static_cast<uint64_t>(p[k]);
      }
    });
    IntegerMatrix m{className(a->class_id), isSigned ? s.data() : nullptr, isSigned ? nullptr : u.data(), rows, cols};
    return name.empty() ? disp(m, programDisplayOptions()) : display(name, m, programDisplayOptions());
  }
  std::vector<double> all = realValues(a);
  RealMatrix m{all.data() + offset, rows, cols, a->class_id == MCC_CLASS_LOGICAL, a->class_id == MCC_CLASS_SINGLE};
  return name.empty() ? disp(m, programDisplayOptions()) : display(name, m, programDisplayOptions());
}

auto ticStart = std::chrono::steady_clock::now();

// MATLAB's display of a function handle: `f = @sin` shows
// "f =", "  function_handle with value:", "    @sin" (blank lines between
// in loose spacing); disp shows the last line.
void displayHandle(std::string_view name, const mcc_array* a) {
  std::string text = handleText(a);
  if (text.empty() || text[0] != '@') text = "@" + text;
  std::string out;
  if (!name.empty()) {
    std::string blank = programDisplayOptions().spacing == DisplayOptions::Loose ? "\n" : "";
    out = blank + std::string(name) + " =\n" + blank + "  function_handle with value:\n" + blank + "    " + text + "\n" + blank;
  } else {
    out = "    " + text + "\n";
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
}

}  // namespace

extern "C" {

int mcc_truth(const mcc_array* a, const mcc_site* site) {
  if (isPointerClass(a->class_id)) fail("Conversion to logical from " + classText(a) + " is not possible.", site);
  if (!a->numel) return 0;
  if (a->class_id == MCC_CLASS_CHAR || a->class_id == MCC_CLASS_LOGICAL || isIntegerClass(a->class_id)) {
    for (double v : realValues(a))
      if (v == 0) return 0;
    return 1;
  }
  bool result = true;
  visitClass(a->class_id, [&](auto tag) {
    using T = typename decltype(tag)::T;
    const T* p = static_cast<const T*>(a->data);
    size_t stride = a->is_complex ? 2 : 1;
    for (size_t k = 0; k < a->numel; ++k) {
      double re = static_cast<double>(p[k * stride]);
      double im = a->is_complex ? static_cast<double>(p[k * stride + 1]) : 0.0;
      if (re != re || im != im) fail("NaN's cannot be converted to logicals.", site);
      if (re == 0 && im == 0) result = false;
    }
  });
  return result;
}

int mcc_case_match(const mcc_array* value, const mcc_array* caseValue, const mcc_site* site) {
  // A string scalar matches as its text (a char or string case).
  if (isStringArray(value) && value->numel == 1) {
    Ref text = textAsChar(value);
    return text && mcc_case_match(text.get(), caseValue, site);
  }
  if (isStringArray(caseValue) && value->class_id == MCC_CLASS_CHAR) {
    for (size_t k = 0; k < caseValue->numel; ++k)
      if (const mcc_array* e = stringElement(caseValue, k); e && mcc_case_match(value, e, site)) return 1;
    return 0;
  }
  if (!objectClass(value).empty() && caseValue->class_id == MCC_CLASS_CELL) {  // any of the cell's elements
    for (size_t k = 0; k < caseValue->numel; ++k)
      if (mcc_case_match(value, cellElement(caseValue, k).get(), site)) return 1;
    return 0;
  }
  // An object (an enumeration's member): the class's eq decides, as in MATLAB.
  if (mcc_array* eq = nullptr; objectOperator("eq", value, caseValue, &eq, site)) {
    Ref truth(eq);
    return truth->numel == 1 && mcc_truth(truth.get(), site);
  }
  if (isPointerClass(value->class_id)) fail("SWITCH expression must be a scalar or a character vector.", site);
  if (isPointerClass(caseValue->class_id)) {  // a cell case: any of its elements
    for (size_t k = 0; k < caseValue->numel; ++k)
      if (mcc_case_match(value, cellElement(caseValue, k).get(), site)) return 1;
    return 0;
  }
  bool valueText = value->class_id == MCC_CLASS_CHAR;
  bool caseText = caseValue->class_id == MCC_CLASS_CHAR;
  if (valueText || caseText) return valueText && caseText && toText(value) == toText(caseValue);
  // Numbers: the case matches a scalar value equal to it (MATLAB compares
  // the switch value with ==, which must be a scalar truth).
  if (value->numel != 1 || caseValue->numel != 1) return 0;
  if (value->is_complex || caseValue->is_complex || comparesInSingle(value, caseValue)) {
    Ref eq(mcc_binary(MCC_OP_EQ, value, caseValue, site));
    return mcc_truth(eq.get(), site);
  }
  return realValues(value)[0] == realValues(caseValue)[0];
}

size_t mcc_for_count(const mcc_array* x) {
  // Generated code reads a row's elements directly: fetch a copy a GPU
  // kernel left on the device first.
  checkedAny(x);
  // The columns of x viewed as 2-D: zeros(0, 3) runs three times.
  size_t columns = 1;
  for (uint32_t d = 1; d < x->ndims; ++d) columns *= x->dims[d];
  return columns;
}

mcc_array* mcc_for_column(const mcc_array* x, size_t k) {
  if (isPointerClass(x->class_id)) {  // a column of a cell (or struct) array
    Ref index(mcc_array_from_scalar(static_cast<double>(k)));
    const mcc_array* idx[2] = {mcc_colon(), index.get()};
    return aggregateSubsref(x, 2, idx, nullptr).release();
  }
  size_t rows = x->dims[0];
  size_t dims[2] = {rows, 1};
  Ref column(x->is_complex ? mcc_array_create_complex(x->class_id, 2, dims) : mcc_array_create(x->class_id, 2, dims));
  size_t bytes = elementSize(x);
  if (rows) std::memcpy(column->data, static_cast<const char*>(x->data) + (k - 1) * rows * bytes, rows * bytes);
  return column.release();
}

void mcc_subsref_error(const mcc_array* x, size_t nidx, const mcc_array* const* idx, const mcc_site* site) {
  Ref r(mcc_subsref(x, nidx, idx, site));  // reports MATLAB's error
  internalError("an index the compiled code rejected was valid");
}

mcc_array* mcc_uplus(const mcc_array* a, const mcc_site* site) {
  if (mcc_array* r = nullptr; objectOperator("uplus", a, nullptr, &r, site)) return r;
  if (isSparse(a)) return mcc_array_retain(const_cast<mcc_array*>(a));
  if (a->class_id == MCC_CLASS_CHAR || a->class_id == MCC_CLASS_LOGICAL) return mcc_array_cast(a, MCC_CLASS_DOUBLE, site);
  return mcc_array_retain(const_cast<mcc_array*>(a));
}

void mcc_display(const char* name, size_t name_length, const mcc_array* a) {
  std::string_view n(name, name_length);
  if (a->class_id == MCC_CLASS_FUNCTION_HANDLE) {
    displayHandle(n, a);
    return;
  }
  if (a->class_id == MCC_CLASS_MEXCEPTION) {
    displayException(n, a);
    return;
  }
  if (isLibObject(a)) {
    displayLibObject(n, a);
    return;
  }
  if (isMap(a)) {
    displayMap(n, a);
    return;
  }
  if (isSparse(a)) {
    sparseHooks().display(n, a);
    return;
  }
  std::string text;
  if (isStringArray(a)) {
    text = displayStrings(n, a);
    std::fwrite(text.data(), 1, text.size(), stdout);
    return;
  }
  if (isPointerClass(a->class_id)) {
    text = displayAggregate(n, a);
    std::fwrite(text.data(), 1, text.size(), stdout);
    return;
  }
  size_t rows = a->dims[0], cols = a->ndims >= 2 ? a->dims[1] : 1;
  if (a->ndims <= 2 || a->numel == 0) {
    if (a->ndims > 2) cols = a->numel ? a->numel / rows : 0;
    text = displayPage(n, a, rows, cols, 0);
  } else {
    // N-d: one page at a time, named by its index as MATLAB shows it.
    size_t pages = a->numel / (rows * cols);
    if (!n.empty()) text = std::string(n) + " =\n\n";
    for (size_t p = 0; p < pages; ++p) {
      std::string index;
      size_t rest = p;
      for (uint32_t d = 2; d < a->ndims; ++d) {
        index += "," + std::to_string(rest % a->dims[d] + 1);
        rest /= a->dims[d];
      }
      text += displayPage(std::string(n.empty() ? "ans" : n) + "(:,:" + index + ")", a, rows, cols, p * rows * cols);
    }
  }
  std::fwrite(text.data(), 1, text.size(), stdout);
}

void mcc_error_undefined(const char* name, const mcc_site* site) {
  fail(std::string("Unrecognized function or variable '") + name + "'.", site);
}

void mcc_error_missing_input(const mcc_site* site) { fail("Not enough input arguments.", site); }

void mcc_error_unassigned_output(const char* output, const char* function, const mcc_site* site) {
  fail(std::string("Output argument \"") + output + "\" (and possibly others) not assigned a value in the execution with \"" +
           function + "\" function.",
       site);
}

}  // extern "C"

MCC_DEFINE_BUILTIN(tic) {
  a.arity(0, 0, 1);
  ticStart = std::chrono::steady_clock::now();
  if (a.nargout) a.set(0, scalarResult(static_cast<double>(std::chrono::duration_cast<std::chrono::microseconds>(ticStart.time_since_epoch()).count())));
}

MCC_DEFINE_BUILTIN(toc) {
  a.arity(0, 1, 1);
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - ticStart).count();
  if (a.nargin == 1) {
    auto now = std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now().time_since_epoch()).count();
    seconds = (static_cast<double>(now) - a.scalar(0)) * 1e-6;
  }
  if (a.nargout) {
    a.set(0, scalarResult(seconds));
  } else {
    std::printf("Elapsed time is %f seconds.\n", seconds);
  }
}

// class(x); class(s, name) makes the object of a classdef value class
// that its constructor starts from, class(s, name, true) that of a handle
// class, class(s, name, handle, super1, super2, ...) that of a subclass
// (its superclasses nearest first, for isa), and with a last argument
// {names} the properties its default display leaves out (the compiler calls
// them).
MCC_DEFINE_BUILTIN(class) {
  a.arity(1, UINT32_MAX, 1);
  if (a.nargin >= 2) {
    std::vector<std::string> supers;
    uint32_t last = a.nargin;
    if (last > 3 && a[last - 1] && a[last - 1]->class_id == MCC_CLASS_CELL) {  // the properties the display leaves out
      std::vector<std::string> unshown;
      for (size_t k = 0; k < a[last - 1]->numel; ++k) unshown.push_back(toText(elementsOf(a[last - 1])[k]));
      setUnshownProperties(a.text(1), std::move(unshown));
      --last;
    }
    for (uint32_t k = 3; k < last; ++k) supers.push_back(a.text(k));
    a.set(0, asObject(Ref::share(a[0]), a.text(1), a.nargin >= 3 && a.scalar(2) != 0, std::move(supers), a.site));
    return;
  }
  a.set(0, fromText(isLibObject(a[0]) ? libObjectClass(a[0]) : classText(a[0])));
}

// operator_methods_(h): the compiler's registration of the program's
// operator methods (Aggregate.h, objectOperator), which the runtime's
// operations call when an operand is an object.
MCC_DEFINE_BUILTIN(operator_methods_) {
  a.arity(1, 1, 0);
  setOperatorMethods(a[0]);
}

// destructor_methods_(h): the compiler's registration of the program's
// destructors (Aggregate.h, destroyHandleObject), which the runtime calls
// when the last reference to a handle object goes or delete(h) deletes it.
MCC_DEFINE_BUILTIN(destructor_methods_) {
  a.arity(1, 1, 0);
  setDestructorMethods(a[0]);
}

// object_defaults_(h): the compiler's registration of the program's
// default objects (Aggregate.h), which fill what an assignment past the end
// of an object array leaves.
MCC_DEFINE_BUILTIN(object_defaults_) {
  a.arity(1, 1, 0);
  setObjectDefaults(a[0]);
}

// lifetime_end_(v, ...): the compiler's mark of where MATLAB ends the
// lifetimes of variables that may hold objects with destructors (the
// variable reassigned or cleared, its function returning): the values stay
// alive up to here, and what releases them after runs the destructors.
MCC_DEFINE_BUILTIN(lifetime_end_) { a.arity(0, UINT32_MAX, 0); }

// isvalid(h): whether the handle object h is not deleted (Aggregate.h).
MCC_DEFINE_BUILTIN(isvalid) {
  a.arity(1, 1, 1);
  if (isHandleArray(a[0])) {  // element-wise
    Ref r = newArray(MCC_CLASS_LOGICAL, false, dimsOf(a[0]));
    for (size_t k = 0; k < a[0]->numel; ++k) {
      const mcc_array* h = elementsOf(a[0])[k];
      dataOf<uint8_t>(r.get())[k] = !(fieldsOf(h)->deleted || fieldsOf(h)->destroying);
    }
    a.set(0, std::move(r));
    return;
  }
  if (!isHandleObject(a[0]) && !isMap(a[0]))
    a.error("Undefined function 'isvalid' for input arguments of type '" + classText(a[0]) + "'.");
  // (false inside its delete methods too: MATLAB's destruction begins when they are called)
  a.set(0, boolResult(!isHandleObject(a[0]) || !(fieldsOf(a[0])->deleted || fieldsOf(a[0])->destroying)));
}

// An object of a subclass of `cls` (class(s, name, handle, supers...)).
static bool isSubclassObject(const mcc_array* x, const std::string& cls) {
  if (objectClass(x).empty()) return false;
  const std::vector<std::string>& supers = fieldsOf(x)->superclasses;
  return std::find(supers.begin(), supers.end(), cls) != supers.end();
}

MCC_DEFINE_BUILTIN(isa) {
  a.arity(2, 2, 1);
  std::string want = a.text(1);
  uint32_t c = a[0]->class_id;
  bool yes = want == classText(a[0]) || isSubclassObject(a[0], want) || (want == "handle" && (c == MCC_CLASS_MAP || isHandleObject(a[0]) || isHandleArray(a[0]))) || (want == "numeric" && isNumericClass(c)) || (want == "float" && isFloatClass(c)) ||
             (want == "integer" && isIntegerClass(c));
  a.set(0, boolResult(yes));
}

MCC_DEFINE_BUILTIN(format) {
  // format, format short/long/shortG/longG/compact/loose (and their
  // combinations; "format short g" is shortG); fmt = format: the current
  // ones, as fmt.NumericFormat and fmt.LineSpacing (strings; MATLAB's is a
  // DisplayFormatOptions object with these properties).
  a.arity(0, 2, 1);
  DisplayOptions& options = programDisplayOptions();
  if (a.nargout == 1) {
    if (a.nargin > 0) a.error("Too many input arguments.");
    Ref s = newStruct({1, 1}, {"NumericFormat", "LineSpacing"});
    std::string numeric = options.numeric == DisplayOptions::Long ? "long" : "short";
    setStructField(s.get(), 0, 0, stringScalar(options.general ? numeric + "G" : numeric).get());
    setStructField(s.get(), 0, 1,
                   stringScalar(options.spacing == DisplayOptions::Compact ? "compact" : "loose").get());
    a.set(0, std::move(s));
    return;
  }
  if (a.nargin == 0) {
    options = DisplayOptions{};
    return;
  }
  for (uint32_t k = 0; k < a.nargin; ++k) {
    std::string word = option(a, k);
    auto numeric = [&](DisplayOptions::Numeric n, bool general) { options.numeric = n, options.general = general; };
    if (word == "short") numeric(DisplayOptions::Short, false);
    else if (word == "long") numeric(DisplayOptions::Long, false);
    else if (word == "shortg") numeric(DisplayOptions::Short, true);
    else if (word == "longg") numeric(DisplayOptions::Long, true);
    else if (word == "g" && k > 0) options.general = true;  // format short g, format long g
    else if (word == "compact") options.spacing = DisplayOptions::Compact;
    else if (word == "loose") options.spacing = DisplayOptions::Loose;
    else if (word == "default") options = DisplayOptions{};
    else a.error("format " + word + " is not implemented yet in mcc.");
  }
}

// Interactive niceties that mean nothing to a compiled program.
MCC_DEFINE_BUILTIN(clc) { a.arity(0, 0, 0); }
MCC_DEFINE_BUILTIN(more) { a.arity(0, 1, 0); }

// for_exit_(count, v): the loop variable after `for v = x` that ran count
// times: [] when the loop never ran (MATLAB empties the variable), else v.
MCC_DEFINE_BUILTIN(for_exit_) {
  a.arity(2, 2, 1);
  a.set(0, a.scalar(0) == 0 ? Ref(mcc_array_empty()) : Ref::share(a[1]));
}

// exit(status) and quit(status): the program ends here.
static void exitProgram(const Args& a) {
  a.arity(0, 2, 0);
  int status = 0;
  if (a.nargin >= 1 && !a.isText(0)) status = static_cast<int>(a.scalar(0));
  std::fflush(nullptr);
  std::_Exit(status);
}
MCC_DEFINE_BUILTIN(exit) { exitProgram(a); }
MCC_DEFINE_BUILTIN(quit) { exitProgram(a); }
