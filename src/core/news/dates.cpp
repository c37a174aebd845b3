#include "core/news/dates.h"

#include <cstring>
#include <ctime>
#include <string>

#include "core/io/checksum.h"
#include "core/time/phrase_screen.h"

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

// The row date a phrase gives, read by the grammar.
std::optional<LocalDateTime> read_phrase(std::string_view phrase, const Reference& ref) {
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

// The phrases of a list repeat: every row of a board carries one of a few dates or "N시간 전".
// Of the ~92,000 spans the parser asks about in a 1 MB list, a third pass the screen, and those
// are ~15,000 distinct phrases. So the answers are remembered in a small direct-mapped table,
// keyed by the phrase's bytes and the reference (the grammar's answer depends on nothing else):
// list parsing went from 0.84x to 0.95x of its speed before the one grammar (bench/dates.sh).
struct RememberedPhrase {
  uint64_t hash = 0;
  Reference ref;
  uint8_t size = 0;
  char bytes[31];
  std::optional<LocalDateTime> value;
};
constexpr size_t kRemembered = 1024;

}  // namespace

std::optional<LocalDateTime> parse_date_phrase(std::string_view phrase, const Reference& ref) {
  while (!phrase.empty() && (phrase.front() == ' ' || phrase.front() == '\t')) phrase.remove_prefix(1);
  while (!phrase.empty() && (phrase.back() == ' ' || phrase.back() == '\t')) phrase.remove_suffix(1);
  if (phrase.empty() || !may_be_time_phrase(phrase)) return std::nullopt;
  if (phrase.size() > sizeof RememberedPhrase::bytes) return read_phrase(phrase, ref);
  thread_local RememberedPhrase table[kRemembered];
  const uint64_t hash = io::fnv1a64(io::kFnv1aSeed, phrase.data(), phrase.size());
  RememberedPhrase& slot = table[hash % kRemembered];
  if (slot.size == phrase.size() && slot.hash == hash && slot.ref.date == ref.date &&
      slot.ref.seconds_of_day == ref.seconds_of_day &&
      std::memcmp(slot.bytes, phrase.data(), phrase.size()) == 0)
    return slot.value;
  slot.value = read_phrase(phrase, ref);
  slot.hash = hash;
  slot.ref = ref;
  slot.size = static_cast<uint8_t>(phrase.size());
  std::memcpy(slot.bytes, phrase.data(), phrase.size());
  return slot.value;
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
