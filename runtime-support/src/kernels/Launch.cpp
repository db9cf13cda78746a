// Kernel launches routed between the CPU and the GPU (mcc/runtime.h,
// mcc_kernel_launch): the router's Workload from the kernel's spec and its
// arrays, the GPU dispatch (with a buffer of per-workgroup partials for a
// kernel with reductions, combined here in workgroup order), the CPU body
// when the router says so or the GPU fails, and the trace line; and the
// launches of kernels reducing along dims (mcc_kernel_launch_along): each
// result element's slice in fixed chunks, a partial per chunk, the partials
// folded in chunk order, on the thread pool or in two GPU dispatches.
//
// Residency: inputs stay on the device after their upload, so a later
// launch reading them again does not upload them again; array outputs of a
// GPU launch stay current on the device only (gpu::kWriteDeferred) until
// their first host read, so a chain of GPU kernels moves nothing in
// between. Each such output gets a lineage (a Recipe: the kernel's CPU
// body, its scalars and its inputs, held as host data or as their own
// lineage) that recomputes it on the CPU if the device is lost first.
#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <vector>

#include "Error.h"
#include "array/Array.h"
#include "gpu/Gpu.h"
#include "kernels/Kernels.h"

namespace {

using namespace mcc;

static_assert(gpu::kOpClassCount == MCC_OPS_COUNT, "the ABI's op classes are gpu/OpClasses.def's");
static_assert(size_t(gpu::OpClass::Arith) == MCC_OPS_ARITH && size_t(gpu::OpClass::Divide) == MCC_OPS_DIVIDE &&
                  size_t(gpu::OpClass::Transcendental) == MCC_OPS_TRANSCENDENTAL &&
                  size_t(gpu::OpClass::Reduce) == MCC_OPS_REDUCE,
              "MCC_OPS_* are in gpu/OpClasses.def's order");

// Workgroups of a reduction: enough to fill a large GPU (each invocation
// folds a grid-stride slice first), few enough for the host to combine.
constexpr uint64_t kMaxReductionGroups = 4096;

gpu::DispatchResult failed(const char* why) {
  gpu::DispatchResult r;
  r.fault = why;
  return r;
}

// The GPU layer's view of a kernel the compiler described.
gpu::KernelSpec gpuSpec(const mcc_kernel_spec& spec) {
  gpu::KernelSpec k;
  k.id = spec.id;
  k.name = spec.name;
  k.spirv = spec.spirv;
  k.spirv_words = spec.spirv_words;
  k.spirv_f64_math = spec.spirv_f64_math;
  k.spirv_f64_math_words = spec.spirv_f64_math_words;
  k.buffer_count = spec.buffer_count;
  k.push_bytes = spec.push_bytes;
  k.local_size = spec.local_size;
  k.float64 = spec.float64 != 0;
  return k;
}

// Push constants begin with a header of four words (an element count, a
// zero, the serial flag, padding) and the scalars in the kernel's precision.
std::vector<unsigned char> pushHeader(const mcc_kernel_spec& spec, uint32_t count, bool serial, const double* scalars) {
  std::vector<unsigned char> push(spec.push_bytes, 0);
  uint32_t header[4] = {count, 0, serial ? 1u : 0u, 0};
  std::memcpy(push.data(), header, sizeof header);
  for (uint32_t s = 0; s < spec.nscalars; ++s) {
    if (spec.float64) {
      std::memcpy(push.data() + 16 + 8 * s, &scalars[s], 8);
    } else {
      float f = static_cast<float>(scalars[s]);
      std::memcpy(push.data() + 16 + 4 * s, &f, 4);
    }
  }
  return push;
}

gpu::DispatchResult run_on_gpu(const mcc_kernel_spec& spec, uint32_t narrays, mcc_array* const* arrays,
                               const uint8_t* writes, const double* scalars, uint32_t nreductions,
                               const uint32_t* kinds, double* results, uint64_t n) {
  gpu::KernelSpec k = gpuSpec(spec);
  if (spec.buffer_count != narrays + (nreductions ? 1 : 0)) rt::internalError("mcc_kernel_launch: buffer count");

  // Push constants: the element count, a zero, the serial flag, padding,
  // the scalars, the space's extents. Serial: a reduction the CPU adds in
  // element order (one block) is added in that order here: the shader
  // leaves each element's operand in the partials, every invocation its
  // own elements (a time loop's steps run in parallel), and they are
  // folded below in element order.
  bool serial = nreductions && n <= MCC_KERNEL_BLOCK;
  size_t scalar_bytes = spec.float64 ? 8 : 4;
  size_t dims_at = 16 + scalar_bytes * spec.nscalars;
  if (spec.push_bytes < dims_at + 4 * spec.space_dims) rt::internalError("mcc_kernel_launch: push constants");
  std::vector<unsigned char> push = pushHeader(spec, static_cast<uint32_t>(n), serial, scalars);
  const mcc_array* space = rt::kernel_space(narrays, arrays);
  for (uint32_t d = 0; d < spec.space_dims; ++d) {
    uint32_t extent = d < space->ndims ? static_cast<uint32_t>(space->dims[d]) : 1;  // n fits in 32 bits
    std::memcpy(push.data() + dims_at + 4 * d, &extent, 4);
  }

  std::vector<mcc_array*> bound(arrays, arrays + narrays);
  std::vector<uint8_t> access(writes, writes + narrays);
  gpu::Launch launch;
  launch.kernel = &k;
  launch.push = push.data();
  launch.elements = n;
  mcc_array* partials = nullptr;
  uint64_t groups = 0;
  if (nreductions) {
    const gpu::DeviceInfo* info = gpu::device_info();
    if (!info) return failed("gpu unavailable");
    groups = std::min<uint64_t>((n + spec.local_size - 1) / spec.local_size, serial ? UINT32_MAX : kMaxReductionGroups);
    groups = std::max<uint64_t>(std::min<uint64_t>(groups, info->max_groups_x), 1);
    size_t dims[2] = {static_cast<size_t>((serial ? n : groups) * nreductions), 1};
    partials = mcc_array_create(spec.float64 ? MCC_CLASS_DOUBLE : MCC_CLASS_SINGLE, 2, dims);
    bound.push_back(partials);
    access.push_back(1);
    launch.groups = static_cast<uint32_t>(groups);
  }
  launch.arrays = bound.data();
  launch.writes = access.data();
  gpu::DispatchResult r = gpu::dispatch(launch);
  if (r.ok && nreductions) {
    // Group by group, in order (each group's partial is its own tree), or
    // serial, element by element, as the CPU folds (a product of two singles
    // computed in double and rounded to single is the single one; sums and
    // means of single accumulate in double). A kernel in single leaves float
    // partials.
    auto partial = [&](uint64_t at) {
      return spec.float64 ? static_cast<const double*>(partials->data)[at] : static_cast<const float*>(partials->data)[at];
    };
    for (uint32_t red = 0; red < nreductions; ++red) {
      double acc = rt::reduction_identity(kinds[red]);
      bool single = !spec.float64 || (red < 32 && (spec.single_reductions >> red & 1u));
      if (serial) {
        for (uint64_t i = 0; i < n; ++i) {
          acc = rt::combine_reduction(kinds[red], acc, partial(i * nreductions + red));
          // Sums and means of single add in double and round once, as the
          // CPU does; a product rounds at each step (it overflows where
          // MATLAB's does).
          if (single && kinds[red] != MCC_REDUCE_SUM && kinds[red] != MCC_REDUCE_MEAN) acc = static_cast<float>(acc);
        }
      }
      for (uint64_t g = 0; g < groups && !serial; ++g) acc = rt::combine_reduction(kinds[red], acc, partial(g * nreductions + red));
      if (kinds[red] == MCC_REDUCE_MEAN) acc /= static_cast<double>(n);
      results[red] = acc;
    }
  }
  if (partials) mcc_array_release(partials);
  return r;
}

// --- Lineage of outputs left on the device --------------------------------

// Launches of at most this many elements run on the CPU without routing
// (mcc_kernel_launch).
constexpr uint64_t kDirectCpuElements = 256;

// A lineage longer than this is cut: that launch downloads its outputs, so
// a loop of GPU launches keeps a bounded record (and a lost device a
// bounded recomputation).
constexpr unsigned kMaxLineage = 32;

// One GPU launch as the CPU would redo it.
struct Recipe {
  mcc_kernel_body body = nullptr;
  uint32_t narrays = 0, array_inputs = 0, nreductions = 0;
  const uint32_t* kinds = nullptr;  // the kernel's constant table
  std::vector<double> scalars;
  // Per array slot: its class and dims (for scratch copies); for an input,
  // the array itself while its host copy was current at the launch
  // (retained: copy-on-write keeps its values), else its lineage.
  std::vector<uint32_t> classes;
  std::vector<uint8_t> complex;
  std::vector<rt::Dims> dims;
  std::vector<rt::Ref> held;
  std::vector<std::shared_ptr<const gpu::Lineage>> made;
  unsigned depth = 1;

