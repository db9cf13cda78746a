// A placeholder for the GPU runtime while the Vulkan layer is written: the
// GPU is never available, so every launch runs on the CPU. Replaced by
// Context/Memory/Pipelines/Dispatch/Router.cpp.
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "gpu/Gpu.h"

namespace mcc::gpu {

bool available() { return false; }
const DeviceInfo* device_info() { return nullptr; }
const std::string& unavailable_reason() {
  static const std::string reason = "the GPU runtime is not built yet";
  return reason;
}
bool prepare_pipeline(const KernelSpec&) { return false; }
bool ensure_device(mcc_array*) { return false; }
bool prepare_output(mcc_array*) { return false; }
void ensure_host(mcc_array*) {}
void release_device(mcc_array*) {}
uint64_t device_bytes(const mcc_array*) { return 0; }
DispatchResult dispatch(const Launch*, size_t) {
  DispatchResult r;
  r.fault = unavailable_reason();
  return r;
}

const char* op_class_key(OpClass c) {
  static const char* const keys[] = {
#define MCC_OP_CLASS(Name, key, doc) key,
#include "gpu/OpClasses.def"
  };
  return keys[static_cast<size_t>(c)];
}

Decision route(const Workload&) {
  Decision d;
  d.estimate_gpu = INFINITY;
  d.reason = "gpu unavailable";
  return d;
}
Decision fall_back(Decision d, const std::string&) {
  d.device = Device::Cpu;
  return d;
}
bool tracing() {
  const char* v = std::getenv("MCC_TRACE");
  return v && std::strcmp(v, "0") != 0 && *v;
}
void trace(const Workload& w, const Decision& d, double measured, double) {
  if (!tracing()) return;
  std::fprintf(stderr, "mcc-trace: kernel=%s n=%llu device=cpu est_cpu=%.3fms est_gpu=inf measured=%.3fms reason=%s\n",
               w.kernel_name, static_cast<unsigned long long>(w.elements), d.estimate_cpu * 1e3, measured * 1e3,
               d.reason);
}
const Calibration& calibration() {
  static Calibration c;
  return c;
}
bool parse_calibration(const char*, size_t, Calibration&, std::string& error) {
  error = "not implemented";
  return false;
}

}  // namespace mcc::gpu
