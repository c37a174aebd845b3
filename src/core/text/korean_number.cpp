#include "core/text/korean_number.h"

#include <algorithm>

#include "core/text/u32_text.h"

namespace kornews {

namespace {

using text::is_digit;

constexpr __int128 kLimit = static_cast<__int128>(1) << 100;

bool mul_pow10(Decimal& d, int k) {
  if (d.scale >= k) {
    d.scale -= k;
    return true;
  }
  for (int n = k - d.scale; n > 0; --n) {
    d.mantissa *= 10;
    if (d.mantissa > kLimit) return false;
  }
  d.scale = 0;
  return true;
}

bool add(Decimal& a, Decimal b) {
  while (a.scale < b.scale) {
    a.mantissa *= 10;
    ++a.scale;
  }
  while (b.scale < a.scale) {
    b.mantissa *= 10;
    ++b.scale;
  }
  a.mantissa += b.mantissa;
  return a.mantissa <= kLimit;
}

// Digits with thousands commas and one decimal point: 1,200.5
std::optional<Decimal> digits(std::u32string_view s, size_t& i) {
  if (i >= s.size() || !is_digit(s[i])) return std::nullopt;
  Decimal d;
  bool point = false;
  size_t j = i;
  while (j < s.size()) {
    const char32_t c = s[j];
    if (is_digit(c)) {
      d.mantissa = d.mantissa * 10 + (c - '0');
      if (point) ++d.scale;
      if (d.mantissa > kLimit) return std::nullopt;
      ++j;
    } else if (c == ',' && !point && j + 3 < s.size() + 1 && j + 1 < s.size() &&
               is_digit(s[j + 1])) {
      ++j;
    } else if (c == '.' && !point && j + 1 < s.size() && is_digit(s[j + 1])) {
      point = true;
      ++j;
    } else {
      break;
    }
  }
  i = j;
  return d;
}

struct Word {
  std::u32string_view text;
  int value;
};

// Native Korean numerals, longer words first where one is a prefix of another.
constexpr Word kTens[] = {{U"스물", 20}, {U"스무", 20}, {U"서른", 30}, {U"마흔", 40}, {U"예순", 60},
                          {U"일흔", 70}, {U"여든", 80}, {U"아흔", 90}, {U"열", 10},   {U"쉰", 50}};
constexpr Word kUnits[] = {{U"하나", 1}, {U"다섯", 5}, {U"여섯", 6}, {U"일곱", 7}, {U"여덟", 8},
                           {U"아홉", 9}, {U"한", 1},   {U"둘", 2},   {U"두", 2},   {U"셋", 3},
                           {U"세", 3},   {U"석", 3},   {U"넷", 4},   {U"네", 4},   {U"넉", 4}};

// The first characters are compared first: most words fail there (a char32_t compare is a
// loop, not memcmp).
bool starts_with(std::u32string_view s, size_t i, std::u32string_view w) {
  return i < s.size() && s.size() - i >= w.size() && s[i] == w[0] &&
         s.compare(i, w.size(), w) == 0;
}

std::optional<int> native(std::u32string_view s, size_t& i) {
  int value = 0;
  size_t j = i;
  for (const Word& w : kTens)
    if (starts_with(s, j, w.text)) {
      value = w.value;
      j += w.text.size();
      break;
    }
  for (const Word& w : kUnits)
    if (starts_with(s, j, w.text)) {
      value += w.value;
      j += w.text.size();
      break;
    }
  if (value == 0) return std::nullopt;
  i = j;
  return value;
}

// Counters that may follow a native numeral without a space (한번, 두명, 세군데). A native
// numeral followed by anything else is a word that starts like one (한빛, 세계), not a number.
constexpr std::u32string_view kCounters[] = {
    U"명",   U"번",   U"개",   U"군데", U"가지", U"사람", U"살",   U"마리", U"권",
    U"편",   U"곳",   U"채",   U"대",   U"척",   U"잔",   U"병",   U"장",   U"벌",
    U"켤레", U"그루", U"송이", U"달",   U"해",   U"시",   U"차례", U"배",   U"쌍",
    U"팀",   U"건",   U"점",   U"회",   U"판",   U"골",   U"표",   U"주",   U"끼",
    U"알",   U"통",   U"칸",   U"층",   U"분",   U"줄",   U"쪽",   U"명씩", U"개국"};

bool native_may_end(std::u32string_view s, size_t i) {
  if (i >= s.size() || s[i] == ' ') return true;
  for (std::u32string_view c : kCounters)
    if (starts_with(s, i, c)) return true;
  return false;
}

int small_unit(char32_t c) {
  return c == U'십' ? 1 : c == U'백' ? 2 : c == U'천' ? 3 : 0;
}
int large_unit(char32_t c) {
  return c == U'만' ? 4 : c == U'억' ? 8 : c == U'조' ? 12 : c == U'경' ? 16 : 0;
}

// Sino-Korean digits, read only right before a unit (구천구백, 삼억): alone they are ordinary
// syllables (이 "this", 사 "company", 일 "day/work").
int sino_digit(char32_t c) {
  switch (c) {
    case U'일': return 1;
    case U'이': return 2;
    case U'삼': return 3;
    case U'사': return 4;
    case U'오': return 5;
    case U'육': return 6;
    case U'칠': return 7;
    case U'팔': return 8;
    case U'구': return 9;
    default: return 0;
  }
}

// What a number can start with: a digit, a Sino-Korean digit before a unit, or the first
// syllable of a native numeral (kTens, kUnits). Most words start otherwise, and the date grammar
// and the entity rules ask about many of them.
bool may_start_number(char32_t c) {
  if (is_digit(c) || sino_digit(c)) return true;
  switch (c) {
    case U'스': case U'서': case U'마': case U'예': case U'여': case U'아': case U'열':
    case U'쉰': case U'하': case U'다': case U'한': case U'둘': case U'두': case U'셋':
    case U'세': case U'석': case U'넷': case U'네': case U'넉':
      return true;
    default:
      return false;  // 일 (일곱, 일흔) is a Sino-Korean digit above
  }
}

}  // namespace

std::optional<Decimal> parse_korean_number(std::u32string_view s, size_t& i) {
  if (i >= s.size() || !may_start_number(s[i])) return std::nullopt;
  Decimal total, section;
  std::optional<Decimal> cur;
  bool any = false, after_large = false;
  size_t j = i;
  while (j < s.size()) {
    const char32_t c = s[j];
    if (is_digit(c)) {
      if (cur) break;
      cur = digits(s, j);
      if (!cur) return std::nullopt;
      any = true;
    } else if (sino_digit(c) && !cur && j + 1 < s.size() &&
               (small_unit(s[j + 1]) || large_unit(s[j + 1]))) {
      cur = Decimal{sino_digit(c), 0};
      any = true;
      ++j;
    } else if (small_unit(c) && (cur || any)) {
      Decimal v = cur.value_or(Decimal{1, 0});
      if (!mul_pow10(v, small_unit(c)) || !add(section, v)) return std::nullopt;
      cur.reset();
      ++j;
    } else if (large_unit(c) && (cur || any)) {
      Decimal v = section;
      if (cur && !add(v, *cur)) return std::nullopt;
      if (v.mantissa == 0) v = Decimal{1, 0};
      if (!mul_pow10(v, large_unit(c)) || !add(total, v)) return std::nullopt;
      section = Decimal{};
      cur.reset();
      after_large = true;
      ++j;
    } else if (c == ' ' && after_large && !cur && j + 1 < s.size() && is_digit(s[j + 1])) {
      ++j;  // 1억 2천만
    } else if (!any && !cur) {
      size_t k = j;
      const std::optional<int> n = native(s, k);
      if (!n || !native_may_end(s, k)) break;
      cur = Decimal{*n, 0};
      any = true;
      j = k;
    } else {
      break;
    }
  }
  if (!any) return std::nullopt;
  if (cur && !add(section, *cur)) return std::nullopt;
  if (!add(total, section)) return std::nullopt;
  i = j;
  return total;
}

std::string format_decimal(const Decimal& d) {
  __int128 m = d.mantissa < 0 ? -d.mantissa : d.mantissa;
  std::string digits;
  do {
    digits.push_back(static_cast<char>('0' + static_cast<int>(m % 10)));
    m /= 10;
  } while (m > 0);
  while (static_cast<int>(digits.size()) <= d.scale) digits.push_back('0');
  std::reverse(digits.begin(), digits.end());
  std::string out = d.mantissa < 0 ? "-" : "";
  if (d.scale == 0) return out + digits;
  std::string ip = digits.substr(0, digits.size() - d.scale), fp = digits.substr(ip.size());
  while (!fp.empty() && fp.back() == '0') fp.pop_back();
  return fp.empty() ? out + ip : out + ip + "." + fp;
}

}  // namespace kornews
