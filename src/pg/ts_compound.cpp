// Text search dictionary template `korean_compound`: a compound noun token (삼성전자) becomes the
// whole word plus its parts (삼성, 전자), all at the token's one position. A user word with
// parts (kornews.user_words.parts) is indexed the same way, by the parts its row gives.
//
// The dictionary sees only the token text: the parser hands over the parts of the token it has
// just returned (kn::HandOver); any other token is analyzed again. Which parts count is
// kn::CompoundParts' rule (core/search/compound_parts.h; for dictionary compounds it was decided
// at dictionary build time, core/dict/compound_split.h). All lexemes share one variant, so in a
// query they are ANDed: to_tsquery('korean', '삼성전자') asks for the compound itself, not for
// 삼성 and 전자 anywhere, while to_tsquery('korean', '삼성') also finds 삼성전자.
#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_map>

#include "core/dict/known_names.h"
#include "core/morph/analyzer.h"
#include "pg/backend.h"
#include "pg/dict_options.h"
#include "pg/entry_point.h"
#include "pg/eojeol_variants.h"
#include "pg/guard.h"
#include "pg/lower.h"
#include "pg/postgres_headers.h"
#include "pg/tokens.h"

extern "C" {
KN_PLAIN_C_FUNCTION(korean_compound_init);
KN_GUARDED_FUNCTION(korean_compound_lexize);
}

namespace {

// Compound tokens repeat a lot (반도체, 삼성전자 ...), and re-analyzing each costs about as much
// as a sixth of to_tsvector; so when the parser did not hand the parts over (a query's token, a
// queued one) the backend remembers them per token text. Bounded: cleared when full; tied to
// the analyzer they were computed with.
struct CompoundCache {
  unsigned long generation = 0;
  std::unordered_map<std::string, std::string> parts;
};
constexpr size_t kCacheEntries = 50000;
CompoundCache* g_compound_cache = nullptr;  // backend lifetime

// The parts of compound `token` joined by '\0' (kn::CompoundParts), empty if none. The string
// stays valid until the next call.
const std::string& PartsOf(std::string_view token) {
  kornews::Analyzer& analyzer = kn::BackendAnalyzer();
  const unsigned long generation = kn::BackendAnalyzerGeneration();
  const kn::HandedOver* handed = kn::HandedOverFor(token, generation);
  if (handed != nullptr && handed->compound) return handed->parts;

  if (g_compound_cache == nullptr) g_compound_cache = new CompoundCache;
  CompoundCache& cache = *g_compound_cache;
  if (cache.generation != generation || cache.parts.size() >= kCacheEntries) {
    cache.parts.clear();
    cache.generation = generation;
  }
  auto found = cache.parts.find(std::string(token));
  if (found == cache.parts.end()) {
    const std::vector<kornews::Morpheme> ms = analyzer.analyze(token);
    std::string parts = ms.size() == 1 ? kn::CompoundParts(ms[0], analyzer) : std::string();
    found = cache.parts.emplace(std::string(token), std::move(parts)).first;
  }
  return found->second;
}

// Whether `token` is a name of the list of known names that the analyzer keeps whole.
bool IsListedName(const char* token, int len) {
  const kornews::KnownNames* names = kn::BackendAnalyzer().known_names();
  return names != nullptr && names->find(std::string_view(token, len)) >= 0;
}

}  // namespace

Datum korean_compound_init(PG_FUNCTION_ARGS) {
  return kn::InitDictionaryWithoutOptions("korean_compound", reinterpret_cast<List*>(PG_GETARG_POINTER(0)));
}

Datum korean_compound_lexize(PG_FUNCTION_ARGS) {
  const char* in = reinterpret_cast<const char*>(PG_GETARG_POINTER(1));
  const int32 len = PG_GETARG_INT32(2);
  kn::PrepareAnalysis();

  const std::string* parts = kn::Guarded([&] { return &PartsOf(std::string_view(in, len)); });

  // The whole word, then each part, all at the token's position.
  const size_t count = parts->empty() ? 0 : std::count(parts->begin(), parts->end(), '\0') + 1;
  const bool listed = !parts->empty() && kn::Guarded([&] { return IsListedName(in, len); });
  auto* res = static_cast<TSLexeme*>(palloc0(sizeof(TSLexeme) * (count + 3)));
  size_t i = 0;
  if (listed) {
    // A listed name (core/dict/known_names.h) is asked for whole: the whole alone is one
    // variant, the whole with its parts another, so a query ORs them (= the whole), while a
    // document indexes all. Its parts come from reading it alone, and a text may read it as
    // pieces in other places (인천국제공항에서 출발: 인천, 국제, 공항 at three positions, and the
    // whole eojeol as a variant at each): requiring every part at one position would miss it.
    res[i].lexeme = kn::LowerCopy(in, len);
    res[i++].nvariant = 1;
  }
  res[i].lexeme = kn::LowerCopy(in, len);
  res[i++].nvariant = listed ? 2 : 0;
  kn::ForEachJoined(*parts, [&](std::string_view part) {
    res[i].lexeme = kn::LowerCopy(part.data(), static_cast<int>(part.size()));
    res[i++].nvariant = listed ? 2 : 0;
  });
  PG_RETURN_POINTER(kn::WithEojeolVariants(res, in, len));
}
