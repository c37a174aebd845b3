#include "core/news/dates.h"

#include <cstdint>
#include <cstring>
#include <ctime>
#include <string>

namespace kornews::news {
namespace {

// The row date a screened phrase gives, read by the grammar.
std::optional<LocalDateTime> read_phrase(std::string_view screened, const Reference& ref) {
  static const KoreanDateOptions kOptions = list_date_options();
  const std::optional<TimeValue> v = parse_screened_korean_time(screened, ref, kOptions);
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

// The phrases of a list repeat: every row of a board carries one of a few dates or "N시간 전",
// and the parser asks about the same spans of a row twice (once to learn the author column, once
// for the row). Of the ~92,000 spans it asks about in a 1 MB list, ~22,000 pass the screen, and
// all but ~2,000 of those are a few dozen dates and times over and over. So the answers to what
// the screen lets through are remembered in a small direct-mapped table, keyed by the phrase's
// bytes and the reference (the grammar's answer depends on nothing else). With the one grammar,
// list parsing had fallen to 0.84x of its speed before (bench/dates.sh, anchor bea4b1f); the
// table of phrases up to 31 bytes brought it to 0.95x, and screening before the table, keeping
// every screened phrase and the hash below to ~1.0x.
struct RememberedPhrase {
  uint64_t hash = 0;
  Reference ref;
  uint8_t size = 0;
  char bytes[kMaxKoreanTimeBytes];
  std::optional<LocalDateTime> value;
};
static_assert(kMaxKoreanTimeBytes <= UINT8_MAX, "RememberedPhrase::size holds a phrase's size");
constexpr size_t kRememberedBits = 10;  // 1024 phrases

// A phrase's hash, eight bytes a multiply (FNV-1a takes one per byte, in a chain: the table
// spent more on hashing than on looking up). The last word is read where it ends, overlapping
// the one before: a short word copied into a zeroed one byte by byte stalls the load that reads
// it back. The top bits pick the slot.
uint64_t load(const char* p, size_t n) {
  uint64_t v = 0;
  std::memcpy(&v, p, n);
  return v;
}

uint64_t phrase_hash(std::string_view s) {
  constexpr uint64_t kMul = 0x9E3779B97F4A7C15ull;  // odd, well-mixed bits (the golden ratio)
  const char* p = s.data();
  const size_t n = s.size();
  uint64_t h = n;
  auto mix = [&h](uint64_t word) {
    h = (h ^ word) * kMul;
    h ^= h >> 29;
  };
  if (n >= 8) {
    for (size_t i = 0; i + 8 < n; i += 8) mix(load(p + i, 8));
    mix(load(p + n - 8, 8));
  } else if (n >= 4) {
    mix(load(p, 4) << 32 | load(p + n - 4, 4));
  } else if (n > 0) {
    mix(load(p, 1) << 16 | load(p + n / 2, 1) << 8 | load(p + n - 1, 1));
  }
  return h * kMul;
}

}  // namespace

KoreanDateOptions list_date_options() {
  KoreanDateOptions options;
  options.yearless = KoreanDateOptions::Yearless::kLatestPast;
  options.clock_on_reference_day = true;
  options.sub_day_against_date = true;
  return options;
}

std::optional<LocalDateTime> parse_date_phrase(std::string_view text, const Reference& ref) {
  // Titles, outlets and counts stop at the screen, before anything is hashed or decoded whole.
  const std::string_view phrase = screen_korean_time(text);
  if (phrase.empty()) return std::nullopt;
  thread_local RememberedPhrase table[size_t{1} << kRememberedBits];
  const uint64_t hash = phrase_hash(phrase);
  RememberedPhrase& slot = table[hash >> (64 - kRememberedBits)];
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
