// GLSL to SPIR-V at build time, with glslang linked into mcc (no external
// tool, and not Debian's shaderc, which is broken): Vulkan 1.1 semantics,
// SPIR-V 1.3. `#include "mcc_math.glsl"` is served from `mathLibrary`, the
// text of the GPU math library (shaders/).
#pragma once

#include <cstdint>
#include <ostream>
#include <string>
#include <vector>

namespace mcc::codegen {

// Compiles one compute shader. False with glslang's messages in `log`.
bool compileSPIRV(const std::string& glsl, const std::string& mathLibrary, std::vector<uint32_t>& words,
                  std::string& log);

// SPIR-V words as text (glslang's disassembler), for --emit=spirv.
std::string disassembleSPIRV(const std::vector<uint32_t>& words);

}  // namespace mcc::codegen
