// Lists of names looked up at each position of a text by their first two code points: the key
// that sorts them so that the candidates at a position are one run (found by one binary search),
// and a 2^16-bit filter that rejects most positions before any search. A list of thousands of
// names shares many first syllables but few first pairs. Used by the analyzer's listed names
// (core/dict/known_names.h) and the entity tagger's gazetteers (core/ner/gazetteer.h).
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace kornews::text {

inline uint64_t first_pair_key(char32_t first, char32_t second) {
  return uint64_t{first} << 32 | second;
}

class FirstPairFilter {
 public:
  void add(char32_t first, char32_t second) {
    const size_t b = bit(first, second);
    bits_[b >> 6] |= uint64_t{1} << (b & 63);
  }
  // False when no pair added has these two code points; true for them and a few others.
  bool may_contain(char32_t first, char32_t second) const {
    const size_t b = bit(first, second);
    return bits_[b >> 6] >> (b & 63) & 1;
  }

 private:
  static constexpr size_t kBits = size_t{1} << 16;
  static size_t bit(char32_t first, char32_t second) {
    return (static_cast<size_t>(first) * 0x9E3779B1u ^ second) & (kBits - 1);
  }
  std::vector<uint64_t> bits_ = std::vector<uint64_t>(kBits / 64);
};

}  // namespace kornews::text
