// Text search dictionary template `korean_stem`: a morpheme as the analyzer gave it, lower-cased,
// unless it is a stop word. What pg_catalog.simple does, with the same options (StopWords,
// Accept), but lower-casing only what has case: simple converts every token to wide characters
// and back for that, which for Hangul, with no case at all, cost a sixth of to_tsvector.
//
// Nothing below allocates with new or throws (utf8::decode does neither): memory is palloc'd
// and errors are PostgreSQL's own, so these entry points need no kn::Guarded.
#include <string_view>

#include "core/text/utf8.h"
#include "pg/postgres_headers.h"

extern "C" {
PG_FUNCTION_INFO_V1(korean_stem_init);
PG_FUNCTION_INFO_V1(korean_stem_lexize);
}

namespace {

struct StemDictionary {
  StopList stop_words;
  bool accept;  // false: report words that are not stop words as unrecognized (for chaining)
};

// Characters Korean words are made of that have no case: jamo, CJK symbols and compatibility
// jamo, Hanja, Hangul syllables. A word of only these and ASCII is lower-cased byte by byte;
// anything else (accented Latin, Greek, Cyrillic ...) goes to PostgreSQL's locale-aware lowering.
bool caseless(char32_t c) {
  return (c >= 0x1100 && c <= 0x11FF) || (c >= 0x3000 && c <= 0x9FFF) ||
         (c >= 0xAC00 && c <= 0xD7FF) || (c >= 0xF900 && c <= 0xFAFF);
}

char* lower_copy(const char* in, int len) {
  const std::string_view word(in, static_cast<size_t>(len));
  for (size_t i = 0; i < word.size();) {
    if (static_cast<unsigned char>(word[i]) < 0x80) {
      ++i;
    } else if (!caseless(kornews::utf8::decode(word, i))) {
      return lowerstr_with_len(in, len);
    }
  }
  char* out = static_cast<char*>(palloc(word.size() + 1));
  for (size_t i = 0; i < word.size(); ++i) {
    const char c = word[i];
    out[i] = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  }
  out[word.size()] = '\0';
  return out;
}

}  // namespace

Datum korean_stem_init(PG_FUNCTION_ARGS) {
  List* options = reinterpret_cast<List*>(PG_GETARG_POINTER(0));
  auto* d = static_cast<StemDictionary*>(palloc0(sizeof(StemDictionary)));
  d->accept = true;
  bool stop_words_read = false, accept_read = false;
  ListCell* cell;
  foreach (cell, options) {
    DefElem* def = static_cast<DefElem*>(lfirst(cell));
    if (pg_strcasecmp(def->defname, "StopWords") == 0) {
      if (stop_words_read) {
        ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
                        errmsg("multiple StopWords parameters")));
      }
      readstoplist(defGetString(def), &d->stop_words, lowerstr);
      stop_words_read = true;
    } else if (pg_strcasecmp(def->defname, "Accept") == 0) {
      if (accept_read) {
        ereport(ERROR,
                (errcode(ERRCODE_INVALID_PARAMETER_VALUE), errmsg("multiple Accept parameters")));
      }
      d->accept = defGetBoolean(def);
      accept_read = true;
    } else {
      ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
                      errmsg("unrecognized korean_stem parameter: \"%s\"", def->defname),
                      errhint("korean_stem takes StopWords and Accept, like simple.")));
    }
  }
  PG_RETURN_POINTER(d);
}

Datum korean_stem_lexize(PG_FUNCTION_ARGS) {
  const auto* d = reinterpret_cast<StemDictionary*>(PG_GETARG_POINTER(0));
  const char* in = reinterpret_cast<const char*>(PG_GETARG_POINTER(1));
  const int32 len = PG_GETARG_INT32(2);
  char* word = lower_copy(in, len);
  if (*word == '\0' || searchstoplist(const_cast<StopList*>(&d->stop_words), word)) {
    pfree(word);
    PG_RETURN_POINTER(palloc0(sizeof(TSLexeme) * 2));  // a stop word: recognized, no lexeme
  }
  if (!d->accept) {
    pfree(word);
    PG_RETURN_POINTER(nullptr);
  }
  auto* result = static_cast<TSLexeme*>(palloc0(sizeof(TSLexeme) * 2));
  result[0].lexeme = word;
  PG_RETURN_POINTER(result);
}
