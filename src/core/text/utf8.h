// Minimal UTF-8 decoding and encoding. Invalid sequences decode as U+FFFD consuming one byte, so
// every input byte belongs to exactly one decoded code point and offsets stay exact.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace kornews::utf8 {

inline constexpr char32_t kReplacement = 0xFFFD;

// Decodes the code point at s[i] and advances i past it.
char32_t decode(std::string_view s, size_t& i);

void append(std::string& out, char32_t cp);

size_t count_code_points(std::string_view s);

}  // namespace kornews::utf8
