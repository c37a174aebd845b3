// Evidence, syllable by syllable, that a run of Hangul is a transliterated foreign name (딥시크,
// 엔비디아, 어센드) rather than native words: the rules of Korean loanword orthography (외래어
// 표기법) and the sound patterns transliteration leaves behind.
#pragma once

#include <cstddef>

namespace kornews::loanword {

// What one syllable says. kImpossible: transliteration never writes it (a final consonant other
// than ㄱ ㄴ ㄹ ㅁ ㅂ ㅅ ㅇ, or a tense ㄲ ㄸ ㅃ ㅉ initial), so the run is not one loanword.
// kForeign: common in transliteration and rare in native words (크 트 프 드 브 with the
// epenthetic ㅡ of a consonant cluster, 디 티, ㅋ ㅌ ㅍ before ㅔ ㅞ ㅝ ㅟ, 킥 틱 픽, 웨, ㄹ at
// the start of a word, which native words avoid).
enum class Cue { kNeutral, kForeign, kImpossible };
Cue cue(char32_t syllable, bool word_initial);

// Whether a stretch of text ends in what usually follows a name in its eojeol (a particle such as
// 가 의 부터, a suffix such as 들 인): a guessed name does not end in one, so it stays apart.
bool ends_in_particle_or_suffix(const char32_t* word, size_t length);

}  // namespace kornews::loanword
