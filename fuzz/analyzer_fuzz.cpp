// libFuzzer target: any bytes through the analyzer, with the input's first few space-separated
// pieces as user words (so user-word nodes meet every odd input too). Spans must lie inside the
// input, in text order and without overlap (the pieces of one Inflect entry share their word's
// span); a crash, a sanitizer report or a broken span is a bug.
//   cmake -S . -B build-fuzz -DKORNEWS_FUZZ=ON -DCMAKE_CXX_COMPILER=clang++ && \
//   cmake --build build-fuzz --target analyzer_fuzz && build-fuzz/analyzer_fuzz -max_total_time=60
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/dict/dictionary.h"
#include "core/dict/user_lexicon.h"
#include "core/morph/analyzer.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static kornews::Analyzer analyzer(kornews::Dictionary::open(KORNEWS_FUZZ_DICT));
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const auto n = static_cast<int32_t>(size);

  std::vector<kornews::UserWord> words;
  for (size_t from = 0; from < size && words.size() < 4;) {
    const size_t to = std::min(text.find(' ', from), size);
    kornews::UserWord w{
        std::string(text.substr(from, to - from)), words.size() % 2 ? "NNG" : "NNP", {}, {}, {}};
    try {
      kornews::UserLexicon::validate(analyzer.dictionary(), w);
      words.push_back(std::move(w));
    } catch (const kornews::UserWordError&) {
    }
    from = to + 1;
  }
  analyzer.set_user_lexicon(
      words.empty() ? nullptr
                    : std::make_shared<const kornews::UserLexicon>(analyzer.dictionary(), words));

  kornews::Morpheme previous;
  analyzer.analyze(text, [&](const kornews::Morpheme& m) {
    const bool same_word = m.kind == kornews::MorphemeKind::kInflectPart &&
                           m.start == previous.start && m.end == previous.end &&
                           m.byte_start == previous.byte_start;
    if (m.start > m.end || m.byte_start > m.byte_end || m.byte_end > n || m.end > n ||
        (!same_word && (m.start < previous.end || m.byte_start < previous.byte_end))) {
      std::abort();
    }
    previous = m;
  });
  return 0;
}
