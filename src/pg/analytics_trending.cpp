// ko_trending(query, at, recent, baseline, k): the terms and entities whose share of documents
// rose most in the span (at - recent, at] against the span of `baseline` before it, by the
// signed log-likelihood ratio of src/core/analytics/burst.h.
//
// The user's query runs through SPI with the caller's rights and is read with a cursor
// kBatchRows at a time; a row outside both spans is skipped before its text is touched. Each
// span's counts are a bounded TermSketch (term_sketch.h), so memory does not grow with the
// number of rows; when a sketch had to prune, the result's `approximate` column says so.
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
KN_GUARDED_FUNCTION(ko_trending);
}

namespace {

constexpr long kBatchRows = 500;
constexpr int32 kMaxK = 10000;
// Terms each span counts exactly before pruning (at most twice this many are held).
constexpr size_t kSpanCapacity = 50000;
constexpr size_t kEntitiesPerDoc = 50;
// Kind and term travel together as one sketch key: kind, this separator, term.
constexpr char kSep = '\x1f';

struct Trend {
  std::string term, kind;
  int64_t recent = 0, baseline = 0;
  double score = 0;
};

struct TrendingState {
  kornews::analytics::TermSketch recent{kSpanCapacity}, baseline{kSpanCapacity};
  int64_t recent_docs = 0, baseline_docs = 0;
  std::vector<Trend> result;
  bool approximate = false;
};

void RequireColumns(TupleDesc desc) {
  const bool shape_ok =
      desc->natts == 2 && SPI_gettypeid(desc, 1) == TIMESTAMPTZOID &&
      kn::IsTextType(SPI_gettypeid(desc, 2));
  if (shape_ok) return;
  StringInfoData got;
  initStringInfo(&got);
  for (int i = 1; i <= desc->natts; ++i)
    appendStringInfo(&got, "%s%s %s", i > 1 ? ", " : "", SPI_fname(desc, i),
                     format_type_be(SPI_gettypeid(desc, i)));
  ereport(ERROR, (errcode(ERRCODE_DATATYPE_MISMATCH),
                  errmsg("ko_trending: the query must return two columns (published timestamptz, "
                         "body text)"),
                  errdetail("It returns (%s).", got.data),
                  errhint("For example: SELECT * FROM kornews.ko_trending('SELECT published, body "
                          "FROM news'); cast with ::timestamptz and ::text where needed.")));
}

void AddDocument(TrendingState* st, bool recent, std::string_view body,
                 const kornews::analytics::StopWords* stop, const kornews::ner::Gazetteer* user) {
  static std::vector<std::string> words;
  static std::vector<std::string> keys;
  static std::vector<kn::EntityTerm> entities;
  keys.clear();
  kornews::analytics::CandidateOptions options;
  options.phrases = false;
  kn::DistinctTermsOf(body, stop, options, words);
  for (const std::string& w : words) keys.push_back(std::string("keyword") + kSep + w);
  kn::EntitiesOf(body, user, stop, kEntitiesPerDoc, entities);
  for (const auto& e : entities) keys.push_back(e.label + kSep + e.value);
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  kornews::analytics::TermSketch& sketch = recent ? st->recent : st->baseline;
  for (const std::string& key : keys) sketch.add(key);
  (recent ? st->recent_docs : st->baseline_docs)++;
}

void Rank(TrendingState* st, size_t k) {
  st->approximate = !st->recent.exact() || !st->baseline.exact();
  std::vector<Trend> all;
  for (const kornews::analytics::TermCount& c : st->recent.top(st->recent.size())) {
    // Conservative on both sides when a sketch pruned: the recent count's lower bound against
    // the baseline's upper bound.
    const int64_t a = c.count - c.error;
    const int64_t b = st->baseline.lookup(c.term).count;
    const double score = kornews::analytics::BurstScore(a, st->recent_docs, b, st->baseline_docs);
    if (score <= 0) continue;
    const size_t sep = c.term.find(kSep);
    Trend t;
    t.kind = c.term.substr(0, sep);
    t.term = c.term.substr(sep + 1);
    t.recent = a;
    t.baseline = b;
    t.score = score;
    all.push_back(std::move(t));
  }
  // A name the tagger found is listed once, as the entity: the keyword of the same text says
  // nothing more.
  std::vector<std::string> entity_terms;
  for (const Trend& t : all)
    if (t.kind != "keyword") entity_terms.push_back(t.term);
  std::sort(entity_terms.begin(), entity_terms.end());
  all.erase(std::remove_if(all.begin(), all.end(),
                           [&](const Trend& t) {
                             return t.kind == "keyword" &&
                                    std::binary_search(entity_terms.begin(), entity_terms.end(),
                                                       t.term);
                           }),
            all.end());
  std::sort(all.begin(), all.end(), [](const Trend& x, const Trend& y) {
    if (x.score != y.score) return x.score > y.score;
    if (x.term != y.term) return x.term < y.term;
    return x.kind < y.kind;
  });
  if (all.size() > k) all.resize(k);
  st->result = std::move(all);
}

}  // namespace

