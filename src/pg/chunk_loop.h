// The loop of the functions that read one long text chunk by chunk and return a row or an array
// element for each thing found in it: ko_morphs, ko_tokenize, ko_nouns (morph_funcs.cpp) and
// ko_entities (ner_funcs.cpp).
//
// The text is cut where kn::ChunkEnd says (after a line break where there is one); each chunk is
// read by C++ into a buffer the call's memory context owns, then its values are made in a
// scratch context reset after the chunk (chunk_scratch.h): memory stays bounded by a chunk, not
// the input. Interrupts are served before every chunk.
//
//   auto* buf = kn::AttachToContext<Buffer>(CurrentMemoryContext);
//   kn::ForEachChunk(input,
//       [&](const kn::TextChunk& c) { kn::Guarded([&] { ... c.text into *buf->object ... }); },
//       [&](const kn::TextChunk& c) { ... values from *buf->object: tuplestore_putvalues ... });
//   buf->Release();
//
// Everything here is PostgreSQL-side code (it may ereport): `read` puts its C++ work inside
// kn::Guarded(), as every entry point does, and `emit` makes the values (in the scratch context).
#pragma once

#include <string_view>

#include "core/text/utf8.h"
#include "pg/chunk_scratch.h"
#include "pg/postgres_headers.h"
#include "pg/tokens.h"

namespace kn {

// One chunk of the input, as ForEachChunk hands it to its callbacks.
struct TextChunk {
  std::string_view text;
  size_t begin = 0;                // its first byte's offset in the input
  int64 code_points_before = 0;    // for positions in code points over the whole input
  MemoryContext caller = nullptr;  // the context ForEachChunk was called in
  size_t end() const { return begin + text.size(); }
};

template <typename Read, typename Emit>
void ForEachChunk(std::string_view input, Read&& read, Emit&& emit) {
  TextChunk chunk;
  chunk.caller = CurrentMemoryContext;
  MemoryContext scratch = CreateChunkScratch();
  while (chunk.begin < input.size()) {
    CHECK_FOR_INTERRUPTS();
    chunk.text = input.substr(chunk.begin, ChunkEnd(input, chunk.begin, kChunkBytes) - chunk.begin);
    read(chunk);
    MemoryContextSwitchTo(scratch);
    emit(chunk);
    EndChunk(scratch, chunk.caller);
    chunk.code_points_before += static_cast<int64>(kornews::utf8::count_code_points(chunk.text));
    chunk.begin = chunk.end();
  }
}

}  // namespace kn
