// Other written forms an eojeol's tokens may be searched by (see EojeolVariants).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace kornews {
class Dictionary;
struct Morpheme;
}  // namespace kornews

namespace kornews::search {

// A name is searched for as it is written alone, but the analysis of a sentence may cut it
// differently: 김정은 위원장 may read 김정 + 은 (a particle), 한고은이 reads 한 + 고은 + 이,
// 정형돈의 reads 정형 + 돈 + 의, and 인천국제공항에서 reads 인천 + 국제 + 공항 where the name alone
// reads 인천 + 국제공항. So each token of an eojeol's nominal run also carries, as alternatives,
// the run as written without the particles after it (한고은, 인천국제공항) when it has more than
// one morpheme, and a proper noun together with a particle 은 or 도 that ends the eojeol (김정은,
// 제주도), which may belong to the name; and a noun the dictionary has whole that the analysis
// cut otherwise (우크라이나 as 우크라 + 이나), on the tokens it covers. Every token, so that a
// query, which ORs a token's alternatives, is met by the whole name however either side cut it:
// with AND (plainto_tsquery) any of its tokens' alternatives do, and with <-> (to_tsquery, a word
// cut in several tokens) the name at as many positions in a row as the query has tokens.
struct EojeolVariants {
  size_t first = 0, last = 0;  // the morphemes [first, last) whose tokens carry them
  std::string variants;        // joined by '\0'; empty: none
};
// `ms[begin, end)` is one eojeol; offsets count in `chunk`.
EojeolVariants VariantsOf(const std::vector<Morpheme>& ms, size_t begin, size_t end,
                          std::string_view chunk, const Dictionary& dict);

// An interjection stands alone (아, 네, 자), yet the analysis of a word the dictionary does not
// know may begin with one-syllable interjections glued to a noun: 에어버스는 reads 에/IC + 어/IC +
// 버스/NNG, 자사고 reads 자/IC + 사고/NNG. Indexing those pieces would make 버스 find the aircraft
// maker and 사고 (accident) a school, so such a run is indexed as written, as one unknown word.
// Only syllables: ㅋㅋ or ㅠㅠ glued to a name (ㅋㅋ소지섭) are left to the analysis.
// Returns the end of the run ms[first, end') of interjections then nouns, written without a gap,
// or `first` when the eojeol does not start so.
size_t GluedInterjectionRunEnd(const std::vector<Morpheme>& ms, size_t first, size_t end,
                               std::string_view chunk);

}  // namespace kornews::search
