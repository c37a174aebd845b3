#include "core/news/dates.h"

#include <ctime>
#include <string>

namespace kornews::news {
namespace {

// The list's rules for what a phrase leaves open (see dates.h).
KoreanDateOptions list_options() {
  KoreanDateOptions options;
  options.yearless = KoreanDateOptions::Yearless::kLatestPast;
  options.clock_on_reference_day = true;
  options.sub_day_against_date = true;
  return options;
}

}  // namespace

std::optional<LocalDateTime> parse_date_phrase(std::string_view phrase, const Reference& ref) {
  static const KoreanDateOptions kOptions = list_options();
  const std::optional<TimeValue> v = parse_korean_time(phrase, ref, kOptions);
  if (!v) return std::nullopt;
  LocalDateTime out;
  out.date = v->date;
  switch (v->kind) {
    case TimeValue::Kind::kDay:
      return out;
    case TimeValue::Kind::kDateTime:
      out.hour = v->hour;
      out.minute = v->minute;
      out.second = v->second;
      // 24:00 is the next day's midnight.
      return local_from_seconds(seconds_from_local(out));
    default:
      return std::nullopt;  // a month, a week, a year, a length of time: no row date
  }
}

bool parse_reference(std::string_view text, Reference& out) {
  Reference reference;
  if (text.size() < 10 || !parse_iso_date(std::string(text.substr(0, 10)), reference.date)) {
    return false;
  }
  std::string_view rest = text.substr(10);
  if (!rest.empty()) {
    if (rest[0] != ' ' && rest[0] != 'T') return false;
    rest.remove_prefix(1);
    // A time of day: 14:30, 14:30:15 (the grammar's clock times, which also read 오후 2:30).
    const std::optional<TimeValue> t = parse_korean_time(rest, std::nullopt);
    if (!t || t->kind != TimeValue::Kind::kClock || t->hour > 23) return false;
    reference.seconds_of_day = t->hour * 3600 + t->minute * 60 + t->second;
  }
  out = reference;
  return true;
}

Reference local_today() {
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  Reference reference;
  reference.date = CivilDate{local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
  return reference;
}

}  // namespace kornews::news
