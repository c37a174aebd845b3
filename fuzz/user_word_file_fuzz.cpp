// libFuzzer target: any bytes as a user-word file (kornews --user-dict FILE). The reader either
// returns rows or throws UserWordFileError; the rows then go through UserLexicon's checks, and
// the words it accepts are analyzed in a sentence that contains them. A crash, a sanitizer
// report or another exception is a bug.
//   cmake -S . -B build-fuzz -DKORNEWS_FUZZ=ON -DCMAKE_CXX_COMPILER=clang++ && \
//   cmake --build build-fuzz --target user_word_file_fuzz && \
//   build-fuzz/user_word_file_fuzz -max_total_time=60
#include <cstdint>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "core/dict/dictionary.h"
#include "core/dict/user_lexicon.h"
#include "core/dict/user_word_file.h"
#include "core/morph/analyzer.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static kornews::Analyzer analyzer(kornews::Dictionary::open(KORNEWS_FUZZ_DICT));
  std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
  kornews::UserWordFile file;
  try {
    file = kornews::read_user_words(in, "fuzz");
  } catch (const kornews::UserWordFileError&) {
    return 0;
  }
  std::vector<kornews::UserWord> accepted;
  std::string sentence;
  for (kornews::UserWord& w : file.words) {
    try {
      kornews::UserLexicon::validate(analyzer.dictionary(), w);
    } catch (const kornews::UserWordError&) {
      continue;
    }
    sentence += w.word + "가 ";
    accepted.push_back(std::move(w));
  }
  analyzer.set_user_lexicon(accepted.empty() ? nullptr
                                             : std::make_shared<const kornews::UserLexicon>(
                                                   analyzer.dictionary(), accepted));
  analyzer.analyze(sentence + "발표했다");
  return 0;
}
