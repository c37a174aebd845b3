// Dates as Korean news lists print them, resolved to a wall-clock timestamp: the grammar is
// core/time/korean_dates.h (shared with the entity tagger); this file keeps only the list's own
// rules for what it leaves open.
//
// A row's date is a point in time, so only phrases of a day or finer are dates here
// (2025.02.07, 2월 7일, 어제 14:20, 3시간 전, 07:42); a month (3월), a week (지난주), a year or
// a length of time (2시간) is no row date.
// Partial:   02.07  02-07  2월 7일 belong to the reference year, or the year before when that
//            would put the date after the reference date: lists show the past.
// Time only: 07:42 is the reference date at that time (the day before when later than the time
//            of capture).
// Relative:  a day (오늘, 어제 14:20, 3일 전) at the given time, else at midnight.
//            방금 / N초 전 / N분 전 / N시간 전 resolve exactly when the reference carries a time
//            of day; against a date alone they land on the day the list would show them if it
//            was captured at the end of the reference day (so less than 24 hours back is the
//            reference day itself), at midnight.
#pragma once

#include <optional>
#include <string_view>

#include "core/time/civil_time.h"
#include "core/time/korean_dates.h"

namespace kornews::news {

// What "now" was when the list was captured.
using Reference = kornews::TimeReference;

// "2025-02-07" (a date: sub-day relative forms land on a day) or "2025-02-07 14:30" /
// "2025-02-07T14:30[:SS]" (the time of capture: they become exact). False for anything else.
bool parse_reference(std::string_view text, Reference& out);

// Today in the process's local time zone, as a date-only reference (the CLI's default, like
// current_date in SQL).
Reference local_today();

// The grammar's options with the list's rules above (a partial date in the latest past, a time
// alone on the reference day or the day before, sub-day relative forms against a date).
KoreanDateOptions list_date_options();

// Parses `phrase` as one complete date expression (surrounding whitespace allowed, nothing else).
std::optional<LocalDateTime> parse_date_phrase(std::string_view phrase, const Reference& ref);

}  // namespace kornews::news
