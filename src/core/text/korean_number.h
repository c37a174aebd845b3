// Numbers as Korean news writes them: 4.5조, 1,200, 1억 2천만, 3천여, 열두, 한, 두.
// In core/text because both the date grammar (core/time: 두 달, 세 시간) and the entity values
// (core/ner: 4.5조 원) read them.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace kornews {

// An exact decimal: value = mantissa / 10^scale.
struct Decimal {
  __int128 mantissa = 0;
  int scale = 0;
};

// Parses the longest number at s[i...] and advances i past it; nullopt (i unchanged) when
// there is none or it overflows. Spaces are allowed only between groups after a large unit
// (1억 2천만).
std::optional<Decimal> parse_korean_number(std::u32string_view s, size_t& i);

// "4500000000000", "3.5"; trailing fractional zeros dropped.
std::string format_decimal(const Decimal& d);

}  // namespace kornews
