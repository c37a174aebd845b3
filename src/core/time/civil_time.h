// Calendar dates and wall-clock times without a time zone (core/time: shared by the headline
// lists, which display them, and the entity tagger, which resolves dates against them).
// Days are counted on the proleptic Gregorian calendar so that "어제" or "3일 전" can be computed
// by plain integer arithmetic.
#pragma once

#include <cstdint>
#include <string>

namespace kornews {

struct CivilDate {
  int year = 1970;
  int month = 1;  // 1..12
  int day = 1;    // 1..31

  bool operator==(const CivilDate& o) const {
    return year == o.year && month == o.month && day == o.day;
  }
  bool operator!=(const CivilDate& o) const { return !(*this == o); }
};

struct LocalDateTime {
  CivilDate date;
  int hour = 0, minute = 0, second = 0;

  bool operator==(const LocalDateTime& o) const {
    return date == o.date && hour == o.hour && minute == o.minute && second == o.second;
  }
  bool operator!=(const LocalDateTime& o) const { return !(*this == o); }
};

bool is_leap_year(int year);
int days_in_month(int year, int month);
bool is_valid_date(int year, int month, int day);

// Days since 1970-01-01 and back.
int64_t days_from_civil(const CivilDate& date);
CivilDate civil_from_days(int64_t days);

CivilDate add_days(const CivilDate& date, int64_t days);

// Seconds since 1970-01-01 00:00:00 of the same (zone-less) clock, and back.
int64_t seconds_from_local(const LocalDateTime& t);
LocalDateTime local_from_seconds(int64_t seconds);

// "2025-02-07 09:31:00", the text form PostgreSQL prints for a timestamp under DateStyle ISO.
std::string format_local(const LocalDateTime& t);
// "2025-02-07".
std::string format_date(const CivilDate& d);

// Parses exactly "YYYY-MM-DD"; false when the text is not a valid date of that form.
bool parse_iso_date(const std::string& text, CivilDate& out);

}  // namespace kornews
