// Random spread for retry and poll times, so many feeds (or many users of one feed) do not
// hit a server in the same second. Seeded SplitMix64: the same seed gives the same sequence,
// which keeps the policy deterministic in tests and reproducible in bug reports.
#pragma once

#include <cstdint>

namespace fv::refresh {

class Jitter {
 public:
  explicit Jitter(std::uint64_t seed) : state_(seed) {}
  // Uniform in [0, 1).
  double next_unit();

 private:
  std::uint64_t state_;
};

}  // namespace fv::refresh
