#include "core/time/phrase_screen.h"

#include <bitset>

#include "core/text/u32_text.h"
#include "core/text/utf8.h"

namespace kornews {
namespace {

using text::is_digit;
using text::is_space;

// ASCII characters and Hangul syllables, looked up in constant time.
class CharSet {
 public:
  explicit CharSet(std::u32string_view chars) {
    for (char32_t c : chars) {
      if (c < 128) ascii_.set(c);
      if (c >= kHangulFirst && c <= kHangulLast) hangul_.set(c - kHangulFirst);
    }
  }
  bool has(char32_t c) const {
    if (c < 128) return ascii_.test(c);
    return c >= kHangulFirst && c <= kHangulLast && hangul_.test(c - kHangulFirst);
  }

 private:
  static constexpr char32_t kHangulFirst = 0xAC00, kHangulLast = 0xD7A3;
  std::bitset<128> ascii_;
  std::bitset<kHangulLast - kHangulFirst + 1> hangul_;
};

// The first syllables of every word a phrase may start with: qualifiers (약 총 무려 최대 대략
// 모두), relative words (오늘 금일 어제 작년 그제 엊그제 내일 모레 올해 지난 재작년 이번 다음
// 오는 방금), lengths in words (하루 이틀 사흘 나흘 닷새 엿새 여드레 아흐레 열흘 보름 한 달), times
// (오전 오후 새벽 아침 저녁 밤 정오 자정), and the numbers the number reader takes: native ones
// (하나 한 둘 두 세 석 셋 넷 네 넉 다섯 여섯 여덟 일곱 아홉 열 스물 서른 마흔 쉰 예순 일흔 여든
// 아흔) and Sino-Korean digits before a unit (일 이 삼 사 오 육 칠 팔 구); digits.
const CharSet& starts() {
  static const CharSet set(
      U"0123456789약총무최대모오금어작그엊내올지재이다방하사나닷엿여아열보한새저밤정자두세석셋"
      U"넷네넉둘일스서마쉰예삼육칠팔구");
  return set;
}

// The last characters a phrase may end with: digits, the dot of 2025.02.07. and the parenthesis
// of (금); units and words (일 월 년 주 달 시 분 초 반 전 후 뒤 간 동안 해 올 오늘 어제 그저께 모레
// 방금 정오 자정 하루 이틀 사흘 닷새 보름), weekdays after a date (금, 목요일) and the last
// syllables of the words dropped after a value (가량 정도 쯤 께 경 남짓 안팎 이상 이하 미만 초과
// 부터 까지).
const CharSet& ends() {
  static const CharSet set(
      U"0123456789.)일월년주달시분초반전후뒤간안해올늘제께레금오정루틀흘새름화수목토"
      U"량도쯤경짓팎상하만과터지");
  return set;
}

}  // namespace

bool may_be_time_phrase(std::string_view text) {
  size_t i = 0;
  char32_t first = ' ';
  while (i < text.size() && is_space(first)) first = utf8::decode(text, i);
  if (!starts().has(first)) return false;
  // The last character that is no space, read backwards over UTF-8 continuation bytes.
  char32_t last = ' ';
  for (size_t stop = text.size(); stop > 0 && is_space(last);) {
    size_t start = stop - 1;
    while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
    size_t j = start;
    last = utf8::decode(text, j);
    stop = start;
  }
  if (!ends().has(last)) return false;
  if (is_digit(first)) {
    // Digits alone are a count or a number, never a date (2025 needs its 년).
    for (char c : text)
      if ((c < '0' || c > '9') && c != ' ' && c != '\t') return true;
    return false;
  }
  // A letter first: screen_korean_time (korean_dates.cpp) looks at the first word.
  return true;
}

}  // namespace kornews
