// kornews similarity: scores sentence pairs with the built-in similarity model, prints their
// features, or (--train) learns the model's document frequencies and coefficients and writes
// them as src/core/analytics/similarity_weights.h. Deterministic: the same data give the same
// file. scripts/train-similarity.sh runs the training on the team's KorSTS and news corpora.
#include <algorithm>
#include <cmath>
#include <limits>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <unordered_set>
#include <sstream>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/options.h"
#include "core/analytics/similarity.h"
#include "core/analytics/story_terms.h"
#include "core/dict/dictionary.h"
#include "core/error.h"
#include "core/morph/analyzer.h"

namespace kornews::cli {
namespace {

using analytics::kSimilarityFeatures;
using analytics::SimilarityFeatures;
using analytics::SimilarityModel;

constexpr const char* kHelp =
    "usage: kornews similarity [--dict PATH] [--features] < pairs.tsv\n"
    "       kornews similarity --train pairs.tsv --corpus FILE [--corpus FILE ...] --out FILE\n"
    "  Scoring: each input line holds two sentences as its last two tab-separated fields\n"
    "  (../shared/eval/sts.py pairs writes gold<TAB>sentence1<TAB>sentence2); writes one score\n"
    "  in [0, 1] a line, or with --features the model's input features.\n"
    "  --train FILE    gold<TAB>sentence1<TAB>sentence2 pairs (gold 0-5) to fit the model on\n"
    "  --corpus FILE   texts, one a line, whose document frequencies weight the terms (the\n"
    "                  training sentences are counted too); may be repeated\n"
    "  --out FILE      the weights header to write (src/core/analytics/similarity_weights.h)\n"
    "  --same X        gold score from which a pair is the same story, for the default\n"
    "                  threshold (default 4.0)\n"
    "  --target-power P  fit the model to (gold/5)^P: above 1 it spends its fit on telling\n"
    "                  near-paraphrases from related sentences (default 1)\n"
    "  --trees N       boosted trees of depth 3 added to the linear model (default 0)\n"
    "  --tree-rate R   their shrinkage (default 0.1)\n"
    "  --negatives N   add N pairs of sentences from different pairs as gold 0 (default 0)\n";

struct Pair {
  double gold = 0;
  std::string a, b;
};

std::vector<Pair> read_pairs(std::istream& in, bool need_gold, const std::string& where) {
  std::vector<Pair> out;
  std::string line;
  size_t no = 0;
  while (std::getline(in, line)) {
    ++no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    std::vector<std::string> f;
    std::stringstream ss(line);
    for (std::string x; std::getline(ss, x, '\t');) f.push_back(x);
    if (f.size() < 2 || (need_gold && f.size() < 3))
      throw InputError(where + ":" + std::to_string(no) + ": expected " +
                       (need_gold ? "gold<TAB>sentence1<TAB>sentence2" : "two tab-separated sentences"));
    Pair p;
    p.a = f[f.size() - 2];
    p.b = f[f.size() - 1];
    if (need_gold) p.gold = std::stod(f[f.size() - 3]);
    out.push_back(std::move(p));
  }
  return out;
}

std::vector<analytics::StoryTerm> terms_of(Analyzer& analyzer, const std::string& s) {
  return analytics::story_terms(analyzer, s);
}

// Logistic model fitted by full-batch gradient descent on the squared error against gold / 5,
// on standardized features; returned in the raw features' scale.
void fit(const std::vector<SimilarityFeatures>& x, const std::vector<double>& y,
         SimilarityModel& model) {
  const size_t n = x.size();
  SimilarityFeatures mean{}, sd{};
  for (const auto& row : x)
    for (size_t k = 0; k < kSimilarityFeatures; ++k) mean[k] += row[k] / n;
  for (const auto& row : x)
    for (size_t k = 0; k < kSimilarityFeatures; ++k) sd[k] += (row[k] - mean[k]) * (row[k] - mean[k]) / n;
  for (double& s : sd) s = s > 1e-12 ? std::sqrt(s) : 1.0;
  SimilarityFeatures w{};
  double b = 0;
  const double rate = 0.5, l2 = 1e-4;
  for (int it = 0; it < 4000; ++it) {
    SimilarityFeatures gw{};
    double gb = 0;
    for (size_t i = 0; i < n; ++i) {
      double z = b;
      for (size_t k = 0; k < kSimilarityFeatures; ++k) z += w[k] * (x[i][k] - mean[k]) / sd[k];
      const double p = 1.0 / (1.0 + std::exp(-z));
      const double g = (p - y[i]) * p * (1 - p);
      gb += g / n;
      for (size_t k = 0; k < kSimilarityFeatures; ++k) gw[k] += g * (x[i][k] - mean[k]) / sd[k] / n;
    }
    b -= rate * gb * 4;
    for (size_t k = 0; k < kSimilarityFeatures; ++k) w[k] -= rate * 4 * (gw[k] + l2 * w[k]);
  }
  model.bias = b;
  for (size_t k = 0; k < kSimilarityFeatures; ++k) {
    model.coefficients[k] = w[k] / sd[k];
    model.bias -= w[k] * mean[k] / sd[k];
  }
}

// Paraphrase partners: in the pairs of `subset` scored at least 3.0, every unmatched term of one
// side is paired with every unmatched term of the other (when each side leaves at most 12); a
// pair seen at least twice whose Dice coefficient over the terms' unmatched occurrences is at
// least 0.1 is kept.
void learn_related(const std::vector<analytics::TextProfile>& profiles,
                   const std::vector<double>& gold, const std::vector<size_t>& subset,
                   SimilarityModel& model) {
  struct Count {
    uint64_t x, y;
    uint32_t n;
  };
  std::map<uint64_t, Count> pairs;
  std::map<uint64_t, uint32_t> unmatched;
  const auto left = [](const analytics::TextProfile& p, const analytics::TextProfile& q) {
    std::vector<uint64_t> out;
    for (const auto& t : p.terms) {
      if (t.kind == analytics::StoryTermKind::kNumber) continue;
      const bool shared = std::any_of(q.terms.begin(), q.terms.end(),
                                      [&](const analytics::WeightedTerm& u) { return u.hash == t.hash; });
      if (!shared) out.push_back(t.hash);
    }
    return out;
  };
  for (size_t i : subset) {
    if (gold[i] < 3.0) continue;
    const auto ua = left(profiles[2 * i], profiles[2 * i + 1]);
    const auto ub = left(profiles[2 * i + 1], profiles[2 * i]);
    for (uint64_t x : ua) ++unmatched[x];
    for (uint64_t y : ub) ++unmatched[y];
    if (ua.size() > 12 || ub.size() > 12) continue;  // long leftovers pair everything with everything
    for (uint64_t x : ua)
      for (uint64_t y : ub) {
        auto& c = pairs[analytics::related_key(x, y)];
        c.x = x, c.y = y, ++c.n;
      }
  }
  model.related.clear();
  model.related_terms.clear();
  for (const auto& [key, c] : pairs) {
    if (c.n < 2) continue;
    const double dice = 2.0 * c.n / (unmatched[c.x] + unmatched[c.y]);
    if (dice < 0.1) continue;
    model.related.insert(key);
    model.related_terms.insert(c.x);
    model.related_terms.insert(c.y);
  }
}

// Newton-boosted regression trees of depth 3 on the logistic loss against the soft targets y,
// starting from the linear model's logit. Split points are the features' quantiles, so the
// search is small; a leaf's value is -G/(H + lambda), as in XGBoost, shrunk by `rate`.
void boost(const std::vector<SimilarityFeatures>& x, const std::vector<double>& y, int rounds,
           double rate, SimilarityModel& model) {
  const size_t n = x.size();
  const double lambda = 1.0, min_hessian = 2.0;
  // Candidate thresholds: 32 quantiles per feature.
  std::vector<std::vector<double>> cuts(kSimilarityFeatures);
  for (size_t k = 0; k < kSimilarityFeatures; ++k) {
    std::vector<double> v(n);
    for (size_t i = 0; i < n; ++i) v[i] = x[i][k];
    std::sort(v.begin(), v.end());
    for (int q = 1; q < 32; ++q) cuts[k].push_back(v[n * q / 32]);
    cuts[k].erase(std::unique(cuts[k].begin(), cuts[k].end()), cuts[k].end());
  }
  std::vector<double> z(n), g(n), h(n);
  for (size_t i = 0; i < n; ++i) z[i] = model.logit(x[i]);
  std::vector<int> node(n);
  for (int round = 0; round < rounds; ++round) {
    for (size_t i = 0; i < n; ++i) {
      const double p = 1.0 / (1.0 + std::exp(-z[i]));
      g[i] = p - y[i];
      h[i] = std::max(p * (1 - p), 1e-6);
      node[i] = 0;
    }
    analytics::ScoreTree tree{};
    for (int level = 0; level < 3; ++level) {
      const int first = (1 << level) - 1, count = 1 << level;
      for (int nd = first; nd < first + count; ++nd) {
        double G = 0, H = 0;
        for (size_t i = 0; i < n; ++i)
          if (node[i] == nd) G += g[i], H += h[i];
        double best_gain = 0;
        int best_k = 0;
        double best_cut = std::numeric_limits<double>::infinity();
        for (size_t k = 0; k < kSimilarityFeatures; ++k) {
          for (double cut : cuts[k]) {
            double GL = 0, HL = 0;
            for (size_t i = 0; i < n; ++i)
              if (node[i] == nd && x[i][k] <= cut) GL += g[i], HL += h[i];
            const double GR = G - GL, HR = H - HL;
            if (HL < min_hessian || HR < min_hessian) continue;
            const double gain =
                GL * GL / (HL + lambda) + GR * GR / (HR + lambda) - G * G / (H + lambda);
            if (gain > best_gain + 1e-12) best_gain = gain, best_k = static_cast<int>(k), best_cut = cut;
          }
        }
        // No useful split: everything goes left (threshold +inf).
        tree.feature[nd] = best_k;
        tree.threshold[nd] = best_cut;
        for (size_t i = 0; i < n; ++i)
          if (node[i] == nd) node[i] = x[i][best_k] <= best_cut ? 2 * nd + 1 : 2 * nd + 2;
      }
    }
    for (int leaf = 0; leaf < 8; ++leaf) {
      double G = 0, H = 0;
      for (size_t i = 0; i < n; ++i)
        if (node[i] == 7 + leaf) G += g[i], H += h[i];
      tree.leaf[leaf] = -rate * G / (H + lambda);
    }
    for (size_t i = 0; i < n; ++i) z[i] += tree.eval(x[i]);
    model.trees.push_back(tree);
  }
}

// The threshold with the best F1 for "same story" (gold >= same) over the scored pairs.
double best_threshold(const std::vector<double>& score, const std::vector<double>& gold,
                      double same, double* f1_out) {
  std::vector<size_t> order(score.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](size_t x, size_t y) { return score[x] > score[y]; });
  size_t positives = 0;
  for (double g : gold) positives += g >= same;
  double best = 0, best_t = 0.5;
  size_t tp = 0;
  for (size_t r = 0; r < order.size(); ++r) {
    tp += gold[order[r]] >= same;
    if (r + 1 < order.size() && score[order[r + 1]] == score[order[r]]) continue;
    const double f1 = 2.0 * tp / (r + 1 + positives);
    if (f1 > best) {
      best = f1;
      best_t = r + 1 < order.size() ? (score[order[r]] + score[order[r + 1]]) / 2 : score[order[r]];
    }
  }
  *f1_out = best;
  return best_t;
}

int train(Analyzer& analyzer, const std::string& pairs_path,
          const std::vector<std::string>& corpora, const std::string& out_path, double same,
          double target_power, int tree_rounds, double tree_rate, size_t negatives) {
  std::ifstream in(pairs_path);
  if (!in) throw InputError("cannot read " + pairs_path);
  std::vector<Pair> pairs = read_pairs(in, true, pairs_path);
  if (pairs.size() < 20) throw InputError(pairs_path + ": too few pairs to train on");
  // KorSTS pairs were chosen to be related; a stream of headlines is mostly unrelated pairs. So
  // that the model has seen those too, sentences of different pairs are paired as gold 0
  // (a fixed permutation: the same file gives the same pairs).
  const size_t gold_pairs = pairs.size();
  for (size_t k = 0; k < negatives && gold_pairs > 1; ++k) {
    const size_t i = k % gold_pairs;
    size_t j = (i * 7919 + 13 + k / gold_pairs) % gold_pairs;
    if (j == i) j = (j + 1) % gold_pairs;
    Pair p;
    p.gold = 0;
    p.a = pairs[i].a;
    p.b = pairs[j].b;
    pairs.push_back(std::move(p));
  }

  // Document frequencies: every corpus line and every training sentence is one document.
  std::map<uint64_t, uint32_t> df;
  double documents = 0;
  std::vector<std::vector<analytics::StoryTerm>> pair_terms;
  const auto count = [&](const std::vector<analytics::StoryTerm>& terms) {
    std::set<uint64_t> seen;
    for (const auto& t : terms) seen.insert(analytics::term_hash(t));
    for (uint64_t h : seen) ++df[h];
    ++documents;
  };
  std::vector<std::string> corpus_manifest;
  for (const std::string& path : corpora) {
    std::ifstream c(path);
    if (!c) throw InputError("cannot read " + path);
    size_t lines = 0;
    for (std::string line; std::getline(c, line);) {
      if (line.empty()) continue;
      count(terms_of(analyzer, line));
      ++lines;
    }
    corpus_manifest.push_back(path + " (" + std::to_string(lines) + " lines)");
  }
  for (size_t i = 0; i < pairs.size(); ++i) {
    pair_terms.push_back(terms_of(analyzer, pairs[i].a));
    pair_terms.push_back(terms_of(analyzer, pairs[i].b));
    if (i >= gold_pairs) continue;  // the unrelated pairs reuse these sentences
    count(pair_terms[pair_terms.size() - 2]);
    count(pair_terms.back());
  }

  SimilarityModel model;
  model.documents = documents;
  for (const auto& [h, n] : df)
    if (n >= 2) model.df.emplace(h, n);
  std::vector<analytics::TextProfile> profiles;
  std::vector<double> all_gold;
  for (size_t i = 0; i < pairs.size(); ++i) {
    profiles.push_back(analytics::make_profile(pair_terms[2 * i], pairs[i].a, model));
    profiles.push_back(analytics::make_profile(pair_terms[2 * i + 1], pairs[i].b, model));
    all_gold.push_back(pairs[i].gold);
  }
  // Cross-fitted paraphrase partners: the features of the even pairs use the partners learned
  // from the odd ones and the other way round, so the model learns how far they carry to pairs
  // they were not learned from.
  std::vector<size_t> fold[2], all;
  for (size_t i = 0; i < pairs.size(); ++i) fold[i % 2].push_back(i), all.push_back(i);
  SimilarityModel fold_model[2] = {model, model};
  learn_related(profiles, all_gold, fold[1], fold_model[0]);
  learn_related(profiles, all_gold, fold[0], fold_model[1]);
  std::vector<SimilarityFeatures> x;
  std::vector<double> y, gold;
  std::vector<size_t> used;
  for (size_t i = 0; i < pairs.size(); ++i) {
    const auto& pa = profiles[2 * i];
    const auto& pb = profiles[2 * i + 1];
    if (pa.empty() || pb.empty()) continue;
    x.push_back(analytics::similarity_features(pa, pb, fold_model[i % 2]));
    y.push_back(std::pow(std::clamp(pairs[i].gold / 5.0, 0.0, 1.0), target_power));
    gold.push_back(pairs[i].gold);
    used.push_back(i);
  }
  fit(x, y, model);
  if (tree_rounds > 0) boost(x, y, tree_rounds, tree_rate, model);
  learn_related(profiles, all_gold, all, model);
  for (SimilarityModel& m : fold_model) {  // the fitted model with each fold's partners
    m.coefficients = model.coefficients;
    m.bias = model.bias;
    m.trees = model.trees;
  }
  std::vector<double> score;
  for (size_t r = 0; r < x.size(); ++r) {
    const auto& pa = profiles[2 * used[r]];
    const auto& pb = profiles[2 * used[r] + 1];
    score.push_back(analytics::similarity(pa, pb, fold_model[used[r] % 2]));
  }
  double f1 = 0;
  const double threshold = std::round(best_threshold(score, gold, same, &f1) * 100) / 100;

  std::ofstream out(out_path);
  if (!out) throw InputError("cannot write " + out_path);
  char buf[128];
  out << "// Generated by `kornews similarity --train` (scripts/train-similarity.sh); do not edit.\n"
         "// Learned from:\n//   pairs: "
      << pairs_path << " (" << gold_pairs << " pairs and " << pairs.size() - gold_pairs
      << " unrelated pairs made of their sentences, " << x.size() << " with terms on both sides)\n";
  for (const std::string& m : corpus_manifest) out << "//   corpus: " << m << "\n";
  out << "// Document frequencies of the story terms (story_terms.h) of " << documents
      << " documents (every corpus line and\n// every training sentence), terms seen at least twice;"
         " coefficients of the logistic model over\n// similarity.h's features, fitted to (gold/5)^"
      << target_power << ", then " << tree_rounds << " boosted trees (rate " << tree_rate
      << ");\n// the threshold has the best same-story F1 (gold >= "
      << same << ") on the\n// training pairs: F1 ";
  std::snprintf(buf, sizeof buf, "%.3f", f1);
  out << buf << ".\n// Data: KorSTS (kakaobrain/kor-nlu-datasets) and KLUE news sentences, both CC BY-SA 4.0 (NOTICE).\n"
      << "#pragma once\n\n#include <cstddef>\n#include <cstdint>\n\nnamespace kornews::analytics::weights {\n\n"
         "struct DfRow {\n  uint64_t hash;\n  uint32_t df;\n};\n\n"
      << "inline constexpr double kDocuments = " << static_cast<uint64_t>(documents) << ";\n";
  out << "inline constexpr DfRow kDocumentFrequency[] = {\n";
  size_t col = 0;
  for (const auto& [h, n] : df) {
    if (n < 2) continue;
    std::snprintf(buf, sizeof buf, "{0x%016llxull, %u},", static_cast<unsigned long long>(h), n);
    out << (col == 0 ? "    " : " ") << buf;
    if (++col == 3) {
      out << "\n";
      col = 0;
    }
  }
  out << (col ? "\n" : "") << "};\n";
  out << "// " ;
  for (size_t k = 0; k < kSimilarityFeatures; ++k)
    out << analytics::kSimilarityFeatureNames[k] << (k + 1 < kSimilarityFeatures ? ", " : "\n");
  out << "inline constexpr double kCoefficients[] = {";
  for (size_t k = 0; k < kSimilarityFeatures; ++k) {
    std::snprintf(buf, sizeof buf, "%.6f", model.coefficients[k]);
    out << buf << (k + 1 < kSimilarityFeatures ? ", " : "};\n");
  }
  std::snprintf(buf, sizeof buf, "%.6f", model.bias);
  out << "inline constexpr double kBias = " << buf << ";\n";
  out << "struct TreeRow {\n  int feature[7];\n  double threshold[7];\n  double leaf[8];\n};\n\n";
  out << "// Boosted trees (ScoreTree in similarity.h), added to the linear logit.\n";
  out << "inline constexpr TreeRow kTrees[] = {\n";
  const auto num = [&](double v) {
    if (std::isinf(v)) return std::string("1e300");
    std::snprintf(buf, sizeof buf, "%.9g", v);
    return std::string(buf);
  };
  if (model.trees.empty()) out << "    {{0, 0, 0, 0, 0, 0, 0}, {0, 0, 0, 0, 0, 0, 0}, {0, 0, 0, 0, 0, 0, 0, 0}},\n";
  for (const analytics::ScoreTree& t : model.trees) {
    out << "    {{";
    for (int i = 0; i < 7; ++i) out << t.feature[i] << (i < 6 ? ", " : "}, {");
    for (int i = 0; i < 7; ++i) out << num(t.threshold[i]) << (i < 6 ? ", " : "}, {");
    for (int i = 0; i < 8; ++i) out << num(t.leaf[i]) << (i < 7 ? ", " : "}},\n");
  }
  out << "};\ninline constexpr size_t kTreeCount = " << model.trees.size() << ";\n";
  const auto write_set = [&](const char* name, const std::unordered_set<uint64_t>& set) {
    std::vector<uint64_t> v(set.begin(), set.end());
    std::sort(v.begin(), v.end());
    out << "inline constexpr uint64_t " << name << "[] = {\n";
    if (v.empty()) out << "    0,\n";
    for (size_t i = 0; i < v.size(); ++i) {
      std::snprintf(buf, sizeof buf, "0x%016llxull,", static_cast<unsigned long long>(v[i]));
      out << (i % 4 == 0 ? "    " : " ") << buf << (i % 4 == 3 || i + 1 == v.size() ? "\n" : "");
    }
    out << "};\ninline constexpr size_t " << name << "Count = " << v.size() << ";\n";
  };
  out << "// Paraphrase partners (SimilarityModel::related), learned from the training pairs.\n";
  write_set("kRelated", model.related);
  write_set("kRelatedTerms", model.related_terms);
  std::snprintf(buf, sizeof buf, "%.2f", threshold);
  out << "inline constexpr double kDefaultThreshold = " << buf << ";\n\n"
      << "}  // namespace kornews::analytics::weights\n";
  std::cerr << "similarity --train: " << x.size() << " pairs, " << model.df.size()
            << " terms, threshold " << threshold << " (train F1 " << f1 << ")\n";
  for (size_t k = 0; k < kSimilarityFeatures; ++k)
    std::cerr << "  " << analytics::kSimilarityFeatureNames[k] << " " << model.coefficients[k] << "\n";
  std::cerr << "  bias " << model.bias << "\n";
  return 0;
}

}  // namespace

