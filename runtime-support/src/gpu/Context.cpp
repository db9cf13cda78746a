// The Vulkan context: loads the loader through volk, picks a device (a
// discrete GPU first, then integrated, virtual, and CPU implementations such
// as lavapipe last) with a compute queue, enables shaderFloat64 where the
// device has it, and owns the one command buffer, fence and timestamp
// query pool that dispatches and transfers record into. Any failure leaves
// the GPU unavailable with a reason; nothing here aborts.
#define VOLK_IMPLEMENTATION
#include "gpu/Vulkan.h"

#include <cstdlib>
#include <cstring>
#include <vector>

namespace mcc::gpu {
namespace {

Context ctx;
bool tried = false;
bool ready = false;
std::string reason;

bool env_is(const char* name, const char* value) {
  const char* v = std::getenv(name);
  return v && std::strcmp(v, value) == 0;
}

int device_rank(VkPhysicalDeviceType t) {
  switch (t) {
    case VK_PHYSICAL_DEVICE_TYPE_DISCRETE_GPU: return 0;
    case VK_PHYSICAL_DEVICE_TYPE_INTEGRATED_GPU: return 1;
    case VK_PHYSICAL_DEVICE_TYPE_VIRTUAL_GPU: return 2;
    case VK_PHYSICAL_DEVICE_TYPE_CPU: return 3;
    default: return 4;
  }
}

// The first queue family with compute, preferring one without graphics (an
// async compute queue); UINT32_MAX when there is none.
uint32_t compute_family(VkPhysicalDevice pd) {
  uint32_t n = 0;
  vkGetPhysicalDeviceQueueFamilyProperties(pd, &n, nullptr);
  std::vector<VkQueueFamilyProperties> families(n);
  vkGetPhysicalDeviceQueueFamilyProperties(pd, &n, families.data());
  uint32_t any = UINT32_MAX;
  for (uint32_t i = 0; i < n; ++i) {
    if (!(families[i].queueFlags & VK_QUEUE_COMPUTE_BIT)) continue;
    if (!(families[i].queueFlags & VK_QUEUE_GRAPHICS_BIT)) return i;
    if (any == UINT32_MAX) any = i;
  }
  return any;
}

void teardown() {
  if (!ctx.device) return;
  vkDeviceWaitIdle(ctx.device);
  free_pipelines(ctx);
  free_pool(ctx);
  if (ctx.timestamps) vkDestroyQueryPool(ctx.device, ctx.timestamps, nullptr);
  if (ctx.fence) vkDestroyFence(ctx.device, ctx.fence, nullptr);
  if (ctx.command_pool) vkDestroyCommandPool(ctx.device, ctx.command_pool, nullptr);
  vkDestroyDevice(ctx.device, nullptr);
  ctx.device = VK_NULL_HANDLE;
  if (ctx.instance) vkDestroyInstance(ctx.instance, nullptr);
  ctx.instance = VK_NULL_HANDLE;
}

bool fail(const char* why) {
  reason = why;
  teardown();
  return false;
}

bool initialise() {
  if (env_is("MCC_DEVICE", "cpu")) {
    reason = "MCC_DEVICE=cpu";
    return false;
  }
  Fault f = injected_fault();
  if (f == Fault::NoLoader || volkInitialize() != VK_SUCCESS) return fail("no Vulkan loader");

  VkApplicationInfo app{VK_STRUCTURE_TYPE_APPLICATION_INFO};
  app.pApplicationName = "mcc program";
  app.apiVersion = VK_API_VERSION_1_1;
  VkInstanceCreateInfo ici{VK_STRUCTURE_TYPE_INSTANCE_CREATE_INFO};
  ici.pApplicationInfo = &app;
  if (vkCreateInstance(&ici, nullptr, &ctx.instance) != VK_SUCCESS) return fail("no Vulkan instance");
  volkLoadInstanceOnly(ctx.instance);

  uint32_t count = 0;
  vkEnumeratePhysicalDevices(ctx.instance, &count, nullptr);
  std::vector<VkPhysicalDevice> devices(count);
  if (count) vkEnumeratePhysicalDevices(ctx.instance, &count, devices.data());
  if (f == Fault::NoDevice) devices.clear();
  int best_rank = 99;
  for (VkPhysicalDevice pd : devices) {
    VkPhysicalDeviceProperties p;
    vkGetPhysicalDeviceProperties(pd, &p);
    uint32_t family = compute_family(pd);
    if (family == UINT32_MAX || p.apiVersion < VK_API_VERSION_1_1) continue;
    if (device_rank(p.deviceType) < best_rank) {
      best_rank = device_rank(p.deviceType);
      ctx.physical = pd;
      ctx.queue_family = family;
    }
  }
  if (!ctx.physical) return fail("no Vulkan device with a compute queue");

  VkPhysicalDeviceProperties props;
  vkGetPhysicalDeviceProperties(ctx.physical, &props);
  VkPhysicalDeviceFeatures have;
  vkGetPhysicalDeviceFeatures(ctx.physical, &have);
  vkGetPhysicalDeviceMemoryProperties(ctx.physical, &ctx.memory);
  ctx.info.name = props.deviceName;
  ctx.info.discrete = props.deviceType == VK_PHYSICAL_DEVICE_TYPE_DISCRETE_GPU;
  ctx.info.software = props.deviceType == VK_PHYSICAL_DEVICE_TYPE_CPU;
  ctx.info.float64 = have.shaderFloat64;
  ctx.info.max_buffer_bytes = props.limits.maxStorageBufferRange;
  ctx.info.max_groups_x = props.limits.maxComputeWorkGroupCount[0];
  ctx.timestamp_period_ns = props.limits.timestampPeriod;

  // Unified memory: some device-local type is host-visible and coherent on
  // a heap as large as the largest device-local heap (integrated GPUs,
  // lavapipe). Then buffers are written in place. A discrete GPU with
  // resizable BAR offers such a type too, but host reads of it cross the
  // bus uncached (22 MB/s measured on an H200): it keeps device-only
  // buffers and copies through a cached staging buffer instead.
  VkDeviceSize largest_local = 0, largest_mappable = 0;
  for (uint32_t i = 0; i < ctx.memory.memoryTypeCount; ++i) {
    const VkMemoryType& t = ctx.memory.memoryTypes[i];
    VkDeviceSize heap = ctx.memory.memoryHeaps[t.heapIndex].size;
    if (!(t.propertyFlags & VK_MEMORY_PROPERTY_DEVICE_LOCAL_BIT)) continue;
    if (heap > largest_local) largest_local = heap;
    VkMemoryPropertyFlags mappable = VK_MEMORY_PROPERTY_HOST_VISIBLE_BIT | VK_MEMORY_PROPERTY_HOST_COHERENT_BIT;
    if ((t.propertyFlags & mappable) == mappable && heap > largest_mappable) largest_mappable = heap;
  }
  ctx.info.unified_memory = props.deviceType != VK_PHYSICAL_DEVICE_TYPE_DISCRETE_GPU && largest_mappable &&
                            largest_mappable >= largest_local;

  float priority = 1;
  VkDeviceQueueCreateInfo qci{VK_STRUCTURE_TYPE_DEVICE_QUEUE_CREATE_INFO};
  qci.queueFamilyIndex = ctx.queue_family;
  qci.queueCount = 1;
  qci.pQueuePriorities = &priority;
  VkPhysicalDeviceFeatures want{};
  want.shaderFloat64 = have.shaderFloat64;
  want.shaderInt64 = have.shaderInt64;
  VkDeviceCreateInfo dci{VK_STRUCTURE_TYPE_DEVICE_CREATE_INFO};
  dci.queueCreateInfoCount = 1;
  dci.pQueueCreateInfos = &qci;
  dci.pEnabledFeatures = &want;
  if (vkCreateDevice(ctx.physical, &dci, nullptr, &ctx.device) != VK_SUCCESS) return fail("cannot create the Vulkan device");
  volkLoadDevice(ctx.device);
  vkGetDeviceQueue(ctx.device, ctx.queue_family, 0, &ctx.queue);

  VkCommandPoolCreateInfo pci{VK_STRUCTURE_TYPE_COMMAND_POOL_CREATE_INFO};
  pci.flags = VK_COMMAND_POOL_CREATE_RESET_COMMAND_BUFFER_BIT;
  pci.queueFamilyIndex = ctx.queue_family;
  VkCommandBufferAllocateInfo cai{VK_STRUCTURE_TYPE_COMMAND_BUFFER_ALLOCATE_INFO};
  cai.level = VK_COMMAND_BUFFER_LEVEL_PRIMARY;
  cai.commandBufferCount = 1;
  VkFenceCreateInfo fci{VK_STRUCTURE_TYPE_FENCE_CREATE_INFO};
  if (vkCreateCommandPool(ctx.device, &pci, nullptr, &ctx.command_pool) != VK_SUCCESS ||
      (cai.commandPool = ctx.command_pool, vkAllocateCommandBuffers(ctx.device, &cai, &ctx.command_buffer)) != VK_SUCCESS ||
      vkCreateFence(ctx.device, &fci, nullptr, &ctx.fence) != VK_SUCCESS)
    return fail("cannot create Vulkan command objects");

  uint32_t n = 0;
  vkGetPhysicalDeviceQueueFamilyProperties(ctx.physical, &n, nullptr);
  std::vector<VkQueueFamilyProperties> families(n);
  vkGetPhysicalDeviceQueueFamilyProperties(ctx.physical, &n, families.data());
  if (families[ctx.queue_family].timestampValidBits) {
    VkQueryPoolCreateInfo qpi{VK_STRUCTURE_TYPE_QUERY_POOL_CREATE_INFO};
    qpi.queryType = VK_QUERY_TYPE_TIMESTAMP;
    qpi.queryCount = 2;
    if (vkCreateQueryPool(ctx.device, &qpi, nullptr, &ctx.timestamps) != VK_SUCCESS) ctx.timestamps = VK_NULL_HANDLE;
  }
  // No teardown at exit: the driver's objects stay reachable from `ctx` (leak
  // checkers see no leak), and the process's end frees them.
  return true;
}

}  // namespace

Fault injected_fault() {
  static const Fault f = [] {
    const char* v = std::getenv("MCC_GPU_FAULT");
    if (!v) return Fault::None;
    if (!std::strcmp(v, "noloader")) return Fault::NoLoader;
    if (!std::strcmp(v, "nodevice")) return Fault::NoDevice;
    if (!std::strcmp(v, "lost")) return Fault::Lost;
    if (!std::strcmp(v, "lost-later")) return Fault::LostLater;
    if (!std::strcmp(v, "oom")) return Fault::OutOfMemory;
    return Fault::None;
  }();
  return f;
}

Context* context() {
  if (!tried) {
    tried = true;
    ready = initialise();
  }
  return ready && !ctx.lost ? &ctx : nullptr;
}

bool available() { return context() != nullptr; }

const DeviceInfo* device_info() { return available() ? &ctx.info : nullptr; }

const std::string& unavailable_reason() {
  static const std::string none;
  return available() ? none : reason;
}

void mark_lost(const std::string& why) {
  ctx.lost = true;
  reason = why;
}

bool begin_commands(Context& c) {
  VkCommandBufferBeginInfo bi{VK_STRUCTURE_TYPE_COMMAND_BUFFER_BEGIN_INFO};
  bi.flags = VK_COMMAND_BUFFER_USAGE_ONE_TIME_SUBMIT_BIT;
  if (vkResetCommandBuffer(c.command_buffer, 0) != VK_SUCCESS ||
      vkBeginCommandBuffer(c.command_buffer, &bi) != VK_SUCCESS) {
    mark_lost("cannot record Vulkan commands");
    return false;
  }
  return true;
}

// How long a wait polls the fence before it blocks: a blocked thread
// learns of the fence tens of microseconds late (on the H100, a kernel of
// 5 us took 108 us from submit to return blocked, 17 us polled; the
// image normalisation benchmark went from 1.99 to 1.70 ms), which matters
// for launches far shorter than this; longer ones block. Not on a software
// device, whose own threads need the CPU the poll would take.
namespace {

constexpr double kPollSeconds = 5e-3;

// Waits for the fence of the submission just made.
VkResult wait_for_fence(Context& c) {
  if (!c.info.software) {
    double until = seconds_now() + kPollSeconds;
    VkResult r;
    while ((r = vkGetFenceStatus(c.device, c.fence)) == VK_NOT_READY && seconds_now() < until) {
    }
    if (r != VK_NOT_READY) return r;
  }
  return vkWaitForFences(c.device, 1, &c.fence, VK_TRUE, UINT64_MAX);
}

}  // namespace

bool submit_and_wait(Context& c) {
  if (vkEndCommandBuffer(c.command_buffer) != VK_SUCCESS) {
    mark_lost("cannot record Vulkan commands");
    return false;
  }
  VkSubmitInfo si{VK_STRUCTURE_TYPE_SUBMIT_INFO};
  si.commandBufferCount = 1;
  si.pCommandBuffers = &c.command_buffer;
  VkResult r = vkQueueSubmit(c.queue, 1, &si, c.fence);
  if (r == VK_SUCCESS) r = wait_for_fence(c);
  vkResetFences(c.device, 1, &c.fence);
  reset_descriptor_sets(c);
  if (r != VK_SUCCESS) {
    mark_lost(r == VK_ERROR_DEVICE_LOST ? "device lost" : "Vulkan submission failed");
    return false;
  }
  return true;
}

}  // namespace mcc::gpu
