// One morpheme of the analyzer's output stream: what every consumer (tsvector, nouns, entities,
// keywords) reads.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace kornews {

enum class MorphemeKind : uint8_t {
  kKnown,        // a dictionary entry, taken as it is written in the text
  kUnknown,      // built from character classes (no dictionary entry fit)
  kInflectPart,  // one piece of an Inflect/Preanalysis entry (했 -> 하/XSV, 았/EP)
  kCompound,     // a Compound entry kept whole; Dictionary::compound_parts(entry) lists them
  kUser,         // a word of the user lexicon; `entry` is its index there (UserLexicon::word)
};

struct Morpheme {
  std::string form;  // normalized form; for an inflect part the dictionary's base form (하, 았)
  std::string tag;   // Sejong tag: NNG, NNP, VV, EP, SN, SL ...
  // Offsets into the caller's original (unnormalized) text, end exclusive; in text order and
  // never overlapping. The pieces of one Inflect entry all carry the span of the written word
  // they came from. Where normalization made several characters of one original character (㎞
  // -> km) and the analysis splits them, the first morpheme gets the original span and the
  // next ones are empty (start == end) at its end.
  int32_t start = 0;  // code points
  int32_t end = 0;
  int32_t byte_start = 0;  // bytes
  int32_t byte_end = 0;
  MorphemeKind kind = MorphemeKind::kKnown;
  bool space_before = false;  // whitespace separates this morpheme from the previous one
  // The dictionary entry it came from (unknown words too: their class's entry);
  // Dictionary::entry_feature() gives its raw feature (POS,semantic class,...), and
  // Dictionary::compound_parts() the pieces of a kCompound. Read on demand: most consumers need
  // neither, and each is a trip to a cold part of the dictionary.
  uint32_t entry = 0;
};

}  // namespace kornews
