#include <gtest/gtest.h>

#include "core/news/dates.h"

namespace kornews::news {
namespace {

const Reference kFeb7{CivilDate{2025, 2, 7}, std::nullopt};

std::string parse(std::string_view phrase, const Reference& ref = kFeb7) {
  auto t = parse_date_phrase(phrase, ref);
  return t ? format_local(*t) : "none";
}

TEST(NewsDates, AbsoluteForms) {
  EXPECT_EQ(parse("2025.02.07"), "2025-02-07 00:00:00");
  EXPECT_EQ(parse("2025-02-07"), "2025-02-07 00:00:00");
  EXPECT_EQ(parse("2025/2/7"), "2025-02-07 00:00:00");
  EXPECT_EQ(parse("2025.02.07."), "2025-02-07 00:00:00");
  EXPECT_EQ(parse("2025. 2. 7. 오후 3:10"), "2025-02-07 15:10:00");
  EXPECT_EQ(parse("25.02.07"), "2025-02-07 00:00:00");
  EXPECT_EQ(parse("2025년 2월 7일"), "2025-02-07 00:00:00");
  EXPECT_EQ(parse("2025년2월7일 09:31"), "2025-02-07 09:31:00");
  EXPECT_EQ(parse("2025-02-02 09:31:05"), "2025-02-02 09:31:05");
  EXPECT_EQ(parse("2025.02.07(금) 07:42"), "2025-02-07 07:42:00");
  EXPECT_EQ(parse("오전 12:05"), "2025-02-07 00:05:00");
}

// The list reader remembers its answers (dates.cpp); one remembered for another reference or
// time of capture, or for the untrimmed phrase, must never come back.
TEST(NewsDates, RememberedAnswersFollowTheReference) {
  const Reference feb8{CivilDate{2025, 2, 8}, std::nullopt};
  const Reference feb8_0930{CivilDate{2025, 2, 8}, 9 * 3600 + 30 * 60};
  for (int round = 0; round < 2; ++round) {
    EXPECT_EQ(parse("어제"), "2025-02-06 00:00:00");
    EXPECT_EQ(parse("어제", feb8), "2025-02-07 00:00:00");
    EXPECT_EQ(parse(" 어제\t"), "2025-02-06 00:00:00");
    EXPECT_EQ(parse("3시간 전", feb8_0930), "2025-02-08 06:30:00");
    EXPECT_EQ(parse("3시간 전", feb8), "2025-02-08 00:00:00");
    EXPECT_EQ(parse("02.09"), "2024-02-09 00:00:00");
    EXPECT_EQ(parse("02.09", feb8), "2024-02-09 00:00:00");
    EXPECT_EQ(parse("02.08", feb8), "2025-02-08 00:00:00");
    EXPECT_EQ(parse("서울시"), "none");
    // Long phrases are remembered too (38 bytes; the table once kept only those up to 31).
    EXPECT_EQ(parse("2월 7일 금요일 오후 11시 59분"), "2025-02-07 23:59:00");
    EXPECT_EQ(
        parse("2월 7일 금요일 오후 11시 59분", Reference{CivilDate{2025, 2, 6}, std::nullopt}),
        "2024-02-07 23:59:00");
    EXPECT_EQ(parse("  2월 7일 금요일 오후 11시 59분\t"), "2025-02-07 23:59:00");
  }
}

TEST(NewsDates, PartialDatesTakeTheLatestPastYear) {
  EXPECT_EQ(parse("02.07"), "2025-02-07 00:00:00");
  EXPECT_EQ(parse("12.31"), "2024-12-31 00:00:00");
  EXPECT_EQ(parse("2월 6일"), "2025-02-06 00:00:00");
  // 2024 was a leap year, 2025 is not: Feb 29 seen in March 2025 belongs to no valid year.
  EXPECT_EQ(parse("02.29", Reference{CivilDate{2025, 3, 1}, std::nullopt}), "none");
  EXPECT_EQ(parse("02.29", Reference{CivilDate{2024, 3, 1}, std::nullopt}), "2024-02-29 00:00:00");
}

TEST(NewsDates, TimeAloneIsTheReferenceDay) {
  EXPECT_EQ(parse("07:42"), "2025-02-07 07:42:00");
  // With the time of capture known, a later clock time is the evening before.
  const Reference at_1am{CivilDate{2025, 2, 7}, 3600};
  EXPECT_EQ(parse("23:50", at_1am), "2025-02-06 23:50:00");
}

TEST(NewsDates, RelativeForms) {
  EXPECT_EQ(parse("어제"), "2025-02-06 00:00:00");
  EXPECT_EQ(parse("어제 14:20"), "2025-02-06 14:20:00");
  EXPECT_EQ(parse("그제"), "2025-02-05 00:00:00");
  EXPECT_EQ(parse("오늘"), "2025-02-07 00:00:00");
  EXPECT_EQ(parse("3일 전"), "2025-02-04 00:00:00");
  EXPECT_EQ(parse("2주 전"), "2025-01-24 00:00:00");
  // Against a date alone, less than a day back is the reference day itself, at midnight.
  EXPECT_EQ(parse("3시간 전"), "2025-02-07 00:00:00");
  EXPECT_EQ(parse("3시간전"), "2025-02-07 00:00:00");
  EXPECT_EQ(parse("30시간 전"), "2025-02-06 00:00:00");
  EXPECT_EQ(parse("방금"), "2025-02-07 00:00:00");
  EXPECT_EQ(parse("방금 전"), "2025-02-07 00:00:00");
  // With the time of capture they are exact.
  const Reference at_10{CivilDate{2025, 2, 7}, 10 * 3600};
  EXPECT_EQ(parse("3시간 전", at_10), "2025-02-07 07:00:00");
  EXPECT_EQ(parse("15분 전", at_10), "2025-02-07 09:45:00");
  EXPECT_EQ(parse("방금", at_10), "2025-02-07 10:00:00");
  EXPECT_EQ(parse("11시간 전", at_10), "2025-02-06 23:00:00");
}

TEST(NewsDates, NotDates) {
  EXPECT_EQ(parse(""), "none");
  EXPECT_EQ(parse("3.1"), "none");  // "규모 3.1": partial dates need two digits each
  EXPECT_EQ(parse("4.5조"), "none");
  EXPECT_EQ(parse("2025.13.01"), "none");
  EXPECT_EQ(parse("2025.02.30"), "none");
  EXPECT_EQ(parse("25:00"), "none");
  EXPECT_EQ(parse("2025.02.07 기사"), "none");
  EXPECT_EQ(parse("3월"), "none");
  EXPECT_EQ(parse("123456"), "none");
}

TEST(NewsDates, ReferenceOption) {
  Reference r;
  ASSERT_TRUE(parse_reference("2025-02-07", r));
  EXPECT_EQ(format_date(r.date), "2025-02-07");
  EXPECT_FALSE(r.seconds_of_day.has_value());
  ASSERT_TRUE(parse_reference("2025-02-07 14:30", r));
  EXPECT_EQ(*r.seconds_of_day, 14 * 3600 + 30 * 60);
  ASSERT_TRUE(parse_reference("2025-02-07T14:30:15", r));
  EXPECT_FALSE(parse_reference("2025-2-7", r));
  EXPECT_FALSE(parse_reference("2025-02-07 25:00", r));
}

TEST(NewsCivilTime, DayArithmetic) {
  EXPECT_EQ(days_from_civil(CivilDate{1970, 1, 1}), 0);
  EXPECT_EQ(days_from_civil(CivilDate{2000, 1, 1}), 10957);
  for (int64_t d = -800000; d < 800000; d += 997) {
    EXPECT_EQ(days_from_civil(civil_from_days(d)), d);
  }
  EXPECT_EQ(format_date(add_days(CivilDate{2024, 3, 1}, -1)), "2024-02-29");
  EXPECT_EQ(format_date(add_days(CivilDate{2025, 1, 1}, -1)), "2024-12-31");
}

}  // namespace
}  // namespace kornews::news
