// ko_similarity, ko_minhash, ko_minhash_bands: the similarity model and the MinHash blocking of
// src/core/analytics, one text (or pair) per call. The C++ work of a call -- analysis, terms,
// profiles -- lives inside one kn::Guarded() body, so an error unwinds it before ereport.
#include <string_view>

#include "core/analytics/minhash.h"
#include "core/analytics/similarity.h"
#include "core/analytics/story_terms.h"
#include "pg/backend.h"
#include "pg/entry_point.h"
#include "pg/guard.h"
#include "pg/postgres_headers.h"

extern "C" {
KN_GUARDED_FUNCTION(ko_similarity);
KN_GUARDED_FUNCTION(ko_minhash);
KN_GUARDED_FUNCTION(ko_minhash_bands);
}

namespace {

namespace an = kornews::analytics;

std::string_view TextArg(FunctionCallInfo fcinfo, int n) {
  text* t = PG_GETARG_TEXT_PP(n);
  return std::string_view(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t));
}

an::TextProfile Profile(std::string_view text) {
  const std::string_view s = an::compared_part(text);
  return an::make_profile(an::story_terms(kn::BackendAnalyzer(), s), s,
                          an::SimilarityModel::builtin());
}

// The signature or band keys as plain numbers (fixed arrays: they cross back to PostgreSQL).
struct Hashes {
  int64 values[an::kMinHashSize];
  int count;
};

Datum Int8Array(const Hashes& h) {
  Datum items[an::kMinHashSize];
  for (int i = 0; i < h.count; ++i) items[i] = Int64GetDatum(h.values[i]);
  return PointerGetDatum(construct_array(items, h.count, INT8OID, sizeof(int64), FLOAT8PASSBYVAL,
                                         TYPALIGN_DOUBLE));
}

Hashes Signature(std::string_view s, bool bands) {
  Hashes out;
  out.count = 0;
  kn::Guarded([&] {
    an::MinHashSignature sig;
    if (!an::minhash(Profile(s), an::SimilarityModel::builtin(), &sig)) return;
    if (bands) {
      const an::BandKeys keys = an::band_keys(sig);
      for (uint64_t k : keys) out.values[out.count++] = static_cast<int64>(k);
    } else {
      for (uint64_t v : sig) out.values[out.count++] = static_cast<int64>(v);
    }
  });
  return out;
}

}  // namespace

// ko_similarity(a text, b text) RETURNS float8 in [0, 1].
Datum ko_similarity(PG_FUNCTION_ARGS) {
  kn::PrepareAnalysis();
  const std::string_view a = TextArg(fcinfo, 0);
  const std::string_view b = TextArg(fcinfo, 1);
  const double s = kn::Guarded([&] {
    return an::similarity(Profile(a), Profile(b), an::SimilarityModel::builtin());
  });
  PG_RETURN_FLOAT8(s);
}

// ko_minhash(text) RETURNS int8[]: the MinHash signature (empty for a text without terms).
Datum ko_minhash(PG_FUNCTION_ARGS) {
  kn::PrepareAnalysis();
  const Hashes h = Signature(TextArg(fcinfo, 0), false);
  PG_RETURN_DATUM(Int8Array(h));
}

// ko_minhash_bands(text) RETURNS int8[]: one LSH key per band; texts that share a key are
// candidates of one story (ko_stories uses the same keys).
Datum ko_minhash_bands(PG_FUNCTION_ARGS) {
  kn::PrepareAnalysis();
  const Hashes h = Signature(TextArg(fcinfo, 0), true);
  PG_RETURN_DATUM(Int8Array(h));
}
