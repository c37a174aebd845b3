// Viterbi decoding of the per-character tags. Shared by training (float weights) and tagging
// (int32 sums of int16 weights).
#pragma once

#include <algorithm>
#include <cstdint>
#include <vector>

#include "core/ner/tag_scheme.h"

namespace kornews::ner {

// A score no real path reaches; a transition the BIO scheme forbids costs this much, so the
// inner loop needs no branch.
template <typename Score>
constexpr Score kForbidden = static_cast<Score>(-(1 << 29));

// `transitions` with the forbidden transitions (I-X after anything but B-X or I-X) set to
// kForbidden; `start` likewise for I-X at the start.
template <typename Score>
void mask_transitions(const Score* transitions, const Score* start, Score* masked_transitions,
                      Score* masked_start) {
  for (int p = 0; p < kTagCount; ++p)
    for (int t = 0; t < kTagCount; ++t)
      masked_transitions[p * kTagCount + t] = transition_allowed(static_cast<uint8_t>(p), t)
                                                  ? transitions[p * kTagCount + t]
                                                  : kForbidden<Score>;
  for (int t = 0; t < kTagCount; ++t)
    masked_start[t] = start_allowed(t) ? start[t] : kForbidden<Score>;
}

// emissions: units * kTagCount scores; transitions and start masked by mask_transitions().
// Writes the best tag sequence into `tags`. `back` is scratch (reused across calls). The scores
// are shifted so the best is 0 at each step: int32 never overflows however long the line.
template <typename Score>
void viterbi(const Score* emissions, int units, const Score* transitions, const Score* start,
             std::vector<uint8_t>& tags, std::vector<uint8_t>& back) {
  tags.assign(units, kTagO);
  if (units <= 0) return;
  back.resize(static_cast<size_t>(units) * kTagCount);
  const Score floor = 2 * kForbidden<Score>;
  Score cur[kTagCount], next[kTagCount];
  for (int t = 0; t < kTagCount; ++t) cur[t] = start[t] + emissions[t];
  for (int u = 1; u < units; ++u) {
    const Score top = *std::max_element(cur, cur + kTagCount);
    for (int t = 0; t < kTagCount; ++t) cur[t] = std::max<Score>(cur[t] - top, floor);
    const Score* e = emissions + static_cast<size_t>(u) * kTagCount;
    uint8_t* b = &back[static_cast<size_t>(u) * kTagCount];
    // O and B-X may follow any tag; I-X only B-X or I-X (tag_scheme.h), so those need two
    // candidates, not thirteen.
    for (int t = 0; t < kTagCount; ++t) {
      Score best;
      uint8_t arg;
      if (is_inside(static_cast<uint8_t>(t))) {
        const Score from_b = cur[t - 1] + transitions[(t - 1) * kTagCount + t];
        const Score from_i = cur[t] + transitions[t * kTagCount + t];
        best = from_b >= from_i ? from_b : from_i;
        arg = static_cast<uint8_t>(from_b >= from_i ? t - 1 : t);
      } else {
        best = cur[0] + transitions[t];
        arg = 0;
        for (int p = 1; p < kTagCount; ++p) {
          const Score v = cur[p] + transitions[p * kTagCount + t];
          if (v > best) best = v, arg = static_cast<uint8_t>(p);
        }
      }
      next[t] = best + e[t];
      b[t] = arg;
    }
    std::copy(next, next + kTagCount, cur);
  }
  int best_t = static_cast<int>(std::max_element(cur, cur + kTagCount) - cur);
  for (int u = units - 1; u >= 0; --u) {
    tags[u] = static_cast<uint8_t>(best_t);
    if (u > 0) best_t = back[static_cast<size_t>(u) * kTagCount + best_t];
  }
}

}  // namespace kornews::ner
