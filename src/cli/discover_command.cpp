// kornews discover: new-word candidates of a corpus (one text per line on stdin), best first,
// as tab-separated rows ready to review and paste into a --user-dict file.
#include <iomanip>
#include <iostream>
#include <string>

#include "cli/commands.h"
#include "cli/options.h"
#include "cli/user_dict_option.h"
#include "core/dict/dictionary.h"
#include "core/discover/word_discovery.h"
#include "core/morph/analyzer.h"

namespace kornews::cli {
namespace {

constexpr const char* kHelp =
    "usage: kornews discover [--dict PATH] [--user-dict FILE] [--min-count N] [--top N] < texts\n"
    "  Reads one text per line and writes the words the analyzer splits but the texts use as a\n"
    "  unit, best first, one tab-separated row each:\n"
    "    score count word suggested_tag pieces parts example\n"
    "  --min-count N   occurrences a candidate needs (default 5)\n"
    "  --top N         rows written (default 100)\n"
    "  --user-dict F   words already added (word<TAB>tag[<TAB>cost[<TAB>a+b[<TAB>reading]]])\n";

}  // namespace

int discover_command(const Args& args) {
  std::string dict_path = default_dictionary_path();
  std::string user_dict;
  DiscoveryOptions options;
  const auto stop =
      Options(kHelp)
          .value("--dict", [&](const std::string& v) { dict_path = v; })
          .value("--user-dict", [&](const std::string& v) { user_dict = v; })
          .value("--min-count",
                 [&](const std::string& v) { options.min_count = whole_number("--min-count", v); })
          .value("--top",
                 [&](const std::string& v) { options.max_results = whole_number("--top", v); })
          .parse(args);
  if (stop) return *stop;
  Analyzer analyzer(Dictionary::open(dict_path));
  if (!user_dict.empty()) load_user_dict(analyzer, user_dict);
  WordDiscoverer discoverer(options);
  std::ios::sync_with_stdio(false);
  std::string line;
  while (std::getline(std::cin, line)) discoverer.add(analyzer, line);
  for (const WordCandidate& c : discoverer.results()) {
    std::string parts;
    for (const std::string& p : c.parts) parts += (parts.empty() ? "" : "+") + p;
    std::cout << std::fixed << std::setprecision(3) << c.score << '\t' << c.count << '\t' << c.word
              << '\t' << c.suggested_tag << '\t' << c.pieces << '\t'
              << (parts.empty() ? "-" : parts) << '\t'
              << (c.examples.empty() ? "" : c.examples.front()) << '\n';
  }
  return std::cout.good() ? 0 : 1;
}

}  // namespace kornews::cli
