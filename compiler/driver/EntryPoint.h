// What a program's main function needs at run time beyond its code: the help
// text `--help` prints and the arguments block that types and checks its
// command-line inputs.
//
// The main function's arguments block is not lowered to IR: the program's
// entry (mcc_entry_inputs in runtime-support) applies it to the inputs before
// the function runs, from the spec built here (format in mcc/runtime.h).
// What the entry cannot apply (defaults that are not literals, name-value
// and repeating arguments, output validation) is a compile-time diagnostic.
// Tests: tests/lit/run/entry-*.m.
#pragma once

#include <string>
#include <vector>

#include "frontend/AST.h"
#include "frontend/Diagnostics.h"
#include "ir/Types.h"

namespace mcc {

struct EntryPoint {
  std::string help;               // the leading comment block, comment signs removed
  std::string spec;               // the arguments block, "" when there is none
  std::vector<ir::Type> inputs;   // per input, the type its declaration guarantees (unknown when none)
};

// Returns false after reporting diagnostics.
bool describeEntryPoint(const File& main, DiagnosticEngine& diags, EntryPoint& out);

}  // namespace mcc
