// What the device's arithmetic does, measured on the device once, before
// the first kernel pipeline is built. Today one question: does fma round
// once? Vulkan lets it round twice (lavapipe's does), so the math library
// (shaders/MathLib.glsl) gets exact products from Dekker's algorithm unless
// its specialisation constant MCC_EXACT_FMA says the fma is exact; then one
// fma replaces seventeen operations. The probe shader
// (shaders/probe/ExactFma.comp) returns fma(a, b, -a*b) for a = b =
// 1 + 2^-k: 2^-2k from an exact fma, 0 from a multiply and then an add.
#include <cmath>
#include <cstdlib>
#include <cstring>

#include "gpu/Vulkan.h"
#include "gpu/probe_fma_f32.h"
#include "gpu/probe_fma_f64.h"

namespace mcc::gpu {
namespace {

// Kernel ids the compiler never gives (it counts from 0).
constexpr uint32_t kProbeIdFloat = 0xfffffff0u, kProbeIdDouble = 0xfffffff1u;

// Runs the probe for T with a = b = 1 + 2^-k; false also on any failure
// (the library then keeps Dekker's products, which are right everywhere).
template <class T, size_t N> bool fma_rounds_once(Context& c, const uint32_t (&spirv)[N], uint32_t id, int k) {
  KernelSpec spec;
  spec.id = id;
  spec.name = "fma-probe";
  spec.spirv = spirv;
  spec.spirv_words = N;
  spec.buffer_count = 2;
  spec.local_size = 1;
  spec.float64 = sizeof(T) == 8;
  const Pipeline* p = pipeline_for(c, spec);
  Buffer* in = p ? acquire_buffer(c, 2 * sizeof(T)) : nullptr;
  Buffer* out = in ? acquire_buffer(c, sizeof(T)) : nullptr;
  T a = 1 + std::ldexp(T(1), -k), inputs[2] = {a, a}, result = 0;
  bool ok = out && upload(c, *in, inputs, sizeof inputs) && begin_commands(c);
  if (ok) {
    VkBuffer buffers[2] = {in->buffer, out->buffer};
    ok = record_dispatch(c, *p, buffers, nullptr, 1);
    if (!ok) vkEndCommandBuffer(c.command_buffer);
  }
  ok = ok && submit_and_wait(c) && download(c, *out, &result, sizeof result);
  recycle_buffer(in);
  recycle_buffer(out);
  return ok && result == std::ldexp(T(1), -2 * k);
}

}  // namespace

bool exact_fma(Context& c) {
  if (c.fma_probed) return c.info.exact_fma;
  c.fma_probed = true;  // first: the probe's own pipeline comes back here
  const char* force = std::getenv("MCC_GPU_FMA");
  if (force && !std::strcmp(force, "dekker")) return false;
  c.info.exact_fma = fma_rounds_once<float>(c, kProbeFma_f32, kProbeIdFloat, 13) &&
                     (!c.info.float64 || fma_rounds_once<double>(c, kProbeFma_f64, kProbeIdDouble, 30));
  return c.info.exact_fma;
}

}  // namespace mcc::gpu
