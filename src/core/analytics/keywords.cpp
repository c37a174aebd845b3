#include "core/analytics/keywords.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

#include "core/analytics/term_model.h"

namespace kornews::analytics {
namespace {

// Lifts, chosen on the project's own titled passages (tests/analytics_keywords_test.cpp and
// eval/keywords.sh): the first sentence of a story names its subject, names are what a reader
// looks for, and a phrase the text repeats is more specific than its words.
constexpr double kLeadLift = 1.5;
constexpr double kProperLift = 1.15;
constexpr double kPhraseLift = 1.1;
constexpr double kPartLift = 0.9;

struct Tally {
  uint32_t tf = 0;
  bool word = false, phrase = false, proper = false, lead = false;
};

std::string Squeezed(const std::string& s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s)
    if (c != ' ') out.push_back(c);
  return out;
}

double Weight(const std::string& term, const KeywordOptions& o) {
  const double bg = o.background != nullptr ? o.background->idf(term) : 1.0;
  if (o.collection == nullptr) return bg;
  // Half the shipped model, half the user's collection: a term common in *this* collection
  // weighs less, while a small collection cannot make every word look rare.
  return 0.5 * bg + 0.5 * o.collection->idf(term);
}

using TallyMap = std::unordered_map<std::string, Tally>;

void Add(TallyMap& tally, const std::vector<TermOccurrence>& terms) {
  for (const TermOccurrence& t : terms) {
    Tally& s = tally[t.term];
    ++s.tf;
    s.word = s.word || t.kind == TermKind::kWord;
    s.phrase = t.kind == TermKind::kPhrase;
    s.proper = s.proper || t.proper;
    s.lead = s.lead || t.lead;
  }
}

std::vector<Keyword> Rank(const TallyMap& tally, const KeywordOptions& options);

}  // namespace

struct KeywordTally::Impl {
  TallyMap tally;
};
KeywordTally::KeywordTally() : impl_(std::make_unique<Impl>()) {}
KeywordTally::~KeywordTally() = default;
void KeywordTally::add(const std::vector<TermOccurrence>& terms) {
  Add(impl_->tally, terms);
}
std::vector<Keyword> KeywordTally::rank(const KeywordOptions& options) const {
  return Rank(impl_->tally, options);
}

std::vector<Keyword> RankKeywords(const std::vector<TermOccurrence>& terms,
                                  const KeywordOptions& options) {
  TallyMap tally;
  tally.reserve(terms.size());
  Add(tally, terms);
  return Rank(tally, options);
}

namespace {

std::vector<Keyword> Rank(const TallyMap& tally, const KeywordOptions& options) {
  std::vector<Keyword> ranked;
  ranked.reserve(tally.size());
  for (const auto& [term, s] : tally) {
    if (s.phrase && s.tf < 2) continue;
    double score = (1.0 + std::log(static_cast<double>(s.tf))) * Weight(term, options);
    if (s.lead) score *= kLeadLift;
    if (s.proper) score *= kProperLift;
    if (s.phrase) score *= kPhraseLift;
    if (!s.word && !s.phrase) score *= kPartLift;
    ranked.push_back({term, score});
  }
  std::sort(ranked.begin(), ranked.end(), [](const Keyword& a, const Keyword& b) {
    return a.score != b.score ? a.score > b.score : a.term < b.term;
  });
  std::vector<Keyword> out;
  std::vector<std::string> kept;  // squeezed forms of the chosen terms
  for (Keyword& k : ranked) {
    if (out.size() >= options.k) break;
    const std::string sq = Squeezed(k.term);
    bool overlaps = false;
    for (const std::string& other : kept)
      if (other.find(sq) != std::string::npos || sq.find(other) != std::string::npos) {
        overlaps = true;
        break;
      }
    if (overlaps) continue;
    kept.push_back(sq);
    out.push_back(std::move(k));
  }
  return out;
}

}  // namespace
}  // namespace kornews::analytics
