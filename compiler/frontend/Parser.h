// The MATLAB/Octave parser: tokens -> AST, recursive descent with precedence
// climbing for expressions.
//
// Entry: a SourceFile. Exit: a File whose every node has a source range, and
// diagnostics for each syntax error; the parser recovers at the next
// statement, so one run reports many errors. It never asserts on user input,
// and it bounds nesting depth, so no input can crash or hang it.
//
// Function ends: MATLAB files either end every function with `end` (and may
// nest functions) or end none. parseFile() first reads a file the nested way;
// if a function then runs into the end of the file, it reads it again the
// flat way (`function` closes the previous function), and reports the
// diagnostics of the reading it keeps.
//
// Tests: tests/lit/parse/*.m (golden ASTs), tests/lit/errors/*.m.
#pragma once

#include "AST.h"
#include "Diagnostics.h"

namespace mcc {

File* parseFile(const SourceFile& source, ASTContext& ctx, DiagnosticEngine& diags);

}  // namespace mcc
