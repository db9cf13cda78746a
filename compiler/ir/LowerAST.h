// Lowering: parsed files -> IR module.
//
// Resolves names by MATLAB's rules: in each workspace, a name that is ever
// assigned (or is a parameter, output, loop variable...) is a variable;
// any other name is a function, looked up as a local or nested function of
// the file, then NAME.m beside the main file or in an -I folder (parsed on
// demand through `findFile`), then the builtin library. Command syntax
// becomes a call with char arguments.
//
// Builds SSA directly (Braun et al., "Simple and Efficient Construction of
// Static Single Assignment Form", CC 2013): no variable survives lowering.
// Indexed assignments (x(i) = v, s.a(2).b = v) become value updates along
// the access path; && and || become control flow; for loops count columns.
//
// On entry: files parsed without errors, the main file first. On exit: one
// IR function per MATLAB function reached, the entry first; constructs not
// supported yet get a diagnostic naming them. Tests: tests/lit/ir/*.m.
#pragma once

#include <functional>
#include <memory>
#include <string_view>
#include <vector>

#include "frontend/AST.h"
#include "frontend/Diagnostics.h"
#include "ir/IR.h"

namespace mcc::ir {

// Finds and parses NAME.m on the search path; null when there is none.
using FileFinder = std::function<const File*(std::string_view name)>;

std::unique_ptr<Module> lowerProgram(const std::vector<const File*>& files, const FileFinder& findFile,
                                     DiagnosticEngine& diags);

}  // namespace mcc::ir
