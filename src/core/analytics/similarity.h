// How close two headlines or sentences are in meaning, from their story terms (story_terms.h):
// a handful of overlap measures -- IDF-weighted Jaccard, containment and cosine of the terms,
// Jaccard of their character bigrams (soft matching of 지진/지진파, 삼성전자/삼성), overlap of the
// names and of the predicates, whether their numbers agree (3.1 vs 3.2), learned paraphrase
// partners (떨어지/하락), the surface bigrams of the text as written -- combined by a small
// logistic model with boosted trees. The document frequencies and the model's coefficients are learned by
// `kornews similarity --train` (similarity_weights.h says from what and how).
#pragma once

#include <array>
#include <cstdint>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/analytics/story_terms.h"

namespace kornews::analytics {

inline constexpr size_t kSimilarityFeatures = 22;
using SimilarityFeatures = std::array<double, kSimilarityFeatures>;
// Names of the features in order, for the trainer's report and the weights header.
extern const char* const kSimilarityFeatureNames[kSimilarityFeatures];

uint64_t term_hash(const StoryTerm& term);

// One regression tree of depth 3 as a complete binary tree: internal node i (0..6) sends the
// features to node 2i+1 when f[feature] <= threshold, else to 2i+2; nodes 7..14 are the leaves,
// whose values add to the model's logit.
struct ScoreTree {
  int feature[7];
  double threshold[7];
  double leaf[8];
  double eval(const SimilarityFeatures& f) const {
    int i = 0;
    while (i < 7) i = f[feature[i]] <= threshold[i] ? 2 * i + 1 : 2 * i + 2;
    return leaf[i - 7];
  }
};

struct SimilarityModel {
  // Document frequencies of term hashes in `documents` texts; a term not listed counts as seen
  // in none.
  std::unordered_map<uint64_t, uint32_t> df;
  double documents = 1;
  SimilarityFeatures coefficients{};
  double bias = 0;
  // Pairs of different terms that stand for each other in paraphrases (떨어지/하락, 다치/부상),
  // learned from the training pairs: keys of related_key(x, y), and the terms that have any.
  std::unordered_set<uint64_t> related;
  std::unordered_set<uint64_t> related_terms;
  // Boosted trees over the same features, added to the linear logit: they catch what a linear
  // model cannot (a high overlap means less when the texts are long, and so on).
  std::vector<ScoreTree> trees;

  // bias + coefficients . f + the trees: the similarity is its logistic.
  double logit(const SimilarityFeatures& f) const;

  double idf(uint64_t hash) const;
  // The model compiled into the library (similarity_weights.h).
  static const SimilarityModel& builtin();
};

struct WeightedTerm {
  uint64_t hash;
  double weight;
  StoryTermKind kind;
};

// One text, ready to be compared many times (story grouping compares each headline with many).
struct TextProfile {
  std::vector<WeightedTerm> terms;  // unique by hash, sorted by hash
  std::vector<uint64_t> numbers;    // hashes of the number terms, sorted, unique
  std::vector<uint64_t> bigrams;    // character bigrams of the other terms, sorted, unique
  std::vector<uint64_t> sequence;   // pairs of consecutive terms (phrases), sorted, unique
  std::vector<uint64_t> surface;    // character bigrams inside the words as written, sorted, unique
  double weight_sum = 0, weight_sq = 0;
  bool empty() const { return terms.empty(); }
};

// `terms` are story_terms(text); `text` itself gives the surface bigrams (near-copies share them
// beyond their terms: the same particles, the same word order).
TextProfile make_profile(const std::vector<StoryTerm>& terms, std::string_view text,
                         const SimilarityModel& model);

// Similarity is for headlines and sentences: of a longer text only its first kMaxComparedBytes
// (cut at a line end or a space) are read, which bounds the memory and time of one comparison,
// whatever the input (a 50 MB text took 1.3 GB before the cut).
inline constexpr size_t kMaxComparedBytes = 64 * 1024;
std::string_view compared_part(std::string_view text);

// The key of an unordered pair of term hashes in SimilarityModel::related.
uint64_t related_key(uint64_t x, uint64_t y);

SimilarityFeatures similarity_features(const TextProfile& a, const TextProfile& b,
                                       const SimilarityModel& model);

// The model's score in [0, 1]: 1 for the same terms, 0 when either text has none.
double similarity(const TextProfile& a, const TextProfile& b, const SimilarityModel& model);

}  // namespace kornews::analytics
