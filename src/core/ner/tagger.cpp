#include "core/ner/tagger.h"

#include <algorithm>
#include <map>

#include "core/dict/dictionary.h"
#include "core/morph/analyzer.h"
#include "core/ner/decoder.h"
#include "core/ner/normalize.h"
#include "core/text/utf8.h"

namespace kornews::ner {

EntityTagger::EntityTagger(std::shared_ptr<const NerModel> model) : model_(std::move(model)) {
  if (model_->feature_set() != FeatureExtractor::kFeatureSet)
    throw ModelError("entity model \"" + model_->path() + "\" was trained with feature set " +
                         std::to_string(model_->feature_set()) + ", this build computes set " +
                         std::to_string(FeatureExtractor::kFeatureSet),
                     "retrain it with `kornews train-ner` (see docs/entities.md)");
  mask_transitions(model_->transitions(), model_->start(), transitions_, start_);
}

EntityTagger::~EntityTagger() = default;

void EntityTagger::tag(Analyzer& analyzer, std::string_view text, const TagOptions& options,
                       std::vector<Entity>& out) {
  if (extractor_ == nullptr || extractor_dict_ != &analyzer.dictionary()) {
    extractor_ =
        std::make_unique<FeatureExtractor>(analyzer.dictionary(), model_->list_gazetteers());
    extractor_dict_ = &analyzer.dictionary();
  }
  const size_t first = out.size();
  from_model_.clear();
  int32_t cp_base = 0;
  for (size_t begin = 0;;) {
    const size_t nl = text.find('\n', begin);
    const std::string_view line =
        text.substr(begin, nl == std::string_view::npos ? std::string_view::npos : nl - begin);
    tag_line(analyzer, line, cp_base, options, out);
    if (nl == std::string_view::npos) break;
    cp_base += static_cast<int32_t>(extractor_->code_points().size()) + 1;
    begin = nl + 1;
  }
  make_labels_consistent(out, first);
}

// Document-level consistency: the model's PS/LC/OG mentions of one name vote, and a strict
// majority relabels the rest. User entries and built-in terms keep their own label.
void EntityTagger::make_labels_consistent(std::vector<Entity>& out, size_t first) {
  if (out.size() - first < 2) return;
  auto is_name = [](EntityLabel l) {
    return l == EntityLabel::kPS || l == EntityLabel::kLC || l == EntityLabel::kOG;
  };
  // A text has few names: count by pairs then, a map only for a long text.
  const size_t count = out.size() - first;
  std::map<std::string_view, std::array<int, kEntityLabelCount>> votes;
  auto votes_of = [&](size_t i) {
    if (count > 64) return votes[out[i].text];
    std::array<int, kEntityLabelCount> v{};
    for (size_t j = first; j < out.size(); ++j)
      if (from_model_[j - first] && is_name(out[j].label) && out[j].text == out[i].text)
        ++v[static_cast<int>(out[j].label)];
    return v;
  };
  if (count > 64)
    for (size_t i = first; i < out.size(); ++i)
      if (from_model_[i - first] && is_name(out[i].label))
        ++votes.try_emplace(out[i].text, std::array<int, kEntityLabelCount>{})
              .first->second[static_cast<int>(out[i].label)];
  // Labels are decided before any is changed, so the order of mentions does not matter.
  std::vector<std::pair<size_t, EntityLabel>> changes;
  for (size_t i = first; i < out.size(); ++i) {
    if (!from_model_[i - first] || !is_name(out[i].label)) continue;
    const std::array<int, kEntityLabelCount> v = votes_of(i);
    const int best = static_cast<int>(std::max_element(v.begin(), v.end()) - v.begin());
    int total = 0;
    for (int c : v) total += c;
    if (2 * v[best] > total && static_cast<int>(out[i].label) != best)
      changes.emplace_back(i, static_cast<EntityLabel>(best));
  }
  for (const auto& [i, label] : changes) out[i].label = label;
}

namespace {

bool overlaps(int32_t a0, int32_t a1, int32_t b0, int32_t b1) {
  return a0 < b1 && b0 < a1;
}

// 2025.02.07, 2025-2-7, 2025/02/07.: the training data has few dates written this way, and the
// model tends to call them quantities.
bool is_numeric_date(const char32_t* s, int32_t n) {
  int32_t i = 0, groups = 0;
  while (i < n && groups < 3) {
    const int32_t start = i;
    while (i < n && s[i] >= '0' && s[i] <= '9') ++i;
    const int32_t len = i - start;
    if (groups == 0 ? len != 4 : (len < 1 || len > 2)) return false;
    ++groups;
    if (groups < 3) {
      if (i >= n || (s[i] != '.' && s[i] != '-' && s[i] != '/')) return false;
      ++i;
    }
  }
  if (i < n && s[i] == '.') ++i;
  return groups == 3 && i == n;
}

}  // namespace

void EntityTagger::tag_line(Analyzer& analyzer, std::string_view line, int32_t cp_base,
                            const TagOptions& options, std::vector<Entity>& out) {
  constexpr int F = FeatureExtractor::kFeatureCount;
  morphs_.clear();
  analyzer.analyze(line, [&](const Morpheme& m) { morphs_.push_back(m); });
  extractor_->extract(line, morphs_, model_->row_mask(), features_,
                      reinterpret_cast<const char*>(model_->row(0)), kRowStride * sizeof(int16_t));
  const std::vector<char32_t>& cps = extractor_->code_points();
  const int units = static_cast<int>(features_.unit_pos.size());

  // Emission scores: the sum of each feature's row. The rows are scattered over the table, so
  // they are prefetched two characters ahead: the cache misses overlap instead of queueing.
  emissions_.resize(static_cast<size_t>(units) * kTagCount);
  const uint32_t* all = features_.rows.data();
  for (int u = 0; u < std::min(units, 2); ++u)
    for (int k = 0; k < F; ++k) __builtin_prefetch(model_->row(all[u * F + k]));
  for (int u = 0; u < units; ++u) {
    if (u + 2 < units)
      for (int k = 0; k < F; ++k) __builtin_prefetch(model_->row(all[(u + 2) * F + k]));
    const uint32_t* rows = all + static_cast<size_t>(u) * F;
    int32_t acc[kRowStride] = {};
    for (int k = 0; k < F; ++k) {
      const int16_t* __restrict r = model_->row(rows[k]);
      for (int t = 0; t < kRowStride; ++t) acc[t] += r[t];  // one 32-byte row: vectorized
    }
    std::copy(acc, acc + kTagCount, &emissions_[static_cast<size_t>(u) * kTagCount]);
  }
  viterbi(emissions_.data(), units, transitions_, start_, tags_, back_);

  model_spans_.clear();
  for (int u = 0; u < units; ++u) {
    const uint8_t t = tags_[u];
    const int32_t pos = features_.unit_pos[u];
    if (is_begin(t)) {
      model_spans_.push_back({pos, pos + 1, tag_label(t)});
    } else if (is_inside(t) && !model_spans_.empty()) {
      model_spans_.back().end = pos + 1;
    }
  }

  repair_spans(cps, morphs_, model_spans_);

  // User rows first; then the model's spans that do not overlap them; then known names new to
  // the dictionary, then built-in terms, where nothing else is. A model span that is exactly a
  // built-in term takes its value.
  spans_.clear();
  matches_.clear();
  if (options.user != nullptr) options.user->find(cps, matches_);
  for (const GazetteerMatch& m : matches_)
    spans_.push_back({m.start, m.end, m.label, m.normalized, false});
  const size_t user_count = spans_.size();
  auto free_of_user = [&](int32_t s, int32_t e) {
    for (size_t i = 0; i < user_count; ++i)
      if (overlaps(s, e, spans_[i].start, spans_[i].end)) return false;
    return true;
  };
  const Gazetteer& builtin = Gazetteer::builtin();
  // A listed product or model is no entity, whatever the model made of it (블랙웰, 갤럭시).
  auto in_product = [&](int32_t s, int32_t e) {
    for (const GazetteerMatch& p : extractor_->products())
      if (p.start <= s && e <= p.end) return true;
    return false;
  };
  for (const SpanRange& r : model_spans_) {
    Span sp{r.start, r.end, r.label, nullptr, true};
    if (!free_of_user(sp.start, sp.end) || in_product(sp.start, sp.end)) continue;
    if (sp.label == EntityLabel::kQT && is_numeric_date(&cps[sp.start], sp.end - sp.start))
      sp.label = EntityLabel::kDT;
    GazetteerMatch g;
    if (const GazetteerMatch* hit = builtin.lookup(&cps[sp.start], sp.end - sp.start, g)) {
      sp.label = hit->label;
      sp.normalized = hit->normalized;
    }
    spans_.push_back(sp);
  }
  // A listed name left untagged by the model where the dictionary does not have it: the 2020
  // training text never had it (량원펑 딥시크 창업자는), so the list's label stands. A listed name
  // the dictionary has is left to the model, which knows its uses that are no entity (페이스북에
  // 올린 글), except an organization right before a person's title (메타 최고경영자).
  const size_t tagged = spans_.size();
  for (const FeatureExtractor::ListedName& listed : extractor_->whole_listed_names()) {
    const GazetteerMatch& m = listed.match;
    if (listed.dictionary_word &&
        !(m.label == EntityLabel::kOG && m.end + 1 < static_cast<int32_t>(cps.size()) &&
          cps[m.end] == ' ' && is_title_at(cps, m.end + 1)))
      continue;
    bool free = true;
    for (size_t i = 0; i < tagged && free; ++i)
      free = !overlaps(m.start, m.end, spans_[i].start, spans_[i].end);
    if (free) spans_.push_back({m.start, m.end, m.label, nullptr, true});
  }
  matches_.clear();
  builtin.find(cps, matches_);
  const size_t placed = spans_.size();
  for (const GazetteerMatch& m : matches_) {
    bool free = true;
    for (size_t i = 0; i < placed && free; ++i)
      free = !overlaps(m.start, m.end, spans_[i].start, spans_[i].end);
    if (free) spans_.push_back({m.start, m.end, m.label, m.normalized, false});
  }
  std::sort(spans_.begin(), spans_.end(),
            [](const Span& a, const Span& b) { return a.start < b.start; });

  for (const Span& sp : spans_) {
    from_model_.push_back(sp.normalized == nullptr && sp.from_model);
    Entity e;
    e.start = cp_base + sp.start;
    e.end = cp_base + sp.end;
    e.label = sp.label;
    for (int32_t i = sp.start; i < sp.end; ++i) utf8::append(e.text, cps[i]);
    if (sp.normalized != nullptr) {
      e.normalized = *sp.normalized;
    } else {
      e.normalized = normalize_value(
          sp.label, std::u32string_view(&cps[sp.start], sp.end - sp.start), options.reference);
    }
    out.push_back(std::move(e));
  }
}

}  // namespace kornews::ner
