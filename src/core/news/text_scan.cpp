#include "core/news/text_scan.h"

#include <limits>

namespace kornews::news {

namespace {

// Whether a space space_length knows may start with byte `c`: ASCII whitespace, and the first
// bytes of U+00A0 and U+3000. Most bytes of a line (letters, digits, the bytes of Hangul) are
// told apart by this alone.
bool may_start_space(unsigned char c) {
  if (c > ' ') return c == 0xC2 || c == 0xE3;
  return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f';
}

}  // namespace

size_t space_length(std::string_view text, size_t pos) {
  if (pos >= text.size()) return 0;
  const unsigned char c = static_cast<unsigned char>(text[pos]);
  if (!may_start_space(c)) return 0;
  if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f') return 1;
  if (c == 0xC2 && pos + 1 < text.size() && static_cast<unsigned char>(text[pos + 1]) == 0xA0) {
    return 2;  // U+00A0 no-break space (&nbsp;)
  }
  if (c == 0xE3 && text.substr(pos, 3) == "\xE3\x80\x80") return 3;  // U+3000 ideographic space
  return 0;
}

std::string_view trim(std::string_view text) {
  size_t begin = 0;
  while (size_t n = space_length(text, begin)) begin += n;
  size_t end = text.size();
  // Scan backwards byte by byte; multi-byte spaces are recognized from their first byte.
  while (end > begin) {
    if (text[end - 1] == ' ' || text[end - 1] == '\t' || text[end - 1] == '\r' ||
        text[end - 1] == '\n' || text[end - 1] == '\v' || text[end - 1] == '\f') {
      --end;
    } else if (end - begin >= 2 && space_length(text, end - 2) == 2) {
      end -= 2;
    } else if (end - begin >= 3 && space_length(text, end - 3) == 3) {
      end -= 3;
    } else {
      break;
    }
  }
  return text.substr(begin, end - begin);
}

void split_tokens(std::string_view line, std::vector<std::string_view>& tokens) {
  tokens.clear();
  size_t pos = 0;
  while (pos < line.size()) {
    while (size_t n = space_length(line, pos)) pos += n;
    if (pos >= line.size()) break;
    const size_t start = pos;
    // The parser splits every line, some twice: only a byte that may start a space is looked at
    // closely.
    while (pos < line.size() &&
           (!may_start_space(static_cast<unsigned char>(line[pos])) || space_length(line, pos) == 0))
      ++pos;
    tokens.push_back(line.substr(start, pos - start));
  }
}

void split_fields(std::string_view line, char separator, std::vector<std::string_view>& fields) {
  fields.clear();
  size_t start = 0;
  for (;;) {
    const size_t end = line.find(separator, start);
    fields.push_back(trim(line.substr(start, end == std::string_view::npos ? end : end - start)));
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
}

bool is_ascii_digits(std::string_view text) {
  if (text.empty()) return false;
  for (char c : text) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

bool parse_integer(std::string_view text, int64_t& out) {
  if (!is_ascii_digits(text) || text.size() > 18) return false;
  int64_t value = 0;
  for (char c : text) value = value * 10 + (c - '0');
  out = value;
  return true;
}

bool parse_count(std::string_view text, int64_t& out) {
  int64_t multiplier = 1;
  if (ends_with(text, "만")) {
    multiplier = 10000;
    text.remove_suffix(3);
  } else if (ends_with(text, "천")) {
    multiplier = 1000;
    text.remove_suffix(3);
  }
  if (text.empty() || text.size() > 15) return false;
  int64_t whole = 0;
  int64_t fraction = 0, fraction_scale = 1;
  bool in_fraction = false;
  bool any_digit = false;
  char previous = '\0';
  for (char c : text) {
    if (c >= '0' && c <= '9') {
      any_digit = true;
      if (in_fraction) {
        fraction = fraction * 10 + (c - '0');
        fraction_scale *= 10;
      } else {
        whole = whole * 10 + (c - '0');
      }
    } else if (c == ',' && !in_fraction && previous >= '0' && previous <= '9') {
      // thousands separator
    } else if (c == '.' && multiplier > 1 && !in_fraction && any_digit) {
      in_fraction = true;  // "1.2만"; a plain count has no decimals
    } else {
      return false;
    }
    previous = c;
  }
  if (!any_digit || previous == ',' || previous == '.') return false;
  out = whole * multiplier + fraction * multiplier / fraction_scale;
  return true;
}

size_t utf8_sequence_length(std::string_view text, size_t pos) {
  const auto byte = [&](size_t i) { return static_cast<unsigned char>(text[pos + i]); };
  const size_t available = text.size() - pos;
  const unsigned char lead = byte(0);
  if (lead < 0x80) return 1;
  size_t length;
  unsigned char low = 0x80, high = 0xBF;  // allowed range of the second byte
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    if (lead == 0xE0) low = 0xA0;   // no overlong forms
    if (lead == 0xED) high = 0x9F;  // no surrogates
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    if (lead == 0xF0) low = 0x90;
    if (lead == 0xF4) high = 0x8F;  // nothing past U+10FFFF
  } else {
    return 0;
  }
  if (available < length || byte(1) < low || byte(1) > high) return 0;
  for (size_t i = 2; i < length; ++i) {
    if (byte(i) < 0x80 || byte(i) > 0xBF) return 0;
  }
  return length;
}

bool starts_with(std::string_view text, std::string_view prefix) {
  return text.substr(0, prefix.size()) == prefix;
}

bool ends_with(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

}  // namespace kornews::news
