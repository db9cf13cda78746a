// Device buffers: one VkBuffer with its own memory per array, pooled by size
// class so that a loop making same-size temporaries allocates once. With
// unified memory (Context::info.unified_memory) every buffer is mapped and
// copies are memcpy into it; otherwise buffers are device-local and copies
// go through one mapped staging buffer, written directly (no extra host
// copy), with a copy command per chunk.
#include <cstring>
#include <map>
#include <vector>

#include "gpu/Vulkan.h"

namespace mcc::gpu {
namespace {

// Free buffers by size class. Never destroyed: the runtime keeps its Vulkan
// objects to the end of the process (Context.cpp), reachable from here.
std::multimap<uint64_t, Buffer*>& pool = *new std::multimap<uint64_t, Buffer*>;
Buffer* staging = nullptr;

// Powers of two up to 64 MiB, then multiples of 16 MiB: at most half the
// memory wasted for small buffers and 16 MiB for large ones.
uint64_t size_class(uint64_t bytes) {
  if (bytes > (64ull << 20)) return (bytes + (16ull << 20) - 1) & ~((16ull << 20) - 1);
  uint64_t s = 256;
  while (s < bytes) s <<= 1;
  return s;
}

uint32_t memory_type(const Context& c, uint32_t allowed, VkMemoryPropertyFlags want) {
  for (uint32_t i = 0; i < c.memory.memoryTypeCount; ++i)
    if ((allowed & (1u << i)) && (c.memory.memoryTypes[i].propertyFlags & want) == want) return i;
  return UINT32_MAX;
}

void destroy(const Context& c, Buffer* b) {
  if (b->mapped) vkUnmapMemory(c.device, b->memory);
  vkDestroyBuffer(c.device, b->buffer, nullptr);
  vkFreeMemory(c.device, b->memory, nullptr);
  delete b;
}

void empty_pool(const Context& c) {
  for (auto& [size, b] : pool) destroy(c, b);
  pool.clear();
}

Buffer* create(Context& c, uint64_t size, bool host_side) {
  VkBufferCreateInfo bci{VK_STRUCTURE_TYPE_BUFFER_CREATE_INFO};
  bci.size = size;
  bci.usage = VK_BUFFER_USAGE_STORAGE_BUFFER_BIT | VK_BUFFER_USAGE_TRANSFER_SRC_BIT | VK_BUFFER_USAGE_TRANSFER_DST_BIT;
  bci.sharingMode = VK_SHARING_MODE_EXCLUSIVE;
  auto* b = new Buffer;
  b->size = size;
  if (vkCreateBuffer(c.device, &bci, nullptr, &b->buffer) != VK_SUCCESS) {
    delete b;
    return nullptr;
  }
  VkMemoryRequirements req;
  vkGetBufferMemoryRequirements(c.device, b->buffer, &req);
  const VkMemoryPropertyFlags mappable = VK_MEMORY_PROPERTY_HOST_VISIBLE_BIT | VK_MEMORY_PROPERTY_HOST_COHERENT_BIT;
  uint32_t type = UINT32_MAX;
  if (host_side) {  // staging: cached reads make downloads fast where offered
    type = memory_type(c, req.memoryTypeBits, mappable | VK_MEMORY_PROPERTY_HOST_CACHED_BIT);
    if (type == UINT32_MAX) type = memory_type(c, req.memoryTypeBits, mappable);
  } else if (c.info.unified_memory) {
    type = memory_type(c, req.memoryTypeBits, mappable | VK_MEMORY_PROPERTY_DEVICE_LOCAL_BIT);
  } else {
    type = memory_type(c, req.memoryTypeBits, VK_MEMORY_PROPERTY_DEVICE_LOCAL_BIT);
  }
  VkMemoryAllocateInfo mai{VK_STRUCTURE_TYPE_MEMORY_ALLOCATE_INFO};
  mai.allocationSize = req.size;
  mai.memoryTypeIndex = type;
  if (type == UINT32_MAX || vkAllocateMemory(c.device, &mai, nullptr, &b->memory) != VK_SUCCESS) {
    vkDestroyBuffer(c.device, b->buffer, nullptr);
    delete b;
    return nullptr;
  }
  bool map = host_side || c.info.unified_memory;
  if (vkBindBufferMemory(c.device, b->buffer, b->memory, 0) != VK_SUCCESS ||
      (map && vkMapMemory(c.device, b->memory, 0, VK_WHOLE_SIZE, 0, &b->mapped) != VK_SUCCESS)) {
    b->mapped = nullptr;
    destroy(c, b);
    return nullptr;
  }
  return b;
}

// Copies [0, bytes) between the staging buffer and `device` in chunks;
// `to_device` says the direction, `host` the host side.
bool staged_copy(Context& c, Buffer& device, void* host, uint64_t bytes, bool to_device) {
  if (!staging_buffer(c)) return false;
  for (uint64_t done = 0; done < bytes; done += kStagingBytes) {
    uint64_t n = bytes - done < kStagingBytes ? bytes - done : kStagingBytes;
    if (to_device) std::memcpy(staging->mapped, static_cast<char*>(host) + done, n);
    if (!begin_commands(c)) return false;
    VkBufferCopy region{to_device ? 0 : done, to_device ? done : 0, n};
    if (to_device) vkCmdCopyBuffer(c.command_buffer, staging->buffer, device.buffer, 1, &region);
    else vkCmdCopyBuffer(c.command_buffer, device.buffer, staging->buffer, 1, &region);
    if (!submit_and_wait(c)) return false;
    if (!to_device) std::memcpy(static_cast<char*>(host) + done, staging->mapped, n);
  }
  return true;
}

}  // namespace

Buffer* staging_buffer(Context& c) {
  if (!staging) staging = create(c, kStagingBytes, /*host_side=*/true);
  return staging;
}

Buffer* acquire_buffer(Context& c, uint64_t bytes) {
  if (injected_fault() == Fault::OutOfMemory) return nullptr;
  uint64_t size = size_class(bytes ? bytes : 1);
  auto it = pool.find(size);
  if (it != pool.end()) {
    Buffer* b = it->second;
    pool.erase(it);
    return b;
  }
  if (Buffer* b = create(c, size, false)) return b;
  empty_pool(c);  // memory held by idle buffers of other sizes
  return create(c, size, false);
}

void recycle_buffer(Buffer* b) {
  if (b) pool.emplace(b->size, b);
}

bool upload(Context& c, Buffer& dst, const void* src, uint64_t bytes) {
  if (!bytes) return true;
  if (dst.mapped) {
    std::memcpy(dst.mapped, src, bytes);
    return true;
  }
  return staged_copy(c, dst, const_cast<void*>(src), bytes, true);
}

bool download(Context& c, Buffer& src, void* dst, uint64_t bytes) {
  if (!bytes) return true;
  if (src.mapped) {
    std::memcpy(dst, src.mapped, bytes);
    return true;
  }
  return staged_copy(c, src, dst, bytes, false);
}

void free_pool(Context& c) {
  empty_pool(c);
  if (staging) destroy(c, staging);
  staging = nullptr;
}

}  // namespace mcc::gpu
