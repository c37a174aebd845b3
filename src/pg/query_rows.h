// Reading the rows of a caller's query: ko_discover_words, ko_refresh_term_stats, ko_trending,
// ko_comentions and ko_stories all take a query text and read what it returns.
//
// The query runs through SPI with the caller's rights and is read with a cursor, a batch of rows
// at a time, so that no more than one batch is held whatever the table's size:
//
//   if (SPI_connect() != SPI_OK_CONNECT) elog(ERROR, ...);
//   Portal portal = kn::OpenUserQuery(contract, query, true);   // ERROR + HINT unless a SELECT
//   CheckMyColumns(portal->tupDesc);                              // before any row is read
//   kn::ForEachQueryRow(portal, 500, [&](HeapTuple row, TupleDesc desc) { ... });
//   SPI_finish();
//
// Everything here is PostgreSQL-side code (it may ereport): the row callback runs outside
// kn::Guarded() and puts its C++ work inside it, as every entry point does.
#pragma once

#include <string_view>

#include "pg/chunk_scratch.h"
#include "pg/postgres_headers.h"

namespace kn {

// What the caller's query must be, for the error raised when it is not one SELECT.
struct QueryContract {
  const char* function;   // "ko_trending"
  const char* returning;  // "(published timestamptz, body text)", or nullptr to say only SELECT
  const char* example;    // "SELECT published, body FROM news", shown in the HINT
};

// Prepares `sql` (inside SPI_connect) and opens a cursor on it. A query that is not exactly one
// SELECT (an UPDATE, two statements, nothing) is an ERROR naming contract.function, with the
// example as HINT. read_only as SPI_cursor_open's: true runs the query under the caller's
// snapshot and refuses one that writes (SELECT ... FOR UPDATE).
Portal OpenUserQuery(const QueryContract& contract, const char* sql, bool read_only);

// text, varchar or char: the types whose values read as text.
bool IsTextType(Oid type);

// ERRORs unless the query's first column is text: "<function>: the query must return
// <expected>", the actual column in the DETAIL, `hint` as HINT.
void RequireTextFirstColumn(const char* function, TupleDesc desc, const char* expected,
                            const char* hint);

// Column `column` (1-based) of `row` as text, detoasted in the current memory context (in
// ForEachQueryRow's callback: the batch's, freed with it); false when it is NULL.
bool TextColumn(HeapTuple row, TupleDesc desc, int column, std::string_view* value);

// Reads `portal` batch_rows at a time and calls on_row(HeapTuple, TupleDesc) for each row; then
// closes the portal. Interrupts (cancel, statement_timeout) are served before every batch and
// every row. The callback runs in a memory context reset after each batch, so detoasted values
// and other per-row allocations do not pile up over the table (tuplestore_putvalues copies what
// it keeps); what must outlive the loop belongs in a context made before it.
template <typename OnRow>
void ForEachQueryRow(Portal portal, long batch_rows, OnRow&& on_row) {
  MemoryContext batch = CreateChunkScratch();
  for (;;) {
    CHECK_FOR_INTERRUPTS();
    SPI_cursor_fetch(portal, true, batch_rows);
    // Kept: the callback may itself run SPI, which replaces SPI_tuptable and SPI_processed.
    SPITupleTable* rows = SPI_tuptable;
    const uint64 count = SPI_processed;
    if (count == 0) break;
    MemoryContext caller = MemoryContextSwitchTo(batch);
    for (uint64 i = 0; i < count; ++i) {
      CHECK_FOR_INTERRUPTS();
      on_row(rows->vals[i], rows->tupdesc);
    }
    EndChunk(batch, caller);
    SPI_freetuptable(rows);
  }
  SPI_cursor_close(portal);
  MemoryContextDelete(batch);
}

}  // namespace kn
