// The terms two headlines are compared by: what a story is about, not how one outlet wrote it.
//   * content morphemes: nouns (NNG NNP XR), verb and adjective stems (VV VA, the stem as the
//     dictionary writes it: 내놓았다 -> 내놓), foreign words (SL, lower-cased), leftover Hanja (SH);
//   * compound nouns whole and in parts (삼성전자 -> 삼성전자, 삼성, 전자), so a headline that
//     writes the parts apart still shares them;
//   * Hanja read in Hangul, one-character headline abbreviations first (美 -> 미국, then
//     韓國 -> 한국), so 美 and 미국 are one term;
//   * numbers by value with their counter (12명 and 열두 명 are both 12명; 12월 is not 12일; 3.1
//     and 3.2 stay apart), kept as kNumber terms so that the similarity can penalize numbers
//     that differ.
// Particles, endings, punctuation and bound nouns carry no story and are dropped.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace kornews {

class Analyzer;

namespace analytics {

enum class StoryTermKind : unsigned char {
  kNoun,     // NNG, XR, a compound's part
  kName,     // NNP, SL, SH: names weigh more when they match
  kPredicate,// VV, VA stems
  kNumber,   // a value and its counter, if any: "12명", "3.1", "395000달러"
};

struct StoryTerm {
  std::string text;
  StoryTermKind kind;
};

// The terms of `text` in text order (duplicates kept; the caller decides on sets).
std::vector<StoryTerm> story_terms(Analyzer& analyzer, std::string_view text);

}  // namespace analytics
}  // namespace kornews
