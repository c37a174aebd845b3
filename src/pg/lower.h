// Lower-casing of lexemes for the text search dictionaries.
#pragma once

namespace kn {

// A palloc'd, NUL-terminated lower-case copy of in[0, len). What lowerstr_with_len() gives, but
// a word of ASCII and characters without case (Hangul, jamo, Hanja) is done byte by byte:
// lowerstr_with_len converts every word to wide characters and back, which for Korean text,
// with no case at all, cost a sixth of to_tsvector. Anything else (accented Latin, Greek,
// Cyrillic ...) still goes through PostgreSQL's locale-aware lowering. Does not throw.
char* LowerCopy(const char* in, int len);

}  // namespace kn
