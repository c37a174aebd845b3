// libFuzzer target: any bytes through the search token stream (core/search/token_stream.h), cut
// into chunks the way the parser cuts long text (ChunkEnd, with a small chunk size taken from the
// first byte so that chunk boundaries fall everywhere). The tiling contract must hold: the
// tokens that are not base tokens cover the input exactly, in order, each non-empty and at most
// kMaxTokenBytes long; base tokens, parts and variants point inside their chunk's buffers. A
// crash, a sanitizer report or a broken contract is a bug.
//   cmake -S . -B build-fuzz -DKORNEWS_FUZZ=ON -DCMAKE_CXX_COMPILER=clang++ && \
//   cmake --build build-fuzz --target tokens_fuzz && build-fuzz/tokens_fuzz -max_total_time=60
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "core/dict/dictionary.h"
#include "core/morph/analyzer.h"
#include "core/search/token_stream.h"

namespace {

void Check(bool ok) {
  if (!ok) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static kornews::Analyzer analyzer(kornews::Dictionary::open(KORNEWS_FUZZ_DICT));
  namespace search = kornews::search;
  if (size == 0) return 0;
  const size_t target = 8 + data[0] * 4;  // 8 .. 1028 bytes a chunk
  const std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);

  search::TokenChunk chunk;
  size_t covered = 0;
  for (size_t begin = 0; begin < text.size();) {
    const size_t end = search::ChunkEnd(text, begin, target);
    Check(end > begin && end <= text.size());
    chunk.Clear();
    search::TokenizeChunk(analyzer, text, begin, end, &chunk);
    for (const search::SearchToken& t : chunk.tokens) {
      Check(t.length > 0 && t.length <= search::kMaxTokenBytes);
      Check(t.parts_offset >= 0 && t.parts_length >= 0 &&
            static_cast<size_t>(t.parts_offset) + t.parts_length <= chunk.parts.size());
      Check(t.variants_offset >= 0 && t.variants_length >= 0 &&
            static_cast<size_t>(t.variants_offset) + t.variants_length <= chunk.variants.size());
      if (search::IsBaseType(t.type)) {
        Check(t.offset >= 0 && static_cast<size_t>(t.offset) + t.length <= chunk.base_text.size());
        continue;
      }
      Check(static_cast<size_t>(t.offset) == covered);  // in order, no gap, no overlap
      covered += t.length;
    }
    Check(covered == end);  // the chunk is covered to its end
    begin = end;
  }
  Check(covered == text.size());
  return 0;
}
