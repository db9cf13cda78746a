// Reads the C functions that headers declare, with libclang (loaded at
// compile time with dlopen: libclang-19.so.1; users' binaries never need it).
// Tests: tests/lit/interop/*.m.
#pragma once

#include <string>
#include <vector>

#include "CDeclarations.h"

namespace mcc::interop {

// Parses `headers` (found in `includeDirs`, then the system's folders) as C
// and adds every function they declare to `out` (with the layout of each
// complete struct their parameters point at), and, when `structs` is given,
// every struct by its tag and typedef names (libstruct). Returns false with
// `error` set when libclang is missing or a header has an error.
bool parseCHeaders(const std::vector<std::string>& headers, const std::vector<std::string>& includeDirs, CFunctions& out,
                   std::string& error, CStructs* structs = nullptr);

}  // namespace mcc::interop
