// Telling Hanja apart (see hanja.h).
#include "core/text/hanja.h"

#include "core/text/utf8.h"

namespace kornews {

bool is_hanja(char32_t cp) {
  return (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) ||
         (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x20000 && cp <= 0x2FA1F);
}

bool contains_hanja(std::string_view text) {
  size_t i = 0;
  while (i < text.size()) {
    // Every Hanja is 3 or 4 bytes in UTF-8 with a lead byte of E3-E9, EF or F0: skip ASCII and
    // Hangul (EA-ED) quickly.
    const auto lead = static_cast<unsigned char>(text[i]);
    if (lead < 0xE3 || (lead >= 0xEA && lead <= 0xEE)) {
      i++;
      continue;
    }
    if (is_hanja(utf8::decode(text, i))) return true;
  }
  return false;
}

}  // namespace kornews
