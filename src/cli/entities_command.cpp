// kornews entities: one input line -> one output line, a JSON array of the line's entities
// {"start","end","label","text","normalized"} (code points, end exclusive), the format
// ../shared/eval/ner_score.py reads, plus the typed values of SQL's ko_entities
// (core/ner/entity_value.h), null where the entity has none: "value" (a JSON number, exact as
// written) and "unit" of a quantity, "starts"/"ends" (ISO 8601 local date-times, end exclusive)
// of a date, "duration" (ISO 8601) of a length of time.
#include <iostream>
#include <string>

#include "cli/commands.h"
#include "cli/json_string.h"
#include "cli/options.h"
#include "core/dict/dictionary.h"
#include "core/error.h"
#include "core/morph/analyzer.h"
#include "core/ner/entity_value.h"
#include "core/ner/tagger.h"
#include "core/time/time_value.h"

namespace kornews::cli {
namespace {

// "2025-02-07T00:00:00": ISO 8601, as JSON consumers parse dates.
std::string iso_local(const kornews::LocalDateTime& t) {
  std::string s = kornews::format_local(t);
  s[10] = 'T';
  return s;
}

// The typed values of one entity; every key is always written, null where SQL has NULL, so that
// each object has the same keys.
void append_typed_values(std::string& out, const ner::EntityValue& v) {
  out.append(",\"value\":").append(v.number.empty() ? "null" : v.number);
  out.append(",\"unit\":");
  if (v.unit.empty()) {
    out.append("null");
  } else {
    write_json_string(out, v.unit);
  }
  if (v.range) {
    out.append(",\"starts\":\"").append(iso_local(v.range->starts)).append("\"");
    out.append(",\"ends\":\"").append(iso_local(v.range->ends)).append("\"");
  } else {
    out.append(",\"starts\":null,\"ends\":null");
  }
  out.append(",\"duration\":");
  if (v.duration) {
    kornews::TimeValue d;
    d.kind = kornews::TimeValue::Kind::kDuration;
    d.duration = *v.duration;
    out.append("\"").append(kornews::format_iso_8601(d)).append("\"");
  } else {
    out.append("null");
  }
}

constexpr const char* kHelp =
    "usage: kornews entities [--dict PATH] [--model PATH] [--reference-date YYYY-MM-DD]\n"
    "                        < sentences.txt\n"
    "  Writes exactly one line per input line: a JSON array of\n"
    "  {\"start\",\"end\",\"label\",\"text\",\"normalized\"} (code points, end exclusive; [] for "
    "none),\n"
    "  and the typed values (null where none): \"value\", \"unit\" of a quantity, \"starts\",\n"
    "  \"ends\" (end exclusive) of a date, \"duration\" of a length of time.\n"
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
      append_typed_values(out, ner::entity_value(e.label, e.normalized));
      out.push_back('}');
    }
    out.append("]\n");
    std::cout << out;
  }
  return std::cout.good() ? 0 : 1;
}

}  // namespace kornews::cli
