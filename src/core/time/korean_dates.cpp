#include "core/time/korean_dates.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <iterator>
#include <string>
#include <string_view>

#include "core/text/korean_number.h"
#include "core/text/u32_text.h"
#include "core/text/utf8.h"
#include "core/time/phrase_screen.h"

namespace kornews {
namespace {

using text::is_digit;
using text::is_space;
using text::starts_with;
using text::strip_suffix;
using text::trim;

using U = std::u32string_view;
using Kind = TimeValue::Kind;
using Ref = std::optional<TimeReference>;

bool skip_spaces(U s, size_t& i) {
  const size_t start = i;
  while (i < s.size() && is_space(s[i])) ++i;
  return i != start;
}

bool eat(U s, size_t& i, U w) {
  if (!starts_with(s, i, w)) return false;
  i += w.size();
  return true;
}

// Words after a value that qualify it without changing it: 5일께, 3시쯤, 10일부터.
void strip_value_suffixes(U& s) {
  static constexpr U kSuffixes[] = {U"가량", U"정도", U"쯤",   U"께",   U"경",   U"남짓", U"안팎",
                                    U"이상", U"이하", U"미만", U"초과", U"부터", U"까지"};
  static constexpr U kLast = U"량도쯤께경짓팎상하만과터지";  // their last syllables
  for (bool changed = !s.empty() && kLast.find(s.back()) != U::npos; changed;) {
    changed = false;
    for (U w : kSuffixes) changed = changed || strip_suffix(s, w);
  }
}

// 1 to `max_digits` ASCII digits and no more.
std::optional<int> int_at(U s, size_t& i, int max_digits) {
  size_t j = i;
  int v = 0;
  while (j < s.size() && is_digit(s[j]) && static_cast<int>(j - i) < max_digits)
    v = v * 10 + static_cast<int>(s[j++] - '0');
  if (j == i || (j < s.size() && is_digit(s[j]))) return std::nullopt;
  i = j;
  return v;
}

// A whole number written in digits or Korean numerals (세, 열, 3천), at most `limit`.
std::optional<int> count_at(U s, size_t& i, int limit) {
  size_t j = i;
  const std::optional<Decimal> n = parse_korean_number(s, j);
  if (!n || n->scale != 0 || n->mantissa > limit) return std::nullopt;
  i = j;
  return static_cast<int>(n->mantissa);
}

// Two-digit years: 00-69 are 2000-2069, 70-99 are 1970-1999.
int full_year(int y, size_t digits) {
  if (digits > 2) return y;
  return y < 70 ? 2000 + y : 1900 + y;
}

TimeValue day_value(const CivilDate& d) {
  TimeValue v;
  v.kind = Kind::kDay;
  v.date = d;
  return v;
}

TimeValue duration_value(const CalendarDuration& d) {
  TimeValue v;
  v.kind = Kind::kDuration;
  v.duration = d;
  return v;
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

// --- times of day and lengths of time ------------------------------------------------------

// What s[i..] says when it is all about hours, minutes and seconds.
struct TimeWords {
  enum { kClock, kDuration, kAgo } kind = kClock;
  int hour = 0, minute = 0, second = 0;
  bool with_seconds = false;
};

// The rest of the phrase from i as a time of day (오후 3시 30분, 14:20), a length of time
// (2시간 30분) or a time counted back (3시간 전).
std::optional<TimeWords> time_words(U s, size_t i) {
  skip_spaces(s, i);
  TimeWords out;
  if (s.substr(i) == U"정오") {
    out.hour = 12;
    return out;
  }
  if (s.substr(i) == U"자정") return out;
  int meridiem = 0;  // 1 = morning (오전, 새벽, 아침), 2 = afternoon (오후, 저녁, 밤)
  if (eat(s, i, U"오전") || eat(s, i, U"새벽") || eat(s, i, U"아침"))
    meridiem = 1;
  else if (eat(s, i, U"오후") || eat(s, i, U"저녁") || eat(s, i, U"밤"))
    meridiem = 2;
  skip_spaces(s, i);
  auto to_24 = [meridiem](int hour) {
    if (meridiem == 2 && hour < 12) return hour + 12;
    if (meridiem == 1 && hour == 12) return 0;
    return hour;
  };
  // 14:20, 9:05:30, 오후 3:10: minutes and seconds of two digits (3:1 is a score, not a time).
  {
    size_t j = i;
    if (const std::optional<int> h = int_at(s, j, 2)) {
      if (j < s.size() && s[j] == ':') {
        ++j;
        const size_t m0 = j;
        const std::optional<int> m = int_at(s, j, 2);
        if (!m || j - m0 != 2) return std::nullopt;
        if (j < s.size() && s[j] == ':') {
          ++j;
          const size_t s0 = j;
          const std::optional<int> sec = int_at(s, j, 2);
          if (!sec || j - s0 != 2) return std::nullopt;
          out.second = *sec;
          out.with_seconds = true;
        }
        skip_spaces(s, j);
        if (j != s.size()) return std::nullopt;
        out.hour = to_24(*h);
        out.minute = *m;
        return out;
      }
    }
  }
  std::optional<int> hour, minute, second;
  bool hours_duration = false;
  while (true) {
    skip_spaces(s, i);
    size_t j = i;
    const std::optional<int> v = count_at(s, j, 1000);
    if (!v) break;
    skip_spaces(s, j);
    if (!hour && !minute && eat(s, j, U"시간")) {
      hour = *v;
      hours_duration = true;
    } else if (!hour && !minute && eat(s, j, U"시")) {
      hour = *v;
    } else if (!minute && !second && eat(s, j, U"분")) {
      minute = *v;
    } else if (!second && eat(s, j, U"초")) {
      second = *v;
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
  if (!hour && !minute && !second) return std::nullopt;
  // 3시간 전, 15분전: counted back from the time of capture.
  if (!meridiem && (duration || !hour) && eat(s, i, U"전")) {
    skip_spaces(s, i);
    if (i != s.size()) return std::nullopt;
    out.kind = TimeWords::kAgo;
    out.hour = hour.value_or(0);
    out.minute = minute.value_or(0);
    out.second = second.value_or(0);
    return out;
  }
  if (i != s.size()) return std::nullopt;
  if (duration || (!hour && !meridiem)) {
    out.kind = TimeWords::kDuration;  // 2시간 30분, 30분, 10초
    out.hour = hour.value_or(0);
    out.minute = minute.value_or(0);
    out.second = second.value_or(0);
    return out;
  }
  if (!hour) return std::nullopt;
  out.hour = to_24(*hour);
  out.minute = minute.value_or(0);
  out.second = second.value_or(0);
  out.with_seconds = second.has_value();
  return out;
}

bool valid_clock(const TimeWords& t) {
  if (t.minute > 59 || t.second > 59 || t.hour > 24) return false;
  return t.hour < 24 || (t.minute == 0 && t.second == 0);  // 24:00 is the end of a day
}

// --- resolution against the reference -------------------------------------------------------

class Resolver {
 public:
  Resolver(const Ref& ref, const KoreanDateOptions& options) : ref_(ref), options_(options) {}

  bool has_ref() const { return ref_.has_value(); }
  const CivilDate& today() const { return ref_->date; }

  // A month and day without a year.
  std::optional<TimeValue> yearless(int month, int day) const {
    if (!is_valid_date(2000, month, day)) return std::nullopt;  // no year has such a day
    if (!ref_) {
      TimeValue v;
      v.kind = Kind::kMonthDay;
      v.date = CivilDate{2000, month, day};
      return v;
    }
    int year = ref_->date.year;
    if (options_.yearless == KoreanDateOptions::Yearless::kLatestPast &&
        (month > ref_->date.month || (month == ref_->date.month && day > ref_->date.day)))
      --year;
    if (!is_valid_date(year, month, day)) return std::nullopt;
    return day_value(CivilDate{year, month, day});
  }

  // A day at a time of day; `clock` must be a clock reading.
  static std::optional<TimeValue> at(const TimeValue& day, const TimeWords& clock) {
    if (day.kind != Kind::kDay || clock.kind != TimeWords::kClock || !valid_clock(clock))
      return std::nullopt;
    TimeValue v = day;
    v.kind = Kind::kDateTime;
    v.hour = clock.hour;
    v.minute = clock.minute;
    v.second = clock.second;
    v.with_seconds = clock.with_seconds;
    return v;
  }

  // A time of day with no date before it.
  std::optional<TimeValue> clock(const TimeWords& t) const {
    if (!valid_clock(t)) return std::nullopt;
    if (!options_.clock_on_reference_day) {
      TimeValue v;
      v.kind = Kind::kClock;
      v.hour = t.hour;
      v.minute = t.minute;
      v.second = t.second;
      v.with_seconds = t.with_seconds;
      return v;
    }
    if (!ref_) return std::nullopt;
    CivilDate day = ref_->date;
    if (ref_->seconds_of_day && t.hour * 3600 + t.minute * 60 + t.second > *ref_->seconds_of_day)
      day = add_days(day, -1);
    return at(day_value(day), t);
  }

  // `amount` seconds before the time of capture.
  std::optional<TimeValue> seconds_back(int64_t amount) const {
    if (!ref_) return std::nullopt;
    LocalDateTime now;
    now.date = ref_->date;
    if (ref_->seconds_of_day) {
      const LocalDateTime t = local_from_seconds(seconds_from_local(now) + *ref_->seconds_of_day - amount);
      TimeValue v = day_value(t.date);
      v.kind = Kind::kDateTime;
      v.hour = t.hour;
      v.minute = t.minute;
      v.second = t.second;
      v.with_seconds = t.second != 0;
      return v;
    }
    if (!options_.sub_day_against_date) return std::nullopt;
    return day_value(local_from_seconds(seconds_from_local(now) + 86399 - amount).date);
  }

 private:
  const Ref& ref_;
  const KoreanDateOptions& options_;
};

// --- relative words -------------------------------------------------------------------------

struct Relative {
  U word;
  enum Unit { kDay, kYear, kMonth, kWeek } unit;
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

// A calendar unit counted from the reference: day, ISO week, month or year.
TimeValue counted(Relative::Unit unit, int64_t delta, const CivilDate& ref) {
  TimeValue v;
  switch (unit) {
    case Relative::kDay:
      return day_value(add_days(ref, delta));
    case Relative::kWeek:
      v.kind = Kind::kWeek;
      v.date = iso_week_monday(add_days(ref, 7 * delta));
      return v;
    case Relative::kMonth:
      v.kind = Kind::kMonth;
      v.date = add_months(CivilDate{ref.year, ref.month, 1}, delta);
      return v;
    case Relative::kYear:
      v.kind = Kind::kYear;
      v.date = CivilDate{static_cast<int>(ref.year + delta), 1, 1};
      return v;
  }
  return v;
}

// 어제, 지난달 ... alone, or a day word with a time of day: 어제 14:20, 내일 오후 3시.
// nullopt in `out` with true returned: the phrase is a relative word but has no value here.
bool relative_word(U s, const Resolver& r, std::optional<TimeValue>& out) {
  for (const Relative& w : kRelatives) {
    if (s == w.word) {
      out = r.has_ref() ? std::optional<TimeValue>(counted(w.unit, w.delta, r.today()))
                        : std::nullopt;
      return true;
    }
  }
  for (const Relative& w : kRelatives) {
    if (w.unit != Relative::kDay || !starts_with(s, 0, w.word)) continue;
    const std::optional<TimeWords> t = time_words(s, w.word.size());
    if (!t || t->kind != TimeWords::kClock) continue;
    out = r.has_ref() ? Resolver::at(counted(w.unit, w.delta, r.today()), *t) : std::nullopt;
    return true;
  }
  return false;
}

constexpr struct {
  U word;
  int days;
} kDayCounts[] = {{U"하루", 1},   {U"이틀", 2},  {U"사흘", 3}, {U"나흘", 4},
                  {U"닷새", 5},   {U"엿새", 6},  {U"이레", 7}, {U"여드레", 8},
                  {U"아흐레", 9}, {U"열흘", 10}, {U"보름", 15}};

// A date of day precision, then what may follow it: a weekday and a time of day.
std::optional<TimeValue> with_optional_clock(const std::optional<TimeValue>& day, U s, size_t i) {
  if (!day) return std::nullopt;
  skip_weekday(s, i);
  skip_spaces(s, i);
  if (i == s.size()) return day;
  const std::optional<TimeWords> t = time_words(s, i);
  if (!t) return std::nullopt;
  return Resolver::at(*day, *t);
}

// 2025.02.07  2025-2-7  2025/02/07  2025. 2. 7.  25.02.07  2025.02  02.07  02-07.
// True when the phrase has this shape (the value may still be none).
bool numeric_date(U s, size_t i, const Resolver& r, std::optional<TimeValue>& out) {
  out.reset();
  const size_t y0 = i;
  const std::optional<int> first = int_at(s, i, 4);
  if (!first || i >= s.size() || (s[i] != '.' && s[i] != '-' && s[i] != '/')) return false;
  const size_t first_digits = i - y0;
  if (first_digits == 1 || first_digits == 3) return false;
  const char32_t sep = s[i++];
  skip_spaces(s, i);
  const size_t m0 = i;
  const std::optional<int> second = int_at(s, i, 2);
  if (!second) return false;
  const size_t second_digits = i - m0;
  const size_t after_second = i;
  if (i < s.size() && s[i] == sep) {
    ++i;
    skip_spaces(s, i);
    if (const std::optional<int> third = int_at(s, i, 2)) {
      if (i < s.size() && s[i] == '.') ++i;  // 2025.02.07.
      const int year = full_year(*first, first_digits);
      if (!is_valid_date(year, *second, *third)) return true;
      out = with_optional_clock(day_value(CivilDate{year, *second, *third}), s, i);
      return true;
    }
    i = after_second;
  }
  if (i < s.size() && s[i] == '.') ++i;  // 2025.02. / 02.07.
  if (first_digits == 4) {
    // 2025.02: a month.
    size_t j = i;
    skip_spaces(s, j);
    if (j != s.size() || *second < 1 || *second > 12) return true;
    TimeValue v;
    v.kind = Kind::kMonth;
    v.date = CivilDate{*first, *second, 1};
    out = v;
    return true;
  }
  // Month and day only, two digits each, so that "규모 3.1" is no March 1st.
  if (second_digits != 2) return false;
  out = with_optional_clock(r.yearless(*first, *second), s, i);
  return true;
}

// What a relative word before a month or a day fixes: 지난해 (12월), 다음 달 (3일).
struct Anchor {
  std::optional<int> year;
  std::optional<CivilDate> month;  // the first of the month
  bool any() const { return year || month; }
};

// 2025년 2월 7일, 2월 7일, 7일, 2025년, 3년간, 5개월, 2주, 10일 전, 2주 전 ...; then, when no
// calendar word came first, the time words (오후 3시, 2시간, 15분 전).
std::optional<TimeValue> worded(U s, size_t i, const Resolver& r, int direction,
                                const Anchor& anchor = {}) {
  const size_t start = i;
  std::optional<int> year, month, day;
  size_t year_digits = 0;
  while (true) {
    skip_spaces(s, i);
    size_t j = i;
    const std::optional<int> v = count_at(s, j, 100000);
    if (!v) break;
    const size_t ndigits = j - i;
    skip_spaces(s, j);
    const bool none_yet = !year && !month && !day;
    // 5개월, 2주: lengths of time, or counted from the reference (3개월 후, 2주 전).
    const bool months = eat(s, j, U"개월");
    if (months || eat(s, j, U"주일") || eat(s, j, U"주")) {
      size_t k = j;
      bool length = eat(s, k, U"간");
      skip_spaces(s, k);
      length = eat(s, k, U"동안") || length;
      if (!none_yet) return std::nullopt;
      if (k == s.size()) {
        CalendarDuration d;
        (months ? d.months : d.weeks) = *v;
        return duration_value(d);
      }
      if (length) return std::nullopt;
      int sign = 0;
      if (eat(s, k, U"전"))
        sign = -1;
      else if (eat(s, k, U"후") || eat(s, k, U"뒤"))
        sign = 1;
      if (sign == 0 || !r.has_ref()) return std::nullopt;
      if (months) {
        skip_spaces(s, k);
        if (k != s.size()) return std::nullopt;
        return counted(Relative::kMonth, sign * static_cast<int64_t>(*v), r.today());
      }
      return with_optional_clock(counted(Relative::kDay, sign * 7 * static_cast<int64_t>(*v),
                                         r.today()),
                                 s, k);
    }
    if (none_yet && eat(s, j, U"년")) {
      year = *v;
      year_digits = ndigits;
    } else if (!month && !day && eat(s, j, U"월")) {
      month = *v;
    } else if (!day && eat(s, j, U"일")) {
      day = *v;
    } else {
      break;
    }
    i = j;
  }
  if (!year && !month && !day) {
    // No calendar word: a time of day, a length of time, or a time counted back.
    const std::optional<TimeWords> t = time_words(s, i);
    if (!t || direction != 0 || anchor.any()) return std::nullopt;
    switch (t->kind) {
      case TimeWords::kClock:
        return r.clock(*t);
      case TimeWords::kDuration: {
        CalendarDuration d;
        d.hours = t->hour;
        d.minutes = t->minute;
        d.seconds = t->second;
        return duration_value(d);
      }
      case TimeWords::kAgo:
        return r.seconds_back(static_cast<int64_t>(t->hour) * 3600 + t->minute * 60 + t->second);
    }
    return std::nullopt;
  }
  if (anchor.any()) {
    // 지난해 12월 (3일): the year of the word; 다음 달 3일: a day of the word's month.
    if (year) return std::nullopt;
    if (anchor.year) {
      if (!month) return std::nullopt;
      year = *anchor.year;
    } else {
      if (month || !day) return std::nullopt;
      year = anchor.month->year;
      month = anchor.month->month;
    }
    year_digits = 4;
  }
  skip_weekday(s, i);
  skip_spaces(s, i);
  // A time of day after a date: 2월 7일 오후 3시.
  if (day && i < s.size()) {
    if (const std::optional<TimeWords> t = time_words(s, i)) {
      if (t->kind != TimeWords::kClock) return std::nullopt;
      std::optional<TimeValue> d = worded(s.substr(0, i), start, r, direction, anchor);
      return d ? Resolver::at(*d, *t) : std::nullopt;
    }
  }
  // What may follow: a length-of-time marker, or 전/후 against the reference.
  int offset_sign = 0;
  bool duration = false;
  if (eat(s, i, U"간") || eat(s, i, U"동안")) duration = true;
  skip_spaces(s, i);
  if (eat(s, i, U"동안")) duration = true;
  if (eat(s, i, U"전"))
    offset_sign = -1;
  else if (eat(s, i, U"후") || eat(s, i, U"뒤"))
    offset_sign = 1;
  if (eat(s, i, U"대")) return std::nullopt;  // 90년대: a decade
  skip_spaces(s, i);
  const bool single = (year ? 1 : 0) + (month ? 1 : 0) + (day ? 1 : 0) == 1;
  if (offset_sign != 0 && day && single && !duration) {
    // 3일 전 09:00
    if (!r.has_ref()) return std::nullopt;
    return with_optional_clock(counted(Relative::kDay, offset_sign * static_cast<int64_t>(*day),
                                       r.today()),
                               s, i);
  }
  if (i != s.size()) return std::nullopt;

  if (duration || offset_sign != 0) {
    if (!single) return std::nullopt;
    if (duration) {
      CalendarDuration d;
      if (year) d.years = *year;
      if (month) d.months = *month;
      if (day) d.days = *day;
      return duration_value(d);
    }
    if (!r.has_ref()) return std::nullopt;
    if (year) return counted(Relative::kYear, offset_sign * static_cast<int64_t>(*year), r.today());
    return counted(Relative::kMonth, offset_sign * static_cast<int64_t>(*month), r.today());
  }
  if (year && year_digits < 4 && !month && !day) {
    // 10년: a length of time (years are written with four digits in news).
    if (year_digits > 2 || *year <= 0) return std::nullopt;
    CalendarDuration d;
    d.years = *year;
    return duration_value(d);
  }
  TimeValue v;
  if (year) {
    const int y = full_year(*year, year_digits);
    if (!month) {
      if (day || y < 1 || y > 9999) return std::nullopt;
      v.kind = Kind::kYear;
      v.date = CivilDate{y, 1, 1};
      return v;
    }
    if (*month < 1 || *month > 12) return std::nullopt;
    if (!day) {
      v.kind = Kind::kMonth;
      v.date = CivilDate{y, *month, 1};
      return v;
    }
    if (!is_valid_date(y, *month, *day)) return std::nullopt;
    return day_value(CivilDate{y, *month, *day});
  }
  if (month) {
    if (*month < 1 || *month > 12) return std::nullopt;
    if (day) return r.yearless(*month, *day);
    if (!r.has_ref()) return std::nullopt;
    v.kind = Kind::kMonth;
    v.date = CivilDate{r.today().year, *month, 1};
    return v;
  }
  // A day of the month alone (17일): news means the reference month; 지난/오는 move it to the
  // month before or after when the day has not come yet or has passed.
  if (!r.has_ref() || *day < 1 || *day > 31) return std::nullopt;
  const CivilDate& ref = r.today();
  CivilDate base{ref.year, ref.month, 1};
  if (direction < 0 && *day > ref.day) base = add_months(base, -1);
  if (direction > 0 && *day < ref.day) base = add_months(base, 1);
  if (!is_valid_date(base.year, base.month, *day)) return std::nullopt;
  return day_value(CivilDate{base.year, base.month, *day});
}

// A relative year, month or week, a space, then what it places: 지난해 12월, 올해 2월 7일,
// 다음 달 3일, 지난주 금요일, 다음 주 월요일 오전 10시. True when the phrase starts so.
bool relative_then_date(U s, const Resolver& r, std::optional<TimeValue>& out) {
  static constexpr U kWeekdays[] = {U"월요일", U"화요일", U"수요일", U"목요일",
                                    U"금요일", U"토요일", U"일요일"};
  for (const Relative& w : kRelatives) {
    size_t i = 0;
    if (w.unit == Relative::kDay || !eat(s, i, w.word) || !skip_spaces(s, i)) continue;
    out.reset();
    if (!r.has_ref()) return true;
    const TimeValue placed = counted(w.unit, w.delta, r.today());
    switch (w.unit) {
      case Relative::kYear: {
        Anchor a;
        a.year = placed.date.year;
        out = worded(s, i, r, 0, a);
        return true;
      }
      case Relative::kMonth: {
        Anchor a;
        a.month = placed.date;
        out = worded(s, i, r, 0, a);
        return true;
      }
      case Relative::kWeek:
        for (size_t d = 0; d < 7; ++d) {
          size_t j = i;
          if (eat(s, j, kWeekdays[d])) {
            out = with_optional_clock(day_value(add_days(placed.date, static_cast<int64_t>(d))),
                                      s, j);
            return true;
          }
        }
        return true;
      case Relative::kDay:
        break;
    }
  }
  return false;
}

// A letter-led phrase begins with one of the grammar's words or with a number: its first word
// (to a space or a digit) is one of these, perhaps with a value suffix or 간/동안 glued on
// (모레쯤, 사흘간), or starts a number (세시간, 열두시반, 한달). Checked before any stage runs, so
// that titles and outlets such as 서울시, 보조금 or 경제 cost no more than a look-up.
constexpr U kLeading[] = {
    U"오늘", U"금일", U"어제", U"작일", U"그제", U"그저께", U"엊그제", U"내일", U"모레",
    U"올해", U"금년", U"올", U"지난해", U"지난", U"작년", U"재작년", U"내년", U"이번",
    U"이번달", U"이달", U"지난달", U"다음", U"다음달", U"내달", U"이번주", U"금주", U"지난주",
    U"다음주", U"약", U"총", U"무려", U"최대", U"최소", U"대략", U"모두", U"오는", U"하루",
    U"이틀", U"사흘", U"나흘", U"닷새", U"엿새", U"이레", U"여드레", U"아흐레", U"열흘",
    U"보름", U"한달", U"방금", U"오전", U"오후", U"새벽", U"아침", U"저녁", U"밤", U"정오",
    U"자정"};
constexpr size_t kMaxLeadingChars = 3;
constexpr bool leading_words_fit() {
  for (U w : kLeading)
    if (w.size() > kMaxLeadingChars) return false;
  return true;
}
static_assert(leading_words_fit(), "word_key packs at most kMaxLeadingChars characters");

// A word of at most kMaxLeadingChars decoded characters (U+10FFFF at most, utf8.h) as one
// number, 21 bits a character plus one (no character packs to zero, so a shorter word never
// packs like a longer one): the leading words are one binary search away, not 57 comparisons.
uint64_t word_key(U w) {
  uint64_t key = 0;
  for (char32_t c : w) key = key << 21 | (static_cast<uint64_t>(c) + 1);
  return key;
}

bool is_leading_word(U word) {
  static const std::array<uint64_t, std::size(kLeading)> kKeys = [] {
    std::array<uint64_t, std::size(kLeading)> keys{};
    for (size_t k = 0; k < keys.size(); ++k) keys[k] = word_key(kLeading[k]);
    std::sort(keys.begin(), keys.end());
    return keys;
  }();
  return word.size() <= kMaxLeadingChars &&
         std::binary_search(kKeys.begin(), kKeys.end(), word_key(word));
}

// `word`: the phrase's first word, not empty and without spaces or digits.
bool plausible_first_word(U word) {
  if (is_leading_word(word)) return true;
  U bare = word;
  strip_value_suffixes(bare);
  if (!strip_suffix(bare, U"동안")) strip_suffix(bare, U"간");
  if (bare != word && is_leading_word(bare)) return true;
  size_t i = 0;
  return parse_korean_number(word, i).has_value();
}

// Calendar values stay within years 1..9999 (what is_valid_date and ISO 8601's four digits
// allow): a reference of 9999-12-31 gives 내일 no value rather than year 10000.
void keep_in_range(std::optional<TimeValue>& v) {
  if (!v || v->kind == Kind::kDuration || v->kind == Kind::kClock || v->kind == Kind::kMonthDay)
    return;
  int year = v->date.year;
  if (v->kind == Kind::kWeek) {
    int week;
    iso_week_of(v->date, year, week);
  }
  if (year < 1 || year > 9999 || v->date.year < 1 || v->date.year > 9999) v.reset();
}

// The value of the whole phrase into `out` (left empty when there is none). One result object
// filled in place: the headline parser calls this for every row, and copying an optional
// TimeValue from stage to stage cost more than the stages.
void parse(U phrase, const Resolver& r, std::optional<TimeValue>& out) {
  // Qualifiers (약, 총) are words: a phrase that starts with a digit has none.
  U s = !phrase.empty() && is_digit(phrase[0]) ? phrase : strip_qualifiers(phrase);
  if (!s.empty() && is_digit(s[0])) {
    // No word of the stages below starts with a digit: straight to the numbers (the headline
    // parser asks about every count and row number).
    strip_value_suffixes(s);
    if (!numeric_date(s, 0, r, out)) out = worded(s, 0, r, 0);
    return;
  }
  // Relative words first: 그저께 ends in what reads as the suffix 께 (about).
  if (relative_word(s, r, out)) return;
  strip_value_suffixes(s);
  if (relative_word(s, r, out)) return;
  {
    U days = s;
    if (!strip_suffix(days, U"동안")) strip_suffix(days, U"간");
    for (const auto& d : kDayCounts)
      if (days == d.word) {
        CalendarDuration length;
        length.days = d.days;
        out = duration_value(length);
        return;
      }
  }
  if (s == U"한 달" || s == U"한달") {
    CalendarDuration length;
    length.months = 1;
    out = duration_value(length);
    return;
  }
  {
    size_t i = 0;
    if (eat(s, i, U"방금")) {
      skip_spaces(s, i);
      eat(s, i, U"전");
      skip_spaces(s, i);
      if (i == s.size()) out = r.seconds_back(0);
      return;
    }
  }
  if (relative_then_date(s, r, out)) return;
  size_t i = 0;
  int direction = 0;  // 지난 7일 (past) / 오는 7일 (future)
  if (eat(s, i, U"지난 "))
    direction = -1;
  else if (eat(s, i, U"오는 "))
    direction = 1;
  skip_spaces(s, i);
  if (!numeric_date(s, i, r, out)) out = worded(s, i, r, direction);
}

}  // namespace

std::u32string_view strip_qualifiers(std::u32string_view s) {
  static constexpr U kPrefixes[] = {U"약", U"총", U"무려", U"최대", U"최소", U"대략", U"모두"};
  s = trim(s);
  for (bool changed = true; changed;) {
    changed = false;
    for (U p : kPrefixes)
      if (s.size() > p.size() && starts_with(s, 0, p) && is_space(s[p.size()])) {
        s = trim(s.substr(p.size()));
        changed = true;
      }
  }
  return s;
}

std::optional<TimeValue> parse_korean_time(std::u32string_view phrase, const Ref& reference,
                                           const KoreanDateOptions& options) {
  const Resolver resolver(reference, options);
  std::optional<TimeValue> out;
  parse(trim(phrase), resolver, out);
  keep_in_range(out);
  return out;
}

std::string_view screen_korean_time(std::string_view text) {
  // Trim before the length bound: a cell may be padded.
  size_t a = 0, b = text.size();
  while (a < b && (text[a] == ' ' || text[a] == '\t')) ++a;
  while (b > a && (text[b - 1] == ' ' || text[b - 1] == '\t')) --b;
  if (a == b || b - a > kMaxKoreanTimeBytes) return {};
  const std::string_view phrase = text.substr(a, b - a);
  // Most spans the headline parser asks about are titles, outlets and counts.
  if (!may_be_time_phrase(phrase)) return {};
  // The first word, decoded alone (the rest is decoded only for a phrase that gets this far). A
  // phrase that starts with a digit has none: numbers go straight to their stages.
  char32_t word[kMaxKoreanTimeBytes];
  size_t n = 0;
  for (size_t i = 0; i < phrase.size();) {
    const char32_t c = utf8::decode(phrase, i);
    if (n == 0 && is_space(c)) continue;
    if (is_space(c) || is_digit(c)) {
      if (n == 0) return phrase;
      break;
    }
    word[n++] = c;
  }
  if (n > 0 && !plausible_first_word(U(word, n))) return {};
  return phrase;
}

std::optional<TimeValue> parse_screened_korean_time(std::string_view screened, const Ref& reference,
                                                    const KoreanDateOptions& options) {
  // Decoded into a buffer on the stack: at most one code point per byte.
  char32_t text[kMaxKoreanTimeBytes];
  size_t n = 0;
  for (size_t i = 0; i < screened.size() && n < kMaxKoreanTimeBytes;)
    text[n++] = utf8::decode(screened, i);
  return parse_korean_time(trim(U(text, n)), reference, options);
}

std::optional<TimeValue> parse_korean_time(std::string_view phrase, const Ref& reference,
                                           const KoreanDateOptions& options) {
  const std::string_view screened = screen_korean_time(phrase);
  if (screened.empty()) return std::nullopt;
  return parse_screened_korean_time(screened, reference, options);
}

}  // namespace kornews
