// LLVM code generation: typed IR -> an LLVM module -> an object file.
//
// Each specialised function becomes an LLVM function; the entry gets a C main() that initialises the runtime, runs it and
// flushes output. The module is optimised with the new pass manager at the
// requested level and emitted for the target with a TargetMachine.
//
// Real double and logical scalars are machine values; every other value is
// an `mcc_array*` handled through the runtime's C ABI, with reference counts
// placed by the ownership plan (Ownership.h). Builtins go through
// `mcc_bi_NAME`; what is not supported yet (cells, structs, function
// handles, strings) is a compile-time diagnostic naming it, never wrong code.
//
// On entry: a module from inferTypes. Tests: tests/lit/run/*.m, tests/lit/codegen, tests/conformance.
#pragma once

#include <string>

#include "codegen/gpu/GpuBinary.h"
#include "frontend/Diagnostics.h"
#include "interop/CDeclarations.h"
#include "ir/IR.h"

namespace mcc::codegen {

struct CodegenOptions {
  int optLevel = 2;
  std::string cpu = "x86-64-v2";  // portable by default; "native" for this machine
  std::string triple;             // empty: the host's
  bool debugInfo = false;         // DWARF line info: each instruction maps to its .m line
  std::string entryHelp;          // the main function's help text (its binary's --help)
  std::string entrySpec;          // its arguments block for mcc_entry_inputs (driver/EntryPoint.h)
  const GpuBinaries* gpuKernels = nullptr;  // GPU versions to embed, by kernel id (none: CPU only)
  std::string calibrationJson;    // --calibration: the router's table, embedded as mcc_calibration_json
  // A library entry (interop/Library.h): no C main; the main function's boxed
  // entry point is exported as this symbol, and NAME_init makes the constants.
  std::string libraryEntry;
  // coder.ceval: the C functions the program's headers declare (interop/BindCCalls.h).
  const interop::CFunctions* cFunctions = nullptr;
  const interop::CLibraries* cLibraries = nullptr;  // loadlibrary's headers
  const interop::CStructs* cStructs = nullptr;      // their structs (libstruct)
};

// Writes an object file (or, with `llvmText`, the LLVM IR as text instead).
// Returns false after reporting diagnostics.
bool emitObject(const ir::Module& module, const SourceFile& mainSource, const CodegenOptions& options,
                const std::string& objectPath, std::string* llvmText, DiagnosticEngine& diags);

}  // namespace mcc::codegen
