// Running fused kernels on the CPU: the thread pool, the block split and the
// combination of reduction partials (mcc/runtime.h, "Fused kernels").
//
// The space is cut into fixed blocks of MCC_KERNEL_BLOCK elements whatever
// the thread count, and partials are combined in block order, so a
// program's results do not depend on MCC_NUM_THREADS. Threads take blocks
// from a shared counter; the calling thread works too.
#include <algorithm>
#include <atomic>
#include <cmath>
#include <condition_variable>
#include <cstdlib>
#include <functional>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "Error.h"
#include "array/Array.h"
#include "kernels/Kernels.h"

using namespace mcc::rt;

namespace {

// Blocks [0, blocks) of some work, taken from a shared counter.
struct Job {
  const std::function<void(int64_t)>* block;
  int64_t blocks;
  std::atomic<int64_t> next{0};

  void work() {
    for (int64_t b; (b = next.fetch_add(1, std::memory_order_relaxed)) < blocks;) (*block)(b);
  }
};

// Worker threads wait for a job, help with it, and report when done. The
// pool lives as long as the process (never destroyed: threads blocked on it
// at exit are harmless).
class Pool {
 public:
  explicit Pool(unsigned threads) {
    for (unsigned t = 1; t < threads; ++t) std::thread([this] { loop(); }).detach();
    workers_ = threads - 1;
  }
  unsigned threads() const { return workers_ + 1; }

  void run(Job& job) {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      job_ = &job;
      pending_ = workers_;
      ++generation_;
    }
    wake_.notify_all();
    job.work();
    std::unique_lock<std::mutex> lock(mutex_);
    done_.wait(lock, [this] { return pending_ == 0; });
    job_ = nullptr;
  }

 private:
  void loop() {
    uint64_t seen = 0;
    std::unique_lock<std::mutex> lock(mutex_);
    for (;;) {
      wake_.wait(lock, [&] { return generation_ != seen; });
      seen = generation_;
      Job* job = job_;
      lock.unlock();
      job->work();
      lock.lock();
      if (--pending_ == 0) done_.notify_one();
    }
  }

  std::mutex mutex_;
  std::condition_variable wake_, done_;
  Job* job_ = nullptr;
  uint64_t generation_ = 0;
  unsigned workers_ = 0, pending_ = 0;
};

unsigned threadCount() {
  if (const char* s = std::getenv("MCC_NUM_THREADS")) {
    long n = std::strtol(s, nullptr, 10);
    if (n >= 1) return static_cast<unsigned>(std::min(n, 1024L));
  }
  unsigned n = std::thread::hardware_concurrency();
  return n ? n : 1;
}

Pool& pool() {
  static Pool* p = new Pool(threadCount());
  return *p;
}

}  // namespace

namespace mcc::rt {

// max and min as mcc_max's: NaN loses unless all are NaN; ties keep the first.
double combine_reduction(uint32_t kind, double acc, double x) {
  switch (kind) {
    case MCC_REDUCE_SUM: case MCC_REDUCE_MEAN: return acc + x;
    case MCC_REDUCE_PROD: return acc * x;
    case MCC_REDUCE_MAX: return acc != acc ? x : x > acc ? x : acc;
    case MCC_REDUCE_MIN: return acc != acc ? x : x < acc ? x : acc;
    case MCC_REDUCE_ANY: return (acc != 0 || x != 0) ? 1 : 0;
    case MCC_REDUCE_ALL: return (acc != 0 && x != 0) ? 1 : 0;
    default: internalError("mcc_kernel_run: unknown reduction " + std::to_string(kind));
  }
}

double reduction_identity(uint32_t kind) {
  switch (kind) {
    case MCC_REDUCE_PROD: case MCC_REDUCE_ALL: return 1;
    case MCC_REDUCE_MAX: case MCC_REDUCE_MIN: return NAN;
    default: return 0;
  }
}

unsigned kernel_threads(int64_t n) { return n >= MCC_KERNEL_PARALLEL_MIN ? pool().threads() : 1; }

void run_blocks(int64_t blocks, unsigned threads, const std::function<void(int64_t)>& block) {
  Job job;
  job.block = &block;
  job.blocks = blocks;
  if (threads > 1 && blocks > 1)
    pool().run(job);
  else
    job.work();
}

}  // namespace mcc::rt

const mcc_array* mcc::rt::kernel_space(uint32_t narrays, mcc_array* const* arrays) {
  const mcc_array* space = arrays[0];
  for (uint32_t k = 1; k < narrays && space->numel > 0; ++k)
    if (arrays[k]->numel == 0 || arrays[k]->numel > space->numel) space = arrays[k];
  return space;
}

