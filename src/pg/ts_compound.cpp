// Text search dictionary template `korean_compound`: a compound noun token (삼성전자) becomes the
// whole word plus its parts (삼성, 전자), all at the token's one position. A user word with
// parts (kornews.user_words.parts) is indexed the same way, by the parts its row gives.
//
// The dictionary sees only the token text, so it asks the analyzer again what the word is; the
// token is short, so this costs microseconds. Parts are indexed only when every part has at
// least two characters: 반도체 = 반+도체 would otherwise make a search for 반 (half, class) find
// every semiconductor story. All lexemes share one variant, so in a query they are ANDed:
// to_tsquery('korean', '삼성전자') asks for the compound itself, not for 삼성 and 전자 anywhere,
// while to_tsquery('korean', '삼성') also finds 삼성전자.
#include <cstring>
#include <string>
#include <string_view>
#include <unordered_map>

#include "core/dict/dictionary.h"
#include "core/dict/user_lexicon.h"
#include "core/morph/analyzer.h"
#include "core/text/utf8.h"
#include "pg/backend.h"
#include "pg/guard.h"
#include "pg/lower.h"
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

// Compound tokens repeat a lot (반도체, 삼성전자 ...), and re-analyzing each costs about as much
// as a sixth of to_tsvector; so the backend remembers the answer per token text. Values are the
// parts separated by '\0' (empty: not a compound, or parts not worth indexing). Bounded: cleared
// when full; tied to the dictionary it was computed with.
struct CompoundCache {
  unsigned long generation = 0;
  std::unordered_map<std::string, std::string> parts;
};
constexpr size_t kCacheEntries = 50000;
CompoundCache* g_compound_cache = nullptr;  // backend lifetime

// "삼성/NNG/*+전자/NNG/*" -> 삼성, 전자.
void SplitParts(std::string_view expr, CompoundSplit* out) {
  size_t used = 0;
  while (!expr.empty() && out->count < kMaxParts) {
    const size_t plus = expr.find('+');
    std::string_view piece = expr.substr(0, plus);
    const std::string_view form = piece.substr(0, piece.find('/'));
    if (kornews::utf8::count_code_points(form) < 2 || used + form.size() > sizeof out->text) {
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

// The parts of a user word, as its row gives them: the user chose them, so even a part of one
// character is indexed.
void UserParts(const std::vector<std::string>& parts, CompoundSplit* out) {
  size_t used = 0;
  for (const std::string& part : parts) {
    if (out->count == kMaxParts || used + part.size() > sizeof out->text) {
      out->count = 0;
      return;
    }
    std::memcpy(out->text + used, part.data(), part.size());
    out->offset[out->count] = static_cast<int>(used);
    out->length[out->count] = static_cast<int>(part.size());
    out->count++;
    used += part.size();
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
    kornews::Analyzer& analyzer = kn::BackendAnalyzer();
    if (g_compound_cache == nullptr) g_compound_cache = new CompoundCache;
    CompoundCache& cache = *g_compound_cache;
    if (cache.generation != kn::BackendAnalyzerGeneration() ||
        cache.parts.size() >= kCacheEntries) {
      cache.parts.clear();
      cache.generation = kn::BackendAnalyzerGeneration();
    }
    auto found = cache.parts.find(std::string(token));
    if (found == cache.parts.end()) {
      const std::vector<kornews::Morpheme> ms = analyzer.analyze(token);
      if (ms.size() == 1 && ms[0].kind == kornews::MorphemeKind::kCompound)
        SplitParts(analyzer.dictionary().compound_parts(ms[0].entry), &s);
      else if (ms.size() == 1 && ms[0].kind == kornews::MorphemeKind::kUser &&
               analyzer.user_lexicon() != nullptr)
        UserParts(analyzer.user_lexicon()->word(ms[0].entry).parts, &s);
      std::string joined;
      for (int i = 0; i < s.count; i++) {
        if (i > 0) joined.push_back('\0');
        joined.append(s.text + s.offset[i], s.length[i]);
      }
      cache.parts.emplace(std::string(token), std::move(joined));
      return s;
    }
    // Rebuild the split from the cached parts.
    std::string_view rest = found->second;
    size_t used = 0;
    while (!rest.empty() && s.count < kMaxParts) {
      const std::string_view part = rest.substr(0, rest.find('\0'));
      std::memcpy(s.text + used, part.data(), part.size());
      s.offset[s.count] = static_cast<int>(used);
      s.length[s.count] = static_cast<int>(part.size());
      s.count++;
      used += part.size();
      if (part.size() == rest.size()) break;
      rest.remove_prefix(part.size() + 1);
    }
    return s;
  });

  auto* res = static_cast<TSLexeme*>(palloc0(sizeof(TSLexeme) * (split.count + 2)));
  res[0].lexeme = kn::LowerCopy(in, len);
  for (int i = 0; i < split.count; i++)
    res[i + 1].lexeme = kn::LowerCopy(split.text + split.offset[i], split.length[i]);
  PG_RETURN_POINTER(res);
}
