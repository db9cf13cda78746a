// Evaluates one function of the math library (push constant fn, an id of
// MathFunctions.def) over buffers of inputs. Built twice: for float, and
// with MCC_SHADER_F64 for double, after the library (mcc_add_shader).
layout(local_size_x = 64) in;
// Subnormal results kept (DenormPreserve, SPV_KHR_float_controls), as on a
// CPU: without it NVIDIA flushes them to zero in single precision. For the
// shader's own type only (glslang keeps one DenormPreserve per shader).
#extension GL_EXT_spirv_intrinsics : require
#define MCC_DENORM_PRESERVE(bits) \
  spirv_execution_mode(extensions = ["SPV_KHR_float_controls"], capabilities = [4464], 4459, bits)
#if defined(MCC_SHADER_F64) && !defined(MCC_F32_VIA_F64)
MCC_DENORM_PRESERVE(64);
#define T double
#else
MCC_DENORM_PRESERVE(32);
#define T float
#endif
layout(set = 0, binding = 0) readonly buffer A { T a[]; };
layout(set = 0, binding = 1) readonly buffer B { T b[]; };
layout(set = 0, binding = 2) writeonly buffer O { T o[]; };
layout(push_constant) uniform P { uint fn; uint n; };

// MathFunctions.def's second row of pow, over smaller arguments.
T mcc_pow_small_args(T x, T y) { return mcc_pow(x, y); }

#define MCC_CALL_1(g) g(x)
#define MCC_CALL_2(g) g(x, y)
T apply(uint f, T x, T y) {
  switch (f) {
#define MCC_MATH_FN(id, glsl, arity, reference, lo, hi, scale) case id: return MCC_CALL_##arity(glsl);
#include "MathFunctions.def"
  }
  return x;
}

void main() {
  for (uint i = gl_GlobalInvocationID.x; i < n; i += gl_NumWorkGroups.x * 64u) o[i] = apply(fn, a[i], b[i]);
}
