// The router: per kernel launch, the estimated time on each device from the
// calibration table, and the choice (README "GPU and calibration" has the
// cost model). MCC_DEVICE=cpu|gpu forces a device; auto, the default, takes
// the lower estimate, and only then initialises Vulkan, so a program whose
// kernels are all small never loads it. MCC_TRACE=1 prints each launch.
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "gpu/Gpu.h"

namespace mcc::gpu {
namespace {

enum class Mode { Auto, Cpu, Gpu };

// Invocations that keep a large GPU busy (an H100: 132 SMs x 2,048 resident
// threads is 270,336; latency hiding needs about a quarter of that).
constexpr double kGpuFullParallel = 65536;

Mode mode() {
  static const Mode m = [] {
    const char* v = std::getenv("MCC_DEVICE");
    if (v && !std::strcmp(v, "cpu")) return Mode::Cpu;
    if (v && !std::strcmp(v, "gpu")) return Mode::Gpu;
    return Mode::Auto;
  }();
  return m;
}

// The calibrated CPU row for `threads`: the largest measured count not above it.
const CpuRow& cpu_row(const Calibration& c, unsigned threads) {
  const CpuRow* best = &c.cpu[0];
  for (size_t i = 0; i < c.cpu_rows; ++i)
    if (c.cpu[i].threads <= threads) best = &c.cpu[i];
  return *best;
}

// Seconds of compute for the op mix at the given rates, or of memory
// traffic, whichever is longer (a kernel is bound by one or the other).
double kernel_seconds(const Workload& w, const double rate[kOpClassCount][2], double bandwidth, double bytes) {
  int p = w.float64 ? 1 : 0;
  double compute = 0;
  for (size_t c = 0; c < kOpClassCount; ++c)
    if (w.ops_per_element[c] > 0) compute += w.ops_per_element[c] * w.elements / (rate[c][p] > 0 ? rate[c][p] : 1e8);
  double memory = bytes / (bandwidth > 0 ? bandwidth : 1e9);
  return compute > memory ? compute : memory;
}

struct Traffic {
  double touched = 0;   // bytes every array of the launch occupies
  double to_device = 0; // inputs without a current device copy
  double to_host = 0;   // inputs without a current host copy
  double on_device = 0; // inputs with a current device copy
  double outputs = 0;
  uint64_t largest = 0;
};

Traffic traffic_of(const Workload& w) {
  Traffic t;
  for (size_t i = 0; i < w.array_count; ++i) {
    const mcc_array* a = w.arrays[i];
    uint64_t bytes = device_bytes(a);
    t.touched += bytes;
    if (bytes > t.largest) t.largest = bytes;
    if (w.writes && w.writes[i]) t.outputs += bytes;
    if (w.writes && (w.writes[i] == 1 || w.writes[i] == kWriteDeferred)) continue;  // written only: nothing to move in
    if (!(a->residency & MCC_RESIDENT_DEVICE)) t.to_device += bytes;
    else t.on_device += bytes;
    if (!(a->residency & MCC_RESIDENT_HOST)) t.to_host += bytes;
  }
  return t;
}

}  // namespace

Decision route(const Workload& w) {
  const Calibration& cal = calibration();
  Traffic t = traffic_of(w);
  Decision d;
  d.to_device = static_cast<uint64_t>(t.to_device);
  d.on_device = static_cast<uint64_t>(t.on_device);
  d.to_host = static_cast<uint64_t>(t.to_host);
  d.outputs = w.outputs_to_host ? static_cast<uint64_t>(t.outputs) : 0;
  const CpuRow& row = cpu_row(cal, w.cpu_threads);
  d.estimate_cpu = kernel_seconds(w, row.rate, row.bandwidth, t.touched);
  if (t.to_host > 0) d.estimate_cpu += cal.transfer_latency_seconds + t.to_host / cal.download_bandwidth;
  d.estimate_gpu = INFINITY;
  if (cal.gpu_present && (!w.float64 || cal.gpu_float64)) {
    // Fewer independent invocations than fill the GPU run at that fraction
    // of its calibrated rates and bandwidth.
    double occupancy = 1;
    if (w.parallel > 0 && w.parallel < kGpuFullParallel) occupancy = static_cast<double>(w.parallel) / kGpuFullParallel;
    d.estimate_gpu = cal.gpu_launch_seconds + kernel_seconds(w, cal.gpu_rate, cal.gpu_bandwidth, t.touched) / occupancy;
    if (t.to_device > 0) d.estimate_gpu += cal.transfer_latency_seconds + t.to_device / cal.upload_bandwidth;
    if (w.outputs_to_host && t.outputs > 0)
      d.estimate_gpu += cal.transfer_latency_seconds + t.outputs / cal.download_bandwidth;
  }

  // The choice, then whether the GPU can take it.
  Mode m = mode();
  d.reason = m == Mode::Cpu ? "MCC_DEVICE=cpu" : m == Mode::Gpu ? "MCC_DEVICE=gpu" : "auto";
  bool want_gpu = m == Mode::Gpu || (m == Mode::Auto && d.estimate_gpu < d.estimate_cpu);
  if (!want_gpu) return d;
  if (!w.has_gpu_version) {
    d.reason = "no GPU version";
  } else if (!available()) {
    d.reason = "gpu unavailable";
  } else if (m == Mode::Auto && device_info()->software && calibration().source == "default") {
    d.reason = "the Vulkan device is a CPU implementation";  // the default table describes a real GPU
  } else if (w.float64 && !device_info()->float64) {
    d.reason = "no float64 on the device";
  } else if (t.largest > device_info()->max_buffer_bytes) {
    d.reason = "array above maxStorageBufferRange";
  } else {
    d.device = Device::Gpu;
  }
  return d;
}

bool routing_auto() { return mode() == Mode::Auto; }

Decision fall_back(Decision d, const std::string& fault) {
  static std::string last;  // the reason outlives the call for the trace line
  last = "gpu fault: " + fault;
  d.device = Device::Cpu;
  d.reason = last.c_str();
  return d;
}

bool tracing() {
  static const bool on = [] {
    const char* v = std::getenv("MCC_TRACE");
    return v && *v && std::strcmp(v, "0") != 0;
  }();
  return on;
}

double seconds_now() {
  return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

void trace(const Workload& w, const Decision& d, double measured, double gpu_seconds) {
  if (!tracing()) return;
  char gpu_text[48] = "";
  if (d.device == Device::Gpu) std::snprintf(gpu_text, sizeof gpu_text, " gpu=%.3fms", gpu_seconds * 1e3);
  char est_gpu[32] = "inf";
  if (std::isfinite(d.estimate_gpu)) std::snprintf(est_gpu, sizeof est_gpu, "%.3fms", d.estimate_gpu * 1e3);
  bool gpu = d.device == Device::Gpu;
  auto bytes = [](uint64_t b) { return static_cast<unsigned long long>(b); };
  // The host's time since the previous launch ended (0 for the first).
  static double previous_end = 0;
  double end = seconds_now();
  double host = previous_end > 0 ? std::max(0.0, end - measured - previous_end) : 0;
  previous_end = end;
  // A single kernel's variant with its math in double, where it ran.
  const DeviceInfo* info = device_info();
  const char* math = gpu && w.has_f64_math && info && info->fast_float64 ? " math=double" : "";
  std::fprintf(stderr,
               "mcc-trace: kernel=%s n=%llu device=%s est_cpu=%.3fms est_gpu=%s upload=%lluB resident=%lluB download=%lluB "
               "measured=%.3fms%s host=%.3fms reason=%s%s\n",
               w.kernel_name, static_cast<unsigned long long>(w.elements), gpu ? "gpu" : "cpu", d.estimate_cpu * 1e3,
               est_gpu, bytes(gpu ? d.to_device : 0), bytes(gpu ? d.on_device : 0), bytes(gpu ? d.outputs : d.to_host),
               measured * 1e3, gpu_text, host * 1e3, d.reason, math);
}

}  // namespace mcc::gpu
