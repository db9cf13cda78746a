#version 450
// How fast is the device's double arithmetic against its float? The runtime
// runs this once for float and once, with MCC_SHADER_F64, for double, with
// GPU timestamps around each (runtime-support/src/gpu/Probe.cpp), before it
// builds the first kernel that has a variant computing its single-precision
// math in double (shaders/MathLibF32ViaF64.glsl). Four independent chains
// of fma per invocation keep the arithmetic units busy; the start values
// come from the invocation index, so no compiler folds the chains.
#ifdef MCC_SHADER_F64
#extension GL_ARB_gpu_shader_fp64 : require
#define T double
#else
#define T float
#endif
layout(local_size_x = 64) in;
layout(set = 0, binding = 0) writeonly buffer Out { T r[]; };
layout(push_constant) uniform P { uint iterations; } pc;

void main() {
  T x = T(gl_GlobalInvocationID.x) * T(1.0e-7);
  T a = x + T(1), b = x + T(2), c = x + T(3), d = x + T(4);
  for (uint i = 0u; i < pc.iterations; ++i) {
    a = fma(a, T(0.9999), T(1.0e-4));
    b = fma(b, T(0.9999), T(1.0e-4));
    c = fma(c, T(0.9999), T(1.0e-4));
    d = fma(d, T(0.9999), T(1.0e-4));
  }
  r[gl_GlobalInvocationID.x] = (a + b) + (c + d);
}
