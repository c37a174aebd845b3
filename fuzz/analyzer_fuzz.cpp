// libFuzzer target: any bytes through the analyzer. Spans must lie inside the input, in text
// order and without overlap (the pieces of one Inflect entry share their word's span); a crash,
// a sanitizer report or a broken span is a bug.
//   cmake -S . -B build-fuzz -DKORNEWS_FUZZ=ON -DCMAKE_CXX_COMPILER=clang++ && \
//   cmake --build build-fuzz --target analyzer_fuzz && build-fuzz/analyzer_fuzz -max_total_time=60
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "core/dict/dictionary.h"
#include "core/morph/analyzer.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static kornews::Analyzer analyzer(kornews::Dictionary::open(KORNEWS_FUZZ_DICT));
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const auto n = static_cast<int32_t>(size);
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
