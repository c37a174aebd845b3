// The per-character tags of the sequence model: O, then B-X and I-X for each entity label.
// The model tags only non-space characters; an entity may run across spaces (I- continues it).
#pragma once

#include <cstdint>

#include "core/ner/entity.h"

namespace kornews::ner {

inline constexpr int kTagCount = 1 + 2 * kEntityLabelCount;  // 13
inline constexpr uint8_t kTagO = 0;

inline uint8_t begin_tag(EntityLabel l) {
  return static_cast<uint8_t>(1 + 2 * static_cast<int>(l));
}
inline uint8_t inside_tag(EntityLabel l) {
  return static_cast<uint8_t>(2 + 2 * static_cast<int>(l));
}
inline bool is_begin(uint8_t tag) {
  return tag != kTagO && (tag & 1) == 1;
}
inline bool is_inside(uint8_t tag) {
  return tag != kTagO && (tag & 1) == 0;
}
inline EntityLabel tag_label(uint8_t tag) {
  return static_cast<EntityLabel>((tag - 1) / 2);
}

// I-X may follow only B-X or I-X: the decoder never produces a broken span.
inline bool transition_allowed(uint8_t prev, uint8_t next) {
  if (!is_inside(next)) return true;
  return prev != kTagO && tag_label(prev) == tag_label(next);
}
inline bool start_allowed(uint8_t tag) {
  return !is_inside(tag);
}

}  // namespace kornews::ner
