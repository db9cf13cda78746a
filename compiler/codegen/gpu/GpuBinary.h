// A kernel's GPU version as the executable embeds it: the SPIR-V words of
// its compute shader (EmitGLSL, compiled by CompileSPIRV at build time) and
// what the runtime needs to bind it (mcc_kernel_spec in mcc/runtime.h).
// The driver makes one per eligible kernel unless --no-gpu; EmitKernel puts
// it into the LLVM module beside the kernel's CPU version.
#pragma once

#include <cstdint>
#include <map>
#include <vector>

namespace mcc::codegen {

struct GpuBinary {
  std::vector<uint32_t> spirv;
  // A single-precision kernel's variant computing its math functions in
  // double (empty: none; EmitGLSL's sourceF64Math).
  std::vector<uint32_t> spirvF64Math;
  uint32_t bufferCount = 0;  // array inputs, array outputs, partials
  uint32_t pushBytes = 0;
  uint32_t localSize = 0;
  bool float64 = true;
};

// By kernel id.
using GpuBinaries = std::map<uint32_t, GpuBinary>;

}  // namespace mcc::codegen
