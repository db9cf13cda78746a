// The GPU runtime as the rest of runtime-support sees it: the Vulkan device,
// compute pipelines made from embedded SPIR-V, where each array's valid copy
// lives, kernel dispatch, and the router that picks CPU or GPU per launch.
//
// This is internal C++ (namespace mcc::gpu); the compiler only knows the C
// ABI in mcc/runtime.h, whose kernel-launch entry point (mcc_kernel_launch,
// runtime-support/src/kernels/Launch.cpp) is written on top of this header:
//
//   gpu::Workload w = ...;                      // element count, op mix, arrays
//   gpu::Decision d = gpu::route(w);            // honours MCC_DEVICE, calibration
//   if (d.device == gpu::Device::Gpu) {
//     gpu::DispatchResult r = gpu::dispatch(spec, launch);
//     if (!r.ok) d = gpu::fall_back(d, r.fault);  // same output on the CPU
//     ...
//   }
//   gpu::trace(w, d, measured_seconds, gpu_seconds);   // MCC_TRACE=1
//
// Failure model: nothing here reports a MATLAB error or aborts on a GPU
// problem. No Vulkan loader, no suitable device, a lost device or a failed
// device allocation makes the call return false / !ok and the caller runs
// the CPU version; available() stays false after a fault that leaves the
// device unusable. An array whose only valid copy was on a device that was
// lost is recomputed on the CPU from its lineage (the kernels that made it
// and their host inputs, which the launcher keeps while it is device-only).
//
// MCC_GPU_FAULT=noloader|nodevice|lost|oom injects each fault for tests.
// Threading: call from the program's main thread only.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "mcc/runtime.h"

