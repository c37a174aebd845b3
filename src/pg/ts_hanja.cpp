// Text search dictionary template `korean_hanja`: a word written in Hanja (韓國) becomes the word
// plus its Hangul reading (한국), both at the token's one position, so a search for 한국 finds
// 韓國, and a search for 韓國 finds 한국 (the two are alternative variants, ORed in a query).
// A user word with a reading (kornews.user_words.reading: DeepSeek -> 딥시크) is indexed with
// its reading the same way. Any other token is not this dictionary's: it returns NULL and the
// configuration hands it to the next dictionary (korean_stem), as a filtering dictionary does.
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "core/dict/user_lexicon.h"
#include "core/morph/analyzer.h"
#include "core/morph/hanja_reading.h"
#include "core/text/hanja.h"
#include "pg/backend.h"
#include "pg/dict_options.h"
#include "pg/entry_point.h"
#include "pg/guard.h"
#include "pg/lower.h"
#include "pg/postgres_headers.h"
#include "pg/user_dict.h"

extern "C" {
KN_PLAIN_C_FUNCTION(korean_hanja_init);
KN_GUARDED_FUNCTION(korean_hanja_lexize);
}

namespace {

// Plain data, so that it can be returned out of kn::Guarded(). Tokens are at most 2000 bytes
// (tokens.h); a reading is as long as its Hanja (3 bytes each way) or shorter.
struct Reading {
  bool found;  // the token is ours: it has Hanja, or is a user word with a reading
  int length;  // 0: no reading different from the token
  char text[4096];
};

}  // namespace

Datum korean_hanja_init(PG_FUNCTION_ARGS) {
  return kn::InitDictionaryWithoutOptions("korean_hanja", reinterpret_cast<List*>(PG_GETARG_POINTER(0)));
}

Datum korean_hanja_lexize(PG_FUNCTION_ARGS) {
  const char* in = reinterpret_cast<const char*>(PG_GETARG_POINTER(1));
  const int32 len = PG_GETARG_INT32(2);
  const std::string_view token(in, len);
  kn::PrepareAnalysis();  // also brings the user words up to date

  const Reading reading = kn::Guarded([&] {
    Reading r;
    r.found = false;
    r.length = 0;
    std::string read;
    if (kornews::contains_hanja(token)) {
      r.found = true;
      read = kornews::hanja_reading(kn::BackendAnalyzer(), token);
    } else if (kn::UserWordsHaveReadings()) {
      // A user word given a reading (DeepSeek -> 딥시크) is found by it too.
      kornews::Analyzer& analyzer = kn::BackendAnalyzer();
      const std::vector<kornews::Morpheme> ms = analyzer.analyze(token);
      if (ms.size() == 1 && ms[0].kind == kornews::MorphemeKind::kUser &&
          analyzer.user_lexicon() != nullptr) {
        read = analyzer.user_lexicon()->word(ms[0].entry).reading;
        r.found = !read.empty();
      }
    }
    if (r.found && read != token && read.size() < sizeof r.text) {
      std::memcpy(r.text, read.data(), read.size());
      r.length = static_cast<int>(read.size());
    }
    return r;
  });
  if (!reading.found) PG_RETURN_POINTER(nullptr);  // not ours: on to the next dictionary

  auto* res = static_cast<TSLexeme*>(palloc0(sizeof(TSLexeme) * 3));
  res[0].lexeme = kn::LowerCopy(in, len);
  if (reading.length > 0) {
    // Another variant: a query for 韓國 becomes '韓國' | '한국' (finds either spelling); in a
    // document both lexemes take the token's one position all the same.
    res[1].lexeme = kn::LowerCopy(reading.text, reading.length);
    res[1].nvariant = 1;
  }
  PG_RETURN_POINTER(res);
}
