// Korean morphological analysis: lattice over the dictionary, Viterbi best path, expansion of
// Inflect/Preanalysis entries. Thread-compatible: one Analyzer per thread (it reuses buffers).
#pragma once

#include <functional>
#include <memory>
#include <string_view>
#include <vector>

#include "core/morph/morpheme.h"

namespace kornews {

class Dictionary;
class KnownNames;
class UserLexicon;

struct AnalyzerOptions {
  // mecab-ko's left-space penalty (dicrc left-space-penalty-factor): a particle or ending
  // preceded by a space costs more, so it does not start an eojeol. Off = plain MeCab.
  bool space_penalty = true;
  // Runs of Hangul that look like transliterated foreign names (딥시크, 어센드) may come out as
  // one proper noun where the dictionary has only rare pieces for them. Off = plain MeCab.
  bool guess_loanwords = true;
  // The names of kornews' list of known names (data/kornews_names.tsv, compiled in;
  // core/dict/known_names.h) that the dictionary lacks as one word are offered as one proper
  // noun each: 스노우플레이크가 -> 스노우플레이크/NNP + 가/JKS. A user word of the same span wins.
  // Off = plain MeCab.
  bool known_names = true;
  // As the Sejong tagset has them (path_rules.h): quotation marks and brackets the dictionary
  // tags SY are SSO/SSC, three periods or more one SE, a number with separators one SN (3.5,
  // 1,000). Off = MeCab's tags and morphemes.
  bool sejong_symbols = true;
  // A text of one eojeol that the dictionary has as a noun is read as that noun even where the
  // best path splits it (보은 as 보/VV + 은/ETM, 동해 as 동하/VV + 아/EC): alone, a word is far
  // more often a name -- a search, a title, a column of names -- than a clause. A word ending in 다
  // keeps its reading: 가다 is searched as the verb. Off = MeCab.
  bool whole_word_nouns = true;
  // Called every few thousand characters; may throw (e.g. kornews::Interrupted) to abandon
  // the call. The PostgreSQL boundary uses it for statement_timeout and cancel.
  std::function<void()> interrupt_check;

  // Every option above off: the analysis Debian's MeCab gives with the same dictionary
  // (`kornews analyze --mecab`, which eval/oracle.sh compares with it line by line).
  static AnalyzerOptions plain_mecab() {
    AnalyzerOptions o;
    o.space_penalty = false;
    o.guess_loanwords = false;
    o.known_names = false;
    o.sejong_symbols = false;
    o.whole_word_nouns = false;
    return o;
  }
};

class Analyzer {
 public:
  explicit Analyzer(std::shared_ptr<const Dictionary> dict, AnalyzerOptions options = {});
  ~Analyzer();
  Analyzer(const Analyzer&) = delete;
  Analyzer& operator=(const Analyzer&) = delete;

  // Analyzes `text` (UTF-8; invalid bytes are read as U+FFFD) and returns its morphemes in text
  // order. Long inputs are analyzed line by line, and lines over a few thousand characters in
  // pieces cut at whitespace, so time and memory grow linearly.
  std::vector<Morpheme> analyze(std::string_view text);
  // Streaming form: `sink` receives each morpheme in order; nothing is accumulated.
  void analyze(std::string_view text, const std::function<void(const Morpheme&)>& sink);

  const Dictionary& dictionary() const { return *dict_; }

  // Words the user added (user_lexicon.h), matched beside the dictionary's from the next call
  // on; nullptr for none. The analyzer keeps the lexicon alive while it uses it.
  void set_user_lexicon(std::shared_ptr<const UserLexicon> user);
  const UserLexicon* user_lexicon() const { return user_.get(); }

  // The known names in use: the built-in list's when AnalyzerOptions::known_names (the default),
  // else none; set_known_names replaces them from the next call on (nullptr: none), e.g. with a
  // set built from another list.
  void set_known_names(std::shared_ptr<const KnownNames> names);
  const KnownNames* known_names() const { return names_.get(); }
  // The parts a search indexes beside listed name `index` (KnownNames::find) where this analyzer
  // kept it whole: the nouns and letter-digit runs the analysis without the list gives the name
  // alone, when it is made of nothing else (보건복지위원회 -> 보건, 복지, 위원; 에어버스 = 에/IC
  // 어/IC 버스: none); '\0'-joined, empty for none.
  std::string_view listed_name_parts(uint32_t index) const;

 private:
  class Impl;
  std::shared_ptr<const Dictionary> dict_;
  std::shared_ptr<const UserLexicon> user_;
  std::shared_ptr<const KnownNames> names_;
  std::unique_ptr<Impl> impl_;
};

}  // namespace kornews
