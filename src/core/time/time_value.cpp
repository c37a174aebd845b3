#include "core/time/time_value.h"

#include <algorithm>
#include <cstdio>

namespace kornews {
namespace {

std::string digits(int64_t v, int width) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%0*lld", width, static_cast<long long>(v));
  return buf;
}

std::string clock_text(int hour, int minute, int second, bool with_seconds) {
  std::string out = digits(hour, 2) + ":" + digits(minute, 2);
  if (with_seconds) out += ":" + digits(second, 2);
  return out;
}

std::string duration_text(const CalendarDuration& d) {
  std::string out = "P";
  auto part = [&out](int32_t v, char unit) {
    if (v != 0) out += std::to_string(v) + unit;
  };
  part(d.years, 'Y');
  part(d.months, 'M');
  part(d.weeks, 'W');
  part(d.days, 'D');
  if (d.hours != 0 || d.minutes != 0 || d.seconds != 0) {
    out += 'T';
    part(d.hours, 'H');
    part(d.minutes, 'M');
    part(d.seconds, 'S');
  }
  return out == "P" ? "PT0S" : out;
}

// Monday = 0 ... Sunday = 6; 1970-01-01 was a Thursday.
int weekday(const CivilDate& date) {
  return static_cast<int>(((days_from_civil(date) + 3) % 7 + 7) % 7);
}

// A reader of the fixed-width ISO forms.
class IsoCursor {
 public:
  explicit IsoCursor(std::string_view text) : text_(text) {}
  bool at_end() const { return pos_ == text_.size(); }
  bool ascii(char c) {
    if (pos_ < text_.size() && text_[pos_] == c) {
      ++pos_;
      return true;
    }
    return false;
  }
  // Exactly `width` digits.
  bool fixed(int width, int& out) {
    if (text_.size() - pos_ < static_cast<size_t>(width)) return false;
    int v = 0;
    for (int k = 0; k < width; ++k) {
      const char c = text_[pos_ + k];
      if (c < '0' || c > '9') return false;
      v = v * 10 + (c - '0');
    }
    pos_ += width;
    out = v;
    return true;
  }
  // 1 to 6 digits: durations from the grammar are small, and a bound keeps every component
  // representable in PostgreSQL's interval.
  bool count(int32_t& out) {
    int32_t v = 0;
    size_t n = 0;
    while (pos_ < text_.size() && text_[pos_] >= '0' && text_[pos_] <= '9') {
      if (++n > 6) return false;
      v = v * 10 + (text_[pos_++] - '0');
    }
    out = v;
    return n > 0;
  }
  char peek() const { return pos_ < text_.size() ? text_[pos_] : '\0'; }

 private:
  std::string_view text_;
  size_t pos_ = 0;
};

// HH:MM[:SS] at the cursor; the hour may be 24 (24:00, the end of a day) as the grammar writes it.
bool read_clock(IsoCursor& c, TimeValue& v) {
  int hour = 0, minute = 0, second = 0;
  if (!c.fixed(2, hour) || !c.ascii(':') || !c.fixed(2, minute)) return false;
  v.with_seconds = c.ascii(':');
  if (v.with_seconds && !c.fixed(2, second)) return false;
  if (hour > 24 || minute > 59 || second > 59) return false;
  v.hour = static_cast<int8_t>(hour);
  v.minute = static_cast<int8_t>(minute);
  v.second = static_cast<int8_t>(second);
  return true;
}

std::optional<TimeValue> parse_duration(IsoCursor& c) {
  TimeValue v;
  v.kind = TimeValue::Kind::kDuration;
  bool any = false, in_time = false;
  int order = 0;  // units must come in their ISO order, each at most once
  while (!c.at_end()) {
    if (!in_time && c.ascii('T')) {
      in_time = true;
      order = 4;
      continue;
    }
    int32_t n;
    if (!c.count(n)) return std::nullopt;
    const char unit = c.peek();
    int rank;
    int32_t* slot;
    CalendarDuration& d = v.duration;
    if (!in_time && unit == 'Y') { rank = 0; slot = &d.years; }
    else if (!in_time && unit == 'M') { rank = 1; slot = &d.months; }
    else if (!in_time && unit == 'W') { rank = 2; slot = &d.weeks; }
    else if (!in_time && unit == 'D') { rank = 3; slot = &d.days; }
    else if (in_time && unit == 'H') { rank = 4; slot = &d.hours; }
    else if (in_time && unit == 'M') { rank = 5; slot = &d.minutes; }
    else if (in_time && unit == 'S') { rank = 6; slot = &d.seconds; }
    else return std::nullopt;
    if (rank < order) return std::nullopt;
    order = rank + 1;
    c.ascii(unit);
    *slot = n;
    any = true;
  }
  if (!any) return std::nullopt;
  return v;
}

bool year_ok(int year) { return year >= 1 && year <= 9999; }

}  // namespace

CivilDate add_months(const CivilDate& date, int64_t months) {
  const int64_t total = static_cast<int64_t>(date.year) * 12 + (date.month - 1) + months;
  CivilDate out;
  out.year = static_cast<int>(total / 12);
  out.month = static_cast<int>(total % 12 + 1);
  out.day = std::min(date.day, days_in_month(out.year, out.month));
  return out;
}

CivilDate iso_week_monday(const CivilDate& date) {
  return add_days(date, -weekday(date));
}

