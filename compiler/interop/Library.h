// mcc -shared / -static-lib: MATLAB entry functions as a C library.
//
// Each `--entry f` is compiled by the ordinary pipeline (Driver.cpp) as the
// main function of its own module, whose boxed entry point (the handles'
// calling convention, mcc/runtime.h) is exported instead of a C main. Beside
// the objects, this writes NAME.h, declaring each entry with C types taken
// from its arguments block, and a C wrapper per library that converts those
// C values to arrays, applies the arguments block (mcc_entry_check) and
// returns outputs as mcc_c_array. The wrapper is compiled with the system's
// cc and everything is packed as an archive, a shared library (the runtime
// inside, its symbols hidden) or, with -c, one relocatable object (what
// add_matlab_library links). Tests: tests/interop/check_library.py.
#pragma once

#include <string>
#include <vector>

#include "driver/Driver.h"
#include "driver/EntryPoint.h"

namespace mcc::interop {

// The library's name: `--library-name`, else -o's file name up to its first
// dot, without a leading "lib" (libmodel.so -> model).
std::string libraryName(const DriverOptions& opts);

// One entry function as C sees it.
struct CEntry {
  std::string name;                     // the MATLAB (and C) function name
  std::string file;                     // its .m file
  uint32_t line = 1;                    // its function line
  std::vector<std::string> params;      // MATLAB input names
  std::vector<std::string> outputs;     // MATLAB output names
  EntryPoint entry;                     // its arguments block
};

// NAME.h: the C declarations of the library (compiles with -std=c99 -Wall -Werror).
std::string generateHeader(const std::string& name, const std::vector<CEntry>& entries);
// The C wrappers behind them; `header` is how the wrapper includes NAME.h.
std::string generateWrapper(const std::string& name, const std::string& header, const std::vector<CEntry>& entries);
// The exported symbol of an entry's compiled boxed entry point.
std::string entrySymbol(const std::string& library, const std::string& entry);

// Runs the whole library build; returns the process exit status.
int buildLibrary(const DriverOptions& opts);

}  // namespace mcc::interop
