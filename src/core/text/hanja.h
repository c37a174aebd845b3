// Which characters are Hanja. Their Hangul readings come from the dictionary, through the
// analyzer: core/morph/hanja_reading.h.
#pragma once

#include <string_view>

namespace kornews {

// CJK unified ideographs (with extensions A-F) and the compatibility ideographs.
bool is_hanja(char32_t cp);
bool contains_hanja(std::string_view text);

}  // namespace kornews
