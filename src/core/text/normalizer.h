// Input normalization with offsets kept: NFKC for compatibility characters (㎞ -> km, full-width
// letters -> ASCII), NFC-stable Hangul compatibility jamo kept as they are (NFKC would turn ㅋ
// into a conjoining jamo), control characters and every kind of whitespace as a plain space,
// format characters (ZWSP, ZWJ, BOM, soft hyphen) removed. Every normalized character knows
// the span of original text it came from.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kornews {

struct NormalizedText {
  std::u32string chars;
  // For normalized character i, the original span [begin, end) of the normalization segment it
  // belongs to, in code points and bytes relative to the normalized piece of text. Empty when
  // normalization changed nothing (then character i is original character i).
  struct Span {
    int32_t char_begin, char_end, byte_begin, byte_end;
  };
  std::vector<Span> spans;
  std::vector<int32_t> byte_offsets;  // identity case: byte offset of character i (size n + 1)
  int32_t source_chars = 0;           // code points in the original text

  Span span_of(size_t i) const;
};

class Normalizer {
 public:
  Normalizer();
  // Normalizes `text` (UTF-8; invalid bytes become U+FFFD) into `out`, reusing its buffers.
  void normalize(std::string_view text, NormalizedText& out) const;

 private:
  const void* icu_;  // icu::Normalizer2, owned by ICU's cache or by a static filtered wrapper
};

}  // namespace kornews
