// The entity tagger: analyzer morphemes -> features -> Viterbi over the model's scores ->
// spans, then the gazetteers (user rows win over everything, the built-in abbreviations fill
// in where the model found nothing) and value normalization. One EntityTagger per thread: it
// reuses its buffers.
#pragma once

#include <array>
#include <memory>
#include <optional>
#include <string_view>
#include <vector>

#include "core/morph/morpheme.h"
#include "core/ner/entity.h"
#include "core/ner/features.h"
#include "core/ner/gazetteer.h"
#include "core/ner/ner_model.h"
#include "core/ner/span_rules.h"
#include "core/time/civil_time.h"

namespace kornews {
class Analyzer;
}

namespace kornews::ner {

struct TagOptions {
  // Relative dates (오늘, 지난달, 7일) resolve against it; without it they get no normalized value.
  std::optional<kornews::CivilDate> reference;
  const Gazetteer* user = nullptr;  // the user entity dictionary; its matches win
};

class EntityTagger {
 public:
  // Throws ModelError when the model was trained with another feature set.
  explicit EntityTagger(std::shared_ptr<const NerModel> model);
  ~EntityTagger();

  const NerModel& model() const { return *model_; }

  // Appends the entities of `text` to `out`, in text order, offsets in code points into `text`.
  // Entities never cross a line break. A name the model tagged several times in the text keeps
  // one label, the one most of its mentions got (a document's 화웨이 is one organization, even
  // where a sentence alone reads like a person's name).
  void tag(Analyzer& analyzer, std::string_view text, const TagOptions& options,
           std::vector<Entity>& out);

 private:
  void make_labels_consistent(std::vector<Entity>& out, size_t first);
  void tag_line(Analyzer& analyzer, std::string_view line, int32_t cp_base,
                const TagOptions& options, std::vector<Entity>& out);

  std::shared_ptr<const NerModel> model_;
  int32_t transitions_[kTagCount * kTagCount], start_[kTagCount];  // masked for the decoder
  std::unique_ptr<FeatureExtractor> extractor_;
  const void* extractor_dict_ = nullptr;
  std::vector<Morpheme> morphs_;
  LineFeatures features_;
  std::vector<int32_t> emissions_;
  std::vector<uint8_t> tags_, back_;
  struct Span {
    int32_t start, end;
    EntityLabel label;
    const std::string* normalized;
    bool from_model;
  };
  std::vector<Span> spans_;
  std::vector<SpanRange> model_spans_;
  std::vector<GazetteerMatch> matches_;
  std::vector<bool> from_model_;  // per entity appended by this tag() call
};

}  // namespace kornews::ner
