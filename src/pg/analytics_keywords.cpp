// ko_keywords(doc, k [, collection]) and ko_refresh_term_stats(collection, query): keywords of
// one document (src/core/analytics/keywords.h), weighed by the shipped term model and
// optionally by the statistics of the user's own collection.
//
// Same shape as morph_funcs.cpp: arguments and tables are read on the PostgreSQL side, the
// analysis and ranking run inside kn::Guarded() into a buffer owned by the call's memory
// context, and the rows are built on the PostgreSQL side afterwards.
#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "core/analytics/keywords.h"
#include "core/analytics/stopwords.h"
#include "core/analytics/term_model.h"
#include "core/analytics/term_sketch.h"
#include "pg/analytics_backend.h"
#include "pg/backend.h"
#include "pg/context_owned.h"
#include "pg/entry_point.h"
#include "pg/guard.h"
#include "pg/postgres_headers.h"
#include "pg/query_rows.h"
#include "pg/text_datums.h"
#include "pg/tokens.h"

extern "C" {
KN_GUARDED_FUNCTION(ko_keywords);
KN_GUARDED_FUNCTION(ko_keywords_in);
KN_GUARDED_FUNCTION(ko_refresh_term_stats);
}

namespace {

using Ranked = std::vector<kornews::analytics::Keyword>;

constexpr int32 kMaxK = 1000;

void RequireK(const char* function, int32 k) {
  if (k < 1 || k > kMaxK)
    ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
                    errmsg("%s: k must be between 1 and %d, not %d", function, kMaxK, k),
                    errhint("k is how many keywords to return (default 10).")));
}

Datum KeywordsImpl(FunctionCallInfo fcinfo, const kornews::analytics::TermModel* collection) {
  text* t = PG_GETARG_TEXT_PP(0);
  const std::string_view doc(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t));
  const int32 k = PG_GETARG_INT32(1);
  RequireK("ko_keywords", k);
  const kornews::analytics::StopWords* stop = kn::CurrentStopWords();
  const char* model_path = kn::TermModelPath();
  InitMaterializedSRF(fcinfo, 0);
  ReturnSetInfo* rsinfo = reinterpret_cast<ReturnSetInfo*>(fcinfo->resultinfo);
  auto* ranked = kn::AttachToContext<Ranked>(CurrentMemoryContext);
  kn::Guarded([&] {
    kornews::analytics::KeywordOptions options;
    options.k = static_cast<size_t>(k);
    options.background = &kn::BackendTermModel(model_path);
    options.collection = collection;
    // Reused across rows: a per-row function should not grow a new buffer for every row.
    static std::vector<kornews::analytics::TermOccurrence> terms;
    terms.clear();
    if (doc.size() <= kn::kChunkBytes) {
      kn::TermsOf(doc, stop, kornews::analytics::CandidateOptions(), terms);
      ranked->object = new Ranked(kornews::analytics::RankKeywords(terms, options));
      return;
    }
    // A long document chunk by chunk: memory holds its distinct terms, not every occurrence.
    kornews::analytics::KeywordTally tally;
    for (size_t begin = 0; begin < doc.size();) {
      const size_t end = kn::ChunkEnd(doc, begin, kn::kChunkBytes);
      terms.clear();
      kornews::analytics::CandidateOptions piece;
      piece.starts_text = begin == 0;
      kn::TermsOf(doc.substr(begin, end - begin), stop, piece, terms);
      tally.add(terms);
      begin = end;
    }
    ranked->object = new Ranked(tally.rank(options));
  });
  int32 rank = 0;
  for (const kornews::analytics::Keyword& kw : *ranked->object) {
    Datum values[3] = {Int32GetDatum(++rank),
                       kn::TextDatum(kw.term),
                       Float8GetDatum(kw.score)};
    bool nulls[3] = {false, false, false};
    tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
  }
  ranked->Release();
  return (Datum)0;
}

}  // namespace

// ko_keywords(doc text, k int) RETURNS TABLE(rank int, keyword text, score float8)
Datum ko_keywords(PG_FUNCTION_ARGS) {
  kn::PrepareAnalysis();
  return KeywordsImpl(fcinfo, nullptr);
}

// ko_keywords(doc text, k int, collection text): weighed by kornews.term_stats too.
Datum ko_keywords_in(PG_FUNCTION_ARGS) {
  kn::PrepareAnalysis();
  const char* name = text_to_cstring(PG_GETARG_TEXT_PP(2));
  const kornews::analytics::TermModel* stats = kn::CollectionStats(name);
  return KeywordsImpl(fcinfo, stats);
}

namespace {

constexpr long kBatchRows = 500;
// Terms counted exactly before the count is pruned (term_sketch.h): a refresh over any number
// of rows holds at most twice this many terms.
constexpr size_t kStatsCapacity = 200000;
constexpr int kInsertBatch = 5000;

void InsertBatch(const char* collection, ArrayBuildState* terms, ArrayBuildState* counts) {
  Oid types[3] = {TEXTOID, TEXTARRAYOID, INT8ARRAYOID};
  Datum args[3] = {CStringGetTextDatum(collection), makeArrayResult(terms, CurrentMemoryContext),
                   makeArrayResult(counts, CurrentMemoryContext)};
  const int rc = SPI_execute_with_args(
      "INSERT INTO kornews.term_stats (collection, term, docs) "
      "SELECT $1, t, d FROM ROWS FROM (pg_catalog.unnest($2), pg_catalog.unnest($3)) AS u(t, d)",
      3, types, args, nullptr, false, 0);
  if (rc != SPI_OK_INSERT) elog(ERROR, "ko_refresh_term_stats: writing kornews.term_stats failed");
}

}  // namespace

