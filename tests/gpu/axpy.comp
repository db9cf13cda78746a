// y = a*x + y in double, grid-stride: the test kernel of the dispatcher.
layout(local_size_x = 64) in;
layout(set = 0, binding = 0) readonly buffer X { double x[]; };
layout(set = 0, binding = 1) buffer Y { double y[]; };
layout(push_constant) uniform P { double a; uint n; };
void main() {
  for (uint i = gl_GlobalInvocationID.x; i < n; i += gl_NumWorkGroups.x * 64u) y[i] = a * x[i] + y[i];
}
