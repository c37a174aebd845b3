// Dates as Korean news lists print them, resolved to a wall-clock timestamp.
//
// Absolute:  2025.02.07  2025-02-07  2025/02/07  2025. 2. 7.  25.02.07  2025년 2월 7일
//            each optionally followed by a weekday "(금)" and a time "09:31", "09:31:05",
//            "오후 3:10".
// Partial:   02.07  02-07  2월 7일 (the year is the reference year, or the year before when that
//            would put the date after the reference date: lists show the past).
// Time only: 07:42 (the reference date at that time).
// Relative:  오늘 / 어제 / 그제 / 그저께 / N일 전 / N주 전, optionally with a time ("어제 14:20"),
//            resolve to that day at the given time, else at midnight.
//            방금 / N초 전 / N분 전 / N시간 전 resolve exactly when the reference carries a time
//            of day; against a date alone they land on the day the list would show them if it
//            was captured at the end of the reference day (so less than 24 hours back is the
//            reference day itself), at midnight.
#pragma once

#include <optional>
#include <string_view>

#include "core/time/civil_time.h"

namespace kornews::news {

// What "now" was when the list was captured.
struct Reference {
  CivilDate date;
  // Seconds since midnight when the time of capture is known; sub-day relative forms are then
  // exact, and a bare time later than it means the day before.
  std::optional<int> seconds_of_day;
};

// "2025-02-07" (a date: sub-day relative forms land on a day) or "2025-02-07 14:30" /
// "2025-02-07T14:30[:SS]" (the time of capture: they become exact). False for anything else.
bool parse_reference(std::string_view text, Reference& out);

// Today in the process's local time zone, as a date-only reference (the CLI's default, like
// current_date in SQL).
Reference local_today();

// Parses `phrase` as one complete date expression (surrounding whitespace allowed, nothing else).
std::optional<LocalDateTime> parse_date_phrase(std::string_view phrase, const Reference& ref);

}  // namespace kornews::news
