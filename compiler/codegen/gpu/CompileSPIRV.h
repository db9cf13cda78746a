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

// The math library without the functions the kernel cannot reach (a function
// stays when the kernel's text, or a function that stays, mentions its name)
// and without comment lines. The library unchanged when its shape is not
// understood.
std::string pruneMathLibrary(const std::string& library, const std::string& kernel);

// SPIR-V words as text (glslang's disassembler), for --emit=spirv.
std::string disassembleSPIRV(const std::vector<uint32_t>& words);

}  // namespace mcc::codegen
