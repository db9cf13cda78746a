// The GPU runtime against a real Vulkan device (lavapipe in CI): dispatch
// with push constants and grid-stride loops, residency, chained launches,
// the router and its trace, calibration tables, and every injected fault.
// ctest runs it several times with different MCC_GPU_FAULT settings; a
// test that needs a device it does not have is skipped only when ctest
// says no device is expected (MCC_GPU_TEST_EXPECT=none).
#include <gtest/gtest.h>

#include <cmath>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <vector>

#include "gpu/Gpu.h"

namespace mcc::gpu {
namespace {

std::vector<uint32_t> load_spirv(const char* name) {
  std::ifstream in(std::string(MCC_GPU_TEST_SPV_DIR) + "/" + name, std::ios::binary);
  std::vector<char> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::vector<uint32_t> words(bytes.size() / 4);
  std::memcpy(words.data(), bytes.data(), words.size() * 4);
  return words;
}

mcc_array* vec(uint32_t cls, size_t n) {
  size_t dims[2] = {n, 1};
  return mcc_array_create(cls, 2, dims);
}

struct AxpyPush {
  double a;
  uint32_t n;
  uint32_t pad;
};
struct ScalePush {
  float s;
  uint32_t n;
};

class Gpu : public ::testing::Test {
 protected:
  void SetUp() override {
    const char* expect = std::getenv("MCC_GPU_TEST_EXPECT");
    if (!available() && expect && !std::strcmp(expect, "none")) GTEST_SKIP() << unavailable_reason();
    ASSERT_TRUE(available()) << unavailable_reason();
    axpy_words = load_spirv("axpy.spv");
    scale_words = load_spirv("scale.spv");
    axpy = {1, "axpy", axpy_words.data(), axpy_words.size(), 2, sizeof(AxpyPush), 64, true};
    scale = {2, "scale", scale_words.data(), scale_words.size(), 2, sizeof(ScalePush), 128, false};
  }
  std::vector<uint32_t> axpy_words, scale_words;
  KernelSpec axpy, scale;
};

TEST_F(Gpu, DeviceHasWhatTheKernelsNeed) {
  const DeviceInfo* info = device_info();
  ASSERT_NE(info, nullptr);
  EXPECT_FALSE(info->name.empty());
  EXPECT_TRUE(info->float64);  // lavapipe and every GPU we target
  EXPECT_GE(info->max_buffer_bytes, 64u << 20);
  EXPECT_TRUE(prepare_pipeline(axpy));
  EXPECT_TRUE(prepare_pipeline(scale));
}

// Building the first pipeline runs the fma probe (gpu/Probe.cpp). lavapipe's
// fma is a multiply and then an add (with the exact path forced on, its ULP
// test fails: pow 71 ulp), so the probe must say so there.
TEST_F(Gpu, FmaProbeRunsBeforeThePipelines) {
  ASSERT_TRUE(prepare_pipeline(scale));
  const DeviceInfo* info = device_info();
  ASSERT_NE(info, nullptr);
  if (info->name.find("llvmpipe") != std::string::npos) EXPECT_FALSE(info->exact_fma);
}

// More elements than groups x local size can cover at once: the grid-stride
// loop and the capped group count must still touch every element.
TEST_F(Gpu, AxpyGridStrideCoversEveryElement) {
  const size_t n = 5'000'000;
  mcc_array* x = vec(MCC_CLASS_DOUBLE, n);
  mcc_array* y = vec(MCC_CLASS_DOUBLE, n);
  auto* xd = static_cast<double*>(x->data);
  auto* yd = static_cast<double*>(y->data);
  for (size_t i = 0; i < n; ++i) xd[i] = 0.5 * i, yd[i] = 1.0 / (1 + i);
  AxpyPush push{3.0, static_cast<uint32_t>(n), 0};
  mcc_array* arrays[2] = {x, y};
  uint8_t writes[2] = {0, 2};
  Launch l{&axpy, arrays, writes, &push, n};
  DispatchResult r = dispatch(l);
  ASSERT_TRUE(r.ok) << r.fault;
  EXPECT_GT(r.gpu_seconds, 0);
  EXPECT_EQ(y->residency, MCC_RESIDENT_HOST | MCC_RESIDENT_DEVICE);
  EXPECT_EQ(x->residency, MCC_RESIDENT_HOST | MCC_RESIDENT_DEVICE);
  for (size_t i = 0; i < n; i += 997) ASSERT_EQ(yd[i], 3.0 * (0.5 * i) + 1.0 / (1 + i)) << i;
  EXPECT_EQ(yd[n - 1], 3.0 * (0.5 * (n - 1)) + 1.0 / n);
  mcc_array_release(x);
  mcc_array_release(y);
}

// Two launches in one submission, the intermediate never downloaded.
TEST_F(Gpu, ChainedLaunchesKeepDataOnTheDevice) {
  const size_t n = 1000;
  mcc_array* x = vec(MCC_CLASS_SINGLE, n);
  mcc_array* t = vec(MCC_CLASS_SINGLE, n);
  mcc_array* o = vec(MCC_CLASS_SINGLE, n);
  for (size_t i = 0; i < n; ++i) static_cast<float*>(x->data)[i] = float(i);
  ScalePush p1{2.0f, uint32_t(n)}, p2{0.25f, uint32_t(n)};
  mcc_array* a1[2] = {x, t};
  mcc_array* a2[2] = {t, o};
  uint8_t w[2] = {0, 1};
  Launch ls[2] = {{&scale, a1, w, &p1, n, 0, false}, {&scale, a2, w, &p2, n, 0, true}};
  DispatchResult r = dispatch(ls, 2);
  ASSERT_TRUE(r.ok) << r.fault;
  EXPECT_EQ(t->residency, MCC_RESIDENT_DEVICE);  // host copy stale, not fetched
  EXPECT_EQ(o->residency, MCC_RESIDENT_HOST | MCC_RESIDENT_DEVICE);
  for (size_t i = 0; i < n; ++i) ASSERT_EQ(static_cast<float*>(o->data)[i], 0.5f * i);
  ensure_host(t);  // fetched on demand
  EXPECT_EQ(static_cast<float*>(t->data)[7], 14.0f);
  // Unsharing for a host write makes the device copy stale.
  t = mcc_array_unshare(t);
  EXPECT_EQ(t->residency, MCC_RESIDENT_HOST);
  mcc_array_release(x);
  mcc_array_release(t);
  mcc_array_release(o);
}

// An uploaded input stays resident until the host writes it: each in-place
// write path of the runtime (element assignment, growth, deletion) drops
// the device copy, so the next launch uploads the new values.
TEST_F(Gpu, HostWritesDropTheDeviceCopy) {
  const size_t n = 256;
  mcc_array* x = vec(MCC_CLASS_SINGLE, n);
  for (size_t i = 0; i < n; ++i) static_cast<float*>(x->data)[i] = float(i);
  mcc_array* o = vec(MCC_CLASS_SINGLE, n);
  ScalePush p{2.0f, uint32_t(n)};
  mcc_array* a[2] = {x, o};
  uint8_t w[2] = {0, 1};
  auto launch_and_check = [&](size_t at, float expect) {
    Launch l{&scale, a, w, &p, n};
    ASSERT_TRUE(dispatch(l).ok);
    EXPECT_EQ(static_cast<float*>(o->data)[at], expect);
  };
  launch_and_check(5, 10.0f);
  ASSERT_EQ(x->residency, MCC_RESIDENT_HOST | MCC_RESIDENT_DEVICE);
  mcc_array* five = mcc_array_from_scalar(5);
  mcc_array* big = mcc_array_from_scalar(1000);
  mcc_array* idx[1] = {five};
  x = mcc_subsasgn(x, big, 1, idx, nullptr);  // in place: x is unshared
  a[0] = x;
  EXPECT_EQ(x->residency, MCC_RESIDENT_HOST);
  EXPECT_EQ(x->device, nullptr);
  launch_and_check(4, 2000.0f);  // x(5) is element 4
  // Growth in place (x(end+1) = v) and deletion in place (x(1) = []).
  mcc_array* end = mcc_array_from_scalar(double(n + 1));
  idx[0] = end;
  x = mcc_subsasgn(x, big, 1, idx, nullptr);
  EXPECT_EQ(x->residency, MCC_RESIDENT_HOST);
  EXPECT_EQ(x->numel, n + 1);
  ensure_device(x);
  mcc_array* one = mcc_array_from_scalar(1);
  idx[0] = one;
  mcc_array* none = mcc_array_empty();
  x = mcc_subsasgn(x, none, 1, idx, nullptr);
  EXPECT_EQ(x->residency, MCC_RESIDENT_HOST);
  EXPECT_EQ(x->numel, n);
  a[0] = x;
  launch_and_check(3, 2000.0f);
  for (mcc_array* t : {x, o, five, big, end, one, none}) mcc_array_release(t);
}

TEST_F(Gpu, DeviceOnlyArrayIsFetchedWhenCopied) {
  const size_t n = 64;
  mcc_array* x = vec(MCC_CLASS_SINGLE, n);
  mcc_array* o = vec(MCC_CLASS_SINGLE, n);
  for (size_t i = 0; i < n; ++i) static_cast<float*>(x->data)[i] = 1.0f + i;
  ScalePush p{-1.0f, uint32_t(n)};
  mcc_array* a[2] = {x, o};
  uint8_t w[2] = {0, 1};
  Launch l{&scale, a, w, &p, n, 0, false};
  ASSERT_TRUE(dispatch(l).ok);
  mcc_array* shared = mcc_array_retain(o);
  mcc_array* copy = mcc_array_unshare(o);  // a copy: `shared` still holds o
  EXPECT_EQ(static_cast<float*>(copy->data)[3], -4.0f);
  EXPECT_TRUE(shared->residency & MCC_RESIDENT_DEVICE);
  mcc_array_release(copy);
  mcc_array_release(shared);
  mcc_array_release(x);
}

TEST_F(Gpu, RouterForcedToGpuAndTraced) {
  // Run with MCC_DEVICE=gpu MCC_TRACE=1 by ctest (test gpu_runtime).
  const char* dev = std::getenv("MCC_DEVICE");
  if (!dev || std::strcmp(dev, "gpu")) GTEST_SKIP() << "needs MCC_DEVICE=gpu";
  mcc_array* x = vec(MCC_CLASS_DOUBLE, 10);
  mcc_array* arrays[1] = {x};
  Workload w;
  w.kernel_name = "k1";
  w.elements = 10;
  w.has_gpu_version = true;
  w.arrays = arrays;
  w.array_count = 1;
  Decision d = route(w);
  EXPECT_EQ(d.device, Device::Gpu);
  EXPECT_STREQ(d.reason, "MCC_DEVICE=gpu");
  w.has_gpu_version = false;
  EXPECT_EQ(route(w).device, Device::Cpu);
  testing::internal::CaptureStderr();
  trace(w, d, 0.002, 0.001);
  std::string line = testing::internal::GetCapturedStderr();
  EXPECT_EQ(line.rfind("mcc-trace: kernel=k1 n=10 device=gpu est_cpu=", 0), 0u) << line;
  EXPECT_NE(line.find("upload=80B resident=0B download=0B measured=2.000ms gpu=1.000ms host=0.000ms reason=MCC_DEVICE=gpu"),
            std::string::npos)
      << line;
  mcc_array_release(x);
}

// --- without a device (or with one that fails): the CPU path, no crash.

TEST(GpuFault, InjectedFaultMeansCpu) {
  const char* fault = std::getenv("MCC_GPU_FAULT");
  if (!fault) GTEST_SKIP() << "run by ctest with MCC_GPU_FAULT set";
  std::vector<uint32_t> words = load_spirv("scale.spv");
  KernelSpec k{2, "scale", words.data(), words.size(), 2, sizeof(ScalePush), 128, false};
  mcc_array* x = vec(MCC_CLASS_SINGLE, 16);
  mcc_array* o = vec(MCC_CLASS_SINGLE, 16);
  static_cast<float*>(o->data)[0] = 42.0f;
  ScalePush p{2.0f, 16};
  mcc_array* a[2] = {x, o};
  uint8_t w[2] = {0, 1};
  Launch l{&k, a, w, &p, 16};
  DispatchResult r = dispatch(l);
  EXPECT_FALSE(r.ok);
  EXPECT_FALSE(r.fault.empty());
  EXPECT_EQ(o->residency & MCC_RESIDENT_HOST, MCC_RESIDENT_HOST);  // host copy untouched
  EXPECT_EQ(static_cast<float*>(o->data)[0], 42.0f);
  Workload wl;
  wl.kernel_name = "k2";
  wl.elements = 16;
  wl.has_gpu_version = true;
  wl.arrays = a;
  wl.writes = w;
  wl.array_count = 2;
  Decision d = fall_back(route(wl), r.fault);
  EXPECT_EQ(d.device, Device::Cpu);
  // A failed allocation spoils one launch; the other faults the device.
  EXPECT_EQ(available(), std::strcmp(fault, "oom") == 0);
  mcc_array_release(x);
  mcc_array_release(o);
}

// --- the router's cost model and calibration tables (no device needed).

const char* kTable = R"({"format": "mcc-calibration-1",
  "cpu": [{"threads": 1, "bandwidth_gbs": 10, "rate_gops": {"arith": [4, 2], "transcendental": [0.2, 0.1]}},
          {"threads": 8, "bandwidth_gbs": 40, "rate_gops": {"arith": [32, 16], "transcendental": [1.6, 0.8]}}],
  "gpu": {"present": true, "float64": false, "launch_us": 40, "bandwidth_gbs": 1000,
          "rate_gops": {"arith": [1000, 50]}, "upload_gbs": 20, "download_gbs": 25, "transfer_latency_us": 10}})";