  // Runs the CPU body with `into` as array slot `slot`, every other output
  // and every input without a host copy in scratch arrays.
  void run(uint32_t slot, mcc_array* into) const {
    std::vector<rt::Ref> scratch;
    std::vector<mcc_array*> arrays(narrays);
    for (uint32_t k = 0; k < narrays; ++k) {
      if (k == slot) {
        arrays[k] = into;
      } else if (k < array_inputs && held[k]) {
        arrays[k] = held[k].get();
      } else {
        scratch.push_back(rt::newArray(classes[k], complex[k], dims[k], false));
        if (k < array_inputs) made[k]->recompute(scratch.back().get());
        arrays[k] = scratch.back().get();
      }
    }
    std::vector<double> results(std::max(nreductions, 1u));
    mcc_kernel_run(body, narrays, arrays.data(), scalars.data(), nreductions, kinds, results.data());
  }
};

struct OutputLineage : gpu::Lineage {
  std::shared_ptr<const Recipe> recipe;
  uint32_t slot = 0;
  void recompute(mcc_array* into) const override { recipe->run(slot, into); }
};

// 1 + the longest lineage among the inputs current on the device only.
unsigned lineage_depth(uint32_t array_inputs, mcc_array* const* arrays) {
  unsigned depth = 1;
  for (uint32_t k = 0; k < array_inputs; ++k)
    if (auto l = gpu::lineage_of(arrays[k])) depth = std::max(depth, l->depth + 1);
  return depth;
}

// Gives each output of a GPU launch that left them on the device its lineage.
void record_lineage(const mcc_kernel_spec& spec, mcc_kernel_body body, uint32_t narrays, mcc_array* const* arrays,
                    const double* scalars, uint32_t nreductions, const uint32_t* kinds) {
  auto recipe = std::make_shared<Recipe>();
  recipe->body = body;
  recipe->narrays = narrays;
  recipe->array_inputs = spec.array_inputs;
  recipe->nreductions = nreductions;
  recipe->kinds = kinds;
  recipe->scalars.assign(scalars, scalars + spec.nscalars);
  recipe->held.resize(narrays);
  recipe->made.resize(narrays);
  for (uint32_t k = 0; k < narrays; ++k) {
    const mcc_array* a = arrays[k];
    recipe->classes.push_back(a->class_id);
    recipe->complex.push_back(a->is_complex);
    recipe->dims.push_back(rt::dimsOf(a));
    if (k >= spec.array_inputs) continue;
    if (auto l = gpu::lineage_of(a)) recipe->made[k] = std::move(l);
    else recipe->held[k] = rt::Ref::share(a);
  }
  recipe->depth = lineage_depth(spec.array_inputs, arrays);
  for (uint32_t k = spec.array_inputs; k < narrays; ++k) {
    auto l = std::make_shared<OutputLineage>();
    l->recipe = recipe;
    l->slot = k;
    l->depth = recipe->depth;
    gpu::set_lineage(arrays[k], std::move(l));
  }
}

}  // namespace

