// kornews keywords: ko_keywords outside the server, one document per line on stdin, one
// tab-separated line of keywords per document out (best first). eval/keywords.sh checks the
// SQL function itself; this is for scripts and for trying a term model before installing it.
#include <fstream>
#include <iomanip>
#include <iostream>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/options.h"
#include "core/analytics/keywords.h"
#include "core/analytics/stopwords.h"
#include "core/analytics/term_candidates.h"
#include "core/analytics/term_model.h"
#include "core/dict/dictionary.h"
#include "core/error.h"
#include "core/morph/analyzer.h"

namespace kornews::cli {
namespace {

constexpr const char* kHelp =
    "usage: kornews keywords [--dict PATH] [--model FILE] [--stopwords FILE] [--k N] [--scores]\n"
    "                        < documents.txt\n"
    "  One document per line in, one line of its keywords (tab-separated, best first) out.\n"
    "  --model FILE      term model (default: data/kornews_terms.tsv of the source tree, then\n"
    "                    the installed one)\n"
    "  --stopwords FILE  one stop word per line (the SQL functions read kornews.stopwords)\n"
    "  --k N             keywords per document (default 10)\n"
    "  --scores          write keyword=score\n";

// Beside the entity model: data/ of the source tree first, then the installed tsearch_data.
std::string default_term_model_path() {
  for (std::string path :
       {std::string(KORNEWS_SOURCE_NER_MODEL), std::string(KORNEWS_INSTALLED_NER_MODEL)}) {
    path = path.substr(0, path.find_last_of('/') + 1) + "kornews_terms.tsv";
    if (std::ifstream(path)) return path;
  }
  return "kornews_terms.tsv";
}

}  // namespace

int keywords_command(const Args& args) {
  std::string dict_path = default_dictionary_path();
  std::string model_path = default_term_model_path(), stop_path;
  size_t k = 10;
  bool scores = false;
  const auto stop = Options(kHelp)
                        .value("--dict", [&](const std::string& v) { dict_path = v; })
                        .value("--model", [&](const std::string& v) { model_path = v; })
                        .value("--stopwords", [&](const std::string& v) { stop_path = v; })
                        .value("--k", [&](const std::string& v) { k = whole_number("--k", v); })
                        .flag("--scores", [&] { scores = true; })
                        .parse(args);
  if (stop) return *stop;
  Analyzer analyzer(Dictionary::open(dict_path));
  const analytics::TermModel model = analytics::TermModel::Load(model_path);
  analytics::StopWords stopwords;
  if (!stop_path.empty()) {
    std::ifstream in(stop_path);
    if (!in) throw Error("cannot open \"" + stop_path + "\"");
    std::string w;
    while (std::getline(in, w)) stopwords.add(w);
  }
  analytics::KeywordOptions options;
  options.k = k;
  options.background = &model;
  std::vector<analytics::TermOccurrence> terms;
  std::ios::sync_with_stdio(false);
  std::string line;
  while (std::getline(std::cin, line)) {
    terms.clear();
    analytics::ExtractTerms(analyzer.analyze(line), &stopwords, &analyzer, {}, terms);
    const auto keywords = analytics::RankKeywords(terms, options);
    for (size_t i = 0; i < keywords.size(); ++i) {
      if (i) std::cout << '\t';
      std::cout << keywords[i].term;
      if (scores) std::cout << '=' << std::fixed << std::setprecision(3) << keywords[i].score;
    }
    std::cout << '\n';
  }
  return std::cout.good() ? 0 : 1;
}

}  // namespace kornews::cli
