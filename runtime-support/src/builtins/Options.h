// Options structures of the solvers (optimset/odeset results, or any
// struct): fields match names case-insensitively, and an empty value is an
// option left unset, as MATLAB's optimget and odeget read them
// (builtins/Options.cpp).
#pragma once

#include <string>
#include <string_view>

#include "builtins/Builtin.h"

namespace mcc::rt {

class SolverOptions {
 public:
  // Input k of a call: [] (no options) or a struct; `function` names the
  // caller in the error for anything else. Past the inputs: no options.
  SolverOptions(const Args& a, uint32_t k, const char* function);
  // The option's value, or an empty Ref when unset.
  Ref value(std::string_view name) const;
  // A real scalar option (error naming it otherwise), or the fallback.
  double number(std::string_view name, double fallback) const;
  // A text option lower-cased, or the fallback.
  std::string text(std::string_view name, const std::string& fallback) const;

 private:
  const Args& a_;
  const mcc_array* s_ = nullptr;
};

}  // namespace mcc::rt