// ko_refresh_term_stats(collection text, query text, min_docs int) RETURNS bigint: recounts the
// documents of `collection` from the texts `query` returns and replaces its rows of
// kornews.term_stats; returns the number of documents.
Datum ko_refresh_term_stats(PG_FUNCTION_ARGS) {
  kn::PrepareAnalysis();
  const char* collection = text_to_cstring(PG_GETARG_TEXT_PP(0));
  const char* query = text_to_cstring(PG_GETARG_TEXT_PP(1));
  const int32 min_docs = PG_GETARG_INT32(2);
  if (collection[0] == '\0')
    ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
                    errmsg("ko_refresh_term_stats: the collection name must not be empty"),
                    errhint("Name the collection, e.g. 'news'.")));
  if (min_docs < 1)
    ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
                    errmsg("ko_refresh_term_stats: min_docs must be at least 1, not %d", min_docs),
                    errhint("Terms in fewer documents are left out of the table (default 2).")));
  const kornews::analytics::StopWords* stop = kn::CurrentStopWords();
  auto* sketch = kn::AttachToContext<kornews::analytics::TermSketch>(CurrentMemoryContext);
  auto* rows =
      kn::AttachToContext<std::vector<kornews::analytics::TermCount>>(CurrentMemoryContext);
  kn::Guarded([&] { sketch->object = new kornews::analytics::TermSketch(kStatsCapacity); });

  if (SPI_connect() != SPI_OK_CONNECT) elog(ERROR, "ko_refresh_term_stats: SPI_connect failed");
  static const kn::QueryContract contract = {"ko_refresh_term_stats", "(body text)",
                                             "SELECT body FROM news"};
  Portal portal = kn::OpenUserQuery(contract, query, true);
  kn::RequireTextFirstColumn("ko_refresh_term_stats", portal->tupDesc, "(body text)",
                             "For example: SELECT kornews.ko_refresh_term_stats('news', 'SELECT "
                             "body FROM news'); cast other types with ::text.");
  int64 docs = 0;
  kn::ForEachQueryRow(portal, kBatchRows, [&](HeapTuple row, TupleDesc desc) {
    std::string_view body;
    if (!kn::TextColumn(row, desc, 1, &body)) return;
    ++docs;
    kn::Guarded([&] {
      static std::vector<std::string> distinct;
      kn::DistinctTermsOf(body, stop, kornews::analytics::CandidateOptions(), distinct);
      for (const std::string& term : distinct) sketch->object->add(term);
    });
  });

  kn::Guarded([&] {
    rows->object =
        new std::vector<kornews::analytics::TermCount>(sketch->object->top(sketch->object->size()));
  });
  sketch->Release();

  Oid types[4] = {TEXTOID, INT8OID, TIMESTAMPTZOID, TEXTOID};
  Datum args[4] = {CStringGetTextDatum(collection), Int64GetDatum(docs),
                   TimestampTzGetDatum(GetCurrentTimestamp()), CStringGetTextDatum(query)};
  // The collection's row first, so that a concurrent refresh of the same collection waits here
  // until this one commits.
  int rc = SPI_execute_with_args(
      "INSERT INTO kornews.term_collections (collection, docs, refreshed, query) "
      "VALUES ($1, $2, $3, $4) ON CONFLICT (collection) DO UPDATE "
      "SET docs = EXCLUDED.docs, refreshed = EXCLUDED.refreshed, query = EXCLUDED.query",
      4, types, args, nullptr, false, 0);
  if (rc != SPI_OK_INSERT)
    elog(ERROR, "ko_refresh_term_stats: writing kornews.term_collections failed");
  rc = SPI_execute_with_args("DELETE FROM kornews.term_stats WHERE collection = $1", 1, types, args,
                             nullptr, false, 0);
  if (rc != SPI_OK_DELETE) elog(ERROR, "ko_refresh_term_stats: clearing kornews.term_stats failed");

  ArrayBuildState* terms = nullptr;
  ArrayBuildState* counts = nullptr;
  int in_batch = 0;
  for (const kornews::analytics::TermCount& c : *rows->object) {
    CHECK_FOR_INTERRUPTS();
    // A lower bound of the document count: an approximate count never makes a term look
    // commoner than it is.
    const int64 n = c.count - c.error;
    if (n < min_docs) continue;
    if (terms == nullptr) {
      terms = initArrayResult(TEXTOID, CurrentMemoryContext, false);
      counts = initArrayResult(INT8OID, CurrentMemoryContext, false);
    }
    terms = accumArrayResult(
        terms, kn::TextDatum(c.term), false,
        TEXTOID, CurrentMemoryContext);
    counts = accumArrayResult(counts, Int64GetDatum(n), false, INT8OID, CurrentMemoryContext);
    if (++in_batch == kInsertBatch) {
      InsertBatch(collection, terms, counts);
      terms = counts = nullptr;
      in_batch = 0;
    }
  }
  if (in_batch > 0) InsertBatch(collection, terms, counts);
  rows->Release();
  SPI_finish();
  PG_RETURN_INT64(docs);
}
