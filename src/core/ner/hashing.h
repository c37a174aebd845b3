// Cheap hashing of feature values into the model's weight-table rows. Features are never built
// as strings: each is a template id folded with a few integers (code points, hashes of forms).
#pragma once

#include <cstdint>
#include <string_view>

#include "core/io/checksum.h"

namespace kornews::ner {

inline uint64_t fold(uint64_t h, uint64_t v) {
  h ^= v;
  h = (h << 23) | (h >> 41);
  return h * 0x9E3779B97F4A7C15ull;
}

// Final avalanche so that the low bits (the row index) depend on every input bit.
inline uint64_t finish(uint64_t x) {
  x ^= x >> 33;
  x *= 0xff51afd7ed558ccdull;
  x ^= x >> 33;
  x *= 0xc4ceb9fe1a85ec53ull;
  x ^= x >> 33;
  return x;
}

inline uint64_t hash_bytes(std::string_view s) {
  return io::fnv1a64(io::kFnv1aSeed, s.data(), s.size());
}

}  // namespace kornews::ner
