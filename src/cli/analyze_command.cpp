// kornews analyze: one input line -> one output line of space-separated form/TAG, the format
// ../shared/eval/morph_score.py reads.
#include <iostream>
#include <string>

#include "cli/commands.h"
#include "cli/options.h"
#include "cli/user_dict_option.h"
#include "core/dict/dictionary.h"
#include "core/morph/analyzer.h"

namespace kornews::cli {
namespace {

constexpr const char* kHelp =
    "usage: kornews analyze [--dict PATH] [--user-dict FILE] [--no-space-penalty] "
    "[--no-loanwords]\n       [--no-known-names] [--mecab-symbols] [--mecab] < sentences.txt\n"
    "  Writes exactly one line per input line: space-separated form/TAG morphemes.\n"
    "  --dict PATH           kornews.dic to use (default: the build tree's, then the installed "
    "one)\n"
    "  --user-dict FILE      words to add, one a line: word<TAB>tag[<TAB>cost[<TAB>parts as a+b"
    "[<TAB>reading]]]; # starts a comment (docs/user-dictionary.md)\n"
    "  --no-space-penalty    plain MeCab path costs (no mecab-ko left-space penalty)\n"
    "  --no-loanwords        no guessing of transliterated names\n"
    "  --no-known-names      names of the built-in list (data/kornews_names.tsv) are not kept "
    "whole\n"
    "  --mecab-symbols       quotes, brackets and ellipses keep the dictionary's SY tag\n"
    "  --mecab               exactly MeCab's analysis with the same dictionary: the above, and\n"
    "                        a lone word is not read as a noun its path splits "
    "(docs/analyzer.md)\n";

// A form can hold no space or newline in this format (the scorer splits on spaces).
void write_form(std::string& out, const std::string& form) {
  for (char c : form) out += (c == ' ' || c == '\n' || c == '\t') ? '_' : c;
}

}  // namespace

int analyze_command(const Args& args) {
  std::string dict_path = default_dictionary_path();
  std::string user_dict;
  AnalyzerOptions options;
  const auto stop = Options(kHelp)
                        .value("--dict", [&](const std::string& v) { dict_path = v; })
                        .value("--user-dict", [&](const std::string& v) { user_dict = v; })
                        .flag("--no-space-penalty", [&] { options.space_penalty = false; })
                        .flag("--no-loanwords", [&] { options.guess_loanwords = false; })
                        .flag("--no-known-names", [&] { options.known_names = false; })
                        .flag("--mecab-symbols", [&] { options.sejong_symbols = false; })
                        .flag("--mecab", [&] { options = AnalyzerOptions::plain_mecab(); })
                        .parse(args);
  if (stop) return *stop;
  Analyzer analyzer(Dictionary::open(dict_path), options);
  if (!user_dict.empty()) load_user_dict(analyzer, user_dict);
  std::ios::sync_with_stdio(false);
  std::string line, out;
  while (std::getline(std::cin, line)) {
    out.clear();
    analyzer.analyze(line, [&](const Morpheme& m) {
      if (!out.empty()) out += ' ';
      write_form(out, m.form);
      out += '/';
      out += m.tag;
    });
    out += '\n';
    std::cout << out;
  }
  return std::cout.good() ? 0 : 1;
}

}  // namespace kornews::cli
