#include "core/news/headline_key.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include "core/error.h"
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

void append_letters_and_digits(std::string_view text, std::string& key) {
  const icu::Normalizer2& normalizer = nfkc_casefold();
  UErrorCode status = U_ZERO_ERROR;
  // Invalid UTF-8 becomes U+FFFD here, which is neither a letter nor a digit.
  const icu::UnicodeString folded =
      normalizer.normalize(icu::UnicodeString::fromUTF8(
                               icu::StringPiece(text.data(), static_cast<int32_t>(text.size()))),
                           status);
  if (U_FAILURE(status))
    throw Error("cannot normalize a headline: " + std::string(u_errorName(status)));
  for (int32_t i = 0; i < folded.length();) {
    const UChar32 c = folded.char32At(i);
    i += U16_LENGTH(c);
    if (!u_isalnum(c)) continue;
    char buf[U8_MAX_LENGTH];
    int32_t length = 0;
    UBool error = false;
    U8_APPEND(buf, length, U8_MAX_LENGTH, c, error);
    if (!error) key.append(buf, static_cast<size_t>(length));
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
