// Where kornews' output departs from MeCab's best path (AnalyzerOptions::sejong_symbols and
// whole_word_nouns; `kornews analyze --mecab` turns them off): Sejong conventions that
// mecab-ko-dic does not follow, and a lone word read as a noun. None changes the path's costs;
// each only regroups or retags what the path found.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/dict/dict_format.h"
#include "core/morph/lattice.h"

namespace kornews {

class Dictionary;

// The tag for symbol `form` (a whole morpheme the dictionary tagged SY), given the characters
// just before and after it (0 at the edges of the text); nullptr if SY is right. Quotation
// marks and brackets are opening (SSO) or closing (SSC), three periods or more an ellipsis
// (SE), other periods, question and exclamation marks full stops (SF): MeCab's own SSO/SSC
// entries cover only ASCII brackets and a few CJK ones, its unknown-symbol rule gives SY to
// the rest (and to the second mark of ?! or ..). A straight quote (' or ") opens when it
// starts the text or follows a space or an opening mark, and is not followed by a space or the
// end; otherwise it closes.
const char* sejong_symbol_tag(std::u32string_view form, char32_t before, char32_t after);

// MeCab splits what Sejong writes as one morpheme: a number with separators (3/SN ./SY 5/SN is
// 3.5/SN; so are 1,000 and 2024.11.28, a comma only before exactly three digits) and an
// ellipsis written with several marks (./SF ../SY is .../SE; two periods stay two full stops).
// How many nodes of `path` from `i` on make one morpheme, and the tag it takes (nullptr: the
// first node's). `chars` is the text the nodes index.
struct Joined {
  size_t count;
  const char* tag;
};
Joined joined_nodes(const std::vector<const Node*>& path, size_t i, const std::u32string& chars);

// A text of one eojeol is far more often a name (a search, a title, a column of names) than a
// clause. So when the dictionary has the whole `word` as a noun but the best path split it (보은
// as 보/VV + 은/ETM), returns the cheapest of its noun entries, among the word's entries
// [first, first + count); nullptr when it has none, or when `word` ends in 다 (a predicate's
// citation form: 가다 is searched as the verb).
const dict::Entry* lone_word_noun(const Dictionary& dict, std::u32string_view word, uint32_t first,
                                  uint32_t count);

}  // namespace kornews
