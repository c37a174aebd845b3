// A resolved date or time value and its ISO 8601 text, both ways.
//
// The Korean grammar (korean_dates.h) produces these; the entity tagger writes them as ISO 8601
// text (the `normalized` column) and reads that text back into a range or an interval for the
// typed columns, so a value a user wrote into kornews.user_entities gets the same typed columns
// as one the grammar computed.
//
//   kind        ISO 8601          range [starts, ends)
//   kYear       2025              2025-01-01 .. 2026-01-01
//   kMonth      2025-02           2025-02-01 .. 2025-03-01
//   kWeek       2025-W06          Monday 2025-02-03 .. Monday 2025-02-10
//   kDay        2025-02-07        2025-02-07 .. 2025-02-08
//   kDateTime   2025-02-07T14:20  14:20 .. 14:21 (one minute; one second when seconds are given)
//   kMonthDay   --02-07           none: no year
//   kClock      15:30             none: no day
//   kDuration   P3Y, PT2H30M      none (an interval instead)
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/time/civil_time.h"

namespace kornews {

// A length of time in the units it was written in (P2W stays two weeks, not 14 days). Each
// component is at most 999999 (what the ISO reader accepts); 32 bits keep a TimeValue small, and
// the headline parser makes many of them.
struct CalendarDuration {
  int32_t years = 0, months = 0, weeks = 0, days = 0;
  int32_t hours = 0, minutes = 0, seconds = 0;

  bool operator==(const CalendarDuration& o) const {
    return years == o.years && months == o.months && weeks == o.weeks && days == o.days &&
           hours == o.hours && minutes == o.minutes && seconds == o.seconds;
  }
};

struct TimeValue {
  enum class Kind : uint8_t { kYear, kMonth, kWeek, kDay, kDateTime, kMonthDay, kClock, kDuration };
  Kind kind = Kind::kDay;
  // kYear uses the year, kMonth the year and month, kWeek the week's Monday, kMonthDay the month
  // and day; kDay and kDateTime all of it.
  CivilDate date;
  // kDateTime and kClock.
  int8_t hour = 0, minute = 0, second = 0;
  bool with_seconds = false;  // 14:20:05 rather than 14:20
  // kDuration.
  CalendarDuration duration;
};

// "2025-W06" etc. (the table above). Years must be 1..9999 for the calendar kinds.
std::string format_iso_8601(const TimeValue& value);

// The inverse of format_iso_8601 for exactly the forms it writes; nullopt for anything else.
std::optional<TimeValue> parse_iso_8601(std::string_view text);

struct TimeRange {
  LocalDateTime starts;  // inclusive
  LocalDateTime ends;    // exclusive
};

// The span of calendar time a value covers; nullopt for kMonthDay, kClock and kDuration.
std::optional<TimeRange> time_range(const TimeValue& value);

// The Monday of the ISO 8601 week that contains `date`, and the ISO year and week number.
CivilDate iso_week_monday(const CivilDate& date);
void iso_week_of(const CivilDate& date, int& iso_year, int& week);

// Months added to a date, the day clamped to the new month's length (Jan 31 + 1 -> Feb 28).
CivilDate add_months(const CivilDate& date, int64_t months);

}  // namespace kornews
