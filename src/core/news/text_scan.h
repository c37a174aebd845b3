// Byte-level helpers for scanning UTF-8 list lines: whitespace (including the no-break and
// ideographic spaces pasted from web pages), tokens and fields as views into the line.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace kornews::news {

// Byte length of the whitespace character at text[pos], or 0 when there is none.
size_t space_length(std::string_view text, size_t pos);

std::string_view trim(std::string_view text);

// Whitespace-separated tokens, as views into `line`.
void split_tokens(std::string_view line, std::vector<std::string_view>& tokens);

// `line` split at every `separator` byte, each field trimmed.
void split_fields(std::string_view line, char separator, std::vector<std::string_view>& fields);

// The view from the start of `first` to the end of `last` (both views into the same line).
inline std::string_view span_of(std::string_view first, std::string_view last) {
  return std::string_view(first.data(),
                          static_cast<size_t>(last.data() + last.size() - first.data()));
}

bool is_ascii_digits(std::string_view text);

// "48199" -> 48199. False for anything else or a value beyond int64.
bool parse_integer(std::string_view text, int64_t& out);

// A count as boards print it: "152", "1,234", "1.2만", "3천". False for anything else.
bool parse_count(std::string_view text, int64_t& out);

// Length of the well-formed UTF-8 sequence at text[pos] (1 to 4), or 0 when it is not one.
size_t utf8_sequence_length(std::string_view text, size_t pos);

bool starts_with(std::string_view text, std::string_view prefix);
bool ends_with(std::string_view text, std::string_view suffix);

}  // namespace kornews::news
