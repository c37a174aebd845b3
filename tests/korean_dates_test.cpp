// The Korean date and time grammar of core/time (korean_dates.h), on expressions written for
// these tests; expected values worked out by hand. The same phrases under the entity tagger's
// options (the default) and the headline lists' (latest past year, clock on the reference day).
#include <gtest/gtest.h>

#include <string>

#include "core/news/dates.h"
#include "core/text/utf8.h"
#include "core/time/korean_dates.h"

namespace kornews {
namespace {

// 2026-03-18 is a Wednesday (ISO week 12 of 2026).
const TimeReference kWed{CivilDate{2026, 3, 18}, std::nullopt};

std::string entity(std::string_view phrase, std::optional<TimeReference> ref = kWed) {
  const std::optional<TimeValue> v = parse_korean_time(phrase, ref);
  return v ? format_iso_8601(*v) : "none";
}

std::string list(std::string_view phrase, const TimeReference& ref = kWed) {
  const std::optional<TimeValue> v = parse_korean_time(phrase, ref, news::list_date_options());
  return v ? format_iso_8601(*v) : "none";
}

TEST(KoreanDates, AbsoluteDatesInEveryWriting) {
  EXPECT_EQ(entity("2026.03.05"), "2026-03-05");
  EXPECT_EQ(entity("2026-3-5"), "2026-03-05");
  EXPECT_EQ(entity("2026/03/05"), "2026-03-05");
  EXPECT_EQ(entity("2026. 3. 5."), "2026-03-05");
  EXPECT_EQ(entity("26.03.05"), "2026-03-05");
  EXPECT_EQ(entity("98.11.30"), "1998-11-30");  // two-digit years from 70 are the 1900s
  EXPECT_EQ(entity("2026년 3월 5일(목)"), "2026-03-05");
  EXPECT_EQ(entity("2026년3월5일 목요일"), "2026-03-05");
  EXPECT_EQ(entity("2026년 3월"), "2026-03");
  EXPECT_EQ(entity("2026.03"), "2026-03");
  EXPECT_EQ(entity("2026년"), "2026");
  EXPECT_EQ(entity("2026.02.29"), "none");  // 2026 is no leap year
  EXPECT_EQ(entity("2026년 0월"), "none");
}

TEST(KoreanDates, DatesWithATimeOfDay) {
  EXPECT_EQ(entity("2026.03.05 18:40"), "2026-03-05T18:40");
  EXPECT_EQ(entity("2026-03-05 06:02:09"), "2026-03-05T06:02:09");
  EXPECT_EQ(entity("2026년 3월 5일 오후 6시 40분"), "2026-03-05T18:40");
  EXPECT_EQ(entity("어제 저녁 7시"), "2026-03-17T19:00");
  EXPECT_EQ(entity("모레 09:15"), "2026-03-20T09:15");
  EXPECT_EQ(entity("4일 전 10:00"), "2026-03-14T10:00");
  EXPECT_EQ(entity("2026.03.05 보도"), "none");
  EXPECT_EQ(entity("2026년 3월 오후 2시"), "none");  // a month has no time of day
}

TEST(KoreanDates, RelativeWordsAgainstTheReference) {
  EXPECT_EQ(entity("금일"), "2026-03-18");
  EXPECT_EQ(entity("작일"), "2026-03-17");
  EXPECT_EQ(entity("엊그제"), "2026-03-16");
  EXPECT_EQ(entity("모레"), "2026-03-20");
  EXPECT_EQ(entity("재작년"), "2024");
  EXPECT_EQ(entity("내달"), "2026-04");
  EXPECT_EQ(entity("다음 주"), "2026-W13");
  EXPECT_EQ(entity("금주"), "2026-W12");
  EXPECT_EQ(entity("지난 해"), "2025");
  EXPECT_EQ(entity("금일", std::nullopt), "none");
}

TEST(KoreanDates, CountedFromTheReference) {
  EXPECT_EQ(entity("6일 전"), "2026-03-12");
  EXPECT_EQ(entity("3주 전"), "2026-02-25");
  EXPECT_EQ(entity("2주 뒤"), "2026-04-01");
  EXPECT_EQ(entity("4개월 전"), "2025-11");
  EXPECT_EQ(entity("5년 후"), "2031");
  EXPECT_EQ(entity("열흘 전"), "none");  // a word for a length of time, not a count back
  EXPECT_EQ(entity("6일 전", std::nullopt), "none");
}

TEST(KoreanDates, YearlessDatesFollowTheCallersRule) {
  // The entity tagger: the reference year, even ahead of the reference.
  EXPECT_EQ(entity("11월 2일"), "2026-11-02");
  EXPECT_EQ(entity("11.02"), "2026-11-02");
  EXPECT_EQ(entity("11월 2일", std::nullopt), "--11-02");
  EXPECT_EQ(entity("2월 30일", std::nullopt), "none");
  // A list: the latest date not after the reference.
  EXPECT_EQ(list("11월 2일"), "2025-11-02");
  EXPECT_EQ(list("11-02"), "2025-11-02");
  EXPECT_EQ(list("03.18"), "2026-03-18");
  EXPECT_EQ(list("3.5"), "none");  // 규모 3.5 is no date: partial dates need two digits each
}

TEST(KoreanDates, RelativeWordsPlaceAMonthADayOrAWeekday) {
  EXPECT_EQ(entity("지난해 12월"), "2025-12");
  EXPECT_EQ(entity("작년 12월 3일"), "2025-12-03");
  EXPECT_EQ(entity("내년 1월"), "2027-01");
  EXPECT_EQ(entity("다음 달 3일"), "2026-04-03");
  EXPECT_EQ(entity("이번 달 20일"), "2026-03-20");
  EXPECT_EQ(entity("지난달 31일"), "none");  // February has no 31st
  EXPECT_EQ(entity("지난주 금요일"), "2026-03-13");
  EXPECT_EQ(entity("다음 주 월요일 오전 10시"), "2026-03-23T10:00");
  EXPECT_EQ(entity("이번 주 내내"), "none");
  EXPECT_EQ(entity("지난해 7일"), "none");
  EXPECT_EQ(entity("작년 2025년"), "none");
  EXPECT_EQ(entity("지난해 12월", std::nullopt), "none");
  // An explicit year wins over a list's latest-past rule.
  EXPECT_EQ(list("올해 11월 2일"), "2026-11-02");
  EXPECT_EQ(list("11월 2일"), "2025-11-02");
}

TEST(KoreanDates, DayOfTheMonthAlone) {
  EXPECT_EQ(entity("9일"), "2026-03-09");
  EXPECT_EQ(entity("지난 25일"), "2026-02-25");
  EXPECT_EQ(entity("오는 2일"), "2026-04-02");
  EXPECT_EQ(entity("31일께"), "2026-03-31");
}

TEST(KoreanDates, TimesOfDay) {
  EXPECT_EQ(entity("새벽 4시 20분"), "04:20");
  EXPECT_EQ(entity("저녁 8시 반"), "20:30");
  EXPECT_EQ(entity("오전 12:30"), "00:30");
  EXPECT_EQ(entity("오후 12시"), "12:00");
  EXPECT_EQ(entity("21:07:45"), "21:07:45");
  EXPECT_EQ(entity("자정"), "00:00");
  EXPECT_EQ(entity("다섯 시"), "05:00");
  EXPECT_EQ(entity("2:1"), "none");  // a score
  EXPECT_EQ(entity("24:30"), "none");
  EXPECT_EQ(entity("오후"), "none");
  // A list puts a time alone on the reference day, or the day before when later than capture.
  EXPECT_EQ(list("21:07"), "2026-03-18T21:07");
  EXPECT_EQ(list("21:07", TimeReference{CivilDate{2026, 3, 18}, 8 * 3600}), "2026-03-17T21:07");
}

TEST(KoreanDates, SubDayCountsNeedTheTimeOfCapture) {
  const TimeReference at_0830{CivilDate{2026, 3, 18}, 8 * 3600 + 30 * 60};
  EXPECT_EQ(entity("40분 전", at_0830), "2026-03-18T07:50");
  EXPECT_EQ(entity("9시간 전", at_0830), "2026-03-17T23:30");
  EXPECT_EQ(entity("25초 전", at_0830), "2026-03-18T08:29:35");
  EXPECT_EQ(entity("방금", at_0830), "2026-03-18T08:30");
  // Against a date alone: no value for an entity, the reference day (or before) for a list.
  EXPECT_EQ(entity("40분 전"), "none");
  EXPECT_EQ(list("40분 전"), "2026-03-18");
  EXPECT_EQ(list("26시간전"), "2026-03-17");
  EXPECT_EQ(list("방금 전"), "2026-03-18");
}

TEST(KoreanDates, LengthsOfTime) {
  EXPECT_EQ(entity("7년간"), "P7Y");
  EXPECT_EQ(entity("두 달"), "none");  // only 한 달 is read as a month count
  EXPECT_EQ(entity("한 달"), "P1M");
  EXPECT_EQ(entity("8개월 동안"), "P8M");
  EXPECT_EQ(entity("3주일"), "P3W");
  EXPECT_EQ(entity("나흘간"), "P4D");
  EXPECT_EQ(entity("보름"), "P15D");
  EXPECT_EQ(entity("약 1시간 15분"), "PT1H15M");
  EXPECT_EQ(entity("세 시간 동안"), "PT3H");
  EXPECT_EQ(entity("45초"), "PT45S");
  EXPECT_EQ(entity("80년대"), "none");
}

TEST(KoreanDates, OnlyWholePhrases) {
  EXPECT_EQ(entity(""), "none");
  EXPECT_EQ(entity("   "), "none");
  EXPECT_EQ(entity("어제 발표"), "none");
  EXPECT_EQ(entity("7.5조"), "none");
  EXPECT_EQ(entity("2026년 3월 5일부터"), "2026-03-05");
  EXPECT_EQ(entity(std::string(200, ' ') + "어제"), "2026-03-17");  // padding is trimmed first
  EXPECT_EQ(entity("어제 " + std::string(120, 'x')), "none");
}

TEST(KoreanDates, TheQuickRejectionOfUtf8TextLosesNoPhrase) {
  // The UTF-8 entry point turns a phrase away by its first and last characters before decoding
  // it; the code point entry point has no such shortcut. Both must agree on every form.
  const char* const kPhrases[] = {
      "2026.03.05", "2026.03.05.", "2026.03.05 목", "2026.03.05(목)", "2026년 3월 5일 목요일",
      "26.03.05 18:40", "03-05", "11월 2일", "2026년", "2026년 3월", "9일", "31일께", "지난 25일",
      "오는 2일", "금일", "작일", "오늘", "어제", "그제", "그저께", "엊그제", "내일", "모레", "올해",
      "올", "금년", "지난해", "지난 해", "작년", "재작년", "내년", "이번 달", "이달", "지난달",
      "다음 달", "내달", "이번 주", "금주", "지난주", "다음 주", "6일 전", "3주 전", "2주 뒤",
      "4개월 후", "5년 후", "40분 전", "9시간전", "방금", "방금 전", "새벽 4시 20분", "저녁 8시 반",
      "오전 12:30", "21:07:45", "정오", "자정", "다섯 시", "열두 시", "7년간", "한 달", "한달",
      "8개월 동안", "3주일", "나흘간", "하루", "이틀", "사흘", "닷새", "엿새", "이레", "여드레",
      "아흐레", "열흘", "보름", "약 1시간 15분", "세 시간 동안", "45초", "두 시간", "스무 시간",
      "지난해 12월", "다음 달 3일", "지난주 금요일", "다음 주 월요일 오전 10시", "2026년 3월 5일부터",
      "10일까지", "3시쯤", "5일경", "총 3일간", "무려 10년", "최대 2시간", "대략 30분",
      "모두 이틀", "어제\u00a0", "\u3000오늘", "80년대", "3.5", "2:1", "새벽", "하락", "한빛일보",
      "자동화", "보조금", "9000001", "1234", "바다일보 3시간 전", "지난7일", "오후3:10",
      "어제14:20", "세시간", "다섯시 반", "열두시반", "약3시간", "밤10시", "사흘간", "삼십 분",
      "한 시간", "한시간", "스물세 시간", "여드레 동안", "이번달 20일", "올 3월", "2026 년",
      "모레쯤", "사흘께", "그저께쯤", "오후3시쯤", "하루동안", "이틀간", "열흘 남짓", "서울시",
      "경제 2026.03.05", "지금", "자금 3시간 전", "석 달", "넉 달", "삼십일", "이십 일"};
  for (const char* phrase : kPhrases) {
    const std::string text = phrase;  // "\u00a0" and "\u3000" are UTF-8 here already
    std::u32string wide;
    for (size_t i = 0; i < text.size();) wide.push_back(utf8::decode(text, i));
    for (const KoreanDateOptions& options : {KoreanDateOptions{}, news::list_date_options()}) {
      const std::optional<TimeValue> a = parse_korean_time(std::string_view(text), kWed, options);
      const std::optional<TimeValue> b = parse_korean_time(std::u32string_view(wide), kWed, options);
      EXPECT_EQ(a ? format_iso_8601(*a) : "none", b ? format_iso_8601(*b) : "none") << text;
    }
  }
}

TEST(KoreanDates, TheScreenTrimsAsciiSpacesAndTurnsAwayByTheFirstWord) {
  EXPECT_EQ(screen_korean_time("  어제 14:20\t"), "어제 14:20");
  EXPECT_EQ(screen_korean_time("\u3000오늘"), "\u3000오늘");  // the grammar trims the rest
  EXPECT_EQ(screen_korean_time("세시간"), "세시간");  // a number glued to its unit
  EXPECT_EQ(screen_korean_time("사흘간"), "사흘간");  // a leading word with 간
  EXPECT_EQ(screen_korean_time("서울시 3시간 전"), "");  // 서 may start 서른; 서울시 is no number
  EXPECT_EQ(screen_korean_time("한빛일보 2026.03.05"), "");
  EXPECT_EQ(screen_korean_time("2026"), "");  // digits alone are a count
  EXPECT_EQ(screen_korean_time(" \t "), "");
  const std::string longest = std::string(kMaxKoreanTimeBytes - 3, '1') + "일";  // 96 bytes
  EXPECT_EQ(screen_korean_time(" " + longest + " "), longest);  // padding does not count
  EXPECT_EQ(screen_korean_time("1" + longest), "");
  // The two steps give what the entry point gives.
  for (const char* phrase : {"  지난주 금요일 ", "3시간 전", "2026년 3월 5일 목요일 오후 3시", "하락"}) {
    const std::string_view screened = screen_korean_time(phrase);
    const std::optional<TimeValue> whole = parse_korean_time(std::string_view(phrase), kWed);
    const std::optional<TimeValue> steps =
        screened.empty() ? std::nullopt : parse_screened_korean_time(screened, kWed);
    EXPECT_EQ(whole ? format_iso_8601(*whole) : "none", steps ? format_iso_8601(*steps) : "none")
        << phrase;
  }
}

TEST(KoreanDates, NoYearOutsideOneTo9999) {
  const TimeReference last_day{CivilDate{9999, 12, 31}, std::nullopt};
  EXPECT_EQ(entity("작일", last_day), "9999-12-30");
  EXPECT_EQ(entity("모레", last_day), "none");
  EXPECT_EQ(entity("내년", last_day), "none");
  const TimeReference first_day{CivilDate{1, 1, 3}, std::nullopt};
  EXPECT_EQ(entity("작년", first_day), "none");
  EXPECT_EQ(entity("지난주", first_day), "none");  // its Thursday falls in year 0
}

}  // namespace
}  // namespace kornews
