#include "core/refresh/jitter.h"

namespace fv::refresh {

double Jitter::next_unit() {
  // SplitMix64 (Steele, Lea, Flood 2014): one add and three mixing steps per number.
  std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  z ^= z >> 31;
  return static_cast<double>(z >> 11) * (1.0 / 9007199254740992.0);  // 53 bits → [0, 1)
}

}  // namespace fv::refresh
