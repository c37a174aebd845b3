#include "core/news/dates.h"

#include <cstdint>
#include <ctime>
#include <string>

#include "core/news/text_scan.h"

namespace kornews::news {
namespace {

struct Number {
  int value = 0;
  int digits = 0;
};

// A cursor over one phrase with the few primitives the grammar needs. Every try_* function
// restores the position when it fails, so alternatives can be tried in turn.
class PhraseCursor {
 public:
  explicit PhraseCursor(std::string_view text) : text_(text) {}

  size_t pos() const { return pos_; }
  void restore(size_t pos) { pos_ = pos; }
  bool at_end() const { return pos_ >= text_.size(); }

  bool skip_spaces() {
    const size_t start = pos_;
    while (size_t n = space_length(text_, pos_)) pos_ += n;
    return pos_ != start;
  }

  bool literal(std::string_view word) {
    if (text_.substr(pos_, word.size()) != word) return false;
    pos_ += word.size();
    return true;
  }

  bool ascii(char c) {
    if (pos_ < text_.size() && text_[pos_] == c) {
      ++pos_;
      return true;
    }
    return false;
  }

  // At most `max_digits` ASCII digits; more digits than that is no number at all.
  bool number(int max_digits, Number& out) {
    size_t p = pos_;
    Number n;
    while (p < text_.size() && text_[p] >= '0' && text_[p] <= '9') {
      if (++n.digits > max_digits) return false;
      n.value = n.value * 10 + (text_[p] - '0');
      ++p;
    }
    if (n.digits == 0) return false;
    pos_ = p;
    out = n;
    return true;
  }

  char peek() const { return pos_ < text_.size() ? text_[pos_] : '\0'; }

