// kornews build-dict: compile an unpacked mecab-ko-dic into kornews.dic.
#include <iostream>

#include "cli/commands.h"
#include "core/dict/dict_builder.h"
#include "core/dict/dictionary.h"

namespace kornews::cli {

int build_dict_command(const Args& args) {
  std::string mecab_dir, out_path;
  bool verify_only = false;
  for (size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--mecab-dir" && i + 1 < args.size()) {
      mecab_dir = args[++i];
    } else if (args[i] == "--out" && i + 1 < args.size()) {
      out_path = args[++i];
    } else if (args[i] == "--verify" && i + 1 < args.size()) {
      out_path = args[++i];
      verify_only = true;
    } else {
      std::cerr << "usage: kornews build-dict --mecab-dir DIR --out FILE\n"
                   "       kornews build-dict --verify FILE   (check header and checksum)\n";
      return 2;
    }
  }
  if (verify_only) {
    auto dict = Dictionary::open(out_path);
    dict->verify();
    std::cout << out_path << ": ok, " << dict->source() << ", " << dict->entry_count()
              << " entries, " << dict->file_size() << " bytes\n";
    return 0;
  }
  if (mecab_dir.empty() || out_path.empty()) return build_dict_command({"--help"});
  const dict::BuildStats stats =
      dict::build_dictionary(dict::import_mecab_dictionary(mecab_dir), out_path);
  std::cout << "kornews build-dict: " << stats.words << " words, " << stats.entries << " entries, "
            << stats.trie_units << " trie units, " << stats.file_size << " bytes -> " << out_path
            << "\n";
  if (stats.skipped_words) std::cout << "  skipped " << stats.skipped_words << " words\n";
  Dictionary::open(out_path)->verify();
  return 0;
}

}  // namespace kornews::cli
