// Words the user adds to the analyzer without rebuilding the dictionary (딥시크/NNP, 삼성전자 =
// 삼성 + 전자). A small, immutable set built from rows; the analyzer consults it beside the system
// dictionary, so a new set can be swapped in between calls (a committed table change).
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/error.h"

namespace kornews {

class Dictionary;

struct UserWord {
  std::string word;                // as written, no whitespace (normalized like analyzer input)
  std::string tag;                 // one Sejong tag the dictionary knows: NNP, NNG, SL, VV ...
  std::optional<int32_t> cost;     // word cost; lower wins more often (default kDefaultCost)
  std::vector<std::string> parts;  // optional decomposition: 삼성전자 -> {삼성, 전자}
  std::string reading;             // optional Hangul reading (Hanja or Latin words)
};

// A row that cannot be used; `index` is its position in the rows given (0-based).
class UserWordError : public Error {
 public:
  UserWordError(size_t index, const std::string& message, std::string hint = {})
      : Error(message, std::move(hint)), index_(index) {}
  size_t index() const { return index_; }

 private:
  size_t index_;
};

class UserLexicon {
 public:
  static constexpr int32_t kDefaultCost = -2000;
  static constexpr size_t kMaxWordChars = 64;
  static constexpr size_t kMaxParts = 16;

  // Checks every row (non-empty word without whitespace or control characters, at most
  // kMaxWordChars code points, a tag the dictionary has context ids for, cost within int16,
  // parts that spell the word) and builds the set; throws UserWordError naming the first bad
  // row. A word given twice with the same tag keeps the last row.
  UserLexicon(const Dictionary& dict, std::vector<UserWord> words);

  // The check alone, for one row (e.g. at INSERT); throws UserWordError with index 0.
  static void validate(const Dictionary& dict, const UserWord& word);

  size_t size() const { return words_.size(); }
  const UserWord& word(uint32_t index) const { return words_[index]; }

  // Lattice side: context ids and cost of word `index`, precomputed from its tag and last
  // syllable (whether it ends in a final consonant, which particles care about).
  struct Contexts {
    uint16_t left_id, right_id, pos_id;
    int16_t cost;
  };
  const Contexts& contexts(uint32_t index) const { return contexts_[index]; }

  // Calls found(end, index) for each word that matches `chars` from `begin`, shortest first.
  template <typename Found>
  void match(const std::u32string& chars, int32_t begin, Found&& found) const;

 private:
  std::vector<UserWord> words_;
  std::vector<Contexts> contexts_;
  // Word text (code points) -> indexes of its rows; plus the lengths present, for the scan.
  std::unordered_map<std::u32string, std::vector<uint32_t>> by_text_;
  std::vector<uint32_t> lengths_;                       // ascending
  std::unordered_map<char32_t, uint32_t> first_chars_;  // first code point -> longest length
};

template <typename Found>
void UserLexicon::match(const std::u32string& chars, int32_t begin, Found&& found) const {
  const auto first = first_chars_.find(chars[static_cast<size_t>(begin)]);
  if (first == first_chars_.end()) return;
  std::u32string key;
  for (const uint32_t length : lengths_) {
    if (length > first->second || begin + length > chars.size()) break;
    key.assign(chars, static_cast<size_t>(begin), length);
    const auto it = by_text_.find(key);
    if (it == by_text_.end()) continue;
    for (const uint32_t index : it->second) found(begin + static_cast<int32_t>(length), index);
  }
}

}  // namespace kornews
