// Text search dictionary template `korean_compound`: a compound noun token (삼성전자) becomes the
// whole word plus its parts (삼성, 전자), all at the token's one position.
//
// The dictionary sees only the token text, so it asks the analyzer again what the word is; the
// token is short, so this costs microseconds. Parts are indexed only when every part has at
// least two characters: 반도체 = 반+도체 would otherwise make a search for 반 (half, class) find
// every semiconductor story. All lexemes share one variant, so in a query they are ANDed:
// to_tsquery('korean', '삼성전자') asks for the compound itself, not for 삼성 and 전자 anywhere,
// while to_tsquery('korean', '삼성') also finds 삼성전자.
#include <cstring>
#include <string_view>

#include "core/morph/analyzer.h"
#include "pg/backend.h"
#include "pg/guard.h"
#include "pg/postgres_headers.h"
#include "pg/tokens.h"

extern "C" {
PG_FUNCTION_INFO_V1(korean_compound_init);
PG_FUNCTION_INFO_V1(korean_compound_lexize);
}

namespace {

constexpr int kMaxParts = 16;

// Plain data, so that it can be returned out of kn::Guarded().
struct CompoundSplit {
  int count;  // parts found (0: not a compound, or parts not worth indexing)
  int offset[kMaxParts];
  int length[kMaxParts];
  char text[1024];
};

// "삼성/NNG/*+전자/NNG/*" -> 삼성, 전자.
void SplitParts(std::string_view expr, CompoundSplit* out) {
  size_t used = 0;
  while (!expr.empty() && out->count < kMaxParts) {
    const size_t plus = expr.find('+');
    std::string_view piece = expr.substr(0, plus);
    const std::string_view form = piece.substr(0, piece.find('/'));
    if (kn::CountCodePoints(form) < 2 || used + form.size() > sizeof out->text) {
      out->count = 0;
      return;
    }
    std::memcpy(out->text + used, form.data(), form.size());
    out->offset[out->count] = static_cast<int>(used);
    out->length[out->count] = static_cast<int>(form.size());
    out->count++;
    used += form.size();
    if (plus == std::string_view::npos) break;
    expr.remove_prefix(plus + 1);
  }
  if (out->count < 2) out->count = 0;
}

}  // namespace

Datum korean_compound_init(PG_FUNCTION_ARGS) {
  List* options = reinterpret_cast<List*>(PG_GETARG_POINTER(0));
  ListCell* cell;
  foreach (cell, options) {
    DefElem* def = static_cast<DefElem*>(lfirst(cell));
    ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
                    errmsg("unrecognized korean_compound parameter: \"%s\"", def->defname)));
  }
  PG_RETURN_POINTER(palloc0(sizeof(int)));
}

Datum korean_compound_lexize(PG_FUNCTION_ARGS) {
  const char* in = reinterpret_cast<const char*>(PG_GETARG_POINTER(1));
  const int32 len = PG_GETARG_INT32(2);
  kn::RequireUtf8Database();

  const std::string_view token(in, len);
  const CompoundSplit split = kn::Guarded([&] {
    CompoundSplit s;
    s.count = 0;
    const std::vector<kornews::Morpheme> ms = kn::BackendAnalyzer().analyze(token);
    if (ms.size() == 1 && ms[0].kind == kornews::MorphemeKind::kCompound)
      SplitParts(ms[0].parts, &s);
    return s;
  });

  auto* res = static_cast<TSLexeme*>(palloc0(sizeof(TSLexeme) * (split.count + 2)));
  res[0].lexeme = lowerstr_with_len(in, len);
  for (int i = 0; i < split.count; i++)
    res[i + 1].lexeme = lowerstr_with_len(split.text + split.offset[i], split.length[i]);
  PG_RETURN_POINTER(res);
}
