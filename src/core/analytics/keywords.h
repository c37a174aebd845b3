// Keywords of one document: its terms (term_candidates.h) ranked by how often the document
// uses them against how common they are elsewhere (term_model.h), with a lift for terms of the
// first sentence -- a news story names its subject there -- and for proper nouns. A phrase
// counts only when the document repeats it, and a phrase and its own parts are never both
// listed: of a term and another that contains it, only the better-scored one is kept.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "core/analytics/term_candidates.h"

namespace kornews::analytics {

class TermModel;

struct KeywordOptions {
  size_t k = 10;
  const TermModel* background = nullptr;  // the shipped model; null: every term weighs 1
  const TermModel* collection = nullptr;  // the user's collection (kornews.term_stats), or null
};

struct Keyword {
  std::string term;
  double score = 0;
};

// Best first; ties in score by term, so the order never depends on anything but the input.
std::vector<Keyword> RankKeywords(const std::vector<TermOccurrence>& terms,
                                  const KeywordOptions& options);

// The same for a long document fed in pieces: memory holds its distinct terms, not every
// occurrence.
class KeywordTally {
 public:
  KeywordTally();
  ~KeywordTally();
  void add(const std::vector<TermOccurrence>& terms);
  std::vector<Keyword> rank(const KeywordOptions& options) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace kornews::analytics
