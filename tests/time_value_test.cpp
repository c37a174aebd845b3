// ISO 8601 text of date and time values, both ways, and the calendar ranges they cover
// (src/core/time/time_value.*); expected values worked out by hand.
#include <gtest/gtest.h>

#include <string>

#include "core/time/time_value.h"

namespace kornews {
namespace {

std::string range_of(std::string_view iso) {
  const std::optional<TimeValue> v = parse_iso_8601(iso);
  if (!v) return "unreadable";
  const std::optional<TimeRange> r = time_range(*v);
  return r ? format_local(r->starts) + " / " + format_local(r->ends) : "none";
}

TEST(TimeValue, EveryFormReadsBackAsWritten) {
  for (const char* iso : {"2026", "2026-03", "2026-W12", "2020-W53", "2026-03-18",
                          "2026-03-18T07:05", "2026-03-18T07:05:09", "--02-29", "23:59",
                          "06:00:30", "P7Y", "P1Y6M", "P3W", "P4D", "PT1H15M", "PT45S", "P2DT3H"}) {
    const std::optional<TimeValue> v = parse_iso_8601(iso);
    ASSERT_TRUE(v.has_value()) << iso;
    EXPECT_EQ(format_iso_8601(*v), iso);
  }
}

TEST(TimeValue, MalformedTextIsNoValue) {
  for (const char* bad : {"", "26", "2026-3", "2026-13", "2026-02-29", "2026-W54", "2026-W00",
                          "0000", "10000", "--02-30", "25:00", "12:60", "7:05", "P", "PT",
                          "P3H", "PT3Y", "P1M2Y", "P1234567Y", "2026-03-18 07:05", "P-1D",
                          "2026-03-18T", "3천만"}) {
    EXPECT_FALSE(parse_iso_8601(bad).has_value()) << bad;
  }
}

TEST(TimeValue, RangesAreHalfOpen) {
  EXPECT_EQ(range_of("2026"), "2026-01-01 00:00:00 / 2027-01-01 00:00:00");
  EXPECT_EQ(range_of("2026-12"), "2026-12-01 00:00:00 / 2027-01-01 00:00:00");
  EXPECT_EQ(range_of("2024-02"), "2024-02-01 00:00:00 / 2024-03-01 00:00:00");
  // ISO week 1 of 2026 starts on Monday 2025-12-29; week 53 of 2020 ends in 2021.
  EXPECT_EQ(range_of("2026-W01"), "2025-12-29 00:00:00 / 2026-01-05 00:00:00");
  EXPECT_EQ(range_of("2020-W53"), "2020-12-28 00:00:00 / 2021-01-04 00:00:00");
  EXPECT_EQ(range_of("2026-03-18"), "2026-03-18 00:00:00 / 2026-03-19 00:00:00");
  EXPECT_EQ(range_of("2026-03-18T23:59"), "2026-03-18 23:59:00 / 2026-03-19 00:00:00");
  EXPECT_EQ(range_of("2026-03-18T07:05:09"), "2026-03-18 07:05:09 / 2026-03-18 07:05:10");
  EXPECT_EQ(range_of("9999-12-31"), "9999-12-31 00:00:00 / 10000-01-01 00:00:00");
  EXPECT_EQ(range_of("--03-18"), "none");
  EXPECT_EQ(range_of("07:05"), "none");
  EXPECT_EQ(range_of("P3W"), "none");
}

TEST(TimeValue, DurationsKeepTheirUnits) {
  const std::optional<TimeValue> v = parse_iso_8601("P1Y6M2W3DT4H5M6S");
  ASSERT_TRUE(v.has_value());
  CalendarDuration want;
  want.years = 1;
  want.months = 6;
  want.weeks = 2;
  want.days = 3;
  want.hours = 4;
  want.minutes = 5;
  want.seconds = 6;
  EXPECT_TRUE(v->duration == want);
}

TEST(TimeValue, IsoWeeks) {
  int year, week;
  iso_week_of(CivilDate{2027, 1, 1}, year, week);  // a Friday: the last week of 2026
  EXPECT_EQ(year, 2026);
  EXPECT_EQ(week, 53);
  EXPECT_EQ(format_date(iso_week_monday(CivilDate{2026, 3, 22})), "2026-03-16");  // a Sunday
  EXPECT_EQ(format_date(add_months(CivilDate{2026, 1, 31}, 1)), "2026-02-28");
  EXPECT_EQ(format_date(add_months(CivilDate{2026, 1, 15}, -13)), "2024-12-15");
}

}  // namespace
}  // namespace kornews
