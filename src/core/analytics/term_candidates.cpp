#include "core/analytics/term_candidates.h"

#include <cstring>
#include <string_view>

#include "core/analytics/stopwords.h"
#include "core/morph/hanja_reading.h"
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

bool IsBylineTitle(const std::string& w) {
  return w == "기자" || w == "특파원" || w == "통신원" || w == "앵커" || w == "논설위원" ||
         w == "편집위원";
}

struct Word {
  std::string text;
  bool proper = false, lead = false, has_letters = false;
  bool starts_eojeol = false, ends_eojeol = false;
  bool stop = false;  // a stop word: never listed, nor any phrase with it
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
    bool lead = options_.starts_text;
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
    if (!w.has_letters || (!w.proper && utf8::count_code_points(w.text) < 2)) {
      Flush();
      return;
    }
    // A stop word stays in the chain, unlisted, so that the stop phrase it may begin is seen.
    w.stop = stop_ != nullptr && stop_->contains(w.text);
    if (!chain_.empty()) {
      const Word& last = chain_.back();
      if (!(last.ends_eojeol && w.starts_eojeol && last.eojeol + 1 == w.eojeol)) Flush();
    }
    chain_.push_back(std::move(w));
  }

  // Emits the words of the chain of adjacent words gathered so far, their parts and its
  // phrases, and starts a new chain. Words are held until here so that a stop phrase (재배포
  // 금지, 무단 전재) removes its words too: 금지 alone is a word of news, in a copyright line it
  // is not.
  void Flush() {
    const size_t n_words = chain_.size();
    stopped_.assign(n_words, false);
    for (size_t i = 0; i < n_words; ++i) stopped_[i] = chain_[i].stop;
    // A byline: the name right before 기자 (김민수 기자) is the reporter, not the story.
    for (size_t i = 0; i + 1 < n_words; ++i)
      if (chain_[i + 1].stop && IsBylineTitle(chain_[i + 1].text)) stopped_[i] = true;
    std::string text;
    for (size_t n = 2; stop_ != nullptr && n <= options_.max_phrase_words && n <= n_words; ++n)
      for (size_t b = 0; b + n <= n_words; ++b)
        if (stop_->contains(Joined(b, n, text)))
          for (size_t j = b; j < b + n; ++j) stopped_[j] = true;
    for (size_t i = 0; i < n_words; ++i) {
      if (stopped_[i]) continue;
      const Word& w = chain_[i];
      Emit(w.text, TermKind::kWord, w.proper, w.lead, w.start);
      if (options_.parts && w.nouns.size() >= 2)
        for (const std::string& part : w.nouns)
          if (part != w.text && Usable(part, false))
            Emit(part, TermKind::kPart, w.proper, w.lead, w.start);
    }
    if (options_.phrases) {
      for (size_t n = 2; n <= options_.max_phrase_words && n <= n_words; ++n) {
        for (size_t b = 0; b + n <= n_words; ++b) {
          bool proper = false, stopped = false;
          for (size_t j = b; j < b + n; ++j) {
            proper = proper || chain_[j].proper;
            stopped = stopped || stopped_[j];
          }
          if (!stopped)
            Emit(Joined(b, n, text), TermKind::kPhrase, proper, chain_[b].lead, chain_[b].start);
        }
      }
    }
    chain_.clear();
  }

  // chain_[b, b + n) written with one space between the words.
  const std::string& Joined(size_t b, size_t n, std::string& out) const {
    out = chain_[b].text;
    for (size_t j = b + 1; j < b + n; ++j) {
      out += ' ';
      out += chain_[j].text;
    }
    return out;
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
  std::vector<bool> stopped_;
};

}  // namespace

void ExtractTerms(const std::vector<Morpheme>& ms, const StopWords* stop, Analyzer* reader,
                  const CandidateOptions& options, std::vector<TermOccurrence>& out) {
  Extractor(stop, reader, options, out).Run(ms);
}

}  // namespace kornews::analytics