extern "C" void mcc_kernel_run(mcc_kernel_body body, uint32_t narrays, mcc_array* const* arrays, const double* scalars,
                               uint32_t nreductions, const uint32_t* kinds, double* results) {
  if (narrays == 0) internalError("mcc_kernel_run: a kernel without arrays");
  const mcc_array* space = kernel_space(narrays, arrays);
  int64_t n = static_cast<int64_t>(space->numel);
  int64_t dims[MCC_KERNEL_MAX_DIMS];
  for (uint32_t d = 0; d < MCC_KERNEL_MAX_DIMS; ++d)
    dims[d] = d < space->ndims ? static_cast<int64_t>(space->dims[d]) : 1;
  auto gather = [&](void** data) {
    for (uint32_t k = 0; k < narrays; ++k) {
      // An expanded input has fewer elements than the space.
      if (n > 0 && static_cast<int64_t>(arrays[k]->numel) > n) internalError("mcc_kernel_run: an array larger than the space");
      checkedAny(arrays[k]);  // an input a GPU kernel left on the device comes back
      data[k] = arrays[k]->data;
    }
  };
  // One block with few arrays and reductions (a row of a small matrix): on
  // the stack, the body called here, with no pool, vectors or std::function.
  constexpr uint32_t kSmall = 16;
  int64_t blocks = (n + MCC_KERNEL_BLOCK - 1) / MCC_KERNEL_BLOCK;
  double few[kSmall];
  std::vector<double> many;
  const double* partials = few;
  if (blocks <= 1 && narrays <= kSmall && nreductions <= kSmall) {
    void* data[kSmall];
    gather(data);
    if (blocks) body(data, scalars, 0, n, few, dims);
  } else {
    std::vector<void*> data(narrays);
    gather(data.data());
    many.resize(static_cast<size_t>(blocks) * nreductions);
    run_blocks(blocks, kernel_threads(n), [&](int64_t b) {
      int64_t begin = b * MCC_KERNEL_BLOCK;
      body(data.data(), scalars, begin, std::min(n, begin + MCC_KERNEL_BLOCK), many.data() + b * nreductions, dims);
    });
    partials = many.data();
  }
  for (uint32_t r = 0; r < nreductions; ++r) {
    double acc = reduction_identity(kinds[r]);
    for (int64_t b = 0; b < blocks; ++b) acc = combine_reduction(kinds[r], acc, partials[b * nreductions + r]);
    if (kinds[r] == MCC_REDUCE_MEAN) acc /= static_cast<double>(n);
    results[r] = acc;
  }
}

extern "C" mcc_array* mcc_kernel_output(uint32_t class_id, const mcc_array* space) {
  return mcc_array_create(class_id, space->ndims, space->dims);
}

extern "C" mcc_array* mcc_kernel_reduction_result(uint32_t kind, double value, uint32_t operand_class, uint32_t dim,
                                                  const mcc_array* space, const mcc_site* site) {
  bool logical = kind == MCC_REDUCE_ANY || kind == MCC_REDUCE_ALL;
  bool extreme = kind == MCC_REDUCE_MAX || kind == MCC_REDUCE_MIN;
  bool all = dim == UINT32_MAX;
  if (space->numel > 0 || (all && !extreme)) {
    if (logical) return mcc_array_from_bool(value != 0);
    if (operand_class != MCC_CLASS_SINGLE) return mcc_array_from_scalar(value);
    size_t one[2] = {1, 1};
    mcc_array* r = mcc_array_create(MCC_CLASS_SINGLE, 2, one);
    static_cast<float*>(r->data)[0] = static_cast<float>(value);
    return r;
  }
  // An empty space: the builtin itself on an empty array of its shape; for
  // 'all' (max and min of nothing are empty), on its elements as one column.
  size_t column[2] = {0, 1};
  mcc_array* empty = all ? mcc_array_create(operand_class, 2, column)
                         : mcc_array_create(operand_class, space->ndims, space->dims);
  if (all) dim = 1;
  mcc_array* r = nullptr;
  switch (kind) {
    case MCC_REDUCE_SUM: r = mcc_sum(empty, dim, site); break;
    case MCC_REDUCE_PROD: r = mcc_prod(empty, dim, site); break;
    case MCC_REDUCE_MEAN: r = mcc_mean(empty, dim, site); break;
    case MCC_REDUCE_MAX: r = mcc_max(empty, dim, nullptr, site); break;
    case MCC_REDUCE_MIN: r = mcc_min(empty, dim, nullptr, site); break;
    case MCC_REDUCE_ANY: r = mcc_any(empty, dim, site); break;
    case MCC_REDUCE_ALL: r = mcc_all(empty, dim, site); break;
    default: internalError("mcc_kernel_reduction_result: unknown reduction " + std::to_string(kind));
  }
  mcc_array_release(empty);
  return r;
}
