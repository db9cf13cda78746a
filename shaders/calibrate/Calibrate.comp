// The kernel `mcc calibrate` times on the GPU: o = f^reps(a) where f is one
// op of the class `cls` (the ids of runtime-support/src/gpu/OpClasses.def:
// 0 arith, 1 divide, 2 transcendental); reps = 0 is a plain copy, which
// gives the memory bandwidth. Built for float, and
// with MCC_SHADER_F64 for double (mcc_add_shader, shaders/CMakeLists.txt).
layout(local_size_x = 256) in;
#ifdef MCC_SHADER_F64
#define T double
#else
#define T float
#endif
layout(set = 0, binding = 0) readonly buffer A { T a[]; };
layout(set = 0, binding = 1) writeonly buffer O { T o[]; };
layout(push_constant) uniform P { uint cls; uint reps; uint n; };

void main() {
  for (uint i = gl_GlobalInvocationID.x; i < n; i += gl_NumWorkGroups.x * 256u) {
    T x = a[i];
    if (cls == 0u) {
      for (uint r = 0u; r < reps; ++r) x = x * T(0.999) + T(0.001);  // 2 ops
    } else if (cls == 1u) {
      for (uint r = 0u; r < reps; ++r) x = T(1.5) / (x + T(1));
    } else {
      for (uint r = 0u; r < reps; ++r) x = mcc_exp(-x);
    }
    o[i] = x;
  }
}
