#include "core/analytics/similarity.h"

#include <algorithm>
#include <cmath>

#include "core/analytics/similarity_weights.h"
#include "core/ner/hashing.h"
#include "core/search/token_stream.h"
#include "core/text/utf8.h"

namespace kornews::analytics {

const char* const kSimilarityFeatureNames[kSimilarityFeatures] = {
    "weighted_jaccard", "weighted_containment", "weighted_cosine", "jaccard",
    "bigram_jaccard",   "name_jaccard",         "predicate_jaccard", "number_conflict",
    "number_one_side",  "length_ratio",         "log_min_terms",     "weighted_coverage_max",
    "log_unmatched_max", "log_unmatched_min",   "weighted_jaccard_sq", "phrase_jaccard",
    "bigram_containment", "log_unmatched_names", "soft_weighted_jaccard", "soft_matched_share",
    "surface_jaccard", "max_unmatched_weight"};

uint64_t term_hash(const StoryTerm& term) {
  // Numbers live in their own space: the value 12 is not the word "12" of a product name.
  const uint64_t h = ner::hash_bytes(term.text);
  return term.kind == StoryTermKind::kNumber ? ner::finish(h ^ 0x6e756d626572ull) : h;
}

double SimilarityModel::idf(uint64_t hash) const {
  const auto it = df.find(hash);
  // The table keeps terms seen at least twice; any other term is taken as seen once (rare).
  const double n = it == df.end() ? 1.0 : it->second;
  return std::log((documents + 1.0) / (n + 0.5));
}

const SimilarityModel& SimilarityModel::builtin() {
  static const SimilarityModel model = [] {
    SimilarityModel m;
    m.documents = weights::kDocuments;
    m.df.reserve(sizeof weights::kDocumentFrequency / sizeof weights::kDocumentFrequency[0]);
    for (const weights::DfRow& row : weights::kDocumentFrequency)
      if (row.df > 0) m.df.emplace(row.hash, row.df);
    for (size_t i = 0; i < kSimilarityFeatures; ++i) m.coefficients[i] = weights::kCoefficients[i];
    m.bias = weights::kBias;
    for (size_t i = 0; i < weights::kRelatedCount; ++i) m.related.insert(weights::kRelated[i]);
    for (size_t i = 0; i < weights::kRelatedTermsCount; ++i)
      m.related_terms.insert(weights::kRelatedTerms[i]);
    for (size_t t = 0; t < weights::kTreeCount; ++t) {
      ScoreTree tree;
      for (int i = 0; i < 7; ++i) {
        tree.feature[i] = weights::kTrees[t].feature[i];
        tree.threshold[i] = weights::kTrees[t].threshold[i];
      }
      for (int i = 0; i < 8; ++i) tree.leaf[i] = weights::kTrees[t].leaf[i];
      m.trees.push_back(tree);
    }
    return m;
  }();
  return model;
}

double SimilarityModel::logit(const SimilarityFeatures& f) const {
  double z = bias;
  for (size_t i = 0; i < kSimilarityFeatures; ++i) z += coefficients[i] * f[i];
  for (const ScoreTree& t : trees) z += t.eval(f);
  return z;
}

std::string_view compared_part(std::string_view text) {
  if (text.size() <= kMaxComparedBytes) return text;
  return text.substr(0, search::ChunkEnd(text, 0, kMaxComparedBytes));
}

TextProfile make_profile(const std::vector<StoryTerm>& terms, std::string_view text,
                         const SimilarityModel& model) {
  TextProfile p;
  {
    char32_t prev = 0;
    for (size_t i = 0; i < text.size();) {
      const char32_t c = utf8::decode(text, i);
      const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
      if (!space && prev != 0) p.surface.push_back(ner::finish(ner::fold(ner::fold(3, prev), c)));
      prev = space ? 0 : c;
    }
  }
  p.terms.reserve(terms.size());
  uint64_t previous = 0;
  for (const StoryTerm& t : terms) {
    const uint64_t h = term_hash(t);
    if (previous != 0) p.sequence.push_back(ner::finish(ner::fold(previous, h)));
    previous = h;
    p.terms.push_back({h, model.idf(h), t.kind});
    if (t.kind == StoryTermKind::kNumber) {
      p.numbers.push_back(h);
      continue;
    }
    // Character bigrams within the term; a one-character term stands for itself.
    size_t i = 0;
    char32_t prev = utf8::decode(t.text, i);
    if (i >= t.text.size()) p.bigrams.push_back(ner::fold(1, prev));
    while (i < t.text.size()) {
      const char32_t c = utf8::decode(t.text, i);
      p.bigrams.push_back(ner::finish(ner::fold(ner::fold(2, prev), c)));
      prev = c;
    }
  }
  std::sort(p.terms.begin(), p.terms.end(),
            [](const WeightedTerm& x, const WeightedTerm& y) { return x.hash < y.hash; });
  p.terms.erase(std::unique(p.terms.begin(), p.terms.end(),
                            [](const WeightedTerm& x, const WeightedTerm& y) {
                              return x.hash == y.hash;
                            }),
                p.terms.end());
  for (const WeightedTerm& t : p.terms) {
    p.weight_sum += t.weight;
    p.weight_sq += t.weight * t.weight;
  }
  for (auto* v : {&p.numbers, &p.bigrams, &p.sequence, &p.surface}) {
    std::sort(v->begin(), v->end());
    v->erase(std::unique(v->begin(), v->end()), v->end());
  }
  return p;
}

namespace {

size_t common_count(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b) {
  size_t n = 0;
  for (size_t i = 0, j = 0; i < a.size() && j < b.size();) {
    if (a[i] < b[j]) {
      ++i;
    } else if (b[j] < a[i]) {
      ++j;
    } else {
      ++n, ++i, ++j;
    }
  }
  return n;
}

double ratio(double num, double den, double if_empty) {
  return den > 0 ? num / den : if_empty;
}

}  // namespace

uint64_t related_key(uint64_t x, uint64_t y) {
  if (y < x) std::swap(x, y);
  return ner::finish(ner::fold(ner::fold(0x72656c, x), y));
}

SimilarityFeatures similarity_features(const TextProfile& a, const TextProfile& b,
                                       const SimilarityModel& model) {
  double common_w = 0, common_w2 = 0;
  size_t common = 0;
  size_t names_a = 0, names_b = 0, names_common = 0;
  size_t preds_a = 0, preds_b = 0, preds_common = 0;
  for (const WeightedTerm& t : a.terms) {
    names_a += t.kind == StoryTermKind::kName;
    preds_a += t.kind == StoryTermKind::kPredicate;
  }
  for (const WeightedTerm& t : b.terms) {
    names_b += t.kind == StoryTermKind::kName;
    preds_b += t.kind == StoryTermKind::kPredicate;
  }
  for (size_t i = 0, j = 0; i < a.terms.size() && j < b.terms.size();) {
    const WeightedTerm& x = a.terms[i];
    const WeightedTerm& y = b.terms[j];
    if (x.hash < y.hash) {
      ++i;
    } else if (y.hash < x.hash) {
      ++j;
    } else {
      ++common;
      common_w += x.weight;
      common_w2 += x.weight * x.weight;
      names_common += x.kind == StoryTermKind::kName || y.kind == StoryTermKind::kName;
      preds_common += x.kind == StoryTermKind::kPredicate && y.kind == StoryTermKind::kPredicate;
      ++i, ++j;
    }
  }
  const size_t na = a.terms.size(), nb = b.terms.size();
  const size_t bigram_common = common_count(a.bigrams, b.bigrams);
  const size_t number_common = common_count(a.numbers, b.numbers);
  const size_t number_union = a.numbers.size() + b.numbers.size() - number_common;

  SimilarityFeatures f{};
  f[0] = ratio(common_w, a.weight_sum + b.weight_sum - common_w, 0);
  f[1] = ratio(common_w, std::min(a.weight_sum, b.weight_sum), 0);
  f[2] = ratio(common_w2, std::sqrt(a.weight_sq * b.weight_sq), 0);
  f[3] = ratio(static_cast<double>(common), static_cast<double>(na + nb - common), 0);
  f[4] = ratio(static_cast<double>(bigram_common),
               static_cast<double>(a.bigrams.size() + b.bigrams.size() - bigram_common), 0);
  // Without names on either side the names cannot disagree: fall back to the plain overlap.
  f[5] = ratio(static_cast<double>(names_common),
               static_cast<double>(names_a + names_b - std::min(names_common, names_a + names_b)),
               f[3]);
  f[6] = ratio(static_cast<double>(preds_common),
               static_cast<double>(preds_a + preds_b - preds_common), f[3]);
  // Numbers on both sides that differ (규모 3.1 vs 3.2) speak against the same story; a number
  // on one side only is weaker evidence (one outlet left it out).
  f[7] = !a.numbers.empty() && !b.numbers.empty()
             ? 1.0 - static_cast<double>(number_common) / static_cast<double>(number_union)
             : 0.0;
  f[8] = a.numbers.empty() != b.numbers.empty() ? 1.0 : 0.0;
  f[9] = ratio(static_cast<double>(std::min(na, nb)), static_cast<double>(std::max(na, nb)), 0);
  f[10] = std::log1p(static_cast<double>(std::min(na, nb)));
  // How much the longer text says that the other does not, as a share and in IDF mass: a
  // paraphrase leaves little over on either side, a related story a clause of its own.
  f[11] = ratio(common_w, std::max(a.weight_sum, b.weight_sum), 0);
  const double left_a = std::max(0.0, a.weight_sum - common_w);
  const double left_b = std::max(0.0, b.weight_sum - common_w);
  f[12] = std::log1p(std::max(left_a, left_b));
  f[13] = std::log1p(std::min(left_a, left_b));
  f[14] = f[0] * f[0];
  // Phrases kept together (same terms in the same order) mark a paraphrase more than a topic.
  const size_t seq_common = common_count(a.sequence, b.sequence);
  f[15] = ratio(static_cast<double>(seq_common),
                static_cast<double>(a.sequence.size() + b.sequence.size() - seq_common), 0);
  f[16] = ratio(static_cast<double>(bigram_common),
                static_cast<double>(std::min(a.bigrams.size(), b.bigrams.size())), 0);
  // A name on one side that the other lacks (another person, another country) speaks against
  // one story more than any other unmatched word.
  const size_t names_only = std::max(names_a, names_b) - std::min(names_common, std::max(names_a, names_b));
  f[17] = std::log1p(static_cast<double>(names_only));
  // Soft matches: an unmatched term of one side whose learned paraphrase partner is among the
  // unmatched terms of the other counts as shared (at the mean of the two weights).
  double soft_w = 0;
  size_t soft = 0;
  if (!model.related.empty()) {
    std::vector<const WeightedTerm*> left_b;
    for (const WeightedTerm& t : b.terms)
      if (t.kind != StoryTermKind::kNumber && model.related_terms.count(t.hash)) left_b.push_back(&t);
    for (const WeightedTerm& x : a.terms) {
      if (x.kind == StoryTermKind::kNumber || !model.related_terms.count(x.hash)) continue;
      if (std::binary_search(b.terms.begin(), b.terms.end(), x,
                             [](const WeightedTerm& p, const WeightedTerm& q) { return p.hash < q.hash; }))
        continue;
      for (const WeightedTerm*& y : left_b) {
        if (y == nullptr || y->hash == x.hash) continue;
        if (model.related.count(related_key(x.hash, y->hash))) {
          soft_w += (x.weight + y->weight) / 2;
          ++soft;
          y = nullptr;  // each term is matched once
          break;
        }
      }
    }
  }
  const double union_w = a.weight_sum + b.weight_sum - common_w;
  f[18] = ratio(common_w + soft_w, union_w - soft_w, 0);
  f[19] = ratio(static_cast<double>(soft), static_cast<double>(std::max(na, nb)), 0);
  const size_t surface_common = common_count(a.surface, b.surface);
  f[20] = ratio(static_cast<double>(surface_common),
                static_cast<double>(a.surface.size() + b.surface.size() - surface_common), 0);
  // The heaviest single term one side has and the other lacks: one rare word of difference (a
  // name, a place) can make another story.
  double max_left = 0;
  for (const auto* side : {&a, &b}) {
    const TextProfile& other = side == &a ? b : a;
    for (const WeightedTerm& t : side->terms)
      if (t.weight > max_left &&
          !std::binary_search(other.terms.begin(), other.terms.end(), t,
                              [](const WeightedTerm& p, const WeightedTerm& q) { return p.hash < q.hash; }))
        max_left = t.weight;
  }
  f[21] = max_left;
  return f;
}

double similarity(const TextProfile& a, const TextProfile& b, const SimilarityModel& model) {
  if (a.empty() || b.empty()) return 0.0;
  const SimilarityFeatures f = similarity_features(a, b, model);
  // The same terms (and so the same numbers) are the same story, whatever the model's scale.
  if (f[3] >= 1.0) return 1.0;
  const double z = model.logit(f);
  const double s = 1.0 / (1.0 + std::exp(-z));
  return std::min(s, 1.0 - 1e-9);  // below the 1.0 kept for identical term sets
}

}  // namespace kornews::analytics
