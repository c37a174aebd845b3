#include "core/analytics/term_candidates.h"

#include <cstring>
#include <string_view>

#include "core/analytics/stopwords.h"
#include "core/text/hanja.h"
#include "core/text/utf8.h"

namespace kornews::analytics {
namespace {

bool Tag(const Morpheme& m, const char* name) {
  return m.tag == name;
}

bool IsNoun(const Morpheme& m) {
  return Tag(m, "NNG") || Tag(m, "NNP");
}

// Morphemes a word is made of. A noun suffix only continues a word (서울+시), and the plural
// 들 never does: 기업들 is the word 기업.
bool IsNominal(const Morpheme& m, bool in_word) {
  if (IsNoun(m) || Tag(m, "SL") || Tag(m, "SH")) return true;
  if (m.kind == MorphemeKind::kUser && m.tag.size() >= 2 && m.tag.compare(0, 2, "NN") == 0)
    return true;
  if (Tag(m, "SN")) return true;  // kept only when the word has letters too (H100, 5G)
  if (in_word && Tag(m, "XSN") && m.form != "들") return true;
  return false;
}

// A prefix written together with a noun is part of the word (저출생, 재배포), and so is an
// interjection, a pronoun or a determiner: Korean writes those apart from a following noun, so
// where the analyzer reads one glued to a noun (누/IC or 누/NP + 리호, 전/MM + 세계) it is a
// piece of a word it does not know (누리호, 전세계).
bool StartsWord(const std::vector<Morpheme>& ms, size_t i) {
  const Morpheme& m = ms[i];
  if (!(Tag(m, "XPN") || Tag(m, "IC") || Tag(m, "NP") || Tag(m, "MM")) || i + 1 >= ms.size())
    return false;
  const Morpheme& next = ms[i + 1];
  return !next.space_before && IsNoun(next);
}

bool IsSymbol(const Morpheme& m) {
  return !m.tag.empty() && m.tag[0] == 'S' && !Tag(m, "SL") && !Tag(m, "SN") && !Tag(m, "SH");
}

struct Word {
  std::string text;
  bool proper = false, lead = false, has_letters = false;
  bool starts_eojeol = false, ends_eojeol = false;
  size_t eojeol = 0;
  int32_t start = 0;
  std::vector<std::string> nouns;  // its noun morphemes, when there are several
};

class Extractor {
 public:
  Extractor(const StopWords* stop, Analyzer* reader, const CandidateOptions& options,
            std::vector<TermOccurrence>& out)
      : stop_(stop), reader_(reader), options_(options), out_(out) {}

  void Run(const std::vector<Morpheme>& ms) {
    bool lead = true;
    size_t eojeol = 0;
    Word word;
    bool in_word = false;
    for (size_t i = 0; i < ms.size(); ++i) {
      const Morpheme& m = ms[i];
      const bool new_eojeol = i == 0 || m.space_before;
      if (new_eojeol && i > 0) ++eojeol;
      if (in_word && (new_eojeol || !IsNominal(m, true))) {
        word.ends_eojeol = new_eojeol;
        Close(word);
        in_word = false;
      }
      if (IsNominal(m, in_word) || StartsWord(ms, i)) {
        if (!in_word) {
          word = Word();
          word.start = m.start;
          word.lead = lead;
          word.eojeol = eojeol;
          word.starts_eojeol = new_eojeol || IsSymbol(ms[i - 1]);
          in_word = true;
        }
        Append(word, m);
      }
      if (Tag(m, "SF")) lead = false;
    }
    if (in_word) {
      word.ends_eojeol = true;
      Close(word);
    }
    Flush();
  }

 private:
  void Append(Word& w, const Morpheme& m) {
    // A number is part of a word only with letters (H100, 5G): before a Hangul noun it counts
    // something (12기, 3차), and the word starts after it.
    if (!w.has_letters && !w.text.empty() && !Tag(m, "SL") && !Tag(m, "SN")) {
      w.text.clear();
      w.start = m.start;
    }
    if (Tag(m, "NNP") || Tag(m, "SL") || m.kind == MorphemeKind::kUser) w.proper = true;
    if (!Tag(m, "SN")) w.has_letters = true;
    std::string form = m.form;
    if (reader_ != nullptr && contains_hanja(form)) form = hanja_reading(*reader_, form);
    if (IsNoun(m) || m.kind == MorphemeKind::kUser) w.nouns.push_back(form);
    w.text += form;
  }

  bool Usable(const std::string& text, bool proper) const {
    if (stop_ != nullptr && stop_->contains(text)) return false;
    if (!proper && utf8::count_code_points(text) < 2) return false;
    return true;
  }

  void Close(Word& w) {
    if (!w.has_letters || !Usable(w.text, w.proper)) {
      Flush();
      return;
    }
    Emit(w.text, TermKind::kWord, w.proper, w.lead, w.start);
    if (options_.parts && w.nouns.size() >= 2)
      for (const std::string& part : w.nouns)
        if (part != w.text && Usable(part, false))
          Emit(part, TermKind::kPart, w.proper, w.lead, w.start);
    if (!chain_.empty()) {
      const Word& last = chain_.back();
      if (!(last.ends_eojeol && w.starts_eojeol && last.eojeol + 1 == w.eojeol)) Flush();
    }
    w.nouns.clear();
    chain_.push_back(std::move(w));
  }

  // Emits the phrases of the chain of adjacent words gathered so far and starts a new chain.
  void Flush() {
    if (options_.phrases && chain_.size() >= 2) {
      for (size_t n = 2; n <= options_.max_phrase_words && n <= chain_.size(); ++n) {
        for (size_t b = 0; b + n <= chain_.size(); ++b) {
          std::string text = chain_[b].text;
          bool proper = chain_[b].proper;
          for (size_t j = b + 1; j < b + n; ++j) {
            text += ' ';
            text += chain_[j].text;
            proper = proper || chain_[j].proper;
          }
          if (stop_ != nullptr && stop_->contains(text)) continue;
          Emit(text, TermKind::kPhrase, proper, chain_[b].lead, chain_[b].start);
        }
      }
    }
    chain_.clear();
  }

  void Emit(const std::string& text, TermKind kind, bool proper, bool lead, int32_t start) {
    TermOccurrence t;
    t.term = text;
    t.kind = kind;
    t.proper = proper;
    t.lead = lead;
    t.start = start;
    out_.push_back(std::move(t));
  }

  const StopWords* stop_;
  Analyzer* reader_;
  const CandidateOptions& options_;
  std::vector<TermOccurrence>& out_;
  std::vector<Word> chain_;
};

}  // namespace

void ExtractTerms(const std::vector<Morpheme>& ms, const StopWords* stop, Analyzer* reader,
                  const CandidateOptions& options, std::vector<TermOccurrence>& out) {
  Extractor(stop, reader, options, out).Run(ms);
}

}  // namespace kornews::analytics
