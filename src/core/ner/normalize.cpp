#include "core/ner/normalize.h"

#include <cstdio>

#include "core/ner/korean_number.h"
#include "core/text/utf8.h"

namespace kornews::ner {

namespace {

using U = std::u32string_view;
using kornews::CivilDate;

bool is_digit(char32_t c) {
  return c >= '0' && c <= '9';
}

bool starts_with(U s, size_t i, U w) {
  return s.size() >= i && s.size() - i >= w.size() && s.compare(i, w.size(), w) == 0;
}

void skip_spaces(U s, size_t& i) {
  while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == 0xA0)) ++i;
}

bool eat(U s, size_t& i, U w) {
  if (!starts_with(s, i, w)) return false;
  i += w.size();
  return true;
}

U trim(U s) {
  size_t a = 0, b = s.size();
  while (a < b && (s[a] == ' ' || s[a] == '\t' || s[a] == 0xA0)) ++a;
  while (b > a && (s[b - 1] == ' ' || s[b - 1] == '\t' || s[b - 1] == 0xA0)) --b;
  return s.substr(a, b - a);
}

// Words before a value that qualify it without changing it: 약 3명, 총 5건.
U strip_qualifiers(U s) {
  static constexpr U kPrefixes[] = {U"약", U"총", U"무려", U"최대", U"최소", U"대략", U"모두"};
  s = trim(s);
  for (bool changed = true; changed;) {
    changed = false;
    for (U p : kPrefixes)
      if (s.size() > p.size() && starts_with(s, 0, p) && s[p.size()] == ' ') {
        s = trim(s.substr(p.size()));
        changed = true;
      }
  }
  return s;
}

bool strip_suffix(U& s, U w) {
  if (s.size() > w.size() && s.compare(s.size() - w.size(), w.size(), w) == 0) {
    s = trim(s.substr(0, s.size() - w.size()));
    return true;
  }
  return false;
}

// Words after a value that qualify it without changing it: 3명가량, 5일께, 100명 이상.
// 경 (about: 5일경) only for dates and times: after an amount it is the unit 10^16 (1경 원).
void strip_value_suffixes(U& s, bool amount = false) {
  static constexpr U kSuffixes[] = {U"가량", U"정도", U"쯤",   U"께",   U"경",   U"남짓", U"안팎",
                                    U"이상", U"이하", U"미만", U"초과", U"부터", U"까지"};
  for (bool changed = true; changed;) {
    changed = false;
    for (U w : kSuffixes)
      if (!(amount && w == U"경")) changed = changed || strip_suffix(s, w);
  }
}

std::string to_utf8(U s) {
  std::string out;
  for (char32_t c : s) utf8::append(out, c);
  return out;
}

std::string two(int v) {
  char b[8];
  std::snprintf(b, sizeof b, "%02d", v);
  return b;
}

std::string year_text(int y) {
  char b[16];
  std::snprintf(b, sizeof b, "%04d", y);
  return b;
}

std::string ym_text(int y, int m) {
  return year_text(y) + "-" + two(m);
}

CivilDate add_months(CivilDate d, int months) {
  int total = d.year * 12 + (d.month - 1) + months;
  d.year = total / 12;
  d.month = total % 12 + 1;
  d.day = std::min(d.day, kornews::days_in_month(d.year, d.month));
  return d;
}