// ko_trending(query text, at timestamptz, recent interval, baseline interval, k int)
//   RETURNS TABLE(rank int, term text, kind text, recent_count bigint, baseline_count bigint,
//                 score float8, approximate boolean)
Datum ko_trending(PG_FUNCTION_ARGS) {
  kn::PrepareAnalysis();
  const char* query = text_to_cstring(PG_GETARG_TEXT_PP(0));
  const TimestampTz at = PG_GETARG_TIMESTAMPTZ(1);
  const Datum recent_span = PG_GETARG_DATUM(2);
  const Datum baseline_span = PG_GETARG_DATUM(3);
  const int32 k = PG_GETARG_INT32(4);
  kn::RequirePositiveSpan("ko_trending", "recent", recent_span);
  kn::RequirePositiveSpan("ko_trending", "baseline", baseline_span);
  if (k < 1 || k > kMaxK)
    ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
                    errmsg("ko_trending: k must be between 1 and %d, not %d", kMaxK, k),
                    errhint("k is how many terms to return (default 20).")));
  if (TIMESTAMP_NOT_FINITE(at))
    ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
                    errmsg("ko_trending: at must be a finite time"),
                    errhint("Pass the end of the recent span, e.g. now().")));
  // The spans: baseline (t0, t1], recent (t1, at].
  const TimestampTz t1 = DatumGetTimestampTz(
      DirectFunctionCall2(timestamptz_mi_interval, TimestampTzGetDatum(at), recent_span));
  const TimestampTz t0 = DatumGetTimestampTz(
      DirectFunctionCall2(timestamptz_mi_interval, TimestampTzGetDatum(t1), baseline_span));

  const kornews::analytics::StopWords* stop = kn::CurrentStopWords();
  const kornews::ner::Gazetteer* user = kn::CurrentUserEntities();
  InitMaterializedSRF(fcinfo, 0);
  ReturnSetInfo* rsinfo = reinterpret_cast<ReturnSetInfo*>(fcinfo->resultinfo);
  auto* state = kn::AttachToContext<TrendingState>(CurrentMemoryContext);
  kn::Guarded([&] { state->object = new TrendingState; });

  if (SPI_connect() != SPI_OK_CONNECT) elog(ERROR, "ko_trending: SPI_connect failed");
  static const kn::QueryContract contract = {
      "ko_trending", "(published timestamptz, body text)", "SELECT published, body FROM news"};
  Portal portal = kn::OpenUserQuery(contract, query, true);
  // Checked before the first row: a wrong query is an error even when it returns no rows.
  RequireColumns(portal->tupDesc);
  kn::ForEachQueryRow(portal, kBatchRows, [&](HeapTuple row, TupleDesc desc) {
    bool null_time;
    const Datum p = SPI_getbinval(row, desc, 1, &null_time);
    if (null_time) return;
    const TimestampTz published = DatumGetTimestampTz(p);
    const bool recent = published > t1 && published <= at;
    const bool baseline = published > t0 && published <= t1;
    // A row outside both spans is skipped before its text is detoasted.
    if (!recent && !baseline) return;
    std::string_view body;
    if (!kn::TextColumn(row, desc, 2, &body)) return;
    kn::Guarded([&] { AddDocument(state->object, recent, body, stop, user); });
  });
  SPI_finish();

  kn::Guarded([&] { Rank(state->object, static_cast<size_t>(k)); });
  int32 rank = 0;
  for (const Trend& t : state->object->result) {
    Datum values[7] = {Int32GetDatum(++rank),
                       kn::TextDatum(t.term),
                       kn::TextDatum(t.kind),
                       Int64GetDatum(t.recent),
                       Int64GetDatum(t.baseline),
                       Float8GetDatum(t.score),
                       BoolGetDatum(state->object->approximate)};
    bool nulls[7] = {false, false, false, false, false, false, false};
    tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
  }
  state->Release();
  return (Datum)0;
}
