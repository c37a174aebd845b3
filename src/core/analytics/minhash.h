// MinHash signatures of a text's story terms and their LSH band keys: two headlines share a band
// key with a probability that grows steeply with the Jaccard overlap of their informative terms
// (1 - (1 - J^2)^16: 0.48 at J = 0.2, 0.99 at J = 0.5), so story grouping compares a headline
// only with the stories it shares a band with, never with all of them.
#pragma once

#include <array>
#include <cstdint>

#include "core/analytics/similarity.h"

namespace kornews::analytics {

inline constexpr int kMinHashBands = 16;
inline constexpr int kMinHashRows = 2;
inline constexpr int kMinHashSize = kMinHashBands * kMinHashRows;

using MinHashSignature = std::array<uint64_t, kMinHashSize>;
using BandKeys = std::array<uint64_t, kMinHashBands>;

// The signature over the profile's informative terms: those in fewer than 2% of the model's
// documents (particles of meaning such as 하다, 있다, 밝히다 would put every headline in one
// bucket), or all terms when none is. False for a profile without terms.
bool minhash(const TextProfile& profile, const SimilarityModel& model, MinHashSignature* out);

// One key per band: a hash of the band's index and its rows.
BandKeys band_keys(const MinHashSignature& signature);

}  // namespace kornews::analytics
