// Single-precision functions computed in double: the library's float
// expm1, log2, log10 and pow on a device whose double arithmetic is fast
// (an H100's runs at half its float rate, a consumer GPU's at 1/32 or
// 1/64). (The float path's exp, log and tanh, plain polynomials without
// two-word sums, were as fast or faster there: on the H100, sum(f(x)) over
// 64M singles took 0.141 / 0.196 / 0.147 ms against 0.152 / 0.197 / 0.188
// in double. sin and cos were here too, 15% faster than the float path,
// but measured 25 and 22 ulp on the H100 on 2026-12-06 at arguments near
// multiples of pi/2, where lavapipe measured 0.52; they are out until a fix
// is measured on the device.) The runtime picks this variant of a
// kernel only where it measured that (runtime-support/src/gpu/Probe.cpp);
// the build compiles it as a second SPIR-V module of each single kernel
// that reaches one of these functions (MCC_F32_VIA_F64, which needs the
// double section of the library).
//
// A float result needs far fewer bits than a double carries, so none of
// the float path's hi + lo work is needed: each function is a short
// polynomial on a reduced argument in plain double arithmetic, with a
// relative error below 2^-28 before the final rounding to float (at most
// 0.53 ulp in all). Divisions take a float reciprocal and one Newton step
// (relative error near 2^-42 even from a 2.5-ulp float division): a double
// division costs several times more. Special values (NaN, infinities,
// overflow, zero) are settled in float before any double work, so the
// double section only sees finite numbers. Every function is `precise`, as
// the library's are (a driver may otherwise contract or rearrange them).
//
// Not templated (shaders/CMakeLists.txt appends it, inside MCC_F32_VIA_F64,
// after the double instantiation, whose constants and helpers it uses:
// mcc_taylor_fact, mcc_pow2, mcc_exp_reduce_plain, mcc_from_int,
// mcc_recip_near); the float functions of MathLib.glsl call these when
// MCC_F32_VIA_F64 is defined.

// e^t for |t| < 150 (Taylor to r^7: r^8/8! < 2^-27.5 at ln2/2).
precise double mcc_v64_exp_core(double t) {
  int k;
  double r = mcc_exp_reduce_plain(t, k);
  return mcc_taylor_fact(r, 0, 7) * mcc_pow2_d(k);
}

// e^t - 1 for |t| < 150: 2^k (1 + q) - 1 = (2^k - 1) + 2^k q, q = e^r - 1
// by Taylor to r^9 (relative to r, r^9/10! < 2^-35 at ln2/2); exact where
// k = 0, at most a bit of cancellation elsewhere.
precise double mcc_v64_expm1_core(double t) {
  int k;
  double r = mcc_exp_reduce_plain(t, k);
  double q = r + r * r * mcc_taylor_fact(r, 2, 9);
  double s = mcc_pow2_d(k);
  return (s - 1.0LF) + s * q;
}

// ln x for a finite double x > 0 of float range: x = 2^e m with m in
// [sqrt(1/2), sqrt(2)), ln m = 2 atanh(s), s = (m - 1)/(m + 1), |s| < 0.172,
// by its series to s^11 (the next term is s^13 2/13, 2^-35 relative).
precise double mcc_v64_log_core(double x) {
  uvec2 w = unpackDouble2x32(x);
  int e = int(w.y >> 20) - 1023;
  double m = packDouble2x32(uvec2(w.x, (w.y & 0x000fffffu) | 0x3ff00000u));
  if (m > 1.4142135623730951LF) {
    m *= 0.5LF;
    e += 1;
  }
  double f = m - 1.0LF;
  double s = f * mcc_recip_near(2.0LF + f);
  double z = s * s;
  double p = INV_ODD_d[5];
  [[unroll]] for (int i = 4; i >= 0; --i) p = fma(p, z, INV_ODD_d[i]);
  double ed = mcc_from_int_d(e);
  return ed * LN2_HI_d + (ed * LN2_LO_d + 2.0LF * s * p);
}

// float(v) where v may pass the float range: inf there (a conversion out
// of range is not defined by Vulkan).
precise float mcc_v64_to_float(double v) {
  const double over = 3.4028235677973366e+38LF;  // FLT_MAX + half an ulp
  return v >= over ? uintBitsToFloat(0x7f800000u) : float(v);
}

// expm1 for finite x in [-18, 88.8] (mcc_expm1 settles the rest and 0).
precise float mcc_v64_expm1(float x) { return mcc_v64_to_float(mcc_v64_expm1_core(double(x))); }

// log2, log10 of a finite float x > 0 (mcc_log_special settles the rest).
precise float mcc_v64_log_times(float x, double c) { return float(mcc_v64_log_core(double(x)) * c); }

// |x|^y for finite ax > 0 and finite y != 0 (mcc_pow settles the rest).
precise float mcc_v64_pow_core(float ax, float y) {
  double t = double(y) * mcc_v64_log_core(double(ax));
  if (t > 89.0LF) return uintBitsToFloat(0x7f800000u);
  if (t < -104.0LF) return 0.0;
  return mcc_v64_to_float(mcc_v64_exp_core(t));
}
