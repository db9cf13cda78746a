// mcc-calibrate (run as `mcc calibrate [-o FILE] [--quick]`): measures this
// machine for the router and writes the calibration table (JSON, format
// "mcc-calibration-1", described in README "GPU and calibration"):
//   cpu: per thread count (1, 2, 4, ... up to the cores), streaming
//        bandwidth and the rate of each op class, single and double;
//   gpu: float64 support, dispatch latency, device bandwidth, the rate of
//        each op class, upload and download bandwidth and latency.
// Every figure is the best of a few repetitions. Without a usable Vulkan
// device the table says "present": false and the router never picks it.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <fstream>
#include <functional>
#include <string>
#include <thread>
#include <vector>

#include "calibrate_f32.h"
#include "calibrate_f64.h"
#include "gpu/Gpu.h"

namespace {

using namespace mcc::gpu;


// The best (smallest) time of `reps` runs of f.
double best_of(int reps, const std::function<void()>& f) {
  double best = INFINITY;
  for (int i = 0; i < reps; ++i) {
    double t0 = seconds_now();
    f();
    best = std::min(best, seconds_now() - t0);
  }
  return best;
}

// Runs body(begin, end) over [0, n) split across `threads` threads.
void parallel(unsigned threads, size_t n, const std::function<void(size_t, size_t)>& body) {
  std::vector<std::thread> pool;
  for (unsigned t = 0; t < threads; ++t)
    pool.emplace_back(body, n * t / threads, n * (t + 1) / threads);
  for (auto& th : pool) th.join();
}

// The CPU version of the calibration kernel (as Calibrate.comp).
template <class T> void cpu_kernel(int cls, int reps, const T* a, T* o, size_t b, size_t e) {
  for (size_t i = b; i < e; ++i) {
    T x = a[i];
    if (cls == 0)
      for (int r = 0; r < reps; ++r) x = x * T(0.999) + T(0.001);
    else if (cls == 1)
      for (int r = 0; r < reps; ++r) x = T(1.5) / (x + T(1));
    else
      for (int r = 0; r < reps; ++r) x = std::exp(-x);
    o[i] = x;
  }
}

// Ops per element and repetitions per class: enough work to be compute bound.
constexpr int kReps[3] = {64, 16, 8};
constexpr double kOpsPerRep[3] = {2, 1, 1};

struct CpuMeasure {
  unsigned threads;
  double bandwidth;
  double rate[kOpClassCount][2];
};

template <class T> double cpu_rate(unsigned threads, int cls, size_t n, int tries) {
  std::vector<T> a(n, T(0.5)), o(n);
  double t = best_of(tries, [&] {
    parallel(threads, n, [&](size_t b, size_t e) { cpu_kernel<T>(cls, kReps[cls], a.data(), o.data(), b, e); });
  });
  return n * kReps[cls] * kOpsPerRep[cls] / t;
}

CpuMeasure measure_cpu(unsigned threads, bool quick) {
  CpuMeasure m{threads, 0, {}};
  size_t big = quick ? (1u << 21) : (1u << 25);  // doubles streamed for the bandwidth
  std::vector<double> a(big, 1.0), o(big);
  double t = best_of(3, [&] {
    parallel(threads, big, [&](size_t b, size_t e) { std::memcpy(o.data() + b, a.data() + b, (e - b) * 8); });
  });
  m.bandwidth = 2.0 * big * 8 / t;
  size_t n = quick ? (1u << 14) : (1u << 18);
  for (int cls = 0; cls < 3; ++cls) {
    m.rate[cls][0] = cpu_rate<float>(threads, cls, n, quick ? 2 : 3);
    m.rate[cls][1] = cpu_rate<double>(threads, cls, n, quick ? 2 : 3);
  }
  // A reduction reads one stream: bound by bandwidth at 8 (4) bytes a value.
  size_t r = static_cast<size_t>(OpClass::Reduce);
  m.rate[r][0] = m.bandwidth / 2 / 4;
  m.rate[r][1] = m.bandwidth / 2 / 8;
  return m;
}

struct GpuMeasure {
  bool present = false, float64 = false;
  std::string device;
  double launch = 0, bandwidth = 0, upload = 0, download = 0, latency = 0;
  double rate[kOpClassCount][2] = {};
};

mcc_array* column(uint32_t cls, size_t n) {
  size_t dims[2] = {n, 1};
  return mcc_array_create(cls, 2, dims);
}

// GPU seconds of one calibration launch over n elements (best of tries).
double gpu_time(const KernelSpec& k, uint32_t cls_id, uint32_t cls, uint32_t reps, size_t n, int tries) {
  mcc_array* a = column(cls_id, n);
  mcc_array* o = column(cls_id, n);
  mcc_array* arrays[2] = {a, o};
  uint8_t writes[2] = {0, 1};
  uint32_t push[3] = {cls, reps, static_cast<uint32_t>(n)};
  double best = INFINITY;
  for (int i = 0; i < tries; ++i) {
    Launch l{&k, arrays, writes, push, n, 0, false};
    DispatchResult r = dispatch(l);
    if (!r.ok) break;
    best = std::min(best, r.gpu_seconds);
  }
  mcc_array_release(a);
  mcc_array_release(o);
  return best;
}

GpuMeasure measure_gpu(bool quick) {
  GpuMeasure g;
  if (!available()) return g;
  const DeviceInfo& info = *device_info();
  g.present = true;
  g.float64 = info.float64;
  g.device = info.name;
  KernelSpec k32{1, "calibrate_f32", kCalibrate_f32, sizeof kCalibrate_f32 / 4, 2, 12, 256, false};
  KernelSpec k64{2, "calibrate_f64", kCalibrate_f64, sizeof kCalibrate_f64 / 4, 2, 12, 256, true};

  // Dispatch latency: a one-element launch, wall time of the whole call.
  {
    mcc_array* a = column(MCC_CLASS_SINGLE, 1);
    mcc_array* o = column(MCC_CLASS_SINGLE, 1);
    mcc_array* arrays[2] = {a, o};
    uint8_t writes[2] = {0, 1};
    uint32_t push[3] = {0, 0, 1};
    Launch l{&k32, arrays, writes, push, 1, 0, false};
    dispatch(l);
    g.launch = best_of(quick ? 5 : 30, [&] { dispatch(l); });
    mcc_array_release(a);
    mcc_array_release(o);
  }
  // Bandwidth: a copy of the largest buffer the device takes (up to 256 MiB).
  uint64_t bytes = std::min<uint64_t>(info.max_buffer_bytes, quick ? (8u << 20) : (256u << 20));
  size_t n = bytes / 8;
  double t = gpu_time(k64.float64 && info.float64 ? k64 : k32, info.float64 ? MCC_CLASS_DOUBLE : MCC_CLASS_SINGLE, 0,
                      0, info.float64 ? n : 2 * n, quick ? 2 : 5);
  g.bandwidth = 2.0 * bytes / t;
  // Op rates, compute bound.
  size_t m = quick ? (1u << 16) : (1u << 24);
  for (uint32_t cls = 0; cls < 3; ++cls) {
    g.rate[cls][0] = m * kReps[cls] * kOpsPerRep[cls] / gpu_time(k32, MCC_CLASS_SINGLE, cls, kReps[cls], m, 3);
    if (info.float64)
      g.rate[cls][1] = m * kReps[cls] * kOpsPerRep[cls] / gpu_time(k64, MCC_CLASS_DOUBLE, cls, kReps[cls], m, 3);
  }
  size_t r = static_cast<size_t>(OpClass::Reduce);
  g.rate[r][0] = g.bandwidth / 2 / 4;
  g.rate[r][1] = g.bandwidth / 2 / 8;
  // Transfers: upload and download of `bytes`, and of 8 bytes (latency).
  for (size_t size : {static_cast<size_t>(bytes / 8), size_t(1)}) {
    mcc_array* x = column(MCC_CLASS_DOUBLE, size);
    ensure_device(x);  // a pooled buffer of this size from now on
    double up = best_of(quick ? 2 : 5, [&] {
      x->residency = MCC_RESIDENT_HOST;
      ensure_device(x);
    });
    double down = best_of(quick ? 2 : 5, [&] {
      x->residency = MCC_RESIDENT_DEVICE;
      ensure_host(x);
    });
    if (size == 1) {
      g.latency = (up + down) / 2;
    } else {
      g.upload = size * 8 / up;
      g.download = size * 8 / down;
    }
    mcc_array_release(x);
  }
  return g;
}

std::string cpu_model() {
  std::ifstream in("/proc/cpuinfo");
  std::string line;
  while (std::getline(in, line))
    if (line.rfind("model name", 0) == 0) return line.substr(line.find(':') + 2);
  return "unknown CPU";
}

// JSON text of a rate table: {"arith": [single, double], ...} in G/s.
std::string rates_json(const double rate[kOpClassCount][2]) {
  std::string s = "{";
  for (size_t c = 0; c < kOpClassCount; ++c) {
    char item[96];
    std::snprintf(item, sizeof item, "%s\"%s\": [%.4g, %.4g]", c ? ", " : "", op_class_key(OpClass(c)),
                  rate[c][0] / 1e9, rate[c][1] / 1e9);
    s += item;
  }
  return s + "}";
}

}  // namespace

