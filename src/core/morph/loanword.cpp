#include "core/morph/loanword.h"

#include <array>
#include <string_view>
#include <vector>

#include "core/text/u32_text.h"

namespace kornews::loanword {
namespace {

// Jamo indexes of a precomposed syllable: initial 0..18, medial 0..20, final 0..27 (0 = none).
struct Jamo {
  int initial, medial, final_consonant;
};
Jamo split(char32_t s) {
  const int index = static_cast<int>(s - 0xAC00);
  return {index / (21 * 28), index / 28 % 21, index % 28};
}

// Initials: ㄱ0 ㄲ1 ㄴ2 ㄷ3 ㄸ4 ㄹ5 ㅁ6 ㅂ7 ㅃ8 ㅅ9 ㅆ10 ㅇ11 ㅈ12 ㅉ13 ㅊ14 ㅋ15 ㅌ16 ㅍ17 ㅎ18.
// Medials: ㅏ0 ㅐ1 ㅑ2 ㅒ3 ㅓ4 ㅔ5 ㅕ6 ㅖ7 ㅗ8 ㅘ9 ㅙ10 ㅚ11 ㅛ12 ㅜ13 ㅝ14 ㅞ15 ㅟ16 ㅠ17
// ㅡ18 ㅢ19 ㅣ20. Finals: ㄱ1 ㄴ4 ㄹ8 ㅁ16 ㅂ17 ㅅ19 ㅇ21 are the seven loanwords use.
bool loanword_final(int f) {
  return f == 0 || f == 1 || f == 4 || f == 8 || f == 16 || f == 17 || f == 19 || f == 21;
}

Cue cue_of(char32_t syllable, bool word_initial) {
  const Jamo j = split(syllable);
  if (!loanword_final(j.final_consonant)) return Cue::kImpossible;
  if (j.initial == 1 || j.initial == 4 || j.initial == 8 || j.initial == 13)
    return Cue::kImpossible;
  const bool aspirated = j.initial == 15 || j.initial == 16 || j.initial == 17;  // ㅋ ㅌ ㅍ
  if (word_initial && j.initial == 5) return Cue::kForeign;                      // 라 레 로 ...
  if (j.final_consonant == 0) {
    // 크 트 프 드 브 즈 츠: a consonant of a cluster or a final one, written with ㅡ.
    if (j.medial == 18 &&
        (aspirated || j.initial == 3 || j.initial == 7 || j.initial == 12 || j.initial == 14)) {
      return Cue::kForeign;
    }
    if (j.medial == 20 && (j.initial == 3 || j.initial == 16)) return Cue::kForeign;  // 디 티
  }
  if (aspirated && (j.medial == 5 || j.medial == 14 || j.medial == 15 || j.medial == 16)) {
    return Cue::kForeign;  // 케 테 페 쿼 퀘 퀴 ... (not 태 패: 상태, 실패)
  }
  // 킥 틱 픽: a final -ck/-k after i (앤스로픽, 토픽); native words do not write them.
  if (aspirated && j.medial == 20 && j.final_consonant == 1) return Cue::kForeign;
  // 웨 with no final: w + e (런웨이, 스웨덴); native words write 외 or 웬, not 웨.
  if (j.initial == 11 && j.medial == 15 && j.final_consonant == 0) return Cue::kForeign;
  return Cue::kNeutral;
}

constexpr int kSyllables = 0xD7A3 - 0xAC00 + 1;

}  // namespace

Cue cue(char32_t syllable, bool word_initial) {
  // Every syllable's answer, worked out once: the lattice asks at every eojeol start.
  static const auto table = [] {
    std::vector<std::array<Cue, 2>> t(kSyllables);
    for (int i = 0; i < kSyllables; ++i) {
      const auto s = static_cast<char32_t>(0xAC00 + i);
      t[static_cast<size_t>(i)] = {cue_of(s, false), cue_of(s, true)};
    }
    return t;
  }();
  if (!text::is_hangul_syllable(syllable)) return Cue::kImpossible;
  return table[syllable - 0xAC00][word_initial ? 1 : 0];
}

bool ends_in_particle_or_suffix(const char32_t* word, size_t length) {
  // Particles, the copula's endings and noun suffixes that follow a name inside its eojeol:
  // 딥시크가, 어센드라며, 트랙부터, 크리처들, 크로아티아인, 리뷰해.
  static constexpr std::u32string_view kOne =
      U"가이은는을를의에와과도로으만서나랑라며면고해했한든들인계명부별용형적성화님께씩측";
  static constexpr std::u32string_view kTwo[] = {U"부터", U"까지", U"에서", U"으로",
                                                 U"처럼", U"보다", U"마다", U"에게",
                                                 U"한테", U"이나", U"이라", U"이다"};
  if (length == 0) return false;
  if (kOne.find(word[length - 1]) != std::u32string_view::npos) return true;
  if (length < 2) return false;
  const std::u32string_view last_two(word + length - 2, 2);
  for (const std::u32string_view two : kTwo)
    if (last_two == two) return true;
  return false;
}

}  // namespace kornews::loanword
