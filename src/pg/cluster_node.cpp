// kornews.ko_node_fingerprint(): what this backend analyzes with -- the dictionary's and the
// entity model's checksums and fingerprints of the user words and user entities as loaded in
// memory. kornews.ko_cluster_check() (src/sql/60_cluster.sql) calls it on every node of a Citus
// cluster, where the coordinator analyzes queries and the workers analyze documents, so all of
// this must be the same everywhere (docs/many-machines.md).
#include <cstdio>

#include "core/dict/dictionary.h"
#include "core/morph/analyzer.h"
#include "core/ner/ner_model.h"
#include "core/ner/tagger.h"
#include "pg/backend.h"
#include "pg/cluster_fingerprint.h"
#include "pg/entry_point.h"
#include "pg/guard.h"
#include "pg/ner_backend.h"
#include "pg/postgres_headers.h"
#include "pg/result_desc.h"

extern "C" {
KN_GUARDED_FUNCTION(ko_node_fingerprint);
}

namespace {

struct NodeFacts {
  uint64_t dictionary_checksum;
  uint64_t model_checksum;
  kn::LoadedRows words;
  kn::LoadedRows entities;
};

Datum Hex(uint64_t v) {
  char buf[17];
  snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(v));
  return CStringGetTextDatum(buf);
}

}  // namespace

// ko_node_fingerprint() RETURNS record(dictionary_checksum, model_checksum, user_words,
// user_words_fingerprint, user_entities, user_entities_fingerprint)
Datum ko_node_fingerprint(PG_FUNCTION_ARGS) {
  // Bring both row sets up to date exactly as an analyzing statement would: the user words
  // (PrepareAnalysis re-reads them after a committed change) and the user entities.
  kn::PrepareAnalysis();
  kn::CurrentUserEntities();
  NodeFacts facts;
  kn::Guarded([&] {
    // BackendAnalyzer() applies the rows just read, so the fingerprint is of what it uses.
    facts.dictionary_checksum = kn::BackendAnalyzer().dictionary().checksum();
    facts.words = kn::LoadedUserWords();
    facts.model_checksum = kn::BackendTagger().model().checksum();
    facts.entities = kn::LoadedUserEntities();
  });
  TupleDesc desc = kn::CompositeResultDesc(fcinfo);
  Datum values[6] = {Hex(facts.dictionary_checksum),
                     Hex(facts.model_checksum),
                     Int64GetDatum(static_cast<int64>(facts.words.count)),
                     Hex(facts.words.fingerprint),
                     Int64GetDatum(static_cast<int64>(facts.entities.count)),
                     Hex(facts.entities.fingerprint)};
  bool nulls[6] = {false, false, false, false, false, false};
  PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(desc, values, nulls)));
}