int main(int argc, char** argv) {
  std::string output;
  bool quick = false;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "-o" && i + 1 < argc) {
      output = argv[++i];
    } else if (arg == "--quick") {
      quick = true;
    } else if (arg == "-h" || arg == "--help") {
      std::printf("usage: mcc calibrate [-o FILE] [--quick]\n\nMeasures this machine's CPU and GPU for the "
                  "router and writes the calibration table\n(JSON; standard output without -o). --quick: small "
                  "sizes, for tests.\n");
      return 0;
    } else {
      std::fprintf(stderr, "mcc: error: calibrate: unknown argument '%s'\n", arg.c_str());
      return 1;
    }
  }
  unsigned cores = std::max(1u, std::thread::hardware_concurrency());
  std::vector<unsigned> counts;
  for (unsigned t = 1; t < cores; t *= 2) counts.push_back(t);
  counts.push_back(cores);
  std::string json = "{\n  \"format\": \"mcc-calibration-1\",\n";
  char buf[512];
  std::time_t t = std::time(nullptr);
  char date[32];
  std::strftime(date, sizeof date, "%Y-%m-%dT%H:%M:%SZ", std::gmtime(&t));
  std::snprintf(buf, sizeof buf, "  \"machine\": \"%s, %u threads\",\n  \"date\": \"%s\",\n", cpu_model().c_str(),
                cores, date);
  json += buf;
  json += "  \"note\": \"rates in G elements/s for one op of the class, [single, double]; bandwidths in GB/s\",\n";
  json += "  \"cpu\": [\n";
  for (size_t i = 0; i < counts.size(); ++i) {
    CpuMeasure m = measure_cpu(counts[i], quick);
    std::snprintf(buf, sizeof buf, "    {\"threads\": %u, \"bandwidth_gbs\": %.4g, \"rate_gops\": ", m.threads,
                  m.bandwidth / 1e9);
    json += buf + rates_json(m.rate) + (i + 1 < counts.size() ? "},\n" : "}\n");
  }
  json += "  ],\n";
  GpuMeasure g = measure_gpu(quick);
  if (!g.present) {
    json += "  \"gpu\": {\"present\": false, \"why\": \"" + unavailable_reason() + "\"}\n}\n";
  } else {
    std::snprintf(buf, sizeof buf,
                  "  \"gpu\": {\n    \"present\": true, \"device\": \"%s\", \"float64\": %s,\n"
                  "    \"launch_us\": %.4g, \"bandwidth_gbs\": %.4g,\n    \"rate_gops\": ",
                  g.device.c_str(), g.float64 ? "true" : "false", g.launch * 1e6, g.bandwidth / 1e9);
    json += buf + rates_json(g.rate);
    std::snprintf(buf, sizeof buf,
                  ",\n    \"upload_gbs\": %.4g, \"download_gbs\": %.4g, \"transfer_latency_us\": %.4g\n  }\n}\n",
                  g.upload / 1e9, g.download / 1e9, g.latency * 1e6);
    json += buf;
  }
  Calibration check;
  std::string error;
  if (!parse_calibration(json.data(), json.size(), check, error)) {
    std::fprintf(stderr, "mcc: internal error: calibrate wrote a table it cannot read: %s\n", error.c_str());
    return 70;
  }
  if (output.empty()) {
    std::fputs(json.c_str(), stdout);
    return 0;
  }
  std::ofstream out(output);
  out << json;
  if (!out) {
    std::fprintf(stderr, "mcc: error: cannot write %s\n", output.c_str());
    return 1;
  }
  return 0;
}
