// What the four parts of the Vulkan layer share: the context (Context.cpp:
// loader, instance, device, queue, command buffer, timestamps), device
// buffers and their pool (Memory.cpp), pipelines (Pipelines.cpp) and the
// residency and dispatch code on top (Dispatch.cpp). Vulkan itself is
// loaded at run time through volk, so a binary starts without libvulkan.
#pragma once

#include <volk.h>

#include <cstdint>
#include <string>

#include "gpu/Gpu.h"

namespace mcc::gpu {

// The injected faults (MCC_GPU_FAULT) that act after initialisation.
enum class Fault : uint8_t { None, NoLoader, NoDevice, Lost, LostLater, OutOfMemory };
Fault injected_fault();

struct Context {
  VkInstance instance = VK_NULL_HANDLE;
  VkPhysicalDevice physical = VK_NULL_HANDLE;
  VkDevice device = VK_NULL_HANDLE;
  VkQueue queue = VK_NULL_HANDLE;
  uint32_t queue_family = 0;
  VkCommandPool command_pool = VK_NULL_HANDLE;
  VkCommandBuffer command_buffer = VK_NULL_HANDLE;
  VkFence fence = VK_NULL_HANDLE;
  VkQueryPool timestamps = VK_NULL_HANDLE;  // 2 queries; null without timestamp support
  double timestamp_period_ns = 1;
  VkPhysicalDeviceMemoryProperties memory{};
  DeviceInfo info;
  bool lost = false;
  bool fma_probed = false;  // info.exact_fma is known (or being probed)
  bool rate_probed = false;  // info.fast_float64 is known (or being probed)
};

// The ready context, or nullptr when the GPU is unavailable.
Context* context();
// Marks the device unusable (lost, or a failed submit) with the reason.
void mark_lost(const std::string& why);

// Begins recording the context's one command buffer.
bool begin_commands(Context& c);
// Ends, submits and waits for it; false (device marked lost) on failure.
bool submit_and_wait(Context& c);

// --- Memory.cpp: device buffers, pooled by size class.
struct Buffer {
  VkBuffer buffer = VK_NULL_HANDLE;
  VkDeviceMemory memory = VK_NULL_HANDLE;
  uint64_t size = 0;         // the size class (>= what was asked)
  void* mapped = nullptr;    // non-null when the memory is host-visible
};
// A buffer of at least `bytes` (from the pool when one is free); nullptr
// when the device is out of memory (after emptying the pool and retrying).
Buffer* acquire_buffer(Context& c, uint64_t bytes);
void recycle_buffer(Buffer* b);
// Copies between host memory and a device buffer (directly when it is
// mapped, else through a mapped staging buffer and a copy command).
bool upload(Context& c, Buffer& dst, const void* src, uint64_t bytes);
bool download(Context& c, Buffer& src, void* dst, uint64_t bytes);
// The mapped staging buffer of staged copies (made at first use), and its
// size: a dispatch may record copies of small outputs into it, to read them
// after its own fence (Dispatch.cpp). Null where it cannot be made.
Buffer* staging_buffer(Context& c);
inline constexpr uint64_t kStagingBytes = 64ull << 20;
// Destroys every pooled and staging buffer (device teardown).
void free_pool(Context& c);

// --- Probe.cpp: what the device's arithmetic does.
// The math library's MCC_EXACT_FMA (specialisation constant 100,
// shaders/MathLib.glsl): whether the device's fma rounds once, probed on
// the first call (MCC_GPU_FMA=dekker: false without probing).
constexpr uint32_t kExactFmaConstantId = 100;
bool exact_fma(Context& c);
// Whether single-precision kernels should take their variant that computes
// the math library's functions in double (KernelSpec::spirv_f64_math):
// the device has float64 and a double fma costs at most 4x a float one,
// probed on the first call (a CPU implementation's without probing: it has
// no separate double units). MCC_GPU_F32_MATH=double or float chooses
// without probing.
bool fast_float64(Context& c);

// --- Pipelines.cpp: one compute pipeline per kernel id.
constexpr uint32_t kMaxBindings = 32;  // buffers of one kernel
struct Pipeline {
  VkShaderModule module = VK_NULL_HANDLE;
  VkDescriptorSetLayout set_layout = VK_NULL_HANDLE;
  VkPipelineLayout layout = VK_NULL_HANDLE;
  VkPipeline pipeline = VK_NULL_HANDLE;
  uint32_t buffer_count = 0;
  uint32_t push_bytes = 0;
};
// The kernel's pipeline (built on first use), or nullptr.
const Pipeline* pipeline_for(Context& c, const KernelSpec& k);
// A descriptor set for `p` from a pool that is reset after each submission.
VkDescriptorSet allocate_descriptor_set(Context& c, const Pipeline& p);
// Records p's dispatch of `groups` work groups over `buffers` (one per
// binding) into the context's command buffer; false when no descriptor set
// is left.
bool record_dispatch(Context& c, const Pipeline& p, const VkBuffer* buffers, const void* push, uint32_t groups);
void reset_descriptor_sets(Context& c);
void free_pipelines(Context& c);

}  // namespace mcc::gpu
