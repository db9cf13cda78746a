#version 450
// Does the device's fma round once? The runtime runs this before it builds
// the first kernel pipeline (runtime-support/src/gpu/Probe.cpp), once for
// float and, with MCC_SHADER_F64, once for double, and sets the math
// library's MCC_EXACT_FMA from the answers. The inputs come from a buffer,
// so no compiler folds them: for a = b = 1 + 2^-k, a*b = 1 + 2^(1-k) +
// 2^-2k rounds to 1 + 2^(1-k), and fma(a, b, -a*b) is 2^-2k where fma
// rounds once, 0 where it is a multiply and then an add.
#ifdef MCC_SHADER_F64
#extension GL_ARB_gpu_shader_fp64 : require
#define T double
#else
#define T float
#endif
layout(local_size_x = 1) in;
layout(set = 0, binding = 0) readonly buffer In { T v[]; };
layout(set = 0, binding = 1) writeonly buffer Out { T r[]; };

void main() {
  precise T p = v[0] * v[1];
  r[0] = fma(v[0], v[1], -p);
}
