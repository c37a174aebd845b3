// Sejong tags for the punctuation mecab-ko-dic leaves as a plain symbol (SY): quotation marks
// and brackets are opening (SSO) or closing (SSC), and three periods or more an ellipsis (SE), as
// the Sejong tagset and the corpora annotated with it have them. MeCab's own SSO/SSC entries
// cover only ASCII brackets and a few CJK ones; its unknown-symbol rule gives SY to the rest.
#pragma once

#include <string_view>

namespace kornews {

// The tag for symbol `form` (a whole morpheme the dictionary tagged SY), given the characters
// just before and after it (0 at the edges of the text); nullptr if SY is right. A straight
// quote (' or ") opens when it starts the text or follows a space or an opening mark, and is
// not followed by a space or the end; otherwise it closes.
const char* sejong_symbol_tag(std::u32string_view form, char32_t before, char32_t after);

}  // namespace kornews
