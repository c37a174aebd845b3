// kornews build-term-model: the background model of ko_keywords -- in how many documents of a
// corpus each term occurs (src/core/analytics/term_model.h) -- from one document per line on
// stdin. The shipped data/kornews_terms.tsv is this command's output over the team's news
// sentences (data/kornews_terms.manifest says how; NOTICE gives the attribution).
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/options.h"
#include "core/analytics/term_candidates.h"
#include "core/analytics/term_model.h"
#include "core/dict/dictionary.h"
#include "core/error.h"
#include "core/io/checksum.h"
#include "core/morph/analyzer.h"

namespace kornews::cli {
namespace {

constexpr const char* kHelp =
    "usage: kornews build-term-model [--dict PATH] [--min-df N] [--source NAME]\n"
    "                                --out FILE [--manifest FILE] < documents.txt\n"
    "  Reads one document per line and writes, for every term ko_keywords scores (words, the\n"
    "  nouns inside compounds, phrases of adjacent words), the number of documents it occurs\n"
    "  in. Stop words are not applied here: ko_keywords applies kornews.stopwords itself.\n"
    "  --min-df N       leave out terms seen in fewer than N documents (default 2)\n"
    "  --source NAME    what the documents are, written into the manifest\n"
    "  --manifest FILE  also write how the model was made (source, sizes, checksum, command)\n";

}  // namespace

int term_model_command(const Args& args) {
  std::string dict_path = default_dictionary_path();
  std::string out_path, manifest_path, source = "stdin";
  size_t min_df = 2;
  const auto stop =
      Options(kHelp)
          .value("--dict", [&](const std::string& v) { dict_path = v; })
          .value("--min-df", [&](const std::string& v) { min_df = whole_number("--min-df", v); })
          .value("--source", [&](const std::string& v) { source = v; })
          .value("--out", [&](const std::string& v) { out_path = v; })
          .value("--manifest", [&](const std::string& v) { manifest_path = v; })
          .parse(args);
  if (stop) return *stop;
  if (out_path.empty())
    throw InputError("--out FILE is required", "kornews build-term-model --help");
  if (min_df < 1) throw InputError("--min-df must be at least 1");

  auto dict = Dictionary::open(dict_path);
  Analyzer analyzer(dict);
  analytics::TermModelBuilder builder;
  analytics::CandidateOptions options;
  std::vector<Morpheme> morphs;
  std::vector<analytics::TermOccurrence> terms;
  std::ios::sync_with_stdio(false);
  std::string line;
  // FNV-1a over the input, so the manifest pins the exact corpus the counts came from.
  uint64_t checksum = kornews::io::kFnv1aSeed, bytes = 0, lines = 0;
  while (std::getline(std::cin, line)) {
    checksum = kornews::io::fnv1a64(checksum, line.data(), line.size());
    checksum = kornews::io::fnv1a64(checksum, "\n", 1);
    bytes += line.size() + 1;
    ++lines;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    morphs = analyzer.analyze(line);
    terms.clear();
    analytics::ExtractTerms(morphs, nullptr, &analyzer, options, terms);
    builder.add_document(terms);
  }
  const analytics::TermModel model = builder.finish(min_df);
  {
    std::ofstream out(out_path, std::ios::binary | std::ios::trunc);
    if (!out) throw Error("cannot write \"" + out_path + "\"");
    model.Write(out);
    if (!out.flush()) throw Error("writing \"" + out_path + "\" failed");
  }
  if (!manifest_path.empty()) {
    std::ofstream m(manifest_path, std::ios::binary | std::ios::trunc);
    if (!m) throw Error("cannot write \"" + manifest_path + "\"");
    char hex[17];
    snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(checksum));
    m << "file: " << out_path.substr(out_path.find_last_of('/') + 1) << '\n'
      << "what: document frequencies of the terms ko_keywords scores (background model)\n"
      << "source: " << source << '\n'
      << "source_lines: " << lines << '\n'
      << "source_bytes: " << bytes << '\n'
      << "source_fnv1a64: " << hex << '\n'
      << "documents: " << model.docs() << " (one per non-empty line)\n"
      << "min_df: " << min_df << '\n'
      << "terms: " << model.size() << '\n'
      << "dictionary: " << dict->source() << '\n'
      << "command: build/kornews build-term-model --min-df " << min_df << " --source '" << source
      << "' --out data/kornews_terms.tsv --manifest data/kornews_terms.manifest"
      << " < " << source << '\n';
  }
  std::cerr << "build-term-model: " << model.docs() << " documents, " << model.size()
            << " terms with df >= " << min_df << " -> " << out_path << '\n';
  return 0;
}

}  // namespace kornews::cli