extern "C" void mcc_kernel_launch(const mcc_kernel_spec* spec, mcc_kernel_body body, uint32_t narrays,
                                  mcc_array* const* arrays, const double* scalars, uint32_t nreductions,
                                  const uint32_t* kinds, double* results) {
  if (!spec || narrays == 0 || spec->array_inputs > narrays) rt::internalError("mcc_kernel_launch: a bad kernel");
  uint64_t n = rt::kernel_space(narrays, arrays)->numel;
  // A launch this small, its inputs on the host, never goes to a GPU (a
  // dispatch alone costs tens of microseconds; the CPU body takes well
  // under one): without the estimates, clock and trace of routing (a
  // quarter of the time of the n-body loop over 1x3 rows), unless a
  // device is forced or launches are traced.
  if (n <= kDirectCpuElements && gpu::routing_auto() && !gpu::tracing() &&
      std::all_of(arrays, arrays + spec->array_inputs,
                  [](const mcc_array* a) { return (a->residency & MCC_RESIDENT_HOST) != 0; })) {
    mcc_kernel_run(body, narrays, arrays, scalars, nreductions, kinds, results);
    return;
  }
  // Outputs stay on the device unless that would make too long a lineage.
  bool defer = lineage_depth(spec->array_inputs, arrays) <= kMaxLineage;
  std::vector<uint8_t> writes(narrays, 0);
  for (uint32_t k = spec->array_inputs; k < narrays; ++k) writes[k] = defer ? gpu::kWriteDeferred : 1;

  gpu::Workload w;
  w.kernel_id = spec->id;
  w.kernel_name = spec->name;
  w.elements = n;
  // A time loop's body runs once per step (no steps, NaN: none).
  double steps = spec->steps_scalar != UINT32_MAX ? scalars[spec->steps_scalar] : spec->steps;
  if (!(steps > 0)) steps = 0;
  for (size_t c = 0; c < MCC_OPS_COUNT; ++c) w.ops_per_element[c] = spec->ops[c] + steps * spec->step_ops[c];
  w.float64 = spec->float64 != 0;
  // An empty space has nothing to do on a device; the shader counts in uint.
  w.has_gpu_version = spec->spirv && n > 0 && n <= UINT32_MAX;
  w.has_f64_math = spec->spirv_f64_math != nullptr;
  w.cpu_threads = rt::kernel_threads(static_cast<int64_t>(n));
  w.arrays = arrays;
  w.writes = writes.data();
  w.array_count = narrays;
  w.outputs_to_host = !defer;

  double start = gpu::seconds_now();
  gpu::Decision d = gpu::route(w);
  double gpu_seconds = 0;
  if (d.device == gpu::Device::Gpu) {
    gpu::DispatchResult r = run_on_gpu(*spec, narrays, arrays, writes.data(), scalars, nreductions, kinds, results, n);
    if (r.ok) gpu_seconds = r.gpu_seconds;
    else d = gpu::fall_back(d, r.fault);
    if (r.ok && defer && narrays > spec->array_inputs)
      record_lineage(*spec, body, narrays, arrays, scalars, nreductions, kinds);
  }
  if (d.device == gpu::Device::Cpu) mcc_kernel_run(body, narrays, arrays, scalars, nreductions, kinds, results);
  gpu::trace(w, d, gpu::seconds_now() - start, gpu_seconds);
}