TEST(GpuCalibration, ParsesATable) {
  Calibration c;
  std::string error;
  ASSERT_TRUE(parse_calibration(kTable, std::strlen(kTable), c, error)) << error;
  ASSERT_EQ(c.cpu_rows, 2u);
  EXPECT_EQ(c.cpu[1].threads, 8u);
  EXPECT_DOUBLE_EQ(c.cpu[1].bandwidth, 40e9);
  EXPECT_DOUBLE_EQ(c.cpu[0].rate[size_t(OpClass::Transcendental)][1], 0.1e9);
  EXPECT_TRUE(c.gpu_present);
  EXPECT_FALSE(c.gpu_float64);
  EXPECT_DOUBLE_EQ(c.gpu_launch_seconds, 40e-6);
  EXPECT_DOUBLE_EQ(c.download_bandwidth, 25e9);
}

TEST(GpuCalibration, RejectsWhatIsNotATable) {
  Calibration c;
  std::string error;
  EXPECT_FALSE(parse_calibration("{\"cpu\": []}", 11, c, error));
  EXPECT_FALSE(parse_calibration("{\"format\": \"mcc-calibration-1\", \"cpu\": [", 38, c, error));
  EXPECT_FALSE(error.empty());
  EXPECT_FALSE(parse_calibration("[1, 2", 5, c, error));
}

