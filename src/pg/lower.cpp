#include "pg/lower.h"

#include <string_view>

#include "core/text/utf8.h"
#include "pg/postgres_headers.h"

namespace kn {
namespace {

// Characters Korean words are made of that have no case: jamo, CJK symbols and compatibility
// jamo, Hanja, Hangul syllables.
bool Caseless(char32_t c) {
  return (c >= 0x1100 && c <= 0x11FF) || (c >= 0x3000 && c <= 0x9FFF) ||
         (c >= 0xAC00 && c <= 0xD7FF) || (c >= 0xF900 && c <= 0xFAFF);
}

}  // namespace

char* LowerCopy(const char* in, int len) {
  const std::string_view word(in, static_cast<size_t>(len));
  for (size_t i = 0; i < word.size();) {
    if (static_cast<unsigned char>(word[i]) < 0x80) {
      ++i;
    } else if (!Caseless(kornews::utf8::decode(word, i))) {
      return lowerstr_with_len(in, len);
    }
  }
  char* out = static_cast<char*>(palloc(word.size() + 1));
  for (size_t i = 0; i < word.size(); ++i) {
    const char c = word[i];
    out[i] = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  }
  out[word.size()] = '\0';
  return out;
}

}  // namespace kn
