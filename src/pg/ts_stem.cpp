// Text search dictionary template `korean_stem`: a morpheme as the analyzer gave it, lower-cased,
// unless it is a stop word. What pg_catalog.simple does, with the same options (StopWords,
// Accept), but with kn::LowerCopy, which spares Hangul the wide-character round trip; and one
// more, Ending, a text appended to every word (korean_predicate: 다, so that the stem 가 of 갔다
// is indexed as 가다 and never meets a noun spelled like a stem).
//
// Nothing below allocates with new or throws: memory is palloc'd and errors are PostgreSQL's
// own, so these entry points need no kn::Guarded.
#include "pg/entry_point.h"
#include "pg/eojeol_variants.h"
#include "pg/lower.h"
#include "pg/postgres_headers.h"

extern "C" {
KN_PLAIN_C_FUNCTION(korean_stem_init);
KN_PLAIN_C_FUNCTION(korean_stem_lexize);
}

namespace {

struct StemDictionary {
  StopList stop_words;
  bool accept;         // false: report words that are not stop words as unrecognized (for chaining)
  const char* ending;  // appended to every word; "" for none
};

}  // namespace

Datum korean_stem_init(PG_FUNCTION_ARGS) {
  List* options = reinterpret_cast<List*>(PG_GETARG_POINTER(0));
  auto* d = static_cast<StemDictionary*>(palloc0(sizeof(StemDictionary)));
  d->accept = true;
  d->ending = "";
  bool stop_words_read = false, accept_read = false, ending_read = false;
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
    } else if (pg_strcasecmp(def->defname, "Ending") == 0) {
      if (ending_read) {
        ereport(ERROR,
                (errcode(ERRCODE_INVALID_PARAMETER_VALUE), errmsg("multiple Ending parameters")));
      }
      d->ending = pstrdup(defGetString(def));
      ending_read = true;
    } else {
      ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
                      errmsg("unrecognized korean_stem parameter: \"%s\"", def->defname),
                      errhint("korean_stem takes StopWords and Accept, like simple, and Ending.")));
    }
  }
  PG_RETURN_POINTER(d);
}

Datum korean_stem_lexize(PG_FUNCTION_ARGS) {
  const auto* d = reinterpret_cast<StemDictionary*>(PG_GETARG_POINTER(0));
  const char* in = reinterpret_cast<const char*>(PG_GETARG_POINTER(1));
  const int32 len = PG_GETARG_INT32(2);
  char* word = kn::LowerCopy(in, len);
  if (*word == '\0' || searchstoplist(const_cast<StopList*>(&d->stop_words), word)) {
    pfree(word);
    PG_RETURN_POINTER(palloc0(sizeof(TSLexeme) * 2));  // a stop word: recognized, no lexeme
  }
  if (!d->accept) {
    pfree(word);
    PG_RETURN_POINTER(nullptr);
  }
  auto* result = static_cast<TSLexeme*>(palloc0(sizeof(TSLexeme) * 2));
  result[0].lexeme = *d->ending == '\0' ? word : psprintf("%s%s", word, d->ending);
  PG_RETURN_POINTER(kn::WithEojeolVariants(result, in, len));
}
