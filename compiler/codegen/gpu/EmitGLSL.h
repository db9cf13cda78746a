// GPU code for fused kernels: each kernel (kernels/KernelIR.h) as a GLSL
// compute shader, in the interface of the GPU runtime's KernelSpec
// (runtime-support/src/gpu/Gpu.h): set 0, binding k the k-th array (array
// inputs, then array outputs, then, for a kernel with reductions, a
// partials buffer of one slot per workgroup and reduction); one push-constant
// block with the element count (a uint: larger arrays stay on the CPU), a
// zero, the serial flag and the scalar inputs; local_size_x =
// kGlslLocalSize; a grid-stride loop over the elements. Reductions fold per
// invocation, then per workgroup through shared memory (a tree), and leave
// one partial per workgroup for the host to combine; with the serial flag
// set, invocation 0 folds every element in order (the CPU's order).
//
// Math goes through the GLSL library of shaders/ (mcc_sin, mcc_exp, ...:
// GLSL has no double sin/exp, Vulkan's float built-ins are loose). A double
// kernel stays double (GL_ARB_gpu_shader_fp64); kernels over logical
// arrays have no GPU version yet (8-bit storage), and say why.
//
// `mcc --emit=glsl` prints each kernel's shader. Tests: tests/lit/kernels/glsl-*.m.
#pragma once

#include <cstdint>
#include <string>

#include "kernels/KernelIR.h"

namespace mcc::codegen {

inline constexpr uint32_t kGlslLocalSize = 256;

struct GlslKernel {
  bool eligible = false;  // false: CPU only, for the reason in `why`
  std::string why;
  std::string source;     // the shader, when eligible
  // The variant computing the math library's single-precision functions in
  // double (MCC_F32_VIA_F64, shaders/MathLibF32ViaF64.glsl), for devices
  // with fast doubles; worth compiling only where the kernel calls one.
  std::string sourceF64Math;
  uint32_t bufferCount = 0;
  uint32_t pushBytes = 0;
  bool float64 = true;    // computes in double (needs the device's shaderFloat64)
};

GlslKernel emitGLSL(const kernels::Kernel& k);

}  // namespace mcc::codegen
