// Residency of arrays and kernel dispatch. An array's `device` field holds
// its Buffer; its `residency` bits say which copy is current. A dispatch
// uploads the inputs that are not resident, gives outputs device buffers,
// records every launch with GPU timestamps around them into one command
// buffer, submits, waits, and marks (or downloads) the outputs. A failure
// at any step leaves every array's host copy as it was.
#include <algorithm>
#include <cstring>
#include <unordered_map>
#include <vector>

#include "array/Array.h"
#include "gpu/Vulkan.h"

namespace mcc::gpu {
namespace {


Buffer* buffer_of(const mcc_array* a) { return static_cast<Buffer*>(a->device); }

// Gives `a` a device buffer large enough for its elements.
bool attach_buffer(Context& c, mcc_array* a) {
  uint64_t bytes = device_bytes(a);
  if (Buffer* b = buffer_of(a)) {
    if (b->size >= bytes) return true;
    release_device(a);
  }
  Buffer* b = acquire_buffer(c, bytes);
  a->device = b;
  return b != nullptr;
}

// The lineage of each array current on the device only. Never destroyed
// (arrays may be released during static destruction).
std::unordered_map<const mcc_array*, std::shared_ptr<const Lineage>>& lineages =
    *new std::unordered_map<const mcc_array*, std::shared_ptr<const Lineage>>;

// Forgets a's lineage. The lineage dies after the map is left alone: its
// destructor releases arrays, which may come back here.
void drop_lineage(const mcc_array* a) {
  auto it = lineages.find(a);
  if (it == lineages.end()) return;
  std::shared_ptr<const Lineage> dead = std::move(it->second);
  lineages.erase(it);
}

DispatchResult failed(std::string why) {
  DispatchResult r;
  r.fault = std::move(why);
  return r;
}

}  // namespace

uint64_t device_bytes(const mcc_array* a) { return static_cast<uint64_t>(a->numel) * rt::elementSize(a); }

bool ensure_device(mcc_array* a) {
  if (a->residency & MCC_RESIDENT_DEVICE) return true;
  Context* c = context();
  if (!c || !attach_buffer(*c, a)) return false;
  if (!upload(*c, *buffer_of(a), a->data, device_bytes(a))) return false;
  a->residency |= MCC_RESIDENT_DEVICE;
  return true;
}

bool prepare_output(mcc_array* a) {
  Context* c = context();
  return c && attach_buffer(*c, a);
}

void set_lineage(const mcc_array* a, std::shared_ptr<const Lineage> lineage) { lineages[a] = std::move(lineage); }

std::shared_ptr<const Lineage> lineage_of(const mcc_array* a) {
  auto it = lineages.find(a);
  return it == lineages.end() ? nullptr : it->second;
}

void ensure_host(mcc_array* a) {
  if (a->residency & MCC_RESIDENT_HOST) return;
  Context* c = context();
  if (c && buffer_of(a) && download(*c, *buffer_of(a), a->data, device_bytes(a))) {
    a->residency |= MCC_RESIDENT_HOST;
  } else {
    // The device is gone with the only copy: recompute it on the CPU.
    std::shared_ptr<const Lineage> lineage = lineage_of(a);
    if (!lineage) rt::internalError("the GPU holding an array's only copy failed: " + unavailable_reason());
    a->residency = MCC_RESIDENT_HOST;
    lineage->recompute(a);
  }
  drop_lineage(a);
}

void release_device(mcc_array* a) {
  recycle_buffer(buffer_of(a));
  a->device = nullptr;
  a->residency &= ~MCC_RESIDENT_DEVICE;
  drop_lineage(a);
}

void begin_host_write(mcc_array* a) {
  ensure_host(a);
  if (a->device) release_device(a);
  a->residency = MCC_RESIDENT_HOST;
}

// Records, after the launches, copies of the outputs to download into the
// staging buffer, where their host copies are read after the one fence (a
// second submission and fence each would cost more than small outputs'
// transfer: reduction partials, per-slice results). The last launch to
// write an array decides whether it is downloaded; only outputs that fit
// the buffer together, on a device whose buffers are not mapped. Returns
// each array and its offset.
std::vector<std::pair<mcc_array*, uint64_t>> record_fetches(Context& c, const Launch* launches, size_t count) {
  std::vector<std::pair<mcc_array*, uint64_t>> fetched;
  if (c.info.unified_memory) return fetched;
  std::vector<const mcc_array*> decided;
  uint64_t used = 0;
  for (size_t l = count; l-- > 0;) {
    const Launch& launch = launches[l];
    for (uint32_t i = 0; i < launch.kernel->buffer_count; ++i) {
      mcc_array* a = launch.arrays[i];
      if (!launch.writes[i] || std::find(decided.begin(), decided.end(), a) != decided.end()) continue;
      decided.push_back(a);
      uint64_t bytes = device_bytes(a);
      if (launch.writes[i] == kWriteDeferred || !launch.download_outputs || !bytes || used + bytes > kStagingBytes) continue;
      fetched.emplace_back(a, used);
      used = (used + bytes + 255) & ~uint64_t(255);
    }
  }
  if (fetched.empty() || !staging_buffer(c)) return {};
  VkCommandBuffer cb = c.command_buffer;
  VkMemoryBarrier mb{VK_STRUCTURE_TYPE_MEMORY_BARRIER};
  mb.srcAccessMask = VK_ACCESS_SHADER_WRITE_BIT;
  mb.dstAccessMask = VK_ACCESS_TRANSFER_READ_BIT;
  vkCmdPipelineBarrier(cb, VK_PIPELINE_STAGE_COMPUTE_SHADER_BIT, VK_PIPELINE_STAGE_TRANSFER_BIT, 0, 1, &mb, 0, nullptr, 0,
                       nullptr);
  for (auto [a, offset] : fetched) {
    VkBufferCopy region{0, offset, device_bytes(a)};
    vkCmdCopyBuffer(cb, buffer_of(a)->buffer, staging_buffer(c)->buffer, 1, &region);
  }
  mb.srcAccessMask = VK_ACCESS_TRANSFER_WRITE_BIT;
  mb.dstAccessMask = VK_ACCESS_HOST_READ_BIT;
  vkCmdPipelineBarrier(cb, VK_PIPELINE_STAGE_TRANSFER_BIT, VK_PIPELINE_STAGE_HOST_BIT, 0, 1, &mb, 0, nullptr, 0, nullptr);
  return fetched;
}

DispatchResult dispatch(const Launch* launches, size_t count) {
  Context* c = context();
  if (!c) return failed(unavailable_reason());
  double t0 = seconds_now();
  DispatchResult result;
  // 1. Pipelines, sizes, inputs on the device, output buffers. An input an
  // earlier launch of the batch writes needs a buffer, not an upload.
  std::vector<const mcc_array*> written;
  for (size_t l = 0; l < count; ++l) {
    const Launch& launch = launches[l];
    const KernelSpec& k = *launch.kernel;
    if (k.float64 && !c->info.float64) return failed("the device has no float64");
    if (!pipeline_for(*c, k)) return failed("the device rejected kernel " + std::string(k.name));
    for (uint32_t i = 0; i < k.buffer_count; ++i) {
      mcc_array* a = launch.arrays[i];
      if (device_bytes(a) > c->info.max_buffer_bytes) return failed("an array exceeds maxStorageBufferRange");
      bool produced = std::find(written.begin(), written.end(), a) != written.end();
      bool ok = launch.writes[i] == 1 || launch.writes[i] == kWriteDeferred || produced ? prepare_output(a)
                                                                                         : ensure_device(a);
      if (!ok) return failed(c->lost ? unavailable_reason() : "out of device memory");
    }
    for (uint32_t i = 0; i < k.buffer_count; ++i)
      if (launch.writes[i]) written.push_back(launch.arrays[i]);
  }
  result.upload_seconds = seconds_now() - t0;
  static unsigned dispatches = 0;
  ++dispatches;
  if (injected_fault() == Fault::Lost || (injected_fault() == Fault::LostLater && dispatches == 2)) {
    mark_lost("device lost (MCC_GPU_FAULT=lost)");
    return failed(unavailable_reason());
  }

  // 2. Record and run.
  if (!begin_commands(*c)) return failed(unavailable_reason());
  VkCommandBuffer cb = c->command_buffer;
  if (c->timestamps) {
    vkCmdResetQueryPool(cb, c->timestamps, 0, 2);
    vkCmdWriteTimestamp(cb, VK_PIPELINE_STAGE_TOP_OF_PIPE_BIT, c->timestamps, 0);
  }
  for (size_t l = 0; l < count; ++l) {
    const Launch& launch = launches[l];
    const KernelSpec& k = *launch.kernel;
    const Pipeline& p = *pipeline_for(*c, k);
    if (l) {
      VkMemoryBarrier mb{VK_STRUCTURE_TYPE_MEMORY_BARRIER};
      mb.srcAccessMask = VK_ACCESS_SHADER_WRITE_BIT;
      mb.dstAccessMask = VK_ACCESS_SHADER_READ_BIT | VK_ACCESS_SHADER_WRITE_BIT;
      vkCmdPipelineBarrier(cb, VK_PIPELINE_STAGE_COMPUTE_SHADER_BIT, VK_PIPELINE_STAGE_COMPUTE_SHADER_BIT, 0, 1, &mb, 0,
                           nullptr, 0, nullptr);
    }
    uint64_t groups = launch.groups ? launch.groups : (launch.elements + k.local_size - 1) / k.local_size;
    if (groups > c->info.max_groups_x) groups = c->info.max_groups_x;
    if (groups == 0) groups = 1;
    VkBuffer buffers[kMaxBindings];
    for (uint32_t i = 0; i < k.buffer_count; ++i) buffers[i] = buffer_of(launch.arrays[i])->buffer;
    if (!record_dispatch(*c, p, buffers, launch.push, static_cast<uint32_t>(groups))) {
      vkEndCommandBuffer(cb);
      return failed("out of descriptor sets");
    }
  }
  if (c->timestamps) vkCmdWriteTimestamp(cb, VK_PIPELINE_STAGE_BOTTOM_OF_PIPE_BIT, c->timestamps, 1);
  std::vector<std::pair<mcc_array*, uint64_t>> fetched = record_fetches(*c, launches, count);
  double t1 = seconds_now();
  if (!submit_and_wait(*c)) return failed(unavailable_reason());
  result.gpu_seconds = seconds_now() - t1;
  uint64_t stamps[2];
  if (c->timestamps && vkGetQueryPoolResults(c->device, c->timestamps, 0, 2, sizeof stamps, stamps, sizeof(uint64_t),
                                             VK_QUERY_RESULT_64_BIT) == VK_SUCCESS)
    result.gpu_seconds = static_cast<double>(stamps[1] - stamps[0]) * c->timestamp_period_ns * 1e-9;

  // 3. Outputs: current on the device only, then downloaded if asked (those
  // copied to the staging buffer above from there).
  double t2 = seconds_now();
  for (auto [a, offset] : fetched) {
    std::memcpy(a->data, static_cast<const char*>(staging_buffer(*c)->mapped) + offset, device_bytes(a));
    a->residency = MCC_RESIDENT_DEVICE | MCC_RESIDENT_HOST;
    drop_lineage(a);
  }
  for (size_t l = 0; l < count; ++l) {
    const Launch& launch = launches[l];
    for (uint32_t i = 0; i < launch.kernel->buffer_count; ++i) {
      if (!launch.writes[i]) continue;
      mcc_array* a = launch.arrays[i];
      bool copied = std::any_of(fetched.begin(), fetched.end(), [&](const auto& f) { return f.first == a; });
      if (copied) continue;
      a->residency = MCC_RESIDENT_DEVICE;
      drop_lineage(a);  // whatever made its old values
      if (launch.download_outputs && launch.writes[i] != kWriteDeferred) ensure_host(a);
    }
  }
  result.download_seconds = seconds_now() - t2;
  result.ok = true;
  return result;
}

}  // namespace mcc::gpu
