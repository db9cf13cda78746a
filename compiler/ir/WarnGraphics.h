// Warns at each call of a graphics function (plot, figure, saveas...).
//
// A compiled program has no graphics: the runtime's graphics builtins
// (mcc/builtins/graphics.def) draw nothing, so that a script that plots its
// results still compiles and prints them. This pass tells the user so, once
// per call site of the lowered program: "'plot' draws nothing: compiled
// programs have no graphics", or for saveas, print and exportgraphics that
// no file is written. A call resolved to the program's own function (a
// plot.m of the program) is not a graphics call, and a name that a class
// of the program defines as a method gets no warning (its objects may
// take the call). Reads the IR, changes
// nothing. Test: tests/lit/driver/graphics-warnings.m.
#pragma once

#include "frontend/Diagnostics.h"
#include "ir/IR.h"

namespace mcc::ir {

void warnGraphicsCalls(const Module& m, DiagnosticEngine& diags);

}  // namespace mcc::ir
