// The Korean date and time grammar, one place for the headline lists (core/news: a row's
// timestamp) and the entity tagger (core/ner: a DT or TI entity's value).
//
// One phrase, whole (surrounding spaces allowed), is read as one of:
//   absolute dates   2025.02.07  2025-2-7  2025/02/07  2025. 2. 7.  25.02.07  2025년 2월 7일
//                    2025.02 / 2025년 2월 (a month)  2025년 (a year)
//   yearless dates   02.07  02-07  2월 7일 (policy: the reference year, or the latest past one)
//                    2월 (a month of the reference year)  7일 / 지난 20일 / 오는 3일 (a day of the
//                    reference month, or the month before or after)
//   relative words   오늘 금일 어제 작일 그제 그저께 엊그제 내일 모레 (days)  올해 금년 올 지난해
//                    작년 재작년 내년 (years)  이번 달 이달 지난달 다음 달 내달 (months)
//                    이번 주 금주 지난주 다음 주 (ISO weeks)
//   counted back     3일 전  2주 전  10년 전  3개월 후  (days, weeks, years, months)
//                    3시간 전  15분 전  10초 전  방금 (sub-day: needs the time of capture)
//   times of day     14:20  9:05:30  오후 3:10  오후 3시 30분  밤 10시 반  정오  자정
//   lengths of time  3년간  10년  5개월  2주  10일간  하루 … 열흘 보름  한 달  2시간 30분  30분
// A date of day precision may carry a weekday, (금) (금요일) 금요일, and a time of day:
// "2025.02.07(금) 07:42", "어제 14:20", "2월 7일 오후 3시", "3일 전 09:00".
// Qualifiers around a value are dropped: 약 / 총 before, 가량 쯤 께 경 이상 부터 까지 … after.
#pragma once

#include <optional>
#include <string_view>

#include "core/time/civil_time.h"
#include "core/time/time_value.h"

namespace kornews {

// What "now" was: a date, and the time of day when it is known.
struct TimeReference {
  CivilDate date;
  std::optional<int> seconds_of_day;  // seconds since midnight
};

// How each caller places what the phrase leaves open.
struct KoreanDateOptions {
  // A month and day without a year: kReferenceYear takes the reference's year (an article speaks
  // of its own year, ahead or behind); kLatestPast the latest year that does not put the date
  // after the reference (a list shows what is already published).
  enum class Yearless { kReferenceYear, kLatestPast } yearless = Yearless::kReferenceYear;
  // A time of day alone (07:42): false keeps it a clock time; true puts it on the reference day,
  // or the day before when it is later than the time of capture (a list captured at 01:00 that
  // shows 23:50).
  bool clock_on_reference_day = false;
  // 3시간 전, 방금 against a reference without a time of day: false gives no value; true gives the
  // day a list captured at the end of the reference day shows (less than 24 hours back is the
  // reference day itself).
  bool sub_day_against_date = false;
};

// `phrase` without the words before a value that qualify it without changing it (약 3시간,
// 총 5건, 최대 10일): what the grammar skips, for readers of other values (quantities) too.
std::u32string_view strip_qualifiers(std::u32string_view phrase);

// The value of `phrase`, or nullopt when it is no date or time expression, or one that needs a
// reference (or a time of capture) that is not given.
std::optional<TimeValue> parse_korean_time(std::u32string_view phrase,
                                           const std::optional<TimeReference>& reference,
                                           const KoreanDateOptions& options = {});
// The same for UTF-8 text: screen_korean_time, then parse_screened_korean_time.
std::optional<TimeValue> parse_korean_time(std::string_view phrase,
                                           const std::optional<TimeReference>& reference,
                                           const KoreanDateOptions& options = {});

// The two steps of the UTF-8 entry point, for a caller that looks between them (the headline
// lists remember the answers to the phrases the screen lets through, core/news/dates.cpp).
// screen_korean_time: `text` without its leading and trailing ASCII spaces and tabs when the
// grammar may read it, an empty view when it certainly reads none: too long, or its first and
// last characters (phrase_screen.h) or its first word are none a phrase starts or ends with.
// Most spans the headline parser asks about (titles, outlets, counts) stop here, and cost no
// more than decoding their first word.
std::string_view screen_korean_time(std::string_view text);
// The longest phrase screen_korean_time lets through, in bytes (after trimming): a date phrase is
// short, and the bound keeps the headline parser, which tries many spans of a row, from
// decoding long titles.
inline constexpr size_t kMaxKoreanTimeBytes = 96;
// The value of a phrase exactly as screen_korean_time returned it (not empty).
std::optional<TimeValue> parse_screened_korean_time(std::string_view screened,
                                                    const std::optional<TimeReference>& reference,
                                                    const KoreanDateOptions& options = {});

}  // namespace kornews
