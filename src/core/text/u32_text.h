// Small readers of decoded text (std::u32string_view), shared by the grammars built on it: dates
// and times, numbers, entity values, mixed-script names.
#pragma once

#include <cstddef>
#include <string_view>

namespace kornews::text {

inline bool is_digit(char32_t c) { return c >= U'0' && c <= U'9'; }

// A precomposed Hangul syllable (가..힣).
inline bool is_hangul_syllable(char32_t c) {
  return c >= 0xAC00 && c <= 0xD7A3;
}

// ASCII letters and digits (the normalizer has folded full-width ones to them).
inline bool is_ascii_alnum(char32_t c) {
  return is_digit(c) || (c >= U'A' && c <= U'Z') || (c >= U'a' && c <= U'z');
}

// The spaces of pasted lists and of entity spans: ASCII whitespace, no-break and ideographic
// space.
inline bool is_space(char32_t c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f' ||
         c == 0xA0 || c == 0x3000;
}

// `s` without those spaces at either end.
inline std::u32string_view trim(std::u32string_view s) {
  size_t a = 0, b = s.size();
  while (a < b && is_space(s[a])) ++a;
  while (b > a && is_space(s[b - 1])) --b;
  return s.substr(a, b - a);
}

// Whether `w` stands in `s` at `i`. The first characters are compared before the rest: most
// tries fail there, and a char32_t compare is a loop, not memcmp.
inline bool starts_with(std::u32string_view s, size_t i, std::u32string_view w) {
  return i < s.size() && s.size() - i >= w.size() && s[i] == w[0] &&
         s.compare(i, w.size(), w) == 0;
}

// Drops `w` from the end of `s`, and the spaces before it; false (and `s` unchanged) when `s`
// does not end in it or is nothing else.
inline bool strip_suffix(std::u32string_view& s, std::u32string_view w) {
  if (s.size() > w.size() && s.compare(s.size() - w.size(), w.size(), w) == 0) {
    s = trim(s.substr(0, s.size() - w.size()));
    return true;
  }
  return false;
}

}  // namespace kornews::text
