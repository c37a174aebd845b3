// kornews train-ner: trains the entity model from KLUE-style JSONL
// ({"text": ..., "entities": [{"start","end","label"}]}, code points, end exclusive) and writes
// the model file. Deterministic: the same data and options give the same file.
#include <chrono>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>

#include "cli/commands.h"
#include "cli/jsonl.h"
#include "cli/options.h"
#include "core/dict/dictionary.h"
#include "core/error.h"
#include "core/ner/trainer.h"

namespace kornews::cli {
namespace {

constexpr const char* kHelp =
    "usage: kornews train-ner --train FILE.jsonl --out FILE [--names FILE.tsv] [--dict PATH]\n"
    "                         [--epochs N] [--bits B]\n"
    "  Trains the entity model (averaged perceptron over character and morpheme features).\n"
    "  --train FILE   KLUE-style JSONL: {\"text\", \"entities\": [{\"start\",\"end\",\"label\"}]}\n"
    "  --out FILE     the model to write (e.g. data/kornews_ner.model)\n"
    "  --names FILE   known names, name<TAB>PS|LC|OG<TAB>category (data/kornews_names.tsv);\n"
    "                 the model is trained with them as a feature and keeps them in its file\n"
    "  --epochs N     passes over the data (default 12)\n"
    "  --bits B       log2 of the weight-table rows (default 18: 6.8 MB)\n";

std::vector<ner::TrainingSentence> read_training(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw InputError("cannot read " + path);
  std::vector<ner::TrainingSentence> out;
  std::string line;
  size_t line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    const std::string where = path + ":" + std::to_string(line_no);
    const JsonValue v = parse_json(line, where);
    ner::TrainingSentence s;
    s.text = v.at("text", where).as_string(where);
    for (const JsonValue& e : v.at("entities", where).as_array(where)) {
      ner::Entity ent;
      ent.start = static_cast<int32_t>(e.at("start", where).as_number(where));
      ent.end = static_cast<int32_t>(e.at("end", where).as_number(where));
      const std::string label = e.at("label", where).as_string(where);
      if (!ner::parse_label(label, ent.label))
        throw InputError(where + ": unknown label \"" + label + "\"");
      s.entities.push_back(ent);
    }
    out.push_back(std::move(s));
  }
  return out;
}

}  // namespace

int train_ner_command(const Args& args) {
  std::string dict_path = default_dictionary_path(), train, out, names;
  ner::TrainerOptions options;
  const auto stop = Options(kHelp)
                        .value("--dict", [&](const std::string& v) { dict_path = v; })
                        .value("--train", [&](const std::string& v) { train = v; })
                        .value("--out", [&](const std::string& v) { out = v; })
                        .value("--names", [&](const std::string& v) { names = v; })
                        .value("--epochs",
                               [&](const std::string& v) {
                                 options.epochs = static_cast<int>(whole_number("--epochs", v));
                               })
                        .value("--bits",
                               [&](const std::string& v) {
                                 options.row_bits =
                                     static_cast<uint32_t>(whole_number("--bits", v));
                               })
                        .parse(args);
  if (stop) return *stop;
  if (train.empty() || out.empty()) {
    std::cerr << kHelp;
    return 2;
  }
  if (options.row_bits < 12 || options.row_bits > 22)
    throw InputError("--bits must be between 12 and 22");
  const auto t0 = std::chrono::steady_clock::now();
  if (!names.empty()) {
    std::ifstream in(names, std::ios::binary);
    if (!in) throw InputError("cannot read " + names);
    options.names.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  const std::vector<ner::TrainingSentence> sentences = read_training(train);
  std::cerr << "read " << sentences.size() << " sentences from " << train << "\n";
  const std::string base = train.substr(train.find_last_of('/') + 1);
  options.source = base + ", " + std::to_string(options.epochs) + " epochs, " +
                   std::to_string(options.row_bits) + " bits";
  options.progress = [](const std::string& s) { std::cerr << s << "\n"; };
  const ner::ModelData model = ner::train_model(Dictionary::open(dict_path), sentences, options);
  ner::write_model(out, model);
  const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  std::cerr << "wrote " << out << " (" << options.source << ") in " << secs << " s\n";
  return 0;
}

}  // namespace kornews::cli