int similarity_command(const Args& args) {
  std::string dict_path = default_dictionary_path();
  std::string train_path, out_path;
  std::vector<std::string> corpora;
  bool features = false;
  double same = 4.0;
  double target_power = 1.0;
  int trees = 0;
  size_t negatives = 0;
  double tree_rate = 0.1;
  const auto stop = Options(kHelp)
                        .value("--dict", [&](const std::string& v) { dict_path = v; })
                        .value("--train", [&](const std::string& v) { train_path = v; })
                        .value("--corpus", [&](const std::string& v) { corpora.push_back(v); })
                        .value("--out", [&](const std::string& v) { out_path = v; })
                        .value("--same", [&](const std::string& v) { same = std::stod(v); })
                        .value("--target-power",
                               [&](const std::string& v) { target_power = std::stod(v); })
                        .value("--trees", [&](const std::string& v) { trees = std::stoi(v); })
                        .value("--tree-rate",
                               [&](const std::string& v) { tree_rate = std::stod(v); })
                        .value("--negatives",
                               [&](const std::string& v) { negatives = whole_number("--negatives", v); })
                        .flag("--features", [&] { features = true; })
                        .parse(args);
  if (stop) return *stop;
  Analyzer analyzer(Dictionary::open(dict_path));
  if (!train_path.empty()) {
    if (out_path.empty()) throw InputError("--train needs --out FILE");
    return train(analyzer, train_path, corpora, out_path, same, target_power, trees, tree_rate,
                 negatives);
  }
  const SimilarityModel& model = SimilarityModel::builtin();
  const std::vector<Pair> pairs = read_pairs(std::cin, false, "stdin");
  for (const Pair& p : pairs) {
    const auto pa = analytics::make_profile(terms_of(analyzer, p.a), p.a, model);
    const auto pb = analytics::make_profile(terms_of(analyzer, p.b), p.b, model);
    if (features) {
      const SimilarityFeatures f = analytics::similarity_features(pa, pb, model);
      for (size_t k = 0; k < kSimilarityFeatures; ++k)
        std::cout << f[k] << (k + 1 < kSimilarityFeatures ? '\t' : '\n');
    } else {
      std::printf("%.6f\n", analytics::similarity(pa, pb, model));
    }
  }
  return 0;
}

}  // namespace kornews::cli