// --- Reductions along dims ------------------------------------------------

namespace {

// lavapipe stops a shader's loops after 65,535 iterations in all: an
// invocation there may fold at most this many elements (its work items
// times their elements).
constexpr uint64_t kSoftwareLoopLimit = 65535;

// At most this many result elements get a workgroup each to fold their
// partials (the kernel's phase 2; else an invocation each, phase 1). On
// the H100, the mean of each of 16 images of 2160 x 3840 singles (3,840
// partials each) went from 0.301 to 0.232 ms, the sum of squares of the
// std beside it from 0.289 to 0.219 ms; of 4 images, 0.210 to 0.152 and
// 0.228 to 0.146 ms (GPU time, both phases).
constexpr uint64_t kCooperativeSlices = 4096;

// How each result element's slice is cut (runtime.h): `per` indices of the
// last reduced dim (extent `outer`) a chunk, `chunks` chunks; from the
// slice's extents only.
struct AlongChunks {
  int64_t per = 1, chunks = 1;
  int64_t elements = 0;  // of a chunk (at most)
};
AlongChunks along_chunks(int64_t len, int64_t outer) {
  AlongChunks c;
  if (len <= 0 || outer <= 0) return c;
  int64_t inner = len / outer;  // the lower reduced dims' product
  c.per = std::max<int64_t>(1, MCC_KERNEL_ALONG_CHUNK / inner);
  c.chunks = (outer + c.per - 1) / c.per;
  c.elements = std::min(c.per, outer) * inner;
  return c;
}

// Push constants of one phase: the header (n: the phase's count), the
// scalars, the extents, then before, len, per, chunks, phase, slices.
std::vector<unsigned char> along_push(const mcc_kernel_spec& spec, const double* scalars, uint64_t slices, int64_t before,
                                      int64_t len, const AlongChunks& c, uint32_t phase, const int64_t* dims) {
  size_t scalar_bytes = spec.float64 ? 8 : 4;
  size_t dims_at = 16 + scalar_bytes * spec.nscalars;
  if (spec.push_bytes != dims_at + 4 * spec.space_dims + 24) rt::internalError("mcc_kernel_launch_along: push constants");
  uint64_t count = phase == 0 ? slices * static_cast<uint64_t>(c.chunks) : slices;
  std::vector<unsigned char> push = pushHeader(spec, static_cast<uint32_t>(count), false, scalars);
  for (uint32_t d = 0; d < spec.space_dims; ++d) {
    uint32_t extent = static_cast<uint32_t>(dims[d]);
    std::memcpy(push.data() + dims_at + 4 * d, &extent, 4);
  }
  uint32_t tail[6] = {static_cast<uint32_t>(before), static_cast<uint32_t>(len),    static_cast<uint32_t>(c.per),
                      static_cast<uint32_t>(c.chunks), phase, static_cast<uint32_t>(slices)};
  std::memcpy(push.data() + dims_at + 4 * spec.space_dims, tail, sizeof tail);
  return push;
}

// Phase 0 (the chunks' partials into a scratch buffer that stays on the
// device) then phase 1 (each result element from its partials), in one
// submission; phase 1 alone for slices of one chunk. All counts fit in
// uint32: the router takes only spaces of at most UINT32_MAX elements.
gpu::DispatchResult run_along_on_gpu(const mcc_kernel_spec& spec, uint32_t narrays, mcc_array* const* arrays,
                                     const uint8_t* writes, const double* scalars, uint64_t slices, int64_t before,
                                     int64_t len, const AlongChunks& c, const int64_t* dims) {
  gpu::KernelSpec k = gpuSpec(spec);
  if (spec.buffer_count != narrays + 1) rt::internalError("mcc_kernel_launch_along: buffer count");
  // Partials of the accumulator's type: 8 bytes each covers every type.
  size_t pdims[2] = {static_cast<size_t>(c.chunks > 1 ? slices * c.chunks : 1), 1};
  rt::Ref partials(mcc_array_create(MCC_CLASS_DOUBLE, 2, pdims));
  std::memset(partials.get()->data, 0, pdims[0] * sizeof(double));
  std::vector<mcc_array*> bound(arrays, arrays + narrays);
  bound.push_back(partials.get());
  std::vector<uint8_t> first(writes, writes + narrays), second(narrays, 0);
  first.push_back(gpu::kWriteDeferred);
  second[narrays - 1] = writes[narrays - 1];  // the result
  second.push_back(0);
  std::vector<unsigned char> push0 = along_push(spec, scalars, slices, before, len, c, 0, dims);
  // Few result elements of many chunks: a workgroup to each (phase 2),
  // unless MCC_GPU_ALONG_FOLD=invocations (phase 1 always: tests).
  static const bool invocations = [] {
    const char* force = std::getenv("MCC_GPU_ALONG_FOLD");
    return force && std::strcmp(force, "invocations") == 0;
  }();
  bool cooperative = c.chunks > 1 && slices <= kCooperativeSlices && !invocations;
  std::vector<unsigned char> push1 = along_push(spec, scalars, slices, before, len, c, cooperative ? 2 : 1, dims);
  gpu::Launch launches[2];
  launches[0].kernel = &k;
  launches[0].arrays = bound.data();
  launches[0].writes = first.data();
  launches[0].push = push0.data();
  launches[0].elements = slices * c.chunks;
  launches[1] = launches[0];
  launches[1].push = push1.data();
  launches[1].elements = slices;
  if (cooperative) launches[1].groups = slices;
  if (c.chunks == 1) {
    // The only launch writes what the first would.
    first.back() = 0;
    launches[1].writes = first.data();
    return gpu::dispatch(launches[1]);
  }
  launches[1].writes = second.data();
  return gpu::dispatch(launches, 2);
}

// Whether the device runs the along kernel whole: on a software device,
// each invocation's loops stay under its loop limit in each phase (a
// nested fold of E elements loops at most 2E times).
bool along_fits(uint64_t slices, int64_t len, const AlongChunks& c, uint32_t local_size) {
  const gpu::DeviceInfo* info = gpu::device_info();
  if (!info || !info->software) return true;
  auto per_invocation = [&](uint64_t count) {
    uint64_t invocations = std::min<uint64_t>((count + local_size - 1) / local_size, info->max_groups_x) * local_size;
    return (count + invocations - 1) / invocations;
  };
  if (c.chunks == 1) return per_invocation(slices) * (2 * static_cast<uint64_t>(len) + 1) <= kSoftwareLoopLimit;
  uint64_t chunks = static_cast<uint64_t>(c.chunks);
  return per_invocation(slices * chunks) * (2 * static_cast<uint64_t>(c.elements) + 1) <= kSoftwareLoopLimit &&
         per_invocation(slices) * (chunks + 1) <= kSoftwareLoopLimit;
}

// The CPU body over the thread pool: work items in blocks of about
// MCC_KERNEL_BLOCK elements.
void run_along_on_cpu(mcc_kernel_along_body body, void* const* data, const double* scalars, int64_t before, int64_t len,
                      int64_t after, const int64_t* dims, const AlongChunks& c, unsigned threads) {
  int64_t slices = before * after;
  auto phase = [&](uint32_t p, int64_t items, int64_t item_elements, double* partials) {
    int64_t grain = std::max<int64_t>(1, MCC_KERNEL_BLOCK / std::max<int64_t>(item_elements, 1));
    rt::run_blocks((items + grain - 1) / grain, threads, [&](int64_t b) {
      body(data, scalars, before, len, after, dims, c.per, c.chunks, p, b * grain, std::min(items, (b + 1) * grain), partials);
    });
  };
  if (c.chunks == 1) {
    phase(1, slices, len, nullptr);
    return;
  }
  std::vector<double> partials(static_cast<size_t>(slices * c.chunks));
  phase(0, slices * c.chunks, c.elements, partials.data());
  phase(1, slices, c.chunks, partials.data());
}

}  // namespace

