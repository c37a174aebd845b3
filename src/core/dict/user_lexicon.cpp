#include "core/dict/user_lexicon.h"

#include <algorithm>

#include "core/dict/dictionary.h"
#include "core/text/normalizer.h"

namespace kornews {
namespace {

constexpr const char* kTagHint =
    "A user word takes one of the tags NNG NNP NNB NR NP VV VA MAG MAJ MM IC XR SL SH SN.";

// The word as the analyzer will see it in text: normalized the same way.
std::u32string normalized(const std::string& text) {
  static const Normalizer normalizer;
  NormalizedText out;
  normalizer.normalize(text, out);
  return out.chars;
}

// 'T' when the last character is a Hangul syllable with a final consonant, 'F' without one,
// '*' for anything else (Latin, digits, Hanja): what mecab-ko-dic's third feature field says.
char final_consonant(const std::u32string& chars) {
  const char32_t last = chars.back();
  if (last < 0xAC00 || last > 0xD7A3) return '*';
  return (last - 0xAC00) % 28 != 0 ? 'T' : 'F';
}

struct Checked {
  std::u32string chars;
  UserLexicon::Contexts contexts;
};

Checked check(const Dictionary& dict, const UserWord& w, size_t index) {
  const auto fail = [&](const std::string& why, std::string hint = {}) {
    throw UserWordError(index, "user word \"" + w.word + "\" (" + w.tag + "): " + why,
                        std::move(hint));
  };
  if (w.word.empty()) fail("the word is empty");
  Checked c{normalized(w.word), {}};
  if (c.chars.empty()) fail("the word has no visible character");
  if (std::find(c.chars.begin(), c.chars.end(), U' ') != c.chars.end()) {
    fail("the word contains whitespace or a control character",
         "Add each word of a phrase separately.");
  }
  if (std::find(c.chars.begin(), c.chars.end(), U'\uFFFD') != c.chars.end()) {
    fail("the word is not valid UTF-8");
  }
  if (c.chars.size() > UserLexicon::kMaxWordChars) {
    fail("the word is longer than " + std::to_string(UserLexicon::kMaxWordChars) + " characters");
  }
  const dict::UserContext* context = dict.user_context(w.tag, final_consonant(c.chars));
  if (!context) fail("unknown or unsupported tag \"" + w.tag + "\"", kTagHint);
  int32_t cost = w.cost.value_or(UserLexicon::kDefaultCost);
  if (cost < INT16_MIN || cost > INT16_MAX) fail("cost must lie between -32768 and 32767");
  c.contexts = {context->left_id, context->right_id, context->pos_id, static_cast<int16_t>(cost)};

  if (!w.parts.empty()) {
    if (w.parts.size() < 2 || w.parts.size() > UserLexicon::kMaxParts) {
      fail("a decomposition has 2 to " + std::to_string(UserLexicon::kMaxParts) + " parts");
    }
    std::u32string joined;
    for (const std::string& part : w.parts) {
      const std::u32string p = normalized(part);
      if (p.empty()) fail("a part of the decomposition is empty");
      joined += p;
    }
    if (joined != c.chars) fail("the parts do not spell the word", "삼성전자 = 삼성 + 전자.");
  }
  if (w.reading.size() > 4 * UserLexicon::kMaxWordChars) fail("the reading is too long");
  return c;
}

}  // namespace

void UserLexicon::validate(const Dictionary& dict, const UserWord& word) {
  check(dict, word, 0);
}

UserLexicon::UserLexicon(const Dictionary& dict, std::vector<UserWord> words) {
  for (size_t i = 0; i < words.size(); ++i) {
    Checked c = check(dict, words[i], i);
    std::vector<uint32_t>& same_text = by_text_[c.chars];
    const auto same_tag = std::find_if(same_text.begin(), same_text.end(),
                                       [&](uint32_t k) { return words_[k].tag == words[i].tag; });
    if (same_tag != same_text.end()) {  // a later row replaces an earlier one
      words_[*same_tag] = std::move(words[i]);
      contexts_[*same_tag] = c.contexts;
      continue;
    }
    same_text.push_back(static_cast<uint32_t>(words_.size()));
    words_.push_back(std::move(words[i]));
    contexts_.push_back(c.contexts);
    const auto length = static_cast<uint32_t>(c.chars.size());
    if (std::find(lengths_.begin(), lengths_.end(), length) == lengths_.end()) {
      lengths_.insert(std::upper_bound(lengths_.begin(), lengths_.end(), length), length);
    }
    uint32_t& longest = first_chars_[c.chars[0]];
    longest = std::max(longest, length);
  }
}

}  // namespace kornews
