// Scratch memory for the rows of one chunk of input.
//
// A set-returning or array function is called in a memory context that lives for the whole
// call, so the text values it makes for each row (palloc'd by cstring_to_text) would pile up with
// the input: 50 MB of text, hundreds of MB of row values. The tuplestore and the array builder
// copy what they keep, so the values are made in a scratch context instead, reset after every
// chunk: memory stays bounded by a chunk, not the input.
//
//   MemoryContext scratch = kn::CreateChunkScratch();
//   for each chunk:  MemoryContext caller = MemoryContextSwitchTo(scratch);
//                    ... make values, tuplestore_putvalues / accumArrayResult ...
//                    kn::EndChunk(scratch, caller);
#pragma once

#include "pg/postgres_headers.h"

namespace kn {

inline MemoryContext CreateChunkScratch() {
  return AllocSetContextCreate(CurrentMemoryContext, "kornews chunk rows", ALLOCSET_DEFAULT_SIZES);
}

// Back to the caller's context, and the chunk's values freed.
inline void EndChunk(MemoryContext scratch, MemoryContext caller) {
  MemoryContextSwitchTo(caller);
  MemoryContextReset(scratch);
}

}  // namespace kn
