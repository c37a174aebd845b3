// kornews build-dict: compile an unpacked mecab-ko-dic into kornews.dic.
#include <iostream>

#include "cli/commands.h"
#include "cli/options.h"
#include "core/dict/dict_builder.h"
#include "core/dict/dictionary.h"

namespace kornews::cli {
namespace {

constexpr const char* kHelp =
    "usage: kornews build-dict --mecab-dir DIR --out FILE\n"
    "       kornews build-dict --verify FILE   (check header and checksum)\n";

}  // namespace

int build_dict_command(const Args& args) {
  std::string mecab_dir, out_path;
  bool verify_only = false;
  const auto stop = Options(kHelp)
                        .value("--mecab-dir", [&](const std::string& v) { mecab_dir = v; })
                        .value("--out", [&](const std::string& v) { out_path = v; })
                        .value("--verify",
                               [&](const std::string& v) {
                                 out_path = v;
                                 verify_only = true;
                               })
                        .parse(args);
  if (stop) return *stop;
  if (verify_only) {
    auto dict = Dictionary::open(out_path);  // verifies the checksum
    std::cout << out_path << ": ok, " << dict->source() << ", " << dict->entry_count()
              << " entries, " << dict->file_size() << " bytes\n";
    return 0;
  }
  if (mecab_dir.empty() || out_path.empty()) {
    std::cerr << kHelp;
    return 2;
  }
  const dict::BuildStats stats =
      dict::build_dictionary(dict::import_mecab_dictionary(mecab_dir), out_path);
  std::cout << "kornews build-dict: " << stats.words << " words, " << stats.entries << " entries, "
            << stats.trie_units << " trie units, " << stats.file_size << " bytes -> " << out_path
            << "\n";
  if (stats.skipped_words) std::cout << "  skipped " << stats.skipped_words << " words\n";
  Dictionary::open(out_path);  // read back and verified
  return 0;
}

}  // namespace kornews::cli
