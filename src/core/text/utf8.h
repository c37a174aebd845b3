// Minimal UTF-8 decoding and encoding. Invalid sequences decode as U+FFFD consuming one byte, so
// every input byte belongs to exactly one decoded code point and offsets stay exact.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace kornews::utf8 {

inline constexpr char32_t kReplacement = 0xFFFD;

// Decodes the code point at s[i] and advances i past it.
char32_t decode_any(std::string_view s, size_t& i);
// The same, with ASCII and well-formed three-byte sequences (all of Hangul and Hanja's main
// block) decoded inline: analysis decodes every character of its input.
inline char32_t decode(std::string_view s, size_t& i) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) {
    ++i;
    return b0;
  }
  if ((b0 & 0xF0) == 0xE0 && i + 2 < s.size()) {
    const auto b1 = static_cast<unsigned char>(s[i + 1]);
    const auto b2 = static_cast<unsigned char>(s[i + 2]);
    const char32_t cp = (b0 & 0x0Fu) << 12 | (b1 & 0x3Fu) << 6 | (b2 & 0x3Fu);
    if ((b1 & 0xC0) == 0x80 && (b2 & 0xC0) == 0x80 && cp >= 0x800 && (cp < 0xD800 || cp > 0xDFFF)) {
      i += 3;
      return cp;
    }
  }
  return decode_any(s, i);
}

void append(std::string& out, char32_t cp);

size_t count_code_points(std::string_view s);

// Copies `src` into the fixed buffer `dst` of `capacity` bytes (> 0), NUL-terminated, cut if it
// must be at a code point boundary (never inside a UTF-8 sequence, so the copy stays valid text
// for PostgreSQL's encoding checks). Returns the bytes copied. Allocates nothing: safe where an
// exception must not be thrown (the error boundary fills its fixed buffers with it).
size_t copy_bounded(char* dst, size_t capacity, std::string_view src) noexcept;

}  // namespace kornews::utf8
