// The entity tagger the unit tests use: the committed model (data/kornews_ner.model) on the
// test dictionary, and a one-line form of its entities to compare and print.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "core/morph/analyzer.h"
#include "core/ner/ner_model.h"
#include "core/ner/tagger.h"
#include "test_dictionary.h"

namespace kornews::testing {

inline std::string ner_model_path() {
  const std::string f = __FILE__;
  return f.substr(0, f.rfind("/tests/")) + "/data/kornews_ner.model";
}

inline std::shared_ptr<const ner::NerModel> ner_model() {
  static const std::shared_ptr<const ner::NerModel> m = ner::NerModel::open(ner_model_path());
  return m;
}

inline std::vector<ner::Entity> tag(const std::string& text, const ner::TagOptions& options = {}) {
  Analyzer analyzer(test_dictionary());
  ner::EntityTagger tagger(ner_model());
  std::vector<ner::Entity> out;
  tagger.tag(analyzer, text, options, out);
  return out;
}

// "label:text=normalized" for each entity, space-separated.
inline std::string brief(const std::vector<ner::Entity>& es) {
  std::string out;
  for (const ner::Entity& e : es) {
    if (!out.empty()) out += ' ';
    out += std::string(ner::label_name(e.label)) + ":" + e.text;
    if (!e.normalized.empty()) out += "=" + e.normalized;
  }
  return out;
}

}  // namespace kornews::testing
