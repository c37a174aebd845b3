// --user-dict FILE (see user_dict_option.h).
#include "cli/user_dict_option.h"

#include <memory>
#include <utility>

#include "core/dict/user_lexicon.h"
#include "core/dict/user_word_file.h"
#include "core/morph/analyzer.h"

namespace kornews::cli {

void load_user_dict(Analyzer& analyzer, const std::string& path) {
  UserWordFile file = read_user_word_file(path);
  const std::vector<size_t> lines = file.lines;
  try {
    analyzer.set_user_lexicon(
        std::make_shared<const UserLexicon>(analyzer.dictionary(), std::move(file.words)));
  } catch (const UserWordError& e) {
    const size_t line = e.index() < lines.size() ? lines[e.index()] : 0;
    throw UserWordFileError(path + ":" + std::to_string(line) + ": " + e.what(), e.hint());
  }
}

}  // namespace kornews::cli
