// The parser's glue to its dictionaries. The token stream itself is core code
// (core/search/token_stream.h); src/pg uses it through namespace kn.
#pragma once

#include <string>
#include <string_view>

#include "core/search/token_stream.h"

namespace kn {

using namespace kornews::search;  // NOLINT: the pg side's name for the token stream

// PostgreSQL calls a token's dictionaries right after the parser returns it, so the parser hands
// them what it knows of the token beyond its text: a compound's parts (korean_compound need not
// analyze the token again) and its eojeol's variants (EojeolVariants). `generation` is
// BackendAnalyzerGeneration() when they were found.
struct HandedOver {
  std::string token;
  bool compound = false;  // a compound noun token: `parts` are its parts (maybe none)
  std::string parts, variants;
  unsigned long generation = 0;
};
void HandOver(std::string_view token, bool compound, std::string_view parts,
              std::string_view variants, unsigned long generation);
// What was handed over for `token` (same bytes, same generation), or nullptr.
const HandedOver* HandedOverFor(std::string_view token, unsigned long generation) noexcept;
// Forgets it: the parser calls this for a token with nothing to hand over and when it ends, so
// that a later dictionary call never picks up what belonged to an earlier token of that text.
void ClearHandOver() noexcept;

}  // namespace kn
