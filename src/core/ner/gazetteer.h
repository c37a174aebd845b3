// Fixed terms tagged as entities regardless of the model: the one-character Hanja abbreviations
// of headlines (美 -> 미국), well-known short forms of organizations (국힘 -> 국민의힘), and the
// rows of the user entity dictionary (kornews.user_entities).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/ner/entity.h"
#include "core/text/first_pairs.h"

namespace kornews::ner {

struct GazetteerMatch {
  int32_t start, end;  // code points into the line
  EntityLabel label;
  const std::string* normalized;  // "" = none; owned by the gazetteer
};

class Gazetteer {
 public:
  // Throws InputError for an empty term, one that starts or ends with whitespace or holds a line
  // break, or one longer than kMaxTermChars. A later add() of the same term replaces it.
  void add(std::string_view term, EntityLabel label, std::string_view normalized);
  static constexpr size_t kMaxTermChars = 200;
  struct Term {
    std::string term;
    EntityLabel label;
    std::string normalized;
  };
  // Adds many terms in O(n log n) (add() is O(n) each); of equal terms the last wins. Throws
  // InputError like add(), naming the term; then nothing is added.
  void add_many(const std::vector<Term>& terms);
  size_t size() const { return entries_.size(); }
  bool empty() const { return entries_.empty(); }

  // Longest non-overlapping matches, left to right, appended to `out`. A match must not be
  // preceded by a character of the script its first character has (a Hangul term starts a
  // word; 美 after another Hanja or a digit is no match), and a term ending in Hanja, a Latin
  // letter or a digit must not be followed by another of that script (美 in 美術 is no match).
  // A one-syllable Hangul term must be a whole word (러 but not 러시아).
  void find(const std::vector<char32_t>& line, std::vector<GazetteerMatch>& out) const;

  // The entry whose term is exactly `text`, or null.
  const GazetteerMatch* lookup(const char32_t* text, size_t len, GazetteerMatch& out) const;

  // The built-in abbreviations and short forms.
  static const Gazetteer& builtin();

 private:
  struct Entry {
    std::u32string term;
    EntityLabel label;
    std::string normalized;
  };
  // Sorted by the first two code points, longer terms first: a list of thousands of names
  // shares many first syllables, few first pairs. Filters reject most positions without a
  // search: 4096 bits of first code points, the same for one-character terms, and the first
  // pairs of longer terms (core/text/first_pairs.h, shared with the analyzer's listed names).
  std::vector<Entry> entries_;
  std::vector<uint64_t> keys_;  // per entry, its first two code points: a dense binary search
  uint64_t first_bits_[64] = {};
  uint64_t single_bits_[64] = {};
  text::FirstPairFilter first_pairs_;
  void note_start(const std::u32string& term);
  bool may_start(const std::vector<char32_t>& line, size_t i) const;
  // The built-in table reads runs of one-character Hanja abbreviations (韓美日); a user table
  // matches its Hanja terms like any other.
  bool abbreviation_runs_ = false;
};

}  // namespace kornews::ner
