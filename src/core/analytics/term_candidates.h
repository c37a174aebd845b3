// The terms of a text that analytics counts, read off the analyzer's morphemes:
//   * words  -- a run of nominal morphemes written together (인공지능, 삼성전자, H100, 서울시):
//               common and proper nouns, foreign words, numbers joined to letters, noun
//               suffixes, user words; Hanja words by their Hangul reading (韓國 -> 한국);
//   * parts  -- the nouns inside a word of several (반도체 in 인공지능반도체), so that the same
//               noun written alone and inside a compound meet;
//   * phrases -- two or three words in adjacent eojeols with nothing between them (인공지능
//               반도체, 엔비디아 H100): the first words end their eojeol (no particle), the next
//               starts its own. Written with one space between the words.
// A word that is a stop word, a number alone or a single Hangul syllable that is not a proper
// noun is no term, and a phrase never runs across it.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/morph/morpheme.h"

namespace kornews {
class Analyzer;
}

namespace kornews::analytics {

class StopWords;

enum class TermKind : uint8_t { kWord, kPart, kPhrase };

struct TermOccurrence {
  std::string term;
  TermKind kind = TermKind::kWord;
  bool proper = false;  // holds a proper noun, a foreign word or a user word
  bool lead = false;    // in the first sentence of the text
  int32_t start = 0;    // code point offset of its first character
};

struct CandidateOptions {
  bool parts = true;
  bool phrases = true;
  size_t max_phrase_words = 3;
  // The morphemes start the text, so their first sentence is its lead. False for the second
  // and later pieces of a long text analyzed in pieces.
  bool starts_text = true;
};

// Appends the terms of `ms` (one text's morphemes, in order) to `out`. `reader` (may be null)
// reads Hanja; it must not be in the middle of another analyze() call.
void ExtractTerms(const std::vector<Morpheme>& ms, const StopWords* stop, Analyzer* reader,
                  const CandidateOptions& options, std::vector<TermOccurrence>& out);

}  // namespace kornews::analytics
