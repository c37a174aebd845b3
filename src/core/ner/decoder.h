// Viterbi decoding of the per-character tags under the BIO constraints of tag_scheme.h.
// Shared by training (float weights) and tagging (int32 sums of int16 weights).
#pragma once

#include <cstdint>
#include <limits>
#include <vector>

#include "core/ner/tag_scheme.h"

namespace kornews::ner {

// emissions: units * kTagCount scores; transitions: [prev * kTagCount + next]; start: kTagCount.
// Writes the best tag sequence into `tags`. `back` is scratch (reused across calls).
template <typename Score>
void viterbi(const Score* emissions, int units, const Score* transitions, const Score* start,
             std::vector<uint8_t>& tags, std::vector<uint8_t>& back) {
  tags.assign(units, kTagO);
  if (units <= 0) return;
  back.resize(static_cast<size_t>(units) * kTagCount);
  const Score kNone = std::numeric_limits<Score>::lowest() / 4;
  Score cur[kTagCount], next[kTagCount];
  for (int t = 0; t < kTagCount; ++t) cur[t] = start_allowed(t) ? start[t] + emissions[t] : kNone;
  for (int u = 1; u < units; ++u) {
    const Score* e = emissions + static_cast<size_t>(u) * kTagCount;
    uint8_t* b = &back[static_cast<size_t>(u) * kTagCount];
    for (int t = 0; t < kTagCount; ++t) {
      Score best = kNone;
      uint8_t arg = kTagO;
      for (int p = 0; p < kTagCount; ++p) {
        if (!transition_allowed(p, t) || cur[p] == kNone) continue;
        const Score v = cur[p] + transitions[p * kTagCount + t];
        if (v > best) {
          best = v;
          arg = static_cast<uint8_t>(p);
        }
      }
      next[t] = best == kNone ? kNone : best + e[t];
      b[t] = arg;
    }
    for (int t = 0; t < kTagCount; ++t) cur[t] = next[t];
  }
  int best_t = 0;
  for (int t = 1; t < kTagCount; ++t)
    if (cur[t] > cur[best_t]) best_t = t;
  for (int u = units - 1; u >= 0; --u) {
    tags[u] = static_cast<uint8_t>(best_t);
    if (u > 0) best_t = back[static_cast<size_t>(u) * kTagCount + best_t];
  }
}

}  // namespace kornews::ner
