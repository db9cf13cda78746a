// Functions named at run time: the table of every builtin by name
// (mcc_builtin_entry), handleForName, and the builtins that use them, feval
// and str2func. In a file of its own so that only programs that name a
// function at run time (these builtins, cellfun with a name, or a call of a
// handle whose target the compiler cannot see) link every builtin: calling
// a handle (Handles.cpp) refers to this file only weakly.
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
#define MCC_BUILTIN_QUALIFIED(package, n) {#package "." #n, mcc_bi_##package##_##n},
#include "mcc/builtins.def"
#undef MCC_BUILTIN_QUALIFIED
#undef MCC_BUILTIN
  };
  std::string_view want(name, length);
  // A sparse result in dynamically typed code would reach operations that
  // read it as a full array: the builtins that make sparse matrices are
  // called by name in compiled code only (compiler/ir/SparseRules.h).
  if (want == "sparse" || want == "speye" || want == "spdiags" || want == "spalloc") return nullptr;
  for (const Entry& e : table)
    if (e.name == want) return e.entry;
  return nullptr;
}

}  // extern "C"

namespace mcc::rt {

// The handle a name known only at run time stands for: a builtin of the
// runtime. User functions are compiled by name, so a name only known at run
// time cannot reach them.
Ref handleForName(const std::string& name, const mcc_site* site) {
  mcc_function_entry e = mcc_builtin_entry(name.data(), name.size());
  if (!e && (name == "sparse" || name == "speye" || name == "spdiags" || name == "spalloc"))
    fail("'" + name + "' called by a name known at run time is not implemented yet in mcc.", site);
  if (!e)
    fail("Undefined function '" + name +
             "'. (mcc resolves a function named by a character vector only when the name is known at compile "
             "time or names a builtin.)",
         site);
  return Ref(mcc_handle_create(e, name.c_str(), 0, nullptr));
}

}  // namespace mcc::rt

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

