// MinHash signatures and LSH banding over sets of term keys: the candidate generator that keeps
// same-event matching near-linear (each new headline meets only the few earlier headlines that
// share a band bucket, not all of them).
//
// With kBands bands of kRows rows, two sets of Jaccard similarity J become candidates with
// probability 1 - (1 - J^kRows)^kBands: 32 x 2 gives 0.73 at J = 0.2, 0.95 at 0.3, ~1 at 0.5 —
// generous on purpose, because the exact similarity of every candidate is then computed.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace fv::stories {

inline constexpr std::size_t kBands = 32;
inline constexpr std::size_t kRows = 2;
inline constexpr std::size_t kSignatureSize = kBands * kRows;

using Signature = std::array<std::uint64_t, kSignatureSize>;

// Stable 64-bit hash of a term key (FNV-1a followed by a SplitMix64 finaliser), or of a dense
// term id (SplitMix64).
std::uint64_t term_hash(const std::string& key);
std::uint64_t term_hash(std::uint32_t term_id);

// Minimum of each of kSignatureSize independent hash permutations over `term_hashes`.
// An empty set gets all-ones, which LSH callers skip.
Signature minhash(const std::vector<std::uint64_t>& term_hashes);

// One bucket key per band; bands of different index never collide (the index is mixed in).
std::array<std::uint64_t, kBands> band_keys(const Signature& signature);

}  // namespace fv::stories