void iso_week_of(const CivilDate& date, int& iso_year, int& week) {
  // The ISO year of a week is the year of its Thursday.
  const CivilDate thursday = add_days(iso_week_monday(date), 3);
  const int64_t jan1 = days_from_civil(CivilDate{thursday.year, 1, 1});
  iso_year = thursday.year;
  week = static_cast<int>((days_from_civil(thursday) - jan1) / 7 + 1);
}

std::string format_iso_8601(const TimeValue& v) {
  switch (v.kind) {
    case TimeValue::Kind::kYear:
      return digits(v.date.year, 4);
    case TimeValue::Kind::kMonth:
      return digits(v.date.year, 4) + "-" + digits(v.date.month, 2);
    case TimeValue::Kind::kWeek: {
      int year, week;
      iso_week_of(v.date, year, week);
      return digits(year, 4) + "-W" + digits(week, 2);
    }
    case TimeValue::Kind::kDay:
      return format_date(v.date);
    case TimeValue::Kind::kDateTime:
      return format_date(v.date) + "T" + clock_text(v.hour, v.minute, v.second, v.with_seconds);
    case TimeValue::Kind::kMonthDay:
      return "--" + digits(v.date.month, 2) + "-" + digits(v.date.day, 2);
    case TimeValue::Kind::kClock:
      return clock_text(v.hour, v.minute, v.second, v.with_seconds);
    case TimeValue::Kind::kDuration:
      return duration_text(v.duration);
  }
  return {};
}

std::optional<TimeValue> parse_iso_8601(std::string_view text) {
  IsoCursor c(text);
  TimeValue v;
  if (c.ascii('P')) return parse_duration(c);
  if (c.ascii('-')) {  // --MM-DD
    if (!c.ascii('-') || !c.fixed(2, v.date.month) || !c.ascii('-') || !c.fixed(2, v.date.day) ||
        !c.at_end())
      return std::nullopt;
    // A day that exists in some year (Feb 29 included).
    if (!is_valid_date(2000, v.date.month, v.date.day)) return std::nullopt;
    v.kind = TimeValue::Kind::kMonthDay;
    return v;
  }
  if (text.size() >= 3 && text[2] == ':') {
    v.kind = TimeValue::Kind::kClock;
    if (!read_clock(c, v) || !c.at_end()) return std::nullopt;
    return v;
  }
  if (!c.fixed(4, v.date.year) || !year_ok(v.date.year)) return std::nullopt;
  if (c.at_end()) {
    v.kind = TimeValue::Kind::kYear;
    v.date.month = v.date.day = 1;
    return v;
  }
  if (!c.ascii('-')) return std::nullopt;
  if (c.ascii('W')) {
    int week;
    if (!c.fixed(2, week) || !c.at_end() || week < 1) return std::nullopt;
    // Week 1 holds January 4th; a year has 53 weeks when its last week does.
    const CivilDate monday =
        add_days(iso_week_monday(CivilDate{v.date.year, 1, 4}), 7 * (week - 1));
    int year, check;
    iso_week_of(monday, year, check);
    if (year != v.date.year || check != week) return std::nullopt;
    v.kind = TimeValue::Kind::kWeek;
    v.date = monday;
    return v;
  }
  if (!c.fixed(2, v.date.month) || v.date.month < 1 || v.date.month > 12) return std::nullopt;
  if (c.at_end()) {
    v.kind = TimeValue::Kind::kMonth;
    v.date.day = 1;
    return v;
  }
  if (!c.ascii('-') || !c.fixed(2, v.date.day) ||
      !is_valid_date(v.date.year, v.date.month, v.date.day))
    return std::nullopt;
  if (c.at_end()) {
    v.kind = TimeValue::Kind::kDay;
    return v;
  }
  if (!c.ascii('T') || !read_clock(c, v) || !c.at_end()) return std::nullopt;
  v.kind = TimeValue::Kind::kDateTime;
  return v;
}

std::optional<TimeRange> time_range(const TimeValue& v) {
  TimeRange r;
  switch (v.kind) {
    case TimeValue::Kind::kYear:
      r.starts.date = CivilDate{v.date.year, 1, 1};
      r.ends.date = CivilDate{v.date.year + 1, 1, 1};
      return r;
    case TimeValue::Kind::kMonth:
      r.starts.date = CivilDate{v.date.year, v.date.month, 1};
      r.ends.date = add_months(r.starts.date, 1);
      return r;
    case TimeValue::Kind::kWeek:
      r.starts.date = iso_week_monday(v.date);
      r.ends.date = add_days(r.starts.date, 7);
      return r;
    case TimeValue::Kind::kDay:
      r.starts.date = v.date;
      r.ends.date = add_days(v.date, 1);
      return r;
    case TimeValue::Kind::kDateTime: {
      r.starts.date = v.date;
      r.starts.hour = v.hour;
      r.starts.minute = v.minute;
      r.starts.second = v.second;
      // 24:00 is the next midnight; seconds_from_local carries it over.
      const int64_t at = seconds_from_local(r.starts);
      r.starts = local_from_seconds(at);
      r.ends = local_from_seconds(at + (v.with_seconds ? 1 : 60));
      return r;
    }
    case TimeValue::Kind::kMonthDay:
    case TimeValue::Kind::kClock:
    case TimeValue::Kind::kDuration:
      return std::nullopt;
  }
  return std::nullopt;
}

}  // namespace kornews
