// ko_discover_words(query, min_count, max_words): new-word candidates of the texts a query
// returns (src/core/discover). The query runs through SPI with the caller's rights, read with a
// cursor a batch at a time, so only the candidates' counts are held, never the texts.
#include <string>
#include <string_view>
#include <vector>

#include "core/discover/word_discovery.h"
#include "pg/backend.h"
#include "pg/context_owned.h"
#include "pg/entry_point.h"
#include "pg/guard.h"
#include "pg/postgres_headers.h"
#include "pg/query_rows.h"
#include "pg/text_datums.h"
#include "pg/tokens.h"

extern "C" {
KN_GUARDED_FUNCTION(ko_discover_words);
}

namespace {

constexpr long kBatchRows = 500;

void RequireTextColumn(TupleDesc desc) {
  if (desc->natts != 1 || !kn::IsTextType(SPI_gettypeid(desc, 1)))
    ereport(ERROR,
            (errcode(ERRCODE_DATATYPE_MISMATCH),
             errmsg("ko_discover_words: the query must return exactly one text column"),
             errhint("For example: SELECT * FROM kornews.ko_discover_words('SELECT body FROM "
                     "articles'); cast other types with ::text.")));
}

}  // namespace

Datum ko_discover_words(PG_FUNCTION_ARGS) {
  kn::PrepareAnalysis();
  const char* query = text_to_cstring(PG_GETARG_TEXT_PP(0));
  const int32 min_count = PG_GETARG_INT32(1);
  const int32 max_words = PG_GETARG_INT32(2);
  if (min_count < 1 || max_words < 1)
    ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
                    errmsg("ko_discover_words: min_count and max_words must be at least 1"),
                    errhint("min_count is how often a candidate must occur (default 5); "
                            "max_words how many rows to return (default 100).")));
  InitMaterializedSRF(fcinfo, 0);
  ReturnSetInfo* rsinfo = reinterpret_cast<ReturnSetInfo*>(fcinfo->resultinfo);
  MemoryContext call_context = CurrentMemoryContext;
  auto* discoverer = kn::AttachToContext<kornews::WordDiscoverer>(call_context);
  auto* results = kn::AttachToContext<std::vector<kornews::WordCandidate>>(call_context);
  kn::Guarded([&] {
    kornews::DiscoveryOptions options;
    options.min_count = static_cast<uint64_t>(min_count);
    options.max_results = static_cast<size_t>(max_words);
    discoverer->object = new kornews::WordDiscoverer(options);
  });

  if (SPI_connect() != SPI_OK_CONNECT) elog(ERROR, "ko_discover_words: SPI_connect failed");
  static const kn::QueryContract contract = {
      "ko_discover_words", "text",
      "SELECT body FROM articles WHERE published > now() - interval ''7 days''"};
  Portal portal = kn::OpenUserQuery(contract, query, false);
  RequireTextColumn(portal->tupDesc);
  kn::ForEachQueryRow(portal, kBatchRows, [&](HeapTuple row, TupleDesc desc) {
    std::string_view body;
    if (!kn::TextColumn(row, desc, 1, &body)) return;
    // Long texts in chunks cut at a line end or space (never inside an eojeol), so memory
    // stays bounded by the chunk's morphemes.
    for (size_t begin = 0; begin < body.size();) {
      const size_t end = kn::ChunkEnd(body, begin, kn::kChunkBytes);
      kn::Guarded([&] {
        discoverer->object->add(kn::BackendAnalyzer(), body.substr(begin, end - begin));
      });
      begin = end;
      CHECK_FOR_INTERRUPTS();
    }
  });
  SPI_finish();

  kn::Guarded([&] {
    results->object = new std::vector<kornews::WordCandidate>(discoverer->object->results());
  });
  discoverer->Release();
  for (const kornews::WordCandidate& c : *results->object) {
    Datum values[7];
    bool nulls[7] = {false, false, false, false, false, false, false};
    values[0] = kn::TextDatum(c.word);
    values[1] = Float8GetDatum(c.score);
    values[2] = Int64GetDatum(static_cast<int64>(c.count));
    values[3] = kn::TextDatum(c.suggested_tag);
    if (c.parts.empty())
      nulls[4] = true;
    else
      values[4] = kn::TextArrayDatum(c.parts);
    values[5] = kn::TextDatum(c.pieces);
    values[6] = kn::TextArrayDatum(c.examples);
    tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
  }
  results->Release();
  return (Datum)0;
}
