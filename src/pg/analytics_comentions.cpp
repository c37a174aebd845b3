// ko_comentions(query, min_docs): pairs of entities (PS, LC, OG; normalized values where the
// tagger gives one) mentioned in the same document, with the number of such documents and
// their pointwise mutual information, for a network view. The query returns (body text),
// optionally with more columns (e.g. published), which are ignored.
//
// Read like ko_trending: SPI cursor, a batch at a time, and bounded TermSketch counts for the
// entities and for the pairs; `approximate` says when one of them had to prune.
#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "core/analytics/burst.h"
#include "core/analytics/stopwords.h"
#include "core/analytics/term_sketch.h"
#include "pg/analytics_backend.h"
#include "pg/backend.h"
#include "pg/context_owned.h"
#include "pg/entry_point.h"
#include "pg/guard.h"
#include "pg/ner_backend.h"
#include "pg/postgres_headers.h"
#include "pg/query_rows.h"
#include "pg/text_datums.h"

extern "C" {
KN_GUARDED_FUNCTION(ko_comentions);
}

namespace {

constexpr long kBatchRows = 500;
constexpr size_t kEntityCapacity = 50000;
constexpr size_t kPairCapacity = 100000;
// A document naming more entities than this adds the pairs of its first ones (in label, value
// order) only: a list of 200 names is no evidence that each two of them belong together.
constexpr size_t kEntitiesPerDoc = 30;
constexpr char kSep = '\x1f';   // between label and value
constexpr char kPair = '\x1e';  // between the two entities of a pair

struct Edge {
  std::string a, a_label, b, b_label;
  int64_t docs = 0;
  double pmi = 0;
};

struct ComentionState {
  kornews::analytics::TermSketch entities{kEntityCapacity}, pairs{kPairCapacity};
  int64_t docs = 0;
  std::vector<Edge> result;
  bool approximate = false;
};

std::string Key(const kn::EntityTerm& e) {
  return e.label + kSep + e.value;
}

void AddDocument(ComentionState* st, std::string_view body,
                 const kornews::analytics::StopWords* stop, const kornews::ner::Gazetteer* user) {
  static std::vector<kn::EntityTerm> entities;
  static std::vector<std::string> keys;
  kn::EntitiesOf(body, user, stop, kEntitiesPerDoc, entities);
  ++st->docs;
  keys.clear();
  for (const auto& e : entities) keys.push_back(Key(e));  // sorted and distinct already
  for (const std::string& k : keys) st->entities.add(k);
  for (size_t i = 0; i < keys.size(); ++i)
    for (size_t j = i + 1; j < keys.size(); ++j) st->pairs.add(keys[i] + kPair + keys[j]);
}

void Split(const std::string& key, std::string& label, std::string& value) {
  const size_t sep = key.find(kSep);
  label = key.substr(0, sep);
  value = key.substr(sep + 1);
}

void Rank(ComentionState* st, int64_t min_docs) {
  st->approximate = !st->entities.exact() || !st->pairs.exact();
  std::vector<Edge> out;
  for (const kornews::analytics::TermCount& c : st->pairs.top(st->pairs.size())) {
    const int64_t both = c.count - c.error;  // documents sure to hold the pair
    if (both < min_docs) continue;
    const size_t cut = c.term.find(kPair);
    const std::string ka = c.term.substr(0, cut), kb = c.term.substr(cut + 1);
    Edge e;
    Split(ka, e.a_label, e.a);
    Split(kb, e.b_label, e.b);
    e.docs = both;
    e.pmi = kornews::analytics::Pmi(both, st->entities.lookup(ka).count,
                                    st->entities.lookup(kb).count, st->docs);
    out.push_back(std::move(e));
  }
  std::sort(out.begin(), out.end(), [](const Edge& x, const Edge& y) {
    if (x.docs != y.docs) return x.docs > y.docs;
    if (x.pmi != y.pmi) return x.pmi > y.pmi;
    if (x.a != y.a) return x.a < y.a;
    return x.b < y.b;
  });
  st->result = std::move(out);
}

}  // namespace

// ko_comentions(query text, min_docs int) RETURNS TABLE(a, a_label, b, b_label, docs, pmi,
// approximate)
Datum ko_comentions(PG_FUNCTION_ARGS) {
  kn::PrepareAnalysis();
  const char* query = text_to_cstring(PG_GETARG_TEXT_PP(0));
  const int32 min_docs = PG_GETARG_INT32(1);
  if (min_docs < 1)
    ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
                    errmsg("ko_comentions: min_docs must be at least 1, not %d", min_docs),
                    errhint("min_docs is how many documents must mention a pair (default 2).")));
  const kornews::analytics::StopWords* stop = kn::CurrentStopWords();
  const kornews::ner::Gazetteer* user = kn::CurrentUserEntities();
  InitMaterializedSRF(fcinfo, 0);
  ReturnSetInfo* rsinfo = reinterpret_cast<ReturnSetInfo*>(fcinfo->resultinfo);
  auto* state = kn::AttachToContext<ComentionState>(CurrentMemoryContext);
  kn::Guarded([&] { state->object = new ComentionState; });

  if (SPI_connect() != SPI_OK_CONNECT) elog(ERROR, "ko_comentions: SPI_connect failed");
  static const kn::QueryContract contract = {"ko_comentions", "(body text)",
                                             "SELECT body FROM news"};
  Portal portal = kn::OpenUserQuery(contract, query, true);
  kn::RequireTextFirstColumn(
      "ko_comentions", portal->tupDesc,
      "(body text), optionally followed by other columns such as (published timestamptz)",
      "For example: SELECT * FROM kornews.ko_comentions('SELECT body FROM news'); cast with "
      "::text where needed.");
  kn::ForEachQueryRow(portal, kBatchRows, [&](HeapTuple row, TupleDesc desc) {
    std::string_view body;
    if (!kn::TextColumn(row, desc, 1, &body)) return;
    kn::Guarded([&] { AddDocument(state->object, body, stop, user); });
  });
  SPI_finish();

  kn::Guarded([&] { Rank(state->object, min_docs); });
  for (const Edge& e : state->object->result) {
    Datum values[7] = {
        kn::TextDatum(e.a),
        kn::TextDatum(e.a_label),
        kn::TextDatum(e.b),
        kn::TextDatum(e.b_label),
        Int64GetDatum(e.docs),
        Float8GetDatum(e.pmi),
        BoolGetDatum(state->object->approximate)};
    bool nulls[7] = {false, false, false, false, false, false, false};
    tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
  }
  state->Release();
  return (Datum)0;
}
