// The names of a list of known names (name_list.h; by default the one kornews ships,
// builtin_names.h) that the analyzer offers as one proper noun each, beside the dictionary's
// words: 스노우플레이크가 -> 스노우플레이크/NNP + 가/JKS where the dictionary has only 스노우 and
// 플레이크. An immutable set, built once per dictionary and shared; the lattice consults it like
// the user lexicon (core/morph/lattice.h).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/text/first_pairs.h"

namespace kornews {

class Dictionary;

class KnownNames {
 public:
  // The names of `list_text` (name_list.h format; throws InputError naming a bad line) that the
  // analysis needs. Left out: a name the dictionary has as one entry (the dictionary's own
  // analysis of it stands: 삼성전자, 다음), one with whitespace inside (a morpheme holds none:
  // LG CNS), one of a single character, one made only of ASCII letters and digits (the analyzer
  // keeps such a run whole already: SKT), and one longer than kMaxChars.
  KnownNames(const Dictionary& dict, std::string_view list_text);
  // The set of the list compiled into kornews (builtin_name_list()).
  static std::shared_ptr<const KnownNames> builtin(const Dictionary& dict);

  static constexpr size_t kMaxChars = 64;

  size_t size() const { return names_.size(); }
  // The name (normalized, UTF-8) and its label in the list (PS, LC or OG).
  const std::string& form(uint32_t index) const { return names_[index].form; }
  std::string_view label(uint32_t index) const { return names_[index].label; }
  // The index of the name whose normalized form is `form`, or -1.
  int32_t find(std::string_view form) const;

  // Whether some name may start with `first`, `second`: a cheap test before match(), false for
  // most pairs of characters.
  bool may_start(char32_t first, char32_t second) const {
    return first_pairs_.may_contain(first, second);
  }

  struct Match {
    int32_t end;
    uint32_t index;
  };
  // Appends to `out`, shortest first, the names that `chars` spells from `begin` on as a word:
  // not right after a character of the same script as the name's first (a Hangul syllable before
  // Hangul, a letter or digit before a letter or digit: 스노우 inside 블루스노우 is no match), and
  // not right before a letter or digit where the name ends in Hangul or in one (SK텔레콤 in
  // SK텔레콤5G, 쿠팡플레이 in 쿠팡플레이K: the whole is another name). After a Hangul name more
  // Hangul may follow: its particle (스노우플레이크가).
  void match(const char32_t* chars, int32_t size, int32_t begin, std::vector<Match>& out) const;

 private:
  struct Name {
    std::u32string chars;
    std::string form;
    char label[3];
  };
  // Sorted by first two characters (text::first_pair_key), then by length: the names that can
  // start at a position are one run, found by binary search in keys_.
  std::vector<Name> names_;
  std::vector<uint64_t> keys_;
  std::unordered_map<std::string, uint32_t> by_form_;
  text::FirstPairFilter first_pairs_;
};

}  // namespace kornews
