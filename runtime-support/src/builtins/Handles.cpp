// Function handles: the value behind MCC_CLASS_FUNCTION_HANDLE, calling a
// handle through its boxed entry point (mcc_call_handle, the one way the
// runtime and builtins call user code), and func2str. feval, str2func and
// the table of builtins by name are in ByName.cpp.
#include "builtins/Handles.h"

#include <cstdlib>
#include <string_view>
#include <vector>

#include "builtins/Builtin.h"

namespace mcc::rt {
// In ByName.cpp with the table of every builtin by name, which only programs
// that name functions at run time link (see there): a weak reference.
Ref handleForName(const std::string& name, const mcc_site* site) __attribute__((weak));

namespace {

// The data of a handle array: owned by the array, freed with it.
struct Handle {
  mcc_function_entry entry;
  std::string text;
  std::vector<mcc_array*> captures;  // owned references
  // nargin(f), nargout(f) of a function of the program (mcc_handle_create_declared)
  bool declared = false;
  int32_t nargin = 0, nargout = 0;
};

const Handle& handleOf(const mcc_array* a, const mcc_site* site) {
  if (!a || a->class_id != MCC_CLASS_FUNCTION_HANDLE) {
    std::string cls = a ? className(a->class_id) : "undefined";
    fail("Expected a function handle, but the value is of class '" + cls + "'.", site);
  }
  return *static_cast<const Handle*>(a->data);
}

}  // namespace

void releaseHandleData(mcc_array* a) {
  auto* h = static_cast<Handle*>(a->data);
  for (mcc_array* c : h->captures) mcc_array_release(c);
  delete h;
  a->data = nullptr;
}

std::string handleText(const mcc_array* a) { return handleOf(a, nullptr).text; }

Ref objectMethod(const mcc_array* obj, std::initializer_list<ObjectMethod> methods, std::string_view name, bool called,
                 const mcc_site* site) {
  for (const ObjectMethod& m : methods) {
    if (name != m.name) continue;
    mcc_array* self = const_cast<mcc_array*>(obj);
    if (called) return Ref(mcc_handle_create(m.entry, m.name, 1, &self));
    mcc_array* out = nullptr;
    m.entry(m.hasOutput ? 1 : 0, &out, 1, &self, site);
    return Ref(out ? out : mcc_array_empty());
  }
  return Ref();
}

}  // namespace mcc::rt

using namespace mcc::rt;

extern "C" {

mcc_array* mcc_handle_create(mcc_function_entry entry, const char* text, size_t ncaptures,
                             mcc_array* const* captures) {
  if (!entry) internalError("a function handle without an entry point");
  auto* h = new Handle{entry, text ? text : "", {}};
  for (size_t k = 0; k < ncaptures; ++k) h->captures.push_back(mcc_array_retain(captures[k]));
  return objectValue(MCC_CLASS_FUNCTION_HANDLE, h).release();
}

mcc_array* mcc_handle_create_declared(mcc_function_entry entry, const char* text, size_t ncaptures,
                                      mcc_array* const* captures, int32_t nargin, int32_t nargout) {
  mcc_array* a = mcc_handle_create(entry, text, ncaptures, captures);
  auto* h = static_cast<Handle*>(a->data);
  h->declared = true;
  h->nargin = nargin;
  h->nargout = nargout;
  return a;
}

mcc_array* mcc_handle_capture(const mcc_array* handle, size_t k) {
  const Handle& h = handleOf(handle, nullptr);
  if (k >= h.captures.size()) internalError("mcc_handle_capture: no capture " + std::to_string(k));
  return mcc_array_retain(h.captures[k]);
}

void mcc_call_handle(const mcc_array* handle, uint32_t nargout, mcc_array** out, uint32_t nargin,
                     mcc_array* const* in, const mcc_site* site) {
  if (handle && handle->class_id == MCC_CLASS_CHAR) {  // feval(name, ...)
    if (!handleForName) internalError("a function named at run time, but the builtin table is not linked");
    Ref named = handleForName(toText(handle), site);
    mcc_call_handle(named.get(), nargout, out, nargin, in, site);
    return;
  }
  const Handle& h = handleOf(handle, site);
  // Hold the handle while its target runs: the target may drop the caller's copy.
  Ref keep = Ref::share(handle);
  // The call, for MException.stack (a function called by cellfun shows
  // cellfun's line in its caller).
  CallStackMark mark;
  mcc_call_enter(site);
  if (h.captures.empty()) {
    h.entry(nargout, out, nargin, in, site);
    return;
  }
  std::vector<mcc_array*> args(h.captures);
  args.insert(args.end(), in, in + nargin);
  h.entry(nargout, out, static_cast<uint32_t>(args.size()), args.data(), site);
}

int mcc_is_function_handle(const mcc_array* a) { return a && a->class_id == MCC_CLASS_FUNCTION_HANDLE; }

}  // extern "C"


MCC_DEFINE_BUILTIN(func2str) {
  a.arity(1, 1, 1);
  if (!mcc_is_function_handle(a[0]))
    a.error("Input argument must be a function handle.");
  a.set(0, fromText(handleText(a[0])));
}

MCC_DEFINE_BUILTIN(is_function_handle) {
  a.arity(1, 1, 1);
  a.set(0, boolResult(mcc_is_function_handle(a[0])));
}

// declared_count_(which, f): nargin(f) (which 0) or nargout(f) (which 1) of
// a value known only at run time (the compiler answers nargin('name'),
// nargin(@name) and nargin(@(x) ...) itself).
MCC_DEFINE_BUILTIN(declared_count_) {
  a.arity(2, 2, 1);
  bool inputs = a.scalar(0) == 0;
  const char* which = inputs ? "nargin" : "nargout";
  const mcc_array* f = a[1];
  if (mcc_is_function_handle(f)) {
    const Handle& h = handleOf(f, a.site);
    if (!h.declared)
      a.error(std::string(which) + " of the builtin '" + h.text +
              "' is not supported; mcc gives the counts of the program's own functions");
    a.set(0, Ref(mcc_array_from_scalar(inputs ? h.nargin : h.nargout)));
    return;
  }
  if (f && (f->class_id == MCC_CLASS_CHAR || f->class_id == MCC_CLASS_STRING))
    a.error(std::string(which) + " of a function named at run time ('" + a.text(1) +
            "') is not supported; mcc answers " + which + "('name') of a constant name");
  a.error("Argument must be a function handle, character vector, or string scalar.");
}
