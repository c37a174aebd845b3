#include "core/ner/normalize.h"

#include "core/text/korean_number.h"
#include "core/text/u32_text.h"
#include "core/text/utf8.h"
#include "core/time/korean_dates.h"

namespace kornews::ner {

namespace {

using text::is_digit;
using text::starts_with;
using text::strip_suffix;
using text::trim;

using U = std::u32string_view;

// Words after an amount that qualify it without changing it: 3명가량, 100명 이상. (The date
// grammar drops the same words after dates, and 경 "about" too: after an amount 경 is the unit
// 10^16, 1경 원.)
void strip_amount_suffixes(U& s) {
  static constexpr U kSuffixes[] = {U"가량", U"정도", U"쯤",   U"께",   U"남짓", U"안팎",
                                    U"이상", U"이하", U"미만", U"초과", U"부터", U"까지"};
  for (bool changed = true; changed;) {
    changed = false;
    for (U w : kSuffixes) changed = changed || strip_suffix(s, w);
  }
}

std::string to_utf8(U s) {
  std::string out;
  for (char32_t c : s) utf8::append(out, c);
  return out;
}

// --- QT --------------------------------------------------------------------------------------

std::string currency(U unit) {
  static constexpr struct {
    U word;
    const char* code;
  } kCurrencies[] = {{U"원", "KRW"},   {U"달러", "USD"}, {U"불", "USD"},   {U"엔", "JPY"},
                     {U"엔화", "JPY"}, {U"위안", "CNY"}, {U"유로", "EUR"}, {U"파운드", "GBP"},
                     {U"$", "USD"},    {U"₩", "KRW"},    {U"￦", "KRW"}};
  for (const auto& c : kCurrencies)
    if (unit == c.word) return c.code;
  return {};
}

std::string normalize_quantity(U s) {
  s = kornews::strip_qualifiers(s);
  strip_amount_suffixes(s);
  size_t i = 0;
  std::string prefix_unit;
  if (i < s.size() && (s[i] == '$' || s[i] == U'₩' || s[i] == U'￦')) {
    prefix_unit = currency(s.substr(0, 1));
    ++i;
  }
  const std::optional<Decimal> n = parse_korean_number(s, i);
  if (!n) return {};
  // 1천여 명: 여 after the number marks an approximation.
  if (i < s.size() && s[i] == U'여' &&
      (i + 1 == s.size() || s[i + 1] == ' ' || !starts_with(s, i, U"여덟")))
    ++i;
  U unit = trim(s.substr(i));
  for (char32_t c : unit)
    if (is_digit(c) || c == '~' || c == U'∼') return {};  // a range or two numbers
  std::string out = format_decimal(*n);
  if (!prefix_unit.empty()) return unit.empty() ? out + " " + prefix_unit : std::string();
  if (unit.empty()) return out;
  if (unit == U"%" || unit == U"％" || unit == U"퍼센트" || unit == U"프로") return out + " %";
  const std::string code = currency(unit);
  return out + " " + (code.empty() ? to_utf8(unit) : code);
}

}  // namespace

std::string normalize_value(EntityLabel label, std::u32string_view text,
                            const std::optional<kornews::CivilDate>& reference) {
  switch (label) {
    case EntityLabel::kQT:
      return normalize_quantity(text);
    case EntityLabel::kDT:
    case EntityLabel::kTI: {
      // One grammar for both labels (core/time): a DT span may end in a time of day and a TI
      // span may be a date; the value says which it is. The reference is a date without a time
      // of day, so 3시간 전 gets no value.
      std::optional<kornews::TimeReference> ref;
      if (reference) ref = kornews::TimeReference{*reference, std::nullopt};
      const std::optional<kornews::TimeValue> v = kornews::parse_korean_time(text, ref);
      return v ? kornews::format_iso_8601(*v) : std::string();
    }
    default:
      return {};
  }
}

}  // namespace kornews::ner
