// What the device's arithmetic does, measured on the device once, before
// the first kernel pipeline that needs the answer is built. Two questions.
// Does fma round once? Vulkan lets it round twice (lavapipe's does), so the math library
// (shaders/MathLib.glsl) gets exact products from Dekker's algorithm unless
// its specialisation constant MCC_EXACT_FMA says the fma is exact; then one
// fma replaces seventeen operations. The probe shader
// (shaders/probe/ExactFma.comp) returns fma(a, b, -a*b) for a = b =
// 1 + 2^-k: 2^-2k from an exact fma, 0 from a multiply and then an add.
// And are doubles fast? A single-precision kernel that calls expm1, log2,
// log10 or pow has a variant computing them in double, which is
// shorter (shaders/MathLibF32ViaF64.glsl); it pays where a double fma
// costs at most 4x a float one (the H100 measured 2.5x; most consumer GPUs'
// doubles run at 1/32 or 1/64 of their float rate). The probe (shaders/probe/Throughput.comp)
// times chains of fma in each precision with the device's timestamps.
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "gpu/Vulkan.h"
#include "gpu/probe_fma_f32.h"
#include "gpu/probe_fma_f64.h"
#include "gpu/probe_rate_f32.h"
#include "gpu/probe_rate_f64.h"

namespace mcc::gpu {
namespace {

// Kernel ids the compiler never gives (it counts from 0).
constexpr uint32_t kProbeIdFloat = 0xfffffff0u, kProbeIdDouble = 0xfffffff1u;
constexpr uint32_t kRateIdFloat = 0xfffffff2u, kRateIdDouble = 0xfffffff3u;

// A probe shader's kernel description, for T.
template <class T, size_t N> KernelSpec probe_spec(const char* name, const uint32_t (&spirv)[N], uint32_t id,
                                                   uint32_t buffers, uint32_t push_bytes, uint32_t local_size) {
  KernelSpec spec;
  spec.id = id;
  spec.name = name;
  spec.spirv = spirv;
  spec.spirv_words = N;
  spec.buffer_count = buffers;
  spec.push_bytes = push_bytes;
  spec.local_size = local_size;
  spec.float64 = sizeof(T) == 8;
  return spec;
}

// Runs the probe for T with a = b = 1 + 2^-k; false also on any failure
// (the library then keeps Dekker's products, which are right everywhere).
template <class T, size_t N> bool fma_rounds_once(Context& c, const uint32_t (&spirv)[N], uint32_t id, int k) {
  const Pipeline* p = pipeline_for(c, probe_spec<T>("fma-probe", spirv, id, 2, 0, 1));
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

// Seconds of GPU time the rate probe for T takes over `iterations`
// (Throughput.comp's loop); 0 on any failure or without timestamps.
template <class T, size_t N> double rate_probe_seconds(Context& c, const uint32_t (&spirv)[N], uint32_t id,
                                                       uint32_t iterations) {
  constexpr uint32_t kGroups = 4096, kLocal = 64;
  const Pipeline* p = c.timestamps ? pipeline_for(c, probe_spec<T>("rate-probe", spirv, id, 1, 4, kLocal)) : nullptr;
  Buffer* out = p ? acquire_buffer(c, uint64_t(kGroups) * kLocal * sizeof(T)) : nullptr;
  bool ok = out && begin_commands(c);
  if (ok) {
    VkCommandBuffer cb = c.command_buffer;
    vkCmdResetQueryPool(cb, c.timestamps, 0, 2);
    vkCmdWriteTimestamp(cb, VK_PIPELINE_STAGE_TOP_OF_PIPE_BIT, c.timestamps, 0);
    ok = record_dispatch(c, *p, &out->buffer, &iterations, kGroups);
    vkCmdWriteTimestamp(cb, VK_PIPELINE_STAGE_BOTTOM_OF_PIPE_BIT, c.timestamps, 1);
    if (!ok) vkEndCommandBuffer(cb);
  }
  ok = ok && submit_and_wait(c);
  recycle_buffer(out);
  uint64_t stamps[2];
  if (!ok || vkGetQueryPoolResults(c.device, c.timestamps, 0, 2, sizeof stamps, stamps, sizeof(uint64_t),
                                   VK_QUERY_RESULT_64_BIT) != VK_SUCCESS)
    return 0;
  return static_cast<double>(stamps[1] - stamps[0]) * c.timestamp_period_ns * 1e-9;
}

}  // namespace

bool fast_float64(Context& c) {
  if (c.rate_probed) return c.info.fast_float64;
  c.rate_probed = true;
  c.info.fast_float64 = false;
  if (!c.info.float64) return false;
  if (const char* force = std::getenv("MCC_GPU_F32_MATH")) {
    c.info.fast_float64 = !std::strcmp(force, "double");
    if (c.info.fast_float64 || !std::strcmp(force, "float")) return c.info.fast_float64;
  }
  if (c.info.software) return c.info.fast_float64 = true;
  // The double run does an eighth of the float run's work, so that a device
  // with slow doubles spends little on the answer.
  constexpr uint32_t kFloatIterations = 1024, kDoubleIterations = 128;
  double f32 = rate_probe_seconds<float>(c, kProbeRate_f32, kRateIdFloat, kFloatIterations);
  double f64 = f32 > 0 ? rate_probe_seconds<double>(c, kProbeRate_f64, kRateIdDouble, kDoubleIterations) : 0;
  double slowdown = f64 * (kFloatIterations / kDoubleIterations) / (f32 > 0 ? f32 : 1);
  c.info.fast_float64 = f64 > 0 && slowdown <= 4;
  if (const char* show = std::getenv("MCC_GPU_PROBE_TRACE"); show && *show == '1')
    std::fprintf(stderr, "mcc-gpu: a double fma takes %.2fx a float one (%.1f us for %u float iterations)\n", slowdown,
                 f32 * 1e6, kFloatIterations);
  return c.info.fast_float64;
}

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
