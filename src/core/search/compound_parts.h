// The parts of a compound noun that the `korean` configuration indexes beside the whole word.
#pragma once

#include <string>

namespace kornews {
class Analyzer;
struct Morpheme;
}  // namespace kornews

namespace kornews::search {

// The parts of a compound noun morpheme that the `korean` configuration indexes beside the
// whole word, joined by '\0'; empty when there are none. A dictionary compound gives the parts
// decided when the dictionary was built (core/dict/compound_split.h: 삼성전자 -> 삼성, 전자;
// 경찰관 -> 경찰; never a one-character affix, so 반도체 is not found by 반). A user word gives
// the parts its row lists, whatever their length: the user chose them. A name the analyzer
// guessed from Hangul glued to letters or digits (갤럭시S25, 엑스AI) gives its Hangul and
// alphanumeric runs (갤럭시, S25), so that a search for the brand or the model still finds it.
// A name of the list of known names kept whole (core/dict/known_names.h) gives the nouns it was
// read as without the list and their own parts (Analyzer::listed_name_parts: 보건복지위원회 ->
// 보건, 복지, 위원회, 위원), or
// failing those its runs as above.
std::string CompoundParts(const Morpheme& m, const Analyzer& analyzer);

// The Hangul and alphanumeric runs of a guessed mixed-script name, '\0'-joined; empty unless
// `m` is such a name (an unknown-word NNP with both kinds of run).
std::string MixedScriptParts(const Morpheme& m);

// The parts of a listed name the analyzer kept whole (Analyzer::listed_name_parts), '\0'-joined;
// empty unless `m` is such a name and the list gives it parts.
std::string ListedNameParts(const Morpheme& m, const Analyzer& analyzer);

}  // namespace kornews::search
