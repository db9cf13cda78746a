// Builtins of options.def: optimset and optimget (the options of fzero,
// fminbnd and fminsearch), odeset and odeget (the options of ode45 and
// ode23), and SolverOptions, through which those solvers read them.
//
// optimset and odeset give a struct with every option MATLAB's base
// library defines, in MATLAB's order, unset ones []; names are matched
// case-insensitively and stored with MATLAB's spelling. Tests:
// tests/conformance/programs/math_optim_options.m, math_ode.m.
#include "builtins/Options.h"

#include <cmath>
#include <vector>

#include "array/Aggregate.h"
#include "array/StringArray.h"
#include "builtins/Util.h"

namespace mcc::rt {

namespace {

const std::vector<std::string> kOptimNames = {"Display", "MaxFunEvals", "MaxIter", "TolFun",
                                              "TolX",    "FunValCheck", "OutputFcn", "PlotFcns"};
const std::vector<std::string> kOdeNames = {
    "AbsTol",      "BDF",         "Events",     "InitialStep", "Jacobian",  "JConstant", "JPattern",   "Mass",
    "MassSingular", "MaxOrder",   "MaxStep",    "NonNegative", "NormControl", "OutputFcn", "OutputSel", "Refine",
    "RelTol",      "Stats",       "Vectorized", "MStateDependence", "MvPattern", "InitialSlope"};

// The position of `name` in a struct's fields, ignoring case, or -1.
long findField(const mcc_array* s, std::string_view name) {
  const FieldTable* t = fieldsOf(s);
  if (!t) return -1;
  std::string want = lower(std::string(name));
  for (size_t k = 0; k < t->names.size(); ++k)
    if (lower(t->names[k]) == want) return static_cast<long>(k);
  return -1;
}

// MATLAB's spelling of an option name, or "" when it is none of `names`.
std::string canonical(const std::vector<std::string>& names, const std::string& name) {
  for (const std::string& n : names)
    if (lower(n) == lower(name)) return n;
  return "";
}

// optimset/odeset: [old,] [new,] 'Name', value, ... merged into a struct
// with every option of `names`.
void setOptions(const Args& a, const std::vector<std::string>& names, const char* unknownText) {
  a.arity(0, UINT32_MAX, 1);
  Ref s = newStruct({1, 1}, names, a.site);
  auto put = [&](const std::string& name, const mcc_array* v) {
    std::string n = canonical(names, name);
    if (n.empty()) a.error(std::string(unknownText) + " '" + name + "'.");
    setStructField(s.get(), 0, static_cast<size_t>(fieldsOf(s.get())->find(n)), v);
  };
  uint32_t k = 0;
  for (; k < a.nargin && a[k]->class_id == MCC_CLASS_STRUCT; ++k) {
    const mcc_array* old = a[k];
    if (old->numel != 1) a.error("Expected a 1x1 options structure.");
    const FieldTable* t = fieldsOf(old);
    for (size_t f = 0; t && f < t->names.size(); ++f) {
      Ref v = structField(old, 0, f);
      if (v && v->numel == 0 && v->class_id == MCC_CLASS_DOUBLE) continue;  // unset in old: keeps the earlier value
      if (!canonical(names, t->names[f]).empty()) put(t->names[f], v.get());
    }
  }
  if ((a.nargin - k) % 2) a.error("Arguments must occur in name-value pairs.");
  for (; k < a.nargin; k += 2) {
    if (!a.isText(k)) a.error("Expected argument " + std::to_string(k + 1) + " to be a string parameter name.");
    put(a.text(k), a[k + 1]);
  }
  a.set(0, std::move(s));
}

// optimset('fzero') and relatives: the function's documented defaults.
void defaultOptimOptions(const Args& a, const std::string& function) {
  Ref s = newStruct({1, 1}, kOptimNames, a.site);
  auto put = [&](const char* name, Ref v) {
    setStructField(s.get(), 0, static_cast<size_t>(fieldsOf(s.get())->find(name)), v.get());
  };
  put("Display", fromText("notify"));
  put("FunValCheck", fromText("off"));
  if (function == "fzero") {
    put("TolX", scalarResult(2.220446049250313e-16));
  } else if (function == "fminbnd") {
    put("MaxFunEvals", scalarResult(500));
    put("MaxIter", scalarResult(500));
    put("TolX", scalarResult(1e-4));
  } else if (function == "fminsearch") {
    put("MaxFunEvals", fromText("200*numberofvariables"));
    put("MaxIter", fromText("200*numberofvariables"));
    put("TolFun", scalarResult(1e-4));
    put("TolX", scalarResult(1e-4));
  } else {
    notImplemented("optimset('" + function + "')", a.site);
  }
  a.set(0, std::move(s));
}

// optimget/odeget(options, 'Name' [, default]).
void getOption(const Args& a, const std::vector<std::string>& names, const char* unknownText) {
  a.arity(2, 3, 1);
  if (a[0]->numel != 0 && a[0]->class_id != MCC_CLASS_STRUCT) a.error("First argument must be an options structure.");
  if (!a.isText(1)) a.error("Second argument must be a property name.");
  std::string name = a.text(1);
  if (canonical(names, name).empty()) a.error(std::string(unknownText) + " '" + name + "'.");
  Ref v;
  if (a[0]->class_id == MCC_CLASS_STRUCT) {
    SolverOptions o(a, 0, "optimget");
    v = o.value(name);
  }
  if (!v) v = a.nargin == 3 ? Ref(mcc_array_retain(const_cast<mcc_array*>(a[2]))) : Ref(mcc_array_empty());
  a.set(0, std::move(v));
}

}  // namespace

SolverOptions::SolverOptions(const Args& a, uint32_t k, const char* function) : a_(a) {
  if (k >= a.nargin) return;
  const mcc_array* s = a[k];
  if (s->class_id == MCC_CLASS_STRUCT && s->numel == 1) s_ = s;
  else if (s->numel != 0) a.error(std::string(function) + ": OPTIONS must be a structure (from optimset or odeset).");
}

Ref SolverOptions::value(std::string_view name) const {
  if (!s_) return Ref();
  long f = findField(s_, name);
  if (f < 0) return Ref();
  Ref v = structField(s_, 0, static_cast<size_t>(f));
  if (!v || v->numel == 0) return Ref();
  return v;
}

double SolverOptions::number(std::string_view name, double fallback) const {
  Ref v = value(name);
  if (!v) return fallback;
  if (v->numel != 1 || v->is_complex || !isValueClass(v->class_id) || v->class_id == MCC_CLASS_CHAR)
    a_.error("Option '" + std::string(name) + "' must be a real scalar.");
  return mcc_array_to_double(v.get(), a_.site);
}

std::string SolverOptions::text(std::string_view name, const std::string& fallback) const {
  Ref v = value(name);
  if (!v) return fallback;
  const mcc_array* t = scalarText(v.get());  // optimset("Display", "off")
  if (t->class_id != MCC_CLASS_CHAR) a_.error("Option '" + std::string(name) + "' must be a character vector.");
  return lower(toText(t));
}

}  // namespace mcc::rt

using namespace mcc::rt;

MCC_DEFINE_BUILTIN(optimset) {
  if (a.nargin == 1 && a.isText(0)) return defaultOptimOptions(a, a.text(0));
  if (a.nargin == 1 && mcc_is_function_handle(a[0])) notImplemented("optimset of a function handle (name the function)", a.site);
  setOptions(a, kOptimNames, "Unrecognized parameter name");
}
MCC_DEFINE_BUILTIN(optimget) { getOption(a, kOptimNames, "Unrecognized parameter name"); }
MCC_DEFINE_BUILTIN(odeset) { setOptions(a, kOdeNames, "Unrecognized property name"); }
MCC_DEFINE_BUILTIN(odeget) { getOption(a, kOdeNames, "Unrecognized property name"); }
