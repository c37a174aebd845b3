#include "core/analytics/minhash.h"

#include <cmath>
#include <limits>

#include "core/ner/hashing.h"

namespace kornews::analytics {

bool minhash(const TextProfile& profile, const SimilarityModel& model, MinHashSignature* out) {
  if (profile.empty()) return false;
  // idf >= log((N + 1) / (0.02 N + 0.5)): seen in fewer than 2% of the documents.
  const double informative =
      std::log((model.documents + 1.0) / (0.02 * model.documents + 0.5));
  bool any = false;
  for (const WeightedTerm& t : profile.terms) any = any || t.weight >= informative;
  out->fill(std::numeric_limits<uint64_t>::max());
  for (const WeightedTerm& t : profile.terms) {
    if (any && t.weight < informative) continue;
    for (int k = 0; k < kMinHashSize; ++k) {
      // One independent-looking hash function per row: the term's hash mixed with the row.
      const uint64_t h = ner::finish(t.hash ^ (0x9E3779B97F4A7C15ull * (k + 1)));
      if (h < (*out)[k]) (*out)[k] = h;
    }
  }
  return true;
}

BandKeys band_keys(const MinHashSignature& signature) {
  BandKeys keys{};
  for (int b = 0; b < kMinHashBands; ++b) {
    uint64_t h = ner::fold(0x62616e64ull, static_cast<uint64_t>(b));
    for (int r = 0; r < kMinHashRows; ++r) h = ner::fold(h, signature[b * kMinHashRows + r]);
    keys[b] = ner::finish(h);
  }
  return keys;
}

}  // namespace kornews::analytics