 private:
  std::string_view text_;
  size_t pos_ = 0;
};

struct TimeOfDay {
  int hour = 0, minute = 0, second = 0;
};

// [오전|오후] H:MM[:SS]
bool try_time(PhraseCursor& c, TimeOfDay& out) {
  const size_t start = c.pos();
  int meridiem = 0;  // 1 = 오전 (a.m.), 2 = 오후 (p.m.)
  if (c.literal("오전")) {
    meridiem = 1;
  } else if (c.literal("오후")) {
    meridiem = 2;
  }
  if (meridiem) c.skip_spaces();
  Number h, m, s;
  if (!c.number(2, h) || !c.ascii(':') || !c.number(2, m) || m.digits != 2) {
    c.restore(start);
    return false;
  }
  s.value = 0;
  const size_t before_seconds = c.pos();
  if (c.ascii(':') && !(c.number(2, s) && s.digits == 2)) {
    c.restore(before_seconds);
    s.value = 0;
  }
  int hour = h.value;
  if (meridiem) {
    if (hour < 1 || hour > 12) {
      c.restore(start);
      return false;
    }
    hour = hour % 12 + (meridiem == 2 ? 12 : 0);
  }
  if (hour > 23 || m.value > 59 || s.value > 59) {
    c.restore(start);
    return false;
  }
  out = TimeOfDay{hour, m.value, s.value};
  return true;
}

// An optional " HH:MM" after a date; the cursor is left after the date when there is none.
TimeOfDay optional_time(PhraseCursor& c) {
  const size_t start = c.pos();
  TimeOfDay t;
  c.skip_spaces();
  if (!try_time(c, t)) {
    c.restore(start);
    return TimeOfDay{};
  }
  return t;
}

LocalDateTime at(const CivilDate& d, const TimeOfDay& t) {
  LocalDateTime out;
  out.date = d;
  out.hour = t.hour;
  out.minute = t.minute;
  out.second = t.second;
  return out;
}

// "(금)" after a date: a weekday in parentheses, ignored.
void skip_weekday(PhraseCursor& c) {
  const size_t start = c.pos();
  c.skip_spaces();
  if (c.ascii('(')) {
    static const char* const kDays[] = {"월", "화", "수", "목", "금", "토", "일"};
    for (const char* day : kDays) {
      if (c.literal(day)) {
        if (c.ascii(')')) return;
        break;
      }
    }
  }
  c.restore(start);
}

// A month and day without a year belong to the latest year that does not put them after the
// reference date.
std::optional<CivilDate> resolve_partial(int month, int day, const Reference& ref) {
  int year = ref.date.year;
  if (month > ref.date.month || (month == ref.date.month && day > ref.date.day)) --year;
  if (!is_valid_date(year, month, day)) return std::nullopt;
  return CivilDate{year, month, day};
}

std::optional<LocalDateTime> finish_date(PhraseCursor& c, const std::optional<CivilDate>& date) {
  if (!date) return std::nullopt;
  skip_weekday(c);
  return at(*date, optional_time(c));
}

// 2025년 2월 7일 / 2월 7일 (the first number has been read).
std::optional<LocalDateTime> try_korean_date(PhraseCursor& c, Number first, const Reference& ref) {
  int year = 0;
  Number month, day;
  if (c.literal("년")) {
    if (first.digits != 4 && first.digits != 2) return std::nullopt;
    year = first.digits == 2 ? 2000 + first.value : first.value;
    c.skip_spaces();
    if (!c.number(2, month) || !c.literal("월")) return std::nullopt;
  } else if (c.literal("월")) {
    month = first;
  } else {
    return std::nullopt;
  }
  c.skip_spaces();
  if (!c.number(2, day) || !c.literal("일")) return std::nullopt;
  if (year == 0) return finish_date(c, resolve_partial(month.value, day.value, ref));
  if (!is_valid_date(year, month.value, day.value)) return std::nullopt;
  return finish_date(c, CivilDate{year, month.value, day.value});
}

// 2025.02.07  25.02.07  2025-2-7  2025. 2. 7.  02.07  02-07 (the first number has been read).
std::optional<LocalDateTime> try_numeric_date(PhraseCursor& c, Number first, const Reference& ref) {
  const char sep = c.peek();
  if (sep != '.' && sep != '-' && sep != '/') return std::nullopt;
  c.ascii(sep);
  // "2025. 2. 7." puts a space after each dot.
  if (sep == '.') c.skip_spaces();
  Number second;
  if (!c.number(2, second)) return std::nullopt;
  const size_t after_second = c.pos();
  Number third;
  bool has_third = false;
  if (c.ascii(sep)) {
    if (sep == '.') c.skip_spaces();
    has_third = c.number(2, third);
    if (!has_third) c.restore(after_second);
  }
  if (sep == '.') c.ascii('.');  // "2025.02.07." and "02.07." end with a dot

  if (!has_third) {
    // Month and day only. Two digits each, so that "규모 3.1" is not read as March 1st.
    if (first.digits != 2 || second.digits != 2) return std::nullopt;
    return finish_date(c, resolve_partial(first.value, second.value, ref));
  }
  int year;
  if (first.digits == 4) {
    year = first.value;
  } else if (first.digits == 2 && second.digits == 2 && third.digits == 2) {
    year = 2000 + first.value;
  } else {
    return std::nullopt;
  }
  if (!is_valid_date(year, second.value, third.value)) return std::nullopt;
  return finish_date(c, CivilDate{year, second.value, third.value});
}

std::optional<LocalDateTime> try_absolute(PhraseCursor& c, const Reference& ref) {
  const size_t start = c.pos();
  Number first;
  if (!c.number(4, first)) return std::nullopt;
  const size_t after_first = c.pos();
  if (auto d = try_korean_date(c, first, ref)) return d;
  c.restore(after_first);
  if (auto d = try_numeric_date(c, first, ref)) return d;
  c.restore(start);
  return std::nullopt;
}

// The end of the reference day, or the exact time of capture when it is known.
int64_t reference_seconds(const Reference& ref) {
  LocalDateTime t;
  t.date = ref.date;
  const int of_day = ref.seconds_of_day ? *ref.seconds_of_day : 86399;
  return seconds_from_local(t) + of_day;
}

LocalDateTime seconds_back(int64_t amount, const Reference& ref) {
  LocalDateTime t = local_from_seconds(reference_seconds(ref) - amount);
  if (!ref.seconds_of_day) t = at(t.date, TimeOfDay{});
  return t;
}

std::optional<LocalDateTime> days_back(PhraseCursor& c, int64_t days, const Reference& ref) {
  return at(add_days(ref.date, -days), optional_time(c));
}

std::optional<LocalDateTime> try_relative(PhraseCursor& c, const Reference& ref) {
  const size_t start = c.pos();
  if (c.literal("방금")) {
    const size_t after = c.pos();
    c.skip_spaces();
    if (!c.literal("전")) c.restore(after);
    return seconds_back(0, ref);
  }
  struct NamedDay {
    const char* word;
    int days_back;
  };
  // Longer words first: "그저께" before "그제" would not matter, but keep the rule simple.
  static const NamedDay kNamedDays[] = {
      {"오늘", 0}, {"어제", 1}, {"엊그제", 2}, {"그저께", 2}, {"그제", 2}};
  for (const auto& named : kNamedDays) {
    if (c.literal(named.word)) return days_back(c, named.days_back, ref);
  }
  Number amount;
  if (!c.number(4, amount)) return std::nullopt;
  c.skip_spaces();
  int64_t unit_seconds = 0;
  int64_t unit_days = 0;
  if (c.literal("초")) {
    unit_seconds = 1;
  } else if (c.literal("분")) {
    unit_seconds = 60;
  } else if (c.literal("시간")) {
    unit_seconds = 3600;
  } else if (c.literal("일")) {
    unit_days = 1;
  } else if (c.literal("주")) {
    unit_days = 7;
  }
  c.skip_spaces();
  if ((unit_seconds == 0 && unit_days == 0) || !c.literal("전")) {
    c.restore(start);
    return std::nullopt;
  }
  if (unit_days) return days_back(c, amount.value * unit_days, ref);
  return seconds_back(amount.value * unit_seconds, ref);
}

std::optional<LocalDateTime> try_time_only(PhraseCursor& c, const Reference& ref) {
  TimeOfDay t;
  if (!try_time(c, t)) return std::nullopt;
  CivilDate day = ref.date;
  // A list captured at 01:00 that shows 23:50 means the evening before.
  if (ref.seconds_of_day && t.hour * 3600 + t.minute * 60 + t.second > *ref.seconds_of_day) {
    day = add_days(day, -1);
  }
  return at(day, t);
}

}  // namespace

std::optional<LocalDateTime> parse_date_phrase(std::string_view phrase, const Reference& ref) {
  PhraseCursor c(phrase);
  c.skip_spaces();
  std::optional<LocalDateTime> result = try_relative(c, ref);
  if (!result) result = try_absolute(c, ref);
  if (!result) result = try_time_only(c, ref);
  if (!result) return std::nullopt;
  c.skip_spaces();
  if (!c.at_end()) return std::nullopt;
  return result;
}

bool parse_reference(std::string_view text, Reference& out) {
  Reference reference;
  if (text.size() < 10 || !parse_iso_date(std::string(text.substr(0, 10)), reference.date)) {
    return false;
  }
  std::string_view rest = text.substr(10);
  if (!rest.empty()) {
    if (rest[0] != ' ' && rest[0] != 'T') return false;
    PhraseCursor c(rest.substr(1));
    TimeOfDay t;
    if (!try_time(c, t) || !c.at_end()) return false;
    reference.seconds_of_day = t.hour * 3600 + t.minute * 60 + t.second;
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
