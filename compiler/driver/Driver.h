// The compiler pipeline: the one place that says which stage runs after which.
#pragma once

#include <string>
#include <vector>

namespace mcc {

enum class EmitStage { None, Tokens, AST, IR, Typed, Kernels, LLVM, GLSL, SPIRV, Obj };

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
  std::string calibration;               // --calibration FILE: the table to embed
};

// Runs the pipeline; returns the process exit status.
int runCompiler(const DriverOptions& options);

}  // namespace mcc
