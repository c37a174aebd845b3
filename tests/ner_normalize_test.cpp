// Value normalization of entities (src/core/ner/normalize.*, korean_number.*), on phrases
// written for these tests; expected values worked out by hand.
#include <gtest/gtest.h>

#include <string>

#include "core/ner/normalize.h"
#include "core/text/utf8.h"

namespace kornews::ner {
namespace {

std::u32string u32(const std::string& s) {
  std::u32string out;
  for (size_t i = 0; i < s.size();) out.push_back(utf8::decode(s, i));
  return out;
}

const kornews::CivilDate kRef{2025, 2, 10};  // a Monday

std::string qt(const std::string& s) {
  return normalize_value(EntityLabel::kQT, u32(s), {});
}
std::string dt(const std::string& s, std::optional<kornews::CivilDate> ref = kRef) {
  return normalize_value(EntityLabel::kDT, u32(s), ref);
}
std::string ti(const std::string& s) {
  return normalize_value(EntityLabel::kTI, u32(s), {});
}

TEST(NerNormalize, MoneyInKoreanUnits) {
  EXPECT_EQ(qt("4.5조 원"), "4500000000000 KRW");
  EXPECT_EQ(qt("4.5조원"), "4500000000000 KRW");
  EXPECT_EQ(qt("1억 2천만 원"), "120000000 KRW");
  EXPECT_EQ(qt("3,500원"), "3500 KRW");
  EXPECT_EQ(qt("5천만 달러"), "50000000 USD");
  EXPECT_EQ(qt("$300"), "300 USD");
  EXPECT_EQ(qt("200억 엔"), "20000000000 JPY");
  EXPECT_EQ(qt("1.25억 원"), "125000000 KRW");
}

TEST(NerNormalize, CountsKeepTheirUnit) {
  EXPECT_EQ(qt("1천여 명"), "1000 명");
  EXPECT_EQ(qt("약 300명"), "300 명");
  EXPECT_EQ(qt("20명가량"), "20 명");
  EXPECT_EQ(qt("세 명"), "3 명");
  EXPECT_EQ(qt("열두 척"), "12 척");
  EXPECT_EQ(qt("한 번"), "1 번");
  EXPECT_EQ(qt("한번"), "1 번");
  EXPECT_EQ(qt("세군데"), "3 군데");
  EXPECT_EQ(qt("한빛"), "");  // a name that starts like a numeral
  EXPECT_EQ(qt("세계"), "");
  EXPECT_EQ(qt("3.5km"), "3.5 km");
  EXPECT_EQ(qt("규모 3.1"), "");  // a word before the number: not a quantity phrase we read
  EXPECT_EQ(qt("3.1"), "3.1");
}

TEST(NerNormalize, PercentIsWrittenWithItsSign) {
  EXPECT_EQ(qt("60%"), "60 %");
  EXPECT_EQ(qt("2.5%"), "2.5 %");
  EXPECT_EQ(qt("30퍼센트"), "30 %");
}

TEST(NerNormalize, RangesAndVagueAmountsGetNoValue) {
  EXPECT_EQ(qt("2~3명"), "");
  EXPECT_EQ(qt("수십 명"), "");
  EXPECT_EQ(qt("많은 사람"), "");
}

TEST(NerNormalize, AbsoluteDates) {
  EXPECT_EQ(dt("2025.02.07"), "2025-02-07");
  EXPECT_EQ(dt("2025-2-7", std::nullopt), "2025-02-07");
  EXPECT_EQ(dt("2025/02/07"), "2025-02-07");
  EXPECT_EQ(dt("2025. 2. 7."), "2025-02-07");
  EXPECT_EQ(dt("24.12.31"), "2024-12-31");
  EXPECT_EQ(dt("2025년 2월 7일", std::nullopt), "2025-02-07");
  EXPECT_EQ(dt("2025년 2월 7일(금)"), "2025-02-07");
  EXPECT_EQ(dt("2024년 12월"), "2024-12");
  EXPECT_EQ(dt("2024년"), "2024");
  EXPECT_EQ(dt("2025.02"), "2025-02");
  EXPECT_EQ(dt("2025.02.30"), "");  // no such day
  EXPECT_EQ(dt("2025년 13월"), "");
}

TEST(NerNormalize, DatesAgainstTheReference) {
  EXPECT_EQ(dt("2월 7일"), "2025-02-07");
  EXPECT_EQ(dt("2월 7일", std::nullopt), "--02-07");  // ISO 8601 without a year
  EXPECT_EQ(dt("7일"), "2025-02-07");
  EXPECT_EQ(dt("7일", std::nullopt), "");
  EXPECT_EQ(dt("지난 7일"), "2025-02-07");
  EXPECT_EQ(dt("지난 20일"), "2025-01-20");  // the 20th has not come yet in February
  EXPECT_EQ(dt("오는 3일"), "2025-03-03");   // the 3rd has passed
  EXPECT_EQ(dt("오늘"), "2025-02-10");
  EXPECT_EQ(dt("어제"), "2025-02-09");
  EXPECT_EQ(dt("그저께"), "2025-02-08");
  EXPECT_EQ(dt("내일"), "2025-02-11");
  EXPECT_EQ(dt("지난달"), "2025-01");
  EXPECT_EQ(dt("다음 달"), "2025-03");
  EXPECT_EQ(dt("올해"), "2025");
  EXPECT_EQ(dt("지난해"), "2024");
  EXPECT_EQ(dt("내년"), "2026");
  EXPECT_EQ(dt("이번 주"), "2025-W07");
  EXPECT_EQ(dt("지난주"), "2025-W06");
  EXPECT_EQ(dt("3일 전"), "2025-02-07");
  EXPECT_EQ(dt("10년 전"), "2015");
  EXPECT_EQ(dt("오늘", std::nullopt), "");
}

TEST(NerNormalize, MonthEndsAndYearEndsRollOver) {
  EXPECT_EQ(dt("어제", kornews::CivilDate{2025, 1, 1}), "2024-12-31");
  EXPECT_EQ(dt("지난달", kornews::CivilDate{2025, 1, 31}), "2024-12");
  EXPECT_EQ(dt("이번 주", kornews::CivilDate{2021, 1, 3}), "2020-W53");
}

TEST(NerNormalize, DurationsOfDays) {
  EXPECT_EQ(dt("3년간"), "P3Y");
  EXPECT_EQ(dt("10년"), "P10Y");
  EXPECT_EQ(dt("5개월"), "P5M");
  EXPECT_EQ(dt("5개월간"), "P5M");
  EXPECT_EQ(dt("2주"), "P2W");
  EXPECT_EQ(dt("10일간"), "P10D");
  EXPECT_EQ(dt("하루"), "P1D");
  EXPECT_EQ(dt("하루 동안"), "P1D");
  EXPECT_EQ(dt("열흘"), "P10D");
  EXPECT_EQ(dt("90년대"), "");
}

TEST(NerNormalize, Times) {
  EXPECT_EQ(ti("오후 3시 30분"), "15:30");
  EXPECT_EQ(ti("오전 9시"), "09:00");
  EXPECT_EQ(ti("오전 12시"), "00:00");
  EXPECT_EQ(ti("밤 10시 반"), "22:30");
  EXPECT_EQ(ti("14:20"), "14:20");
  EXPECT_EQ(ti("오후 2:05"), "14:05");
  EXPECT_EQ(ti("정오"), "12:00");
  EXPECT_EQ(ti("2시간"), "PT2H");
  EXPECT_EQ(ti("2시간 30분"), "PT2H30M");
  EXPECT_EQ(ti("30분"), "PT30M");
  EXPECT_EQ(ti("오후"), "");
  EXPECT_EQ(ti("25:10"), "");
}

TEST(NerNormalize, PersonsPlacesAndOrganizationsGetNoRuleValue) {
  EXPECT_EQ(normalize_value(EntityLabel::kPS, u32("홍길동"), kRef), "");
  EXPECT_EQ(normalize_value(EntityLabel::kOG, u32("3M"), kRef), "");
}

}  // namespace
}  // namespace kornews::ner
