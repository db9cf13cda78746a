// The ULP test of the shader math library (shaders/MathLib.glsl): every
// function of shaders/test/MathFunctions.def, in float and double, runs on
// the Vulkan device over many inputs (uniform over the function's range and
// log-uniform in magnitude), and its results are compared with the CPU's
// long double libm rounded to the type. Prints the table of max errors in
// ULP (the README's table comes from here) and fails when a function is
// above its bound or gets a special value (NaN, inf, signed zero) wrong.
//
//   mcc_math_ulp_test F32.spv F64.spv [samples per function]
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include "gpu/Gpu.h"

namespace {

using namespace mcc::gpu;

struct Function {
  uint32_t id;
  const char* name;
  int arity;
  long double (*reference1)(long double);
  long double (*reference2)(long double, long double);
  double lo, hi;
  bool scale;
};

long double none1(long double) { return 0; }
long double none2(long double, long double) { return 0; }
template <int A> struct Pick;
template <> struct Pick<1> {
  static constexpr auto one(long double (*f)(long double)) { return f; }
  static constexpr auto one(long double (*)(long double, long double)) { return none1; }
  static constexpr auto two(long double (*)(long double)) { return none2; }
  static constexpr auto two(long double (*)(long double, long double)) { return none2; }
};
template <> struct Pick<2> {
  static constexpr auto one(long double (*)(long double)) { return none1; }
  static constexpr auto one(long double (*)(long double, long double)) { return none1; }
  static constexpr auto two(long double (*)(long double)) { return none2; }
  static constexpr auto two(long double (*f)(long double, long double)) { return f; }
};

const Function kFunctions[] = {
#define MCC_MATH_FN(id, glsl, arity, reference, lo, hi, scale) \
  {id, #glsl, arity, Pick<arity>::one(reference), Pick<arity>::two(reference), lo, hi, scale != 0},
#include "MathFunctions.def"
};

std::vector<uint32_t> load(const char* path) {
  std::ifstream in(path, std::ios::binary);
  std::vector<char> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::vector<uint32_t> words(bytes.size() / 4);
  std::memcpy(words.data(), bytes.data(), words.size() * 4);
  return words;
}

// Inputs for one argument: half uniform on [lo, hi], half log-uniform in
// magnitude (down to 2^-60 of the range's bound) with the signs the range
// allows, then a few special values.
template <class T> std::vector<T> inputs(const Function& f, size_t n, std::mt19937_64& rng) {
  std::vector<T> v(n);
  std::uniform_real_distribution<double> uni(f.lo, f.hi), unit(0, 1);
  double bound = std::max(std::fabs(f.lo), std::fabs(f.hi));
  if (std::is_same_v<T, float>) bound = std::min(bound, double(std::numeric_limits<float>::max()) / 4);
  for (size_t i = 0; i < n; ++i) {
    double x = uni(rng);
    if (f.scale && (i & 1)) {
      double mag = bound * std::exp2(-60 * unit(rng));
      bool neg = f.lo < 0 && (f.hi <= 0 || unit(rng) < 0.5);
      x = neg ? -mag : mag;
      if (x < f.lo || x > f.hi) x = uni(rng);
    }
    v[i] = static_cast<T>(x);
  }
  // sin, cos and tan: every eighth input is the number of the type nearest
  // a multiple of pi/2 (k up to 20,000), or a neighbour of it, where the
  // reduced argument is smallest and its error matters most.
  if (std::string(f.name) == "mcc_sin" || std::string(f.name) == "mcc_cos" || std::string(f.name) == "mcc_tan") {
    std::uniform_int_distribution<int> multiple(1, 20000), step(-1, 1);
    const long double half_pi = 1.570796326794896619231321691639751442L;
    for (size_t i = 4; i < n; i += 8) {
      T x = static_cast<T>(multiple(rng) * half_pi);
      int s = step(rng);
      if (s) x = std::nextafter(x, s * std::numeric_limits<T>::infinity());
      v[i] = unit(rng) < 0.5 ? -x : x;
    }
  }
  const T specials[] = {T(0), -T(0), T(1), -T(1), T(0.5), std::numeric_limits<T>::infinity(),
                        -std::numeric_limits<T>::infinity(), std::numeric_limits<T>::quiet_NaN()};
  for (size_t k = 0; k < std::size(specials) && k < n; ++k) v[k] = specials[k];
  return v;
}

// The error of `got` in units of the last place of the exact value `want`
// rounded to T; special values must match exactly (a huge error if not).
template <class T> double ulp_error(T got, long double want) {
  T w = static_cast<T>(want);
  if (std::isnan(w)) return std::isnan(got) ? 0 : 1e9;
  if (std::isinf(w) || w == 0) {
    if (got == w && std::signbit(got) == std::signbit(w)) return 0;
    if (w == 0 && got == 0) return 1e9;  // a zero of the wrong sign
    if (w == 0 || std::isinf(got) != std::isinf(w)) {
      // An exact zero or an overflow boundary: measure in the smallest ulp.
      if (std::isinf(got) || std::isnan(got)) return 1e9;
    }
  }
  if (std::isnan(got)) return 1e9;
  if (std::isinf(got)) return std::isinf(w) && got == w ? 0 : 1e9;
  int e = std::ilogb(w == 0 ? std::numeric_limits<T>::min() : w);
  e = std::max(e, std::numeric_limits<T>::min_exponent - 1);
  long double ulp = std::ldexp(1.0L, e - (std::numeric_limits<T>::digits - 1));
  return static_cast<double>(std::fabs(static_cast<long double>(got) - want) / ulp);
}

struct Row {
  double max_ulp = 0;
  double worst_x = 0, worst_y = 0;
};

template <class T>
bool run(const KernelSpec& kernel, const Function& f, size_t n, std::mt19937_64& rng, Row& row, std::string& fault) {
  std::vector<T> xs = inputs<T>(f, n, rng), ys = inputs<T>(f, n, rng);
  uint32_t cls = std::is_same_v<T, double> ? MCC_CLASS_DOUBLE : MCC_CLASS_SINGLE;
  size_t dims[2] = {n, 1};
  mcc_array* a = mcc_array_create(cls, 2, dims);
  mcc_array* b = mcc_array_create(cls, 2, dims);
  mcc_array* o = mcc_array_create(cls, 2, dims);
  std::memcpy(a->data, xs.data(), n * sizeof(T));
  std::memcpy(b->data, ys.data(), n * sizeof(T));
  mcc_array* arrays[3] = {a, b, o};
  uint8_t writes[3] = {0, 0, 1};
  uint32_t push[2] = {f.id, static_cast<uint32_t>(n)};
  Launch l{&kernel, arrays, writes, push, n};
  DispatchResult r = dispatch(l);
  bool ok = r.ok;
  if (!ok) fault = r.fault;
  const T* got = static_cast<const T*>(o->data);
  for (size_t i = 0; ok && i < n; ++i) {
    long double want = f.arity == 1 ? f.reference1(xs[i]) : f.reference2(xs[i], ys[i]);
    double err = ulp_error<T>(got[i], want);
    if (err > row.max_ulp) row = {err, double(xs[i]), double(ys[i])};
  }
  mcc_array_release(a);
  mcc_array_release(b);
  mcc_array_release(o);
  return ok;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: %s F32.spv F64.spv [samples]\n", argv[0]);
    return 2;
  }
  size_t n = argc > 3 ? std::strtoul(argv[3], nullptr, 10) : 200000;
  const double bound = 2.0;  // the library's target, both precisions
  if (!available()) {
    std::fprintf(stderr, "mcc_math_ulp_test: no Vulkan device: %s\n", unavailable_reason().c_str());
    return 1;
  }
  std::vector<uint32_t> w32 = load(argv[1]), w64 = load(argv[2]);
  KernelSpec k32{100, "math_f32", w32.data(), w32.size(), 3, 8, 64, false};
  KernelSpec k64{101, "math_f64", w64.data(), w64.size(), 3, 8, 64, true};
  std::printf("device: %s, %zu inputs per function and precision\n\n", device_info()->name.c_str(), n);
  std::printf("| function | max ulp (double) | max ulp (single) |\n| --- | --- | --- |\n");
  bool pass = true;
  std::string worst;
  std::mt19937_64 rng(20261204);
  for (const Function& f : kFunctions) {
    Row r64, r32;
    std::string fault;
    if (!run<double>(k64, f, n, rng, r64, fault) || !run<float>(k32, f, n, rng, r32, fault)) {
      std::printf("dispatch failed: %s\n", fault.c_str());
      return 1;
    }
    std::printf("| %s | %.2f | %.2f |\n", f.name + 4, r64.max_ulp, r32.max_ulp);
    for (auto [row, prec] : {std::pair{&r64, "double"}, std::pair{&r32, "single"}})
      if (row->max_ulp > bound) {
        pass = false;
        char line[200];
        std::snprintf(line, sizeof line, "  %s (%s): %.3g ulp at x=%.17g y=%.17g\n", f.name, prec, row->max_ulp,
                      row->worst_x, row->worst_y);
        worst += line;
      }
  }
  std::printf("\nexact products: %s\n", device_info()->exact_fma ? "one fma (the device's fma rounds once)"
                                                                   : "Dekker's algorithm (fma not exact, or MCC_GPU_FMA=dekker)");
  if (!pass) std::printf("\nabove %.0f ulp:\n%s", bound, worst.c_str());
  return pass ? 0 : 1;
}
