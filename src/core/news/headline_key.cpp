#include "core/news/headline_key.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include "core/error.h"
#include "core/interrupt.h"
#include "core/news/labels.h"

namespace kornews::news {
namespace {

const icu::Normalizer2& nfkc_casefold() {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* instance = icu::Normalizer2::getNFKCCasefoldInstance(status);
  if (U_FAILURE(status) || instance == nullptr) {
    throw Error("ICU NFKC_Casefold normalization data is not available",
                "check that the ICU data library (libicudata) is installed");
  }
  return *instance;
}

// Where to end a piece of at most `limit` bytes of `text` so that normalizing the pieces one
// by one gives what normalizing the whole would: before a code point that starts a new
// normalization segment (a space, a Hangul syllable's leading jamo ...). Falls back to a code
// point boundary for a piece that has none, which only text of nothing but combining marks does.
size_t normalization_cut(const icu::Normalizer2& normalizer, std::string_view text,
                         size_t limit) {
  if (text.size() <= limit) return text.size();
  size_t cut = limit;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  const size_t code_point_boundary = cut;
  for (size_t pos = cut; pos > limit / 2;) {
    int32_t i = static_cast<int32_t>(pos);
    UChar32 c;
    U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), i,
            static_cast<int32_t>(text.size()), c);
    if (c >= 0 && normalizer.hasBoundaryBefore(c)) return pos;
    --pos;
    while (pos > 0 && (static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80) --pos;
  }
  return code_point_boundary > 0 ? code_point_boundary : limit;
}

void append_letters_and_digits(std::string_view text, std::string& key) {
  const icu::Normalizer2& normalizer = nfkc_casefold();
  // Piece by piece: the ICU call over a piece is short, so a cancel is seen between pieces, and
  // the UTF-16 copies are bounded by the piece, not by the text.
  constexpr size_t kPieceBytes = 64 * 1024;
  bool previous_alnum = false;
  while (!text.empty()) {
    poll_interrupt();
    const size_t cut = normalization_cut(normalizer, text, kPieceBytes);
    const std::string_view piece = text.substr(0, cut);
    text.remove_prefix(cut);
    UErrorCode status = U_ZERO_ERROR;
    // Invalid UTF-8 becomes U+FFFD here, which is neither a letter nor a digit.
    const icu::UnicodeString folded = normalizer.normalize(
        icu::UnicodeString::fromUTF8(
            icu::StringPiece(piece.data(), static_cast<int32_t>(piece.size()))),
        status);
    if (U_FAILURE(status))
      throw Error("cannot normalize a headline: " + std::string(u_errorName(status)));
    for (int32_t i = 0; i < folded.length();) {
      UChar32 c = folded.char32At(i);
      i += U16_LENGTH(c);
      // A minus sign of a number ("-10도", "−3%") is kept: -10도 and 10도 are different news.
      // Only as a sign: before a digit and not after a letter or digit ("A-1" is "a1").
      if ((c == '-' || c == 0x2212) && i < folded.length() && u_isdigit(folded.char32At(i)) &&
          !previous_alnum) {
        key.push_back('-');
        previous_alnum = false;
        continue;
      }
      previous_alnum = u_isalnum(c);
      if (!u_isalnum(c)) continue;
      char buf[U8_MAX_LENGTH];
      int32_t length = 0;
      UBool error = false;
      U8_APPEND(buf, length, U8_MAX_LENGTH, c, error);
      if (!error) key.append(buf, static_cast<size_t>(length));
    }
  }
}

}  // namespace

std::string headline_key(std::string_view headline) {
  const TitleParts parts = split_title(headline);
  std::string key;
  append_letters_and_digits(parts.bare.empty() ? parts.display : parts.bare, key);
  return key;
}

}  // namespace kornews::news
