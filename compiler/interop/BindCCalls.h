// coder.ceval and friends, bound to C at build time.
//
// Walks the typed program for MATLAB Coder's C calls: coder.cinclude('h.h')
// names headers, which are parsed with libclang (ParseCHeaders.h);
// coder.updateBuildInfo adds C sources, objects, include folders and link
// flags to the build; each coder.ceval('f', args...) is checked against f's
// declaration when a header declares it: the argument count, scalars passed
// by value, arrays (and coder.ref/rref/wref) passed to pointers of their
// element class, char text to char pointers, coder.opaque values to other
// pointers, a used result of a void function, and MATLAB structs passed to
// pointers to C structs, field by field against the struct's declaration
// where the struct's fields are known (StructFields.h). A mismatch is a
// diagnostic at the call. Without headers a call is compiled from the
// MATLAB types of its arguments, as MATLAB Coder does. loadlibrary('lib',
// 'lib.h') binds the library's name to the header's functions, and each
// calllib('lib', 'f', args...) is checked the same way (the library itself
// is loaded at run time); libstruct('name', s) names a struct of those
// headers and libpointer('doublePtr', v) a pointer type mcc knows.
//
// On entry: a module from inferTypes. On exit: the module is unchanged; the
// declarations are what code generation compiles the calls against.
// Tests: tests/lit/interop/*.m, tests/conformance/interop.
#pragma once

#include <string>
#include <vector>

#include "CDeclarations.h"
#include "frontend/Diagnostics.h"
#include "ir/IR.h"

namespace mcc::interop {

struct CBuild {
  CFunctions functions;               // what the coder.cinclude'd headers declare
  CLibraries libraries;               // loadlibrary('lib', 'lib.h'): each library's functions
  CStructs structs;                   // the structs of loadlibrary's headers, by name (libstruct)
  std::vector<std::string> sources;   // addSourceFiles, addLinkObjects: compiled or linked with the program
  std::vector<std::string> linkArgs;  // addLinkFlags
};

// `includeDirs`: where headers are looked for besides the .m files' folders.
// Returns false after reporting diagnostics.
bool bindCCalls(const ir::Module& typed, const std::vector<std::string>& includeDirs, DiagnosticEngine& diags, CBuild& out);

}  // namespace mcc::interop
