#include "core/stories/minhash.h"

#include <limits>

namespace fv::stories {
namespace {

std::uint64_t splitmix64(std::uint64_t x) {
  x += 0x9e3779b97f4a7c15ull;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ull;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebull;
  return x ^ (x >> 31);
}

}  // namespace

std::uint64_t term_hash(const std::string& key) {
  std::uint64_t h = 0xcbf29ce484222325ull;
  for (unsigned char c : key) {
    h ^= c;
    h *= 0x100000001b3ull;
  }
  return splitmix64(h);
}

std::uint64_t term_hash(std::uint32_t term_id) { return splitmix64(0x7f4a7c159e3779b9ull ^ term_id); }

Signature minhash(const std::vector<std::uint64_t>& term_hashes) {
  Signature sig;
  sig.fill(std::numeric_limits<std::uint64_t>::max());
  for (std::uint64_t h : term_hashes) {
    for (std::size_t i = 0; i < kSignatureSize; ++i) {
      // Permutation i: hash of (term hash xor a per-permutation constant).
      std::uint64_t v = splitmix64(h ^ (0x51ed270b27b5f3a5ull * (i + 1)));
      if (v < sig[i]) sig[i] = v;
    }
  }
  return sig;
}

std::array<std::uint64_t, kBands> band_keys(const Signature& signature) {
  std::array<std::uint64_t, kBands> keys{};
  for (std::size_t b = 0; b < kBands; ++b) {
    std::uint64_t k = splitmix64(b + 1);
    for (std::size_t r = 0; r < kRows; ++r) k = splitmix64(k ^ signature[b * kRows + r]);
    keys[b] = k;
  }
  return keys;
}

}  // namespace fv::stories
