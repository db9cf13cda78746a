// Functions named at run time: the table of every builtin by name
// (mcc_builtin_entry), and the builtins that use it, feval and str2func.
// In a file of its own so that only programs that name a function at run
// time link every builtin (Handles.cpp refers to the table weakly).
#include <string_view>

#include "builtins/Builtin.h"
#include "builtins/Handles.h"

using namespace mcc::rt;

extern "C" {

mcc_function_entry mcc_builtin_entry(const char* name, size_t length) {
  struct Entry {
    std::string_view name;
    mcc_function_entry entry;
  };
  static const Entry table[] = {
#define MCC_BUILTIN(n) {#n, mcc_bi_##n},
#include "mcc/builtins.def"
#undef MCC_BUILTIN
  };
  std::string_view want(name, length);
  for (const Entry& e : table)
    if (e.name == want) return e.entry;
  return nullptr;
}

}  // extern "C"

// feval(f, args...): f a handle or a function's name.
MCC_DEFINE_BUILTIN(feval) {
  a.arity(1, UINT32_MAX, UINT32_MAX);
  Ref byName;
  const mcc_array* f = a[0];
  if (!mcc_is_function_handle(f)) {
    if (!a.isText(0)) a.error("Argument must contain a character vector or function handle.");
    byName = handleForName(a.text(0), a.site);
    f = byName.get();
  }
  mcc_call_handle(f, a.nargout, a.out, a.nargin - 1, a.in + 1, a.site);
}

MCC_DEFINE_BUILTIN(str2func) {
  a.arity(1, 2, 1);
  if (!a.isText(0)) a.error("Input argument must be a character vector or string scalar.");
  std::string name = a.text(0);
  if (!name.empty() && name[0] == '@')
    a.error("str2func of the anonymous function '" + name +
            "' known only at run time: mcc compiles anonymous functions, it has no interpreter.");
  a.set(0, handleForName(name, a.site));
}

