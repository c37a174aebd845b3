// The dictionaries' side of kn::EojeolVariants (tokens.h): the written forms the parser handed
// over with a token become lexemes of their own, each its own variant, so that to_tsvector
// indexes them at the token's position and a query takes them as alternatives (OR) to it.
#pragma once

#include "pg/postgres_headers.h"

namespace kn {

// `lexemes`: the palloc'd, zero-terminated result a dictionary made for `token`, all in one
// variant. Returns it with the handed-over variants appended (repalloc'd), lower-cased.
TSLexeme* WithEojeolVariants(TSLexeme* lexemes, const char* token, int length);

}  // namespace kn
