#include "core/morph/mixed_script.h"

#include <string_view>

#include "core/morph/loanword.h"
#include "core/text/u32_text.h"

namespace kornews::mixed_script {
namespace {

using text::is_digit;

// A name longer than this is more likely two words run together than one name.
constexpr int32_t kMaxChars = 24;

// Units of measure written after a number: 16GB, 5000mAh, 3nm are quantities, not model names.
bool is_unit(std::u32string_view letters) {
  static constexpr std::u32string_view kUnits[] = {
      U"GB", U"TB", U"MB", U"KB", U"mAh", U"Ah", U"kWh", U"Wh", U"kW", U"MW", U"GW", U"W",
      U"km", U"kg", U"mm", U"cm", U"m", U"g", U"nm", U"Hz", U"GHz", U"MHz", U"ml", U"L",
      U"fps"};
  for (const std::u32string_view unit : kUnits)
    if (letters == unit) return true;
  return false;
}

// Whether the run of letters and digits [from, to) holds a number with a unit (아이폰16GB).
bool has_unit(const char32_t* chars, int32_t from, int32_t to) {
  for (int32_t i = from + 1; i < to; ++i) {
    if (is_digit(chars[i - 1]) && !is_digit(chars[i])) {
      int32_t j = i;
      while (j < to && !is_digit(chars[j])) ++j;
      if (is_unit(std::u32string_view(chars + i, static_cast<size_t>(j - i)))) return true;
    }
  }
  return false;
}

// Whether what follows a run ending in a digit makes it a quantity: 20%, 3~4, 3.5, 1,000, or a
// counter or numeral (3시, 5명, 2000억). A particle is no counter even where the dictionary has
// the same syllable as one (그록3도: 도 is also the counter of degrees).
bool number_continues(const char32_t* chars, int32_t size, int32_t at,
                      const std::function<bool(int32_t)>& counter_at) {
  if (at >= size) return false;
  const char32_t next = chars[at];
  if (next == U'%' || next == U'~' || next == U'∼' || next == U'‰') return true;
  if ((next == U'.' || next == U',' || next == U':' || next == U'-' || next == U'/') &&
      at + 1 < size && is_digit(chars[at + 1]))
    return true;
  if (!text::is_hangul_syllable(next)) return false;
  static constexpr std::u32string_view kParticles = U"가이은는을를의에와과도로나랑만";
  const bool lone_particle = kParticles.find(next) != std::u32string_view::npos &&
                             (at + 1 >= size || !text::is_hangul_syllable(chars[at + 1]));
  return !lone_particle && counter_at(at);
}

}  // namespace

void name_ends(const char32_t* chars, int32_t size, int32_t begin,
               const std::function<bool(int32_t)>& counter_at, std::vector<int32_t>& ends) {
  if (begin > 0 &&
      (text::is_hangul_syllable(chars[begin - 1]) || text::is_ascii_alnum(chars[begin - 1])))
    return;  // inside an eojeol
  int32_t p = begin;
  while (p < size && text::is_hangul_syllable(chars[p])) ++p;
  if (p == begin || p >= size || !text::is_ascii_alnum(chars[p])) return;
  // One syllable before a number is a prefix or a numeral (제2, 약3, 조2000), not a name; before
  // letters it can be (챗GPT).
  if (p - begin < 2 && is_digit(chars[p])) return;
  const int32_t limit = begin + kMaxChars;
  while (p < size) {
    int32_t q = p;
    while (q < size && text::is_ascii_alnum(chars[q])) ++q;
    if (q > limit || has_unit(chars, p, q)) return;
    if (is_digit(chars[q - 1]) && number_continues(chars, size, q, counter_at)) return;
    ends.push_back(q);
    // Hangul after the run is part of the name only when more letters or digits follow it.
    int32_t r = q;
    while (r < size && text::is_hangul_syllable(chars[r])) ++r;
    if (r == q || r >= size || !text::is_ascii_alnum(chars[r])) return;
    p = r;
  }
}

bool read_with_final_consonant(char32_t last) {
  // 영 일 삼 육 칠 팔 end in a consonant, 이 사 오 구 do not; of the letters, 엘 엠 엔 알.
  if (is_digit(last)) return std::u32string_view(U"013678").find(last) != std::u32string_view::npos;
  if (last >= U'a' && last <= U'z') last = last - U'a' + U'A';
  return last == U'L' || last == U'M' || last == U'N' || last == U'R';
}

}  // namespace kornews::mixed_script
