// Compute pipelines from embedded SPIR-V, one per kernel id, built on first
// use and kept for the life of the program (a VkPipelineCache lets the
// driver share work between them). Descriptor sets come from one pool that
// is reset after every submission: a dispatch binds at most a few buffers.
#include <unordered_map>
#include <vector>

#include "gpu/Vulkan.h"

namespace mcc::gpu {
namespace {

// Never destroyed, like every Vulkan object of the runtime (Context.cpp).
std::unordered_map<uint32_t, Pipeline>& pipelines = *new std::unordered_map<uint32_t, Pipeline>;
std::unordered_map<uint32_t, bool>& rejected = *new std::unordered_map<uint32_t, bool>;  // refused: not retried
VkPipelineCache cache = VK_NULL_HANDLE;
VkDescriptorPool descriptors = VK_NULL_HANDLE;
constexpr uint32_t kSetsPerSubmit = 64;
constexpr uint32_t kBuffersPerSubmit = 1024;

void destroy(const Context& c, Pipeline& p) {
  if (p.pipeline) vkDestroyPipeline(c.device, p.pipeline, nullptr);
  if (p.layout) vkDestroyPipelineLayout(c.device, p.layout, nullptr);
  if (p.set_layout) vkDestroyDescriptorSetLayout(c.device, p.set_layout, nullptr);
  if (p.module) vkDestroyShaderModule(c.device, p.module, nullptr);
}

bool build(Context& c, const KernelSpec& k, Pipeline& p) {
  if (!cache) {
    VkPipelineCacheCreateInfo pcci{VK_STRUCTURE_TYPE_PIPELINE_CACHE_CREATE_INFO};
    if (vkCreatePipelineCache(c.device, &pcci, nullptr, &cache) != VK_SUCCESS) cache = VK_NULL_HANDLE;
  }
  VkShaderModuleCreateInfo smci{VK_STRUCTURE_TYPE_SHADER_MODULE_CREATE_INFO};
  bool f64Math = k.spirv_f64_math && fast_float64(c);
  smci.codeSize = (f64Math ? k.spirv_f64_math_words : k.spirv_words) * 4;
  smci.pCode = f64Math ? k.spirv_f64_math : k.spirv;
  if (vkCreateShaderModule(c.device, &smci, nullptr, &p.module) != VK_SUCCESS) return false;

  std::vector<VkDescriptorSetLayoutBinding> bindings(k.buffer_count);
  for (uint32_t i = 0; i < k.buffer_count; ++i)
    bindings[i] = {i, VK_DESCRIPTOR_TYPE_STORAGE_BUFFER, 1, VK_SHADER_STAGE_COMPUTE_BIT, nullptr};
  VkDescriptorSetLayoutCreateInfo dslci{VK_STRUCTURE_TYPE_DESCRIPTOR_SET_LAYOUT_CREATE_INFO};
  dslci.bindingCount = k.buffer_count;
  dslci.pBindings = bindings.data();
  if (vkCreateDescriptorSetLayout(c.device, &dslci, nullptr, &p.set_layout) != VK_SUCCESS) return false;

  VkPushConstantRange range{VK_SHADER_STAGE_COMPUTE_BIT, 0, k.push_bytes};
  VkPipelineLayoutCreateInfo plci{VK_STRUCTURE_TYPE_PIPELINE_LAYOUT_CREATE_INFO};
  plci.setLayoutCount = 1;
  plci.pSetLayouts = &p.set_layout;
  plci.pushConstantRangeCount = k.push_bytes ? 1 : 0;
  plci.pPushConstantRanges = &range;
  if (vkCreatePipelineLayout(c.device, &plci, nullptr, &p.layout) != VK_SUCCESS) return false;

  // The math library's one specialisation constant (shaders without it
  // ignore the entry).
  VkBool32 exact = exact_fma(c) ? VK_TRUE : VK_FALSE;
  VkSpecializationMapEntry entry{kExactFmaConstantId, 0, sizeof exact};
  VkSpecializationInfo special{1, &entry, sizeof exact, &exact};
  VkComputePipelineCreateInfo cpci{VK_STRUCTURE_TYPE_COMPUTE_PIPELINE_CREATE_INFO};
  cpci.stage = {VK_STRUCTURE_TYPE_PIPELINE_SHADER_STAGE_CREATE_INFO};
  cpci.stage.stage = VK_SHADER_STAGE_COMPUTE_BIT;
  cpci.stage.module = p.module;
  cpci.stage.pName = "main";
  cpci.stage.pSpecializationInfo = &special;
  cpci.layout = p.layout;
  if (vkCreateComputePipelines(c.device, cache, 1, &cpci, nullptr, &p.pipeline) != VK_SUCCESS) return false;
  p.buffer_count = k.buffer_count;
  p.push_bytes = k.push_bytes;
  return true;
}

}  // namespace

const Pipeline* pipeline_for(Context& c, const KernelSpec& k) {
  auto it = pipelines.find(k.id);
  if (it != pipelines.end()) return &it->second;
  if (rejected.count(k.id) || !k.spirv || !k.spirv_words || k.push_bytes > 128 || k.buffer_count > kMaxBindings)
    return nullptr;
  if (k.float64 && !c.info.float64) return nullptr;
  Pipeline p;
  if (!build(c, k, p)) {
    destroy(c, p);
    rejected[k.id] = true;
    return nullptr;
  }
  return &pipelines.emplace(k.id, p).first->second;
}

bool prepare_pipeline(const KernelSpec& k) {
  Context* c = context();
  return c && pipeline_for(*c, k);
}

VkDescriptorSet allocate_descriptor_set(Context& c, const Pipeline& p) {
  if (!descriptors) {
    VkDescriptorPoolSize size{VK_DESCRIPTOR_TYPE_STORAGE_BUFFER, kBuffersPerSubmit};
    VkDescriptorPoolCreateInfo dpci{VK_STRUCTURE_TYPE_DESCRIPTOR_POOL_CREATE_INFO};
    dpci.maxSets = kSetsPerSubmit;
    dpci.poolSizeCount = 1;
    dpci.pPoolSizes = &size;
    if (vkCreateDescriptorPool(c.device, &dpci, nullptr, &descriptors) != VK_SUCCESS) return VK_NULL_HANDLE;
  }
  VkDescriptorSetAllocateInfo dsai{VK_STRUCTURE_TYPE_DESCRIPTOR_SET_ALLOCATE_INFO};
  dsai.descriptorPool = descriptors;
  dsai.descriptorSetCount = 1;
  dsai.pSetLayouts = &p.set_layout;
  VkDescriptorSet set = VK_NULL_HANDLE;
  if (vkAllocateDescriptorSets(c.device, &dsai, &set) != VK_SUCCESS) return VK_NULL_HANDLE;
  return set;
}

bool record_dispatch(Context& c, const Pipeline& p, const VkBuffer* buffers, const void* push, uint32_t groups) {
  VkDescriptorSet set = allocate_descriptor_set(c, p);
  if (!set) return false;
  VkDescriptorBufferInfo infos[kMaxBindings];
  VkWriteDescriptorSet writes[kMaxBindings];
  for (uint32_t i = 0; i < p.buffer_count; ++i) {
    infos[i] = {buffers[i], 0, VK_WHOLE_SIZE};
    writes[i] = {VK_STRUCTURE_TYPE_WRITE_DESCRIPTOR_SET};
    writes[i].dstSet = set;
    writes[i].dstBinding = i;
    writes[i].descriptorCount = 1;
    writes[i].descriptorType = VK_DESCRIPTOR_TYPE_STORAGE_BUFFER;
    writes[i].pBufferInfo = &infos[i];
  }
  vkUpdateDescriptorSets(c.device, p.buffer_count, writes, 0, nullptr);
  VkCommandBuffer cb = c.command_buffer;
  vkCmdBindPipeline(cb, VK_PIPELINE_BIND_POINT_COMPUTE, p.pipeline);
  vkCmdBindDescriptorSets(cb, VK_PIPELINE_BIND_POINT_COMPUTE, p.layout, 0, 1, &set, 0, nullptr);
  if (p.push_bytes) vkCmdPushConstants(cb, p.layout, VK_SHADER_STAGE_COMPUTE_BIT, 0, p.push_bytes, push);
  vkCmdDispatch(cb, groups, 1, 1);
  return true;
}

void reset_descriptor_sets(Context& c) {
  if (descriptors) vkResetDescriptorPool(c.device, descriptors, 0);
}

void free_pipelines(Context& c) {
  for (auto& [id, p] : pipelines) destroy(c, p);
  pipelines.clear();
  if (cache) vkDestroyPipelineCache(c.device, cache, nullptr);
  if (descriptors) vkDestroyDescriptorPool(c.device, descriptors, nullptr);
  cache = VK_NULL_HANDLE;
  descriptors = VK_NULL_HANDLE;
}

}  // namespace mcc::gpu
