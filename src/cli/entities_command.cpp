// kornews entities: one input line -> one output line, a JSON array of the line's entities
// {"start","end","label","text","normalized"} (code points, end exclusive), the format
// ../shared/eval/ner_score.py reads.
#include <iostream>
#include <string>

#include "cli/commands.h"
#include "cli/json_string.h"
#include "cli/options.h"
#include "core/dict/dictionary.h"
#include "core/error.h"
#include "core/morph/analyzer.h"
#include "core/ner/tagger.h"
#include "core/news/dates.h"

namespace kornews::cli {
namespace {

constexpr const char* kHelp =
    "usage: kornews entities [--dict PATH] [--model PATH] [--reference-date YYYY-MM-DD]\n"
    "                        < sentences.txt\n"
    "  Writes exactly one line per input line: a JSON array of\n"
    "  {\"start\",\"end\",\"label\",\"text\",\"normalized\"} (code points, end exclusive; [] for "
    "none).\n"
    "  --dict PATH            kornews.dic (default: the build tree's, then the installed one)\n"
    "  --model PATH           entity model (default: data/kornews_ner.model of the source tree, "
    "then the\n"
    "                         installed kornews_ner.model)\n"
    "  --reference-date DATE  relative dates (오늘, 지난달, 7일) resolve against it; without it\n"
    "                         they get \"normalized\": null\n";

}  // namespace

int entities_command(const Args& args) {
  std::string dict_path = default_dictionary_path();
  std::string model_path = default_model_path();
  ner::TagOptions options;
  const auto stop =
      Options(kHelp)
          .value("--dict", [&](const std::string& v) { dict_path = v; })
          .value("--model", [&](const std::string& v) { model_path = v; })
          .value("--reference-date",
                 [&](const std::string& v) {
                   kornews::CivilDate d;
                   if (!kornews::parse_iso_date(v, d))
                     throw InputError("--reference-date wants YYYY-MM-DD, not \"" + v + "\"");
                   options.reference = d;
                 })
          .parse(args);
  if (stop) return *stop;
  Analyzer analyzer(Dictionary::open(dict_path));
  ner::EntityTagger tagger(ner::NerModel::open(model_path));
  std::ios::sync_with_stdio(false);
  std::string line, out;
  std::vector<ner::Entity> entities;
  while (std::getline(std::cin, line)) {
    entities.clear();
    tagger.tag(analyzer, line, options, entities);
    out.assign("[");
    for (size_t k = 0; k < entities.size(); ++k) {
      const ner::Entity& e = entities[k];
      if (k > 0) out.push_back(',');
      out.append("{\"start\":").append(std::to_string(e.start));
      out.append(",\"end\":").append(std::to_string(e.end));
      out.append(",\"label\":\"").append(ner::label_name(e.label)).append("\",\"text\":");
      write_json_string(out, e.text);
      out.append(",\"normalized\":");
      if (e.normalized.empty()) {
        out.append("null");
      } else {
        write_json_string(out, e.normalized);
      }
      out.push_back('}');
    }
    out.append("]\n");
    std::cout << out;
  }
  return std::cout.good() ? 0 : 1;
}

}  // namespace kornews::cli