namespace mcc::gpu {

// --- The device ---------------------------------------------------------

// True when a Vulkan device with a compute queue is ready (initialises it on
// first use; cheap afterwards). False without a loader or device, after a
// fault, or when MCC_DEVICE=cpu (then Vulkan is never loaded at all).
bool available();

struct DeviceInfo {
  std::string name;              // VkPhysicalDeviceProperties::deviceName
  bool discrete = false;         // a discrete GPU (preferred when several)
  bool software = false;         // a CPU implementation (lavapipe): auto uses it only
                                 // when the calibration table was measured (not the default)
  bool float64 = false;          // shaderFloat64: double kernels may run here
  uint64_t max_buffer_bytes = 0; // maxStorageBufferRange: larger arrays stay on the CPU
  uint32_t max_groups_x = 0;     // maxComputeWorkGroupCount[0]
  bool unified_memory = false;   // device-local memory is host-visible (no staging copies)
  bool exact_fma = false;        // fma rounds once, in float and (with float64) double:
                                 // probed when the first pipeline is built (Probe.cpp)
  bool fast_float64 = false;     // single kernels compute their math in double
                                 // (probed with the first such kernel, Probe.cpp)
};
// The device's description, or nullptr when !available().
const DeviceInfo* device_info();

// Why the GPU is not available ("no Vulkan loader", "no Vulkan device with a
// compute queue", "device lost", "MCC_DEVICE=cpu", ...); empty when it is.
const std::string& unavailable_reason();

// --- Kernels ------------------------------------------------------------

// One GPU kernel as the compiler embeds it. The shader's interface: set 0,
// bindings 0..buffer_count-1 are storage buffers in the order of
// Launch::arrays; one push-constant block of push_bytes (<= 128) at offset 0;
// local_size_x = local_size, y = z = 1; the shader loops grid-stride
// (for i = gl_GlobalInvocationID.x; i < n; i += gl_NumWorkGroups.x *
// local_size) because the group count is capped (65535 on many devices).
struct KernelSpec {
  uint32_t id = 0;              // unique in the program: the pipeline cache key
  const char* name = "";        // for the trace, e.g. "k3"
  const uint32_t* spirv = nullptr;
  size_t spirv_words = 0;
  uint32_t buffer_count = 0;
  uint32_t push_bytes = 0;
  uint32_t local_size = 256;
  bool float64 = false;         // the shader uses doubles: needs DeviceInfo::float64
  // A single-precision kernel's variant that computes its math functions in
  // double (shaders/MathLibF32ViaF64.glsl), or null: taken where the device
  // has fast doubles (fast_float64 in Vulkan.h), else `spirv`.
  const uint32_t* spirv_f64_math = nullptr;
  size_t spirv_f64_math_words = 0;
};

// Builds (once per KernelSpec::id) the compute pipeline. False when the
// device rejects it or is unavailable; dispatch() calls it itself, so this
// is for warming up and tests.
bool prepare_pipeline(const KernelSpec& kernel);

// --- Residency ----------------------------------------------------------
//
// An mcc_array's `residency` bits say which copies are current:
// MCC_RESIDENT_HOST (`data`), MCC_RESIDENT_DEVICE (`device`, a handle owned
// by this layer), or both. Host storage stays allocated even while only the
// device copy is current, so ensure_host never allocates.

// Uploads `a` unless its device copy is current; afterwards residency has
// DEVICE set (HOST kept). False on a failed allocation or when unavailable.
bool ensure_device(mcc_array* a);
// Gives `a` a device buffer of its size whose old contents do not matter (a
// kernel output); does not upload. Residency becomes DEVICE only once a
// dispatch writing it succeeds.
bool prepare_output(mcc_array* a);
// Downloads `a` unless its host copy is current; afterwards residency has
// HOST set. The array core calls it for every runtime operation (its
// checked()), and so does every builtin for its inputs, so host operations
// fetch a device-only array once; generated code that reads `data` itself
// checks `residency` or calls a runtime function first. If the only copy
// was on a device that is now lost, the array's lineage recomputes it on
// the CPU (an internal error only for an array without one).
void ensure_host(mcc_array* a);
// Frees `a`'s device buffer (back to the pool) and forgets its lineage.
// Called by the array core when it frees a descriptor.
void release_device(mcc_array* a);
// Called before the host writes a's elements or resizes it in place (`a`
// held only by the caller): fetches a copy only the device has, then drops
// the device copy, which the write makes stale. Every in-place write of the
// runtime goes through here (mcc_array_unshare among them); generated code
// writes in place only while residency is exactly MCC_RESIDENT_HOST.
void begin_host_write(mcc_array* a);
// The device buffer size `a` needs (numel x element size; 0 for empty).
uint64_t device_bytes(const mcc_array* a);

// How to recompute, on the CPU from host data, an array a kernel left
// current on the device only, should the device be lost before the array
// is downloaded (kernels/Launch.cpp makes them). An array's lineage lives
// while its device copy is its only current one: ensure_host and
// release_device drop it.
struct Lineage {
  virtual ~Lineage() = default;
  // Writes the array's values into `into` (host memory of the same class
  // and shape; residency HOST).
  virtual void recompute(mcc_array* into) const = 0;
  unsigned depth = 1;  // kernels between the array and host data
};
void set_lineage(const mcc_array* a, std::shared_ptr<const Lineage> lineage);
// nullptr when `a` has none (its host copy is current, or it never had one).
std::shared_ptr<const Lineage> lineage_of(const mcc_array* a);

// --- Dispatch -----------------------------------------------------------

// One launch: the kernel, its buffers and push constants, and the iteration
// count. arrays[k] is bound at binding k; writes[k] says how the kernel
// uses it: 0 reads (uploaded unless resident), 1 writes every element (old
// contents dead: not uploaded), 2 reads and writes (uploaded), 3
// (kWriteDeferred) writes every element and stays current on the device
// only whatever download_outputs says (fetched at its first host read).
// Other written arrays end current on the device only, or on both when
// download_outputs is set.
constexpr uint8_t kWriteDeferred = 3;
struct Launch {
  const KernelSpec* kernel = nullptr;
  mcc_array* const* arrays = nullptr;
  const uint8_t* writes = nullptr;
  const void* push = nullptr;
  uint64_t elements = 0;          // the grid-stride loop bound: group count
                                  // = min(ceil(elements / local_size), max)
  uint32_t groups = 0;            // nonzero: this group count instead (reductions)
  bool download_outputs = true;   // false: outputs stay device-only
};

struct DispatchResult {
  bool ok = false;
  double gpu_seconds = 0;         // between the GPU timestamps around the dispatches
  double upload_seconds = 0;      // host-side time spent on uploads
  double download_seconds = 0;    // and on downloads
  std::string fault;              // why not ok ("device lost", "out of device memory", ...)
};

// Records the launches in one command buffer, with a compute-to-compute
// barrier between consecutive ones (the stages of a two-level reduction),
// submits and waits. On failure no array's residency changes (outputs keep
// their host copy), so the CPU version can run next.
// MCC_GPU_FAULT=lost-later loses the device at the second dispatch, after
// the first left its outputs on the device.
DispatchResult dispatch(const Launch* launches, size_t count);
inline DispatchResult dispatch(const Launch& launch) { return dispatch(&launch, 1); }

// --- The router ---------------------------------------------------------

enum class OpClass : uint8_t {
#define MCC_OP_CLASS(Name, key, doc) Name,
#include "gpu/OpClasses.def"
};
constexpr size_t kOpClassCount = 0
#define MCC_OP_CLASS(Name, key, doc) +1
#include "gpu/OpClasses.def"
    ;
// The JSON key of an op class in the calibration table.
const char* op_class_key(OpClass c);

enum class Device : uint8_t { Cpu, Gpu };

// What the router needs to know of a launch. The arrays (inputs and outputs,
// with writes[] as in Launch) give the bytes touched and, through their
// residency, the bytes that would have to move to run on each device.
struct Workload {
  uint32_t kernel_id = 0;
  const char* kernel_name = "";   // the trace's kernel id
  uint64_t elements = 0;
  // Elements the GPU works on independently: 0 for all of them; a
  // reduction along dims has one invocation per result element, which
  // fills a GPU only when there are many (Router.cpp's kGpuFullParallel).
  uint64_t parallel = 0;
  double ops_per_element[kOpClassCount] = {};  // from the kernel's scalar DAG
  bool float64 = true;
  bool has_gpu_version = false;   // a SPIR-V version exists for this kernel
  bool has_f64_math = false;      // and a variant with its single math in double
  unsigned cpu_threads = 1;       // threads the CPU version would use
  mcc_array* const* arrays = nullptr;
  const uint8_t* writes = nullptr;
  size_t array_count = 0;
  bool outputs_to_host = true;    // the GPU estimate includes downloading outputs
};

struct Decision {
  Device device = Device::Cpu;
  double estimate_cpu = 0;        // seconds, from the calibration table
  double estimate_gpu = 0;        // seconds (infinity when the GPU is not eligible)
  const char* reason = "";        // "auto", "MCC_DEVICE=gpu", "no float64", "too large", ...
  // The launch's inputs by where their current copy is (bytes): to upload
  // if it runs on the GPU, already there, and to fetch back if it runs on
  // the CPU; and its array outputs (downloaded after a GPU run unless
  // Workload::outputs_to_host is false).
  uint64_t to_device = 0, on_device = 0, to_host = 0, outputs = 0;
};

// Picks the device: MCC_DEVICE=cpu|gpu forces it (gpu still falls back to the
// CPU when the kernel is ineligible or the GPU unavailable), auto (default)
// takes the lower estimate.
Decision route(const Workload& w);
// Whether the router chooses (MCC_DEVICE unset or auto), not forced.
bool routing_auto();
// The decision after dispatch failed with `fault`: the CPU, with the reason.
Decision fall_back(Decision d, const std::string& fault);

// With MCC_TRACE=1, one line on stderr:
//   mcc-trace: kernel=k3 n=1048576 device=gpu est_cpu=1.234ms est_gpu=0.456ms
//              upload=0B resident=8388608B download=8388608B
//              measured=0.500ms gpu=0.410ms reason=auto
// (on one line; gpu= only when it ran there). upload/resident/download are
// the bytes moved by the device that ran it: on the GPU the inputs
// uploaded, those already resident and the outputs downloaded; on the CPU
// upload=0B resident=0B and the inputs fetched back from the device.
bool tracing();
void trace(const Workload& w, const Decision& d, double measured_seconds, double gpu_seconds);
// The steady clock in seconds (for durations).
double seconds_now();

// --- Calibration --------------------------------------------------------

// The cost model's numbers for this machine (see README "GPU and
// calibration"): the table embedded with `mcc --calibration FILE`, else the
// default table compiled into the runtime. Rates are elements per second
// for one op of the class; bandwidths bytes per second.
struct CpuRow {
  unsigned threads = 1;
  double bandwidth = 0;                      // streaming read+write bytes/s
  double rate[kOpClassCount][2] = {};        // [class][0: single, 1: double]
};
struct Calibration {
  std::string source;                        // "default" or "embedded"
  CpuRow cpu[16];                            // by increasing thread count
  size_t cpu_rows = 0;
  bool gpu_present = false;
  bool gpu_float64 = false;
  double gpu_launch_seconds = 50e-6;         // dispatch + fence round trip
  double gpu_bandwidth = 0;                  // device memory bytes/s
  double gpu_rate[kOpClassCount][2] = {};
  double upload_bandwidth = 0, download_bandwidth = 0;  // bytes/s
  double transfer_latency_seconds = 0;       // per transfer
};
const Calibration& calibration();
// Parses a table (the JSON `mcc calibrate` writes); false with a message in
// `error` when it is not one.
bool parse_calibration(const char* json, size_t length, Calibration& out, std::string& error);

}  // namespace mcc::gpu
