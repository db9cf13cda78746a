// The compiler pipeline: the one place that says which stage runs after which.
#pragma once

#include <string>
#include <vector>

namespace mcc {

enum class EmitStage { None, Tokens, AST, IR, Typed, Scalarized, Kernels, LLVM, GLSL, SPIRV, Obj };

struct DriverOptions {
  std::vector<std::string> inputs;       // .m files; the first is the program's main file
  std::string output;                    // -o
  std::vector<std::string> includeDirs;  // -I
  int optLevel = 2;                      // -O0..-O3
  std::string cpu;                       // --cpu (empty: the portable default)
  bool debugInfo = false;                // -g
  EmitStage emit = EmitStage::None;
  bool syntaxOnly = false;               // -fsyntax-only
  bool color = false;                    // -fdiagnostics-color
  unsigned errorLimit = 20;              // -ferror-limit=N (0: no limit)
  bool fusion = true;                    // -fno-fusion: every array operation through the runtime
  bool smallArrays = true;               // -fno-small-arrays: no ScalarizeSmallArrays
  bool noWarnings = false;               // -w
  bool warningsAsErrors = false;         // -Werror
  // Build systems and deployment.
  bool objectOnly = false;               // -c: an object file to link yourself
  bool printDependencies = false;        // -M: print the .m files the program reaches, as a make rule
  std::string dependencyFile;            // -MD / -MF FILE: also write that rule while compiling
  std::string triple;                    // --target (empty: the host)
  bool sharedRuntime = false;            // --shared-runtime: link libmcc_runtime.so instead of the archive
  bool strip = false;                    // -s: strip the executable
  bool gpu = true;                       // --no-gpu: no GPU versions of kernels (all run on the CPU)
  std::string calibration;               // --calibration FILE: the table to embed
  // C interop (compiler/interop).
  std::vector<std::string> cSources;     // .c/.o/.a/.so inputs, compiled and linked with the program
  std::vector<std::string> linkArgs;     // -lNAME, -LDIR, -Wl,... for the linker
  enum class Library { None, Static, Shared };
  Library library = Library::None;       // -static-lib / -shared: a C library of --entry functions
  std::vector<std::string> entries;      // --entry NAME (repeatable)
  std::string libraryName;               // --library-name NAME (default: from -o)
  std::string headerPath;                // --header FILE (default: NAME.h beside -o)
  std::string libraryEntry;              // set by the library build: export the main function under this name
};

// Runs the pipeline; returns the process exit status.
int runCompiler(const DriverOptions& options);

}  // namespace mcc
