// The one random stream of the runtime, shared by rand/randn (ArrayFns.cpp)
// and randi/randperm/rng (Stats.cpp): MT19937 with MATLAB's default seed
// (MATLAB's `rng default` is seed 0, which its twister maps to 5489), and
// doubles built from 53 random bits as MATLAB's 'twister' does, so rand's
// first value is MATLAB's 0.8147236863931789.
#pragma once

#include <cstdint>
#include <random>

namespace mcc::rt {

inline std::mt19937& twister() {
  static std::mt19937 generator(5489u);
  return generator;
}

inline double uniform53() {
  uint32_t hi = twister()() >> 5, lo = twister()() >> 6;
  return (hi * 67108864.0 + lo) * (1.0 / 9007199254740992.0);
}

}  // namespace mcc::rt
