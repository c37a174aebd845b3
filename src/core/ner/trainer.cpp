#include "core/ner/trainer.h"

#include <algorithm>
#include <cmath>
#include <memory>
#include <random>

#include "core/dict/dictionary.h"
#include "core/morph/analyzer.h"
#include "core/ner/decoder.h"
#include "core/ner/features.h"
#include "core/ner/list_gazetteers.h"

namespace kornews::ner {

namespace {

struct Example {
  std::vector<uint32_t> rows;  // units * kFeatureCount
  std::vector<uint8_t> gold;   // units
};

// Gold tags of the tagged characters: B- on an entity's first non-space character, I- on the
// rest of it (spaces inside an entity are skipped like everywhere else).
std::vector<uint8_t> gold_tags(const std::vector<int32_t>& unit_pos,
                               const std::vector<Entity>& entities) {
  std::vector<uint8_t> tags(unit_pos.size(), kTagO);
  for (const Entity& e : entities) {
    bool first = true;
    for (size_t u = 0; u < unit_pos.size(); ++u) {
      if (unit_pos[u] < e.start || unit_pos[u] >= e.end) continue;
      tags[u] = first ? begin_tag(e.label) : inside_tag(e.label);
      first = false;
    }
  }
  return tags;
}

}  // namespace

ModelData train_model(std::shared_ptr<const Dictionary> dict,
                      const std::vector<TrainingSentence>& sentences,
                      const TrainerOptions& options) {
  constexpr int F = FeatureExtractor::kFeatureCount;
  const uint32_t mask = (1u << options.row_bits) - 1;
  Analyzer analyzer(dict);
  const ListGazetteers names = ListGazetteers::from_list(options.names);
  FeatureExtractor extractor(*dict, names);
  std::vector<Example> examples;
  examples.reserve(sentences.size());
  LineFeatures lf;
  for (const TrainingSentence& s : sentences) {
    const std::vector<Morpheme> morphs = analyzer.analyze(s.text);
    extractor.extract(s.text, morphs, mask, lf);
    if (lf.unit_pos.empty()) continue;
    examples.push_back({lf.rows, gold_tags(lf.unit_pos, s.entities)});
  }

  const size_t nweights = static_cast<size_t>(mask + 1) * kTagCount;
  // Averaged perceptron with the usual trick: w is the current weight vector, acc the sum of
  // step * update, so that the average over all steps is w - acc / steps.
  std::vector<float> w(nweights, 0.f);
  std::vector<double> acc(nweights, 0.0);
  std::vector<float> tw(kTagCount * kTagCount, 0.f);
  std::vector<double> tacc(tw.size(), 0.0);
  std::vector<float> sw(kTagCount, 0.f);
  std::vector<double> sacc(kTagCount, 0.0);
  std::vector<size_t> order(examples.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::mt19937_64 rng(options.seed);
  std::vector<float> emissions;
  std::vector<uint8_t> pred, back;
  float masked_tw[kTagCount * kTagCount], masked_sw[kTagCount];
  double step = 1.0;
  for (int epoch = 0; epoch < options.epochs; ++epoch) {
    std::shuffle(order.begin(), order.end(), rng);
    size_t wrong = 0, total = 0;
    for (size_t idx : order) {
      const Example& ex = examples[idx];
      const int units = static_cast<int>(ex.gold.size());
      emissions.assign(static_cast<size_t>(units) * kTagCount, 0.f);
      for (int u = 0; u < units; ++u) {
        float* e = &emissions[static_cast<size_t>(u) * kTagCount];
        for (int k = 0; k < F; ++k) {
          const float* row = &w[static_cast<size_t>(ex.rows[u * F + k]) * kTagCount];
          for (int t = 0; t < kTagCount; ++t) e[t] += row[t];
        }
      }
      mask_transitions(tw.data(), sw.data(), masked_tw, masked_sw);
      viterbi(emissions.data(), units, masked_tw, masked_sw, pred, back);
      total += units;
      bool any = false;
      for (int u = 0; u < units; ++u) {
        const uint8_t g = ex.gold[u], p = pred[u];
        const uint8_t gp = u > 0 ? ex.gold[u - 1] : 0, pp = u > 0 ? pred[u - 1] : 0;
        if (g != p) {
          ++wrong;
          any = true;
          for (int k = 0; k < F; ++k) {
            const size_t base = static_cast<size_t>(ex.rows[u * F + k]) * kTagCount;
            w[base + g] += 1.f;
            acc[base + g] += step;
            w[base + p] -= 1.f;
            acc[base + p] -= step;
          }
        }
        if (u == 0) {
          if (g != p) {
            sw[g] += 1.f, sacc[g] += step;
            sw[p] -= 1.f, sacc[p] -= step;
          }
        } else if (g != p || gp != pp) {
          tw[gp * kTagCount + g] += 1.f, tacc[gp * kTagCount + g] += step;
          tw[pp * kTagCount + p] -= 1.f, tacc[pp * kTagCount + p] -= step;
        }
      }
      (void)any;
      step += 1.0;
    }
    if (options.progress)
      options.progress("epoch " + std::to_string(epoch + 1) + ": " + std::to_string(wrong) +
                       " of " + std::to_string(total) + " characters mistagged while training");
  }

  // Average, then quantize: one scale for everything so sums stay comparable.
  auto avg = [&](float cur, double a) { return static_cast<float>(cur - a / step); };
  float max_abs = 1e-6f;
  for (size_t i = 0; i < nweights; ++i) max_abs = std::max(max_abs, std::fabs(avg(w[i], acc[i])));
  const float scale = 32767.f / max_abs;
  ModelData m;
  m.row_bits = options.row_bits;
  m.feature_set = FeatureExtractor::kFeatureSet;
  m.source = options.source;
  m.names = options.names;
  m.rows.assign(static_cast<size_t>(mask + 1) * kRowStride, 0);
  for (size_t i = 0; i < nweights; ++i)
    m.rows[i / kTagCount * kRowStride + i % kTagCount] =
        static_cast<int16_t>(std::lround(avg(w[i], acc[i]) * scale));
  m.transitions.resize(tw.size());
  for (size_t i = 0; i < tw.size(); ++i)
    m.transitions[i] = static_cast<int32_t>(std::lround(avg(tw[i], tacc[i]) * scale));
  m.start.resize(kTagCount);
  for (int i = 0; i < kTagCount; ++i)
    m.start[i] = static_cast<int32_t>(std::lround(avg(sw[i], sacc[i]) * scale));
  return m;
}

}  // namespace kornews::ner
