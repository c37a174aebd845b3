// The token stream of the `korean` text search parser, built from the analyzer's morphemes.
// Pure C++ (no PostgreSQL header): the fmgr side in src/pg/ts_parser.cpp hands these to
// PostgreSQL.
//
// Contract with PostgreSQL's headline code: the text of every token that is not a "base" token
// is a slice of the original input, and these slices tile the input exactly, in order (blank
// tokens carry whitespace and any bytes between morphemes). A morpheme whose form is not written
// as such in the text -- 하 and 았 of the contracted 했, or a form changed by normalization --
// is emitted as a "base" token right after the `surface` token of its written span; the headline
// function skips base tokens and moves their highlight to that surface token.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/search/compound_parts.h"
#include "core/search/eojeol_variants.h"
#include "core/search/token_types.h"

namespace kornews {
class Analyzer;
}  // namespace kornews

namespace kornews::search {

struct SearchToken {
  int32_t offset;  // into the original text, or into TokenChunk::base_text for base tokens
  int32_t length;  // bytes
  uint8_t type;
  // A compound noun's parts worth indexing (see CompoundParts): TokenChunk::parts[parts_offset
  // .. + parts_length); empty for other tokens.
  int32_t parts_offset = 0, parts_length = 0;
  // Other written forms the eojeol this token belongs to may be searched by (EojeolVariants),
  // joined by '\0': TokenChunk::variants[variants_offset .. + variants_length).
  int32_t variants_offset = 0, variants_length = 0;
};

struct TokenChunk {
  std::vector<SearchToken> tokens;
  std::string base_text;  // forms of base tokens, back to back
  std::string parts;      // parts of compound tokens, back to back
  std::string variants;   // eojeol variants of tokens, back to back
  void Clear() {
    tokens.clear();
    base_text.clear();
    parts.clear();
    variants.clear();
  }
};

// Longest token handed to PostgreSQL; longer text is cut (PostgreSQL drops tokens of
// MAXSTRLEN = 2047 bytes or more, which would lose their bytes from ts_headline).
inline constexpr int32_t kMaxTokenBytes = 2000;

// Analyzes text[begin, end) and appends its tokens (offsets relative to `text`) to `out`.
void TokenizeChunk(Analyzer& analyzer, std::string_view text, size_t begin, size_t end,
                   TokenChunk* out);

// Long inputs are analyzed in chunks of about `target` bytes so that memory stays bounded.
// Returns where the chunk starting at `begin` should end: after a newline if there is one in the
// second half of the window, else after a space, else at a UTF-8 character boundary.
size_t ChunkEnd(std::string_view text, size_t begin, size_t target);

inline constexpr size_t kChunkBytes = 256 * 1024;

}  // namespace kornews::search