extern "C" void mcc_kernel_launch_along(const mcc_kernel_spec* spec, mcc_kernel_along_body body, uint32_t narrays,
                                        mcc_array* const* arrays, const double* scalars, int64_t before, int64_t len,
                                        int64_t after, int64_t outer, const int64_t* dims) {
  if (!spec || narrays < 2 || spec->array_inputs >= narrays) rt::internalError("mcc_kernel_launch_along: a bad kernel");
  uint64_t n = static_cast<uint64_t>(before) * static_cast<uint64_t>(len) * static_cast<uint64_t>(after);
  uint64_t slices = static_cast<uint64_t>(before) * static_cast<uint64_t>(after);
  AlongChunks chunks = along_chunks(len, outer);
  std::vector<uint8_t> writes(narrays, 0);
  for (uint32_t k = spec->array_inputs; k < narrays; ++k) writes[k] = 1;
  // A logical result (any, all) is zeros the shader ors each element's byte into.
  if (arrays[narrays - 1]->class_id == MCC_CLASS_LOGICAL) writes[narrays - 1] = 2;

  gpu::Workload w;
  w.kernel_id = spec->id;
  w.kernel_name = spec->name;
  w.elements = n;
  w.parallel = slices * static_cast<uint64_t>(chunks.chunks);
  for (size_t c = 0; c < MCC_OPS_COUNT; ++c) w.ops_per_element[c] = spec->ops[c];
  w.float64 = spec->float64 != 0;
  // Only the GPU dispatch initialises Vulkan: along_fits asks the device
  // only when the router is past MCC_DEVICE=cpu (available() first).
  w.has_gpu_version = spec->spirv && slices > 0 && n > 0 && n <= UINT32_MAX;
  w.has_f64_math = spec->spirv_f64_math != nullptr;
  w.cpu_threads = rt::kernel_threads(static_cast<int64_t>(n));
  w.arrays = arrays;
  w.writes = writes.data();
  w.array_count = narrays;

  double start = gpu::seconds_now();
  gpu::Decision d = gpu::route(w);
  double gpu_seconds = 0;
  if (d.device == gpu::Device::Gpu && !along_fits(slices, len, chunks, spec->local_size)) {
    d.device = gpu::Device::Cpu;
    d.reason = "slices too long for the software device's loop limit";
  }
  if (d.device == gpu::Device::Gpu) {
    gpu::DispatchResult r = run_along_on_gpu(*spec, narrays, arrays, writes.data(), scalars, slices, before, len, chunks, dims);
    if (r.ok) gpu_seconds = r.gpu_seconds;
    else d = gpu::fall_back(d, r.fault);
  }
  if (d.device == gpu::Device::Cpu) {
    std::vector<void*> data(narrays);
    for (uint32_t k = 0; k < narrays; ++k) {
      rt::checkedAny(arrays[k]);  // an input a GPU kernel left on the device comes back
      data[k] = arrays[k]->data;
    }
    run_along_on_cpu(body, data.data(), scalars, before, len, after, dims, chunks, w.cpu_threads);
  }
  gpu::trace(w, d, gpu::seconds_now() - start, gpu_seconds);
}