// ISO 8601 week of a date: "2025-W06".
std::string iso_week(const CivilDate& d) {
  const int64_t days = kornews::days_from_civil(d);
  const int weekday = static_cast<int>(((days + 3) % 7 + 7) % 7);  // Monday = 0
  const CivilDate thursday = kornews::civil_from_days(days - weekday + 3);
  const int64_t jan1 = kornews::days_from_civil(CivilDate{thursday.year, 1, 1});
  const int week = static_cast<int>((kornews::days_from_civil(thursday) - jan1) / 7 + 1);
  return year_text(thursday.year) + "-W" + two(week);
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
  s = strip_qualifiers(s);
  strip_value_suffixes(s, /*amount=*/true);
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

// --- DT --------------------------------------------------------------------------------------

struct Relative {
  U word;
  enum Kind { kDay, kYear, kMonth, kWeek } kind;
  int delta;
};

constexpr Relative kRelatives[] = {
    {U"오늘", Relative::kDay, 0},      {U"금일", Relative::kDay, 0},
    {U"어제", Relative::kDay, -1},     {U"작일", Relative::kDay, -1},
    {U"그제", Relative::kDay, -2},     {U"그저께", Relative::kDay, -2},
    {U"엊그제", Relative::kDay, -2},   {U"내일", Relative::kDay, 1},
    {U"모레", Relative::kDay, 2},      {U"올해", Relative::kYear, 0},
    {U"금년", Relative::kYear, 0},     {U"올", Relative::kYear, 0},
    {U"지난해", Relative::kYear, -1},  {U"지난 해", Relative::kYear, -1},
    {U"작년", Relative::kYear, -1},    {U"재작년", Relative::kYear, -2},
    {U"내년", Relative::kYear, 1},     {U"이번 달", Relative::kMonth, 0},
    {U"이번달", Relative::kMonth, 0},  {U"이달", Relative::kMonth, 0},
    {U"지난달", Relative::kMonth, -1}, {U"지난 달", Relative::kMonth, -1},
    {U"다음 달", Relative::kMonth, 1}, {U"다음달", Relative::kMonth, 1},
    {U"내달", Relative::kMonth, 1},    {U"이번 주", Relative::kWeek, 0},
    {U"이번주", Relative::kWeek, 0},   {U"금주", Relative::kWeek, 0},
    {U"지난주", Relative::kWeek, -1},  {U"지난 주", Relative::kWeek, -1},
    {U"다음 주", Relative::kWeek, 1},  {U"다음주", Relative::kWeek, 1},
};

constexpr struct {
  U word;
  int days;
} kDayCounts[] = {{U"하루", 1},   {U"이틀", 2},  {U"사흘", 3}, {U"나흘", 4},
                  {U"닷새", 5},   {U"엿새", 6},  {U"이레", 7}, {U"여드레", 8},
                  {U"아흐레", 9}, {U"열흘", 10}, {U"보름", 15}};

std::string relative_date(const Relative& r, const CivilDate& ref) {
  switch (r.kind) {
    case Relative::kDay:
      return kornews::format_date(kornews::add_days(ref, r.delta));
    case Relative::kYear:
      return year_text(ref.year + r.delta);
    case Relative::kMonth: {
      const CivilDate d = add_months(ref, r.delta);
      return ym_text(d.year, d.month);
    }
    case Relative::kWeek:
      return iso_week(kornews::add_days(ref, 7 * r.delta));
  }
  return {};
}

// A weekday after a date: (금), (금요일), 금요일.
void skip_weekday(U s, size_t& i) {
  static constexpr U kDays = U"월화수목금토일";
  size_t j = i;
  skip_spaces(s, j);
  const bool paren = j < s.size() && s[j] == '(';
  if (paren) ++j;
  if (j >= s.size() || kDays.find(s[j]) == U::npos) return;
  ++j;
  eat(s, j, U"요일");
  if (paren && !eat(s, j, U")")) return;
  i = j;
}

std::optional<int> int_at(U s, size_t& i, int max_digits) {
  size_t j = i;
  int v = 0;
  while (j < s.size() && is_digit(s[j]) && static_cast<int>(j - i) < max_digits)
    v = v * 10 + static_cast<int>(s[j++] - '0');
  if (j == i || (j < s.size() && is_digit(s[j]))) return std::nullopt;
  i = j;
  return v;
}

int full_year(int y, size_t digits) {
  if (digits > 2) return y;
  return y < 70 ? 2000 + y : 1900 + y;
}

std::string normalize_date(U s, const std::optional<CivilDate>& ref) {
  s = strip_qualifiers(s);
  // Relative words first: 그저께 ends in what reads as the suffix 께 (about).
  for (const Relative& r : kRelatives)
    if (s == r.word) return ref ? relative_date(r, *ref) : std::string();
  strip_value_suffixes(s);
  for (const Relative& r : kRelatives)
    if (s == r.word) return ref ? relative_date(r, *ref) : std::string();
  {
    U days = s;
    if (!strip_suffix(days, U"동안")) strip_suffix(days, U"간");
    for (const auto& d : kDayCounts)
      if (days == d.word) return "P" + std::to_string(d.days) + "D";
  }
  if (s == U"한 달" || s == U"한달") return "P1M";

  size_t i = 0;
  int direction = 0;  // 지난 7일 (past) / 오는 7일 (future)
  if (eat(s, i, U"지난 "))
    direction = -1;
  else if (eat(s, i, U"오는 "))
    direction = 1;
  bool this_year = false;
  if (eat(s, i, U"올 ") || eat(s, i, U"올해 ")) this_year = true;
  skip_spaces(s, i);

  // 2025.02.07, 2025-02-07, 2025/02/07, 2025. 2. 7., 25.02.07
  {
    size_t j = i;
    const size_t y0 = j;
    if (const std::optional<int> y = int_at(s, j, 4)) {
      const size_t ydigits = j - y0;
      if (j < s.size() && (s[j] == '.' || s[j] == '-' || s[j] == '/') && ydigits != 3) {
        const char32_t sep = s[j++];
        skip_spaces(s, j);
        if (const std::optional<int> m = int_at(s, j, 2)) {
          if (j < s.size() && s[j] == sep) {
            ++j;
            skip_spaces(s, j);
            if (const std::optional<int> d = int_at(s, j, 2)) {
              if (j < s.size() && s[j] == '.') ++j;
              skip_weekday(s, j);
              skip_spaces(s, j);
              const int year = full_year(*y, ydigits);
              if (j == s.size() && kornews::is_valid_date(year, *m, *d))
                return kornews::format_date(CivilDate{year, *m, *d});
              return {};
            }
          } else if (ydigits == 4 && (j == s.size() || s[j] == '.') && *m >= 1 && *m <= 12) {
            if (j < s.size()) ++j;
            if (j == s.size()) return ym_text(*y, *m);  // 2025.02
          }
        }
        return {};
      }
    }
  }

  // 2025년 2월 7일, 2월 7일, 7일, 2025년, 3년간, 5개월, 2주, 10일 전
  std::optional<int> year, month, day;
  size_t year_digits = 0;
  while (true) {
    skip_spaces(s, i);
    size_t j = i;
    const std::optional<Decimal> n = parse_korean_number(s, j);
    if (!n || n->scale != 0 || n->mantissa > 100000) break;
    const int v = static_cast<int>(n->mantissa);
    const size_t ndigits = j - i;
    skip_spaces(s, j);
    if (eat(s, j, U"개월")) {
      size_t k = j;
      eat(s, k, U"간");
      skip_spaces(s, k);
      eat(s, k, U"동안");
      if (k == s.size() && !year && !month && !day) return "P" + std::to_string(v) + "M";
      return {};
    }
    if (eat(s, j, U"주일") || eat(s, j, U"주")) {
      size_t k = j;
      eat(s, k, U"간");
      skip_spaces(s, k);
      eat(s, k, U"동안");
      if (k == s.size() && !year && !month && !day) return "P" + std::to_string(v) + "W";
      return {};
    }
    if (!year && !month && !day && eat(s, j, U"년")) {
      year = v;
      year_digits = ndigits;
    } else if (!month && !day && eat(s, j, U"월")) {
      month = v;
    } else if (!day && eat(s, j, U"일")) {
      day = v;
    } else {
      break;
    }
    i = j;
  }
  if (!year && !month && !day) return {};
  skip_weekday(s, i);
  skip_spaces(s, i);
  // What may follow: a duration marker, or 전/후 against the reference.
  int offset_sign = 0;
  bool duration = false;
  if (eat(s, i, U"간") || eat(s, i, U"동안")) duration = true;
  skip_spaces(s, i);
  if (eat(s, i, U"동안")) duration = true;
  if (eat(s, i, U"전"))
    offset_sign = -1;
  else if (eat(s, i, U"후") || eat(s, i, U"뒤"))
    offset_sign = 1;
  if (eat(s, i, U"대")) return {};  // 90년대: a decade
  skip_spaces(s, i);
  if (i != s.size()) return {};

  const bool single = (year ? 1 : 0) + (month ? 1 : 0) + (day ? 1 : 0) == 1;
  if (duration || offset_sign != 0) {
    if (!single) return {};
    const int v = year ? *year : month ? *month : *day;
    const char unit = year ? 'Y' : month ? 'M' : 'D';
    if (duration) return "P" + std::to_string(v) + unit;
    if (!ref) return {};
    if (year) return year_text(ref->year + offset_sign * v);
    if (month) {
      const CivilDate d = add_months(*ref, offset_sign * v);
      return ym_text(d.year, d.month);
    }
    return kornews::format_date(kornews::add_days(*ref, offset_sign * v));
  }
  if (year && year_digits < 4 && !month && !day) {
    // 10년: a length of time (years are written with four digits in news).
    return year_digits <= 2 && *year > 0 ? "P" + std::to_string(*year) + "Y" : std::string();
  }
  if (year) {
    const int y = full_year(*year, year_digits);
    if (!month) return day ? std::string() : year_text(y);
    if (*month < 1 || *month > 12) return {};
    if (!day) return ym_text(y, *month);
    if (!kornews::is_valid_date(y, *month, *day)) return {};
    return kornews::format_date(CivilDate{y, *month, *day});
  }
  if (month) {
    if (*month < 1 || *month > 12) return {};
    if (!ref) {
      if (!day) return {};
      if (*day < 1 || *day > 31) return {};
      return "--" + two(*month) + "-" + two(*day);  // ISO 8601 date without a year
    }
    const int y = ref->year;
    (void)this_year;
    if (!day) return ym_text(y, *month);
    if (!kornews::is_valid_date(y, *month, *day)) return {};
    return kornews::format_date(CivilDate{y, *month, *day});
  }
  // A day of the month alone (17일): news means the reference month; 지난/오는 move it to the
  // month before or after when the day has not come yet or has passed.
  if (!ref || *day < 1 || *day > 31) return {};
  CivilDate base = *ref;
  if (direction < 0 && *day > ref->day) base = add_months(*ref, -1);
  if (direction > 0 && *day < ref->day) base = add_months(*ref, 1);
  if (!kornews::is_valid_date(base.year, base.month, *day)) return {};
  return kornews::format_date(CivilDate{base.year, base.month, *day});
}

// --- TI --------------------------------------------------------------------------------------

std::string normalize_time(U s) {
  s = strip_qualifiers(s);
  strip_value_suffixes(s);
  if (s == U"정오") return "12:00";
  if (s == U"자정") return "00:00";
  size_t i = 0;
  int half = 0;  // +12 for the afternoon
  bool morning = false;
  if (eat(s, i, U"오전") || eat(s, i, U"새벽") || eat(s, i, U"아침"))
    morning = true;
  else if (eat(s, i, U"오후") || eat(s, i, U"저녁") || eat(s, i, U"밤"))
    half = 12;
  skip_spaces(s, i);
  // 14:20, 9:05:30
  {
    size_t j = i;
    if (const std::optional<int> h = int_at(s, j, 2)) {
      if (j < s.size() && s[j] == ':') {
        ++j;
        const std::optional<int> m = int_at(s, j, 2);
        std::optional<int> sec;
        if (m && j < s.size() && s[j] == ':') {
          ++j;
          sec = int_at(s, j, 2);
          if (!sec) return {};
        }
        skip_spaces(s, j);
        int hour = *h;
        if (half && hour < 12) hour += 12;
        if (!m || j != s.size() || hour > 24 || *m > 59 || (sec && *sec > 59)) return {};
        return two(hour) + ":" + two(*m) + (sec ? ":" + two(*sec) : "");
      }
    }
  }
  std::optional<int> hour, minute, second;
  bool hours_duration = false;
  while (true) {
    skip_spaces(s, i);
    size_t j = i;
    const std::optional<Decimal> n = parse_korean_number(s, j);
    if (!n || n->scale != 0 || n->mantissa > 1000) break;
    const int v = static_cast<int>(n->mantissa);
    skip_spaces(s, j);
    if (!hour && !minute && eat(s, j, U"시간")) {
      hour = v;
      hours_duration = true;
    } else if (!hour && !minute && eat(s, j, U"시")) {
      hour = v;
    } else if (!minute && !second && eat(s, j, U"분")) {
      minute = v;
    } else if (!second && eat(s, j, U"초")) {
      second = v;
    } else {
      break;
    }
    i = j;
  }
  skip_spaces(s, i);
  if (hour && !hours_duration && !minute && eat(s, i, U"반")) minute = 30;
  skip_spaces(s, i);
  bool duration = hours_duration;
  if (eat(s, i, U"간") || eat(s, i, U"동안")) duration = true;
  skip_spaces(s, i);
  if (i != s.size() || (!hour && !minute && !second)) return {};
  if (duration || (!hour && !half && !morning)) {
    // 2시간 30분, 30분, 10초: lengths of time.
    std::string out = "PT";
    if (hour) out += std::to_string(*hour) + "H";
    if (minute) out += std::to_string(*minute) + "M";
    if (second) out += std::to_string(*second) + "S";
    return out;
  }
  if (!hour) return {};
  int h = *hour;
  if (half && h < 12) h += 12;
  if (morning && h == 12) h = 0;
  const int m = minute.value_or(0);
  if (h > 24 || m > 59 || (second && *second > 59)) return {};
  return two(h) + ":" + two(m) + (second ? ":" + two(*second) : "");
}

// ISO 8601 values of dates stay within years 1..9999, the range kornews::is_valid_date (and so
// ko_parse_headlines) accepts: a reference date of 10000-01-01 gives 내일 no value rather than
// 10000-01-02. Durations (P3Y) and dates without a year (--02-07) carry no year.
bool year_in_range(const std::string& v) {
  if (v.empty() || v[0] == 'P' || v.compare(0, 2, "--") == 0) return true;
  size_t digits = 0;
  while (digits < v.size() && is_digit(static_cast<char32_t>(v[digits]))) ++digits;
  if (digits != 4) return false;  // a sign, a fifth digit
  return v.compare(0, 4, "0000") != 0;
}

}  // namespace

std::string normalize_value(EntityLabel label, std::u32string_view text,
                            const std::optional<kornews::CivilDate>& reference) {
  switch (label) {
    case EntityLabel::kQT:
      return normalize_quantity(text);
    case EntityLabel::kDT: {
      std::string v = normalize_date(text, reference);
      return year_in_range(v) ? v : std::string();
    }
    case EntityLabel::kTI:
      return normalize_time(text);
    default:
      return {};
  }
}

}  // namespace kornews::ner
