// The one random stream of the runtime, shared by rand/randn (ArrayFns.cpp)
// and randi/randperm/rng (Stats.cpp): MT19937 with MATLAB's default seed
// (MATLAB's `rng default` is seed 0, which its twister maps to 5489), and
// doubles built from 53 random bits as MATLAB's 'twister' does, so rand's
// first value is MATLAB's 0.8147236863931789. The state is explicit (624
// words and the position in them) so that `s = rng` can save it and
// `rng(s)` restore it.
#pragma once

#include <cstdint>

namespace mcc::rt {

class Twister {
 public:
  static constexpr int kWords = 624;
  explicit Twister(uint32_t seed) { this->seed(seed); }

  // MT19937's init_genrand.
  void seed(uint32_t s) {
    state_[0] = s;
    for (uint32_t i = 1; i < kWords; ++i) state_[i] = 1812433253u * (state_[i - 1] ^ (state_[i - 1] >> 30)) + i;
    next_ = kWords;
  }

  uint32_t operator()() {
    if (next_ >= kWords) refill();
    uint32_t y = state_[next_++];
    y ^= y >> 11;
    y ^= (y << 7) & 0x9d2c5680u;
    y ^= (y << 15) & 0xefc60000u;
    return y ^ (y >> 18);
  }

  // The state as 625 words: the 624 of MT19937, then the position (624:
  // the next draw regenerates them all). load() takes what save() wrote.
  void save(uint32_t* words) const {
    for (int i = 0; i < kWords; ++i) words[i] = state_[i];
    words[kWords] = next_;
  }
  void load(const uint32_t* words) {
    for (int i = 0; i < kWords; ++i) state_[i] = words[i];
    next_ = words[kWords] > kWords ? kWords : words[kWords];
  }

 private:
  void refill() {
    constexpr int m = 397;
    auto mix = [](uint32_t hi, uint32_t lo) {
      uint32_t y = (hi & 0x80000000u) | (lo & 0x7fffffffu);
      return (y >> 1) ^ ((y & 1u) ? 0x9908b0dfu : 0u);
    };
    for (int i = 0; i < kWords; ++i)
      state_[i] = state_[(i + m) % kWords] ^ mix(state_[i], state_[(i + 1) % kWords]);
    next_ = 0;
  }

  uint32_t state_[kWords];
  uint32_t next_;
};

inline Twister& twister() {
  static Twister generator(5489u);
  return generator;
}

inline double uniform53() {
  uint32_t hi = twister()() >> 5, lo = twister()() >> 6;
  return (hi * 67108864.0 + lo) * (1.0 / 9007199254740992.0);
}

}  // namespace mcc::rt
