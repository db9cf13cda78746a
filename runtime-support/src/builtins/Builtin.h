// How a builtin function is written: MCC_DEFINE_BUILTIN(name) { ... } gives
// the body an `Args& a` with the call's inputs, outputs and site, and the
// checks and conversions every builtin needs. The C entry point mcc_bi_name
// (declared in mcc/runtime.h from mcc/builtins.def) wraps the body.
//
//   MCC_DEFINE_BUILTIN(hypot) {
//     a.arity(2, 2, 1);
//     a.set(0, binaryOp(...));
//   }
//
// Inputs are borrowed; a.set(k, Ref) stores output k (a new reference).
// With nargout 0 a builtin that has a value still sets output 0 (it becomes
// ans). Errors go through fail() with a.site, so unit tests can catch them.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "Error.h"
#include "array/Array.h"
#include "mcc/runtime.h"

namespace mcc::rt {

struct Args {
  uint32_t nargout;
  mcc_array** out;
  uint32_t nargin;
  mcc_array* const* in;
  const mcc_site* site;

  // MATLAB's errors for a call with too few or too many inputs, or too many
  // outputs ("Not enough input arguments.", "Too many input arguments.",
  // "Too many output arguments.").
  void arity(uint32_t minIn, uint32_t maxIn, uint32_t maxOut) const;

  const mcc_array* operator[](uint32_t k) const { return in[k]; }
  // Input k as a scalar double (error unless it is a real numeric/logical/char
  // 1x1); as an integer-valued size or count (error for non-integers,
  // negative values allowed through as given).
  double scalar(uint32_t k) const;
  // Input k is a char row vector (or '') or a string scalar.
  bool isText(uint32_t k) const;
  // Input k as UTF-8 text (error unless char or a string scalar).
  std::string text(uint32_t k) const;
  // Output slots to fill: max(nargout, 1).
  uint32_t outputs() const { return nargout ? nargout : 1; }
  // Stores output k (only when the caller asked for it: k < outputs()).
  void set(uint32_t k, Ref value) const;
  [[noreturn]] void error(const std::string& message) const { fail(message, site); }
};

// Makes the host copy of every input current (a GPU kernel may have left
// one on the device only): builtins read their inputs' elements directly.
// Returns whether an input is a sparse matrix: the builtin's sparse
// implementation (array/Sparse.h) takes the call then.
bool fetchInputs(uint32_t nargin, mcc_array* const* in);
void callSparseBuiltin(const char* name, const Args& a);  // through the installed hooks

// The text of a char array (its elements as UTF-8), and a char row from text.
std::string toText(const mcc_array* a);
// A warning from the runtime, as warning(id, text) gives it: "Warning: text"
// on stderr after the output so far, unless the identifier (or all) is off;
// lastwarn then returns it.
void issueWarning(const std::string& id, const std::string& text);
Ref fromText(std::string_view text);
// 1x1 results.
inline Ref scalarResult(double v) { return Ref(mcc_array_from_scalar(v)); }
inline Ref boolResult(bool v) { return Ref(mcc_array_from_bool(v)); }

}  // namespace mcc::rt

#define MCC_DEFINE_BUILTIN(name)                                                                        \
  static void mcc_bi_body_##name(const ::mcc::rt::Args& a);                                              \
  extern "C" void mcc_bi_##name(uint32_t nargout, mcc_array** out, uint32_t nargin, mcc_array* const* in, \
                                const mcc_site* site) {                                                  \
    for (uint32_t k = 0; k < (nargout ? nargout : 1); ++k) out[k] = nullptr;                            \
    ::mcc::rt::Args args_{nargout, out, nargin, in, site};                                               \
    ::mcc::rt::BuiltinScope scope_(#name, site);                                                         \
    if (::mcc::rt::fetchInputs(nargin, in)) return ::mcc::rt::callSparseBuiltin(#name, args_);           \
    mcc_bi_body_##name(args_);                                                                           \
  }                                                                                                      \
  static void mcc_bi_body_##name(const ::mcc::rt::Args& a)
