#include "core/io/checksum.h"

#include <cstring>

namespace kornews::io {
namespace {

// Odd 64-bit constants with well-mixed bits (the golden ratio and xxHash's primes).
constexpr uint64_t kLane[4] = {0x9E3779B97F4A7C15ULL, 0xC2B2AE3D27D4EB4FULL,
                               0x165667B19E3779F9ULL, 0xD6E8FEB86659FD93ULL};

inline uint64_t fold_multiply(uint64_t a, uint64_t b) {
  const unsigned __int128 product = static_cast<unsigned __int128>(a) * b;
  return static_cast<uint64_t>(product) ^ static_cast<uint64_t>(product >> 64);
}

inline uint64_t load64(const uint8_t* p) {
  uint64_t v;
  std::memcpy(&v, p, sizeof v);  // little endian on every platform we build for
  return v;
}

}  // namespace

uint64_t checksum64(const void* data, size_t size) {
  const auto* p = static_cast<const uint8_t*>(data);
  uint64_t lane[4] = {kLane[0] ^ size, kLane[1], kLane[2], kLane[3]};
  size_t i = 0;
  for (; i + 32 <= size; i += 32) {
    for (int j = 0; j < 4; ++j) lane[j] = fold_multiply(lane[j] ^ load64(p + i + 8 * j), kLane[j]);
  }
  // The tail, zero-padded into one more step of lane 0 (the size in the seed tells a tail of
  // zeros from a shorter file).
  if (i < size) {
    uint8_t tail[32] = {};
    std::memcpy(tail, p + i, size - i);
    for (int j = 0; j < 4; ++j) lane[j] = fold_multiply(lane[j] ^ load64(tail + 8 * j), kLane[j]);
  }
  uint64_t h = lane[0];
  for (int j = 1; j < 4; ++j) h = fold_multiply(h ^ lane[j], kLane[j]);
  return fold_multiply(h, kLane[0]);
}

}  // namespace kornews::io