TEST(GpuCalibration, DefaultTableIsLoaded) {
  const Calibration& c = calibration();
  EXPECT_GE(c.cpu_rows, 1u);
  EXPECT_FALSE(c.source.empty());
}

// auto: small launches stay on the CPU, big ones go to the GPU (where one
// is there); the estimates grow with the size.
TEST(GpuRouter, EstimatesScaleWithSize) {
  const char* dev = std::getenv("MCC_DEVICE");
  if (dev && *dev) GTEST_SKIP() << "the auto policy is tested without MCC_DEVICE";
  size_t small_dims[2] = {16, 1}, big_dims[2] = {1 << 22, 1};
  for (size_t* dims : {small_dims, big_dims}) {
    mcc_array* x = mcc_array_create(MCC_CLASS_DOUBLE, 2, dims);
    mcc_array* y = mcc_array_create(MCC_CLASS_DOUBLE, 2, dims);
    mcc_array* arrays[2] = {x, y};
    uint8_t writes[2] = {0, 1};
    Workload w;
    w.kernel_name = "k";
    w.elements = dims[0];
    w.ops_per_element[size_t(OpClass::Transcendental)] = 3;
    w.has_gpu_version = true;
    w.arrays = arrays;
    w.writes = writes;
    w.array_count = 2;
    Decision d = route(w);
    EXPECT_GT(d.estimate_cpu, 0);
    if (dims == small_dims) {
      EXPECT_EQ(d.device, Device::Cpu);
      EXPECT_LT(d.estimate_cpu, d.estimate_gpu);
    } else {
      EXPECT_GT(d.estimate_cpu, d.estimate_gpu);  // the default table has a GPU
    }
    mcc_array_release(x);
    mcc_array_release(y);
  }
}

}  // namespace
}  // namespace mcc::gpu
