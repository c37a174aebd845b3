// ko_parse_headline_list(list text, reference date, captured_at timestamp, outlets text[])
// RETURNS SETOF kornews.headline_row (its columns: core/news/headline_columns.h), with the
// outlet names given; exactly one of `reference` (the day the
// list was captured) and `captured_at` (the wall-clock time it was captured) is given.
// ko_parse_headlines(list, reference date) and ko_parse_headlines(list, captured_at
// timestamptz, time_zone text): the same with the names of kornews.news_outlets
// (src/sql/31_outlets.sql).
//
// The C++ parser (src/core/news) runs inside kn::Guarded() a block of lines at a time and leaves
// its rows in a buffer owned by the call's memory context; PostgreSQL-side code then copies each
// block into the tuplestore (which spills to disk past work_mem). So the input is never held
// twice, an ERROR while storing a tuple leaks nothing (the context callback deletes the parser),
// and a cancel is served between blocks.
#include <string_view>
#include <vector>

#include "core/news/headline_columns.h"
#include "core/news/headline_parser.h"
#include "pg/backend.h"
#include "pg/chunk_scratch.h"
#include "pg/context_owned.h"
#include "pg/entry_point.h"
#include "pg/guard.h"
#include "pg/news_datetime.h"
#include "pg/postgres_headers.h"
#include "pg/text_datums.h"

extern "C" {
KN_GUARDED_FUNCTION(ko_parse_headline_list);
KN_GUARDED_FUNCTION(ko_parse_headlines);
KN_GUARDED_FUNCTION(ko_parse_headlines_at);
}

namespace {

namespace news = kornews::news;

// Lines fed to the parser per guarded call, between two interrupt checks.
constexpr int kLinesPerStep = 4096;

// One call's parse: the input (a view into the detoasted argument, which lives in the same
// memory context), the position of the next line, and the streaming parser.
struct HeadlineScan {
  HeadlineScan(std::string_view text, const news::Reference& reference,
               std::vector<std::string_view> outlet_names)
      : input(text), outlets(outlet_names), parser(reference, &outlets) {}

  // Feeds up to kLinesPerStep lines; after the last line, flushes the parser. Rows that became
  // ready are in parser.ready_rows(). Returns false once the input is exhausted.
  bool step() {
    parser.ready_rows().clear();
    for (int n = 0; n < kLinesPerStep; ++n) {
      if (done) return false;
      const size_t end = input.find('\n', position);
      if (end == std::string_view::npos) {
        // A final line break does not start another, empty, line.
        if (position < input.size() || position == 0) parser.add_line(input.substr(position));
        parser.finish();
        done = true;
        return true;
      }
      parser.add_line(input.substr(position, end - position));
      position = end + 1;
    }
    return true;
  }

  std::string_view input;
  size_t position = 0;
  bool done = false;
  news::OutletList outlets;  // before parser, which refers to it
  news::HeadlineParser parser;
};

// A value of a headline column as the Datum of the column's SQL type.
Datum ColumnDatum(news::ColumnType type, const news::HeadlineValue& value) {
  switch (type) {
    case news::ColumnType::kInt:
      return Int32GetDatum(static_cast<int32>(value.number));
    case news::ColumnType::kBigint:
      return Int64GetDatum(value.number);
    case news::ColumnType::kText:
      return kn::TextDatum(value.text);
    case news::ColumnType::kTimestamp:
      return kn::TimestampDatum(value.time);
    case news::ColumnType::kTextArray:
      return kn::TextArrayDatum(*value.list);
    case news::ColumnType::kBool:
      return BoolGetDatum(value.flag);
  }
  elog(ERROR, "kornews: unknown headline column type %d", static_cast<int>(type));
}

// One row of kornews.headline_row, column by column as news::headline_columns() lists them.
void PutRow(ReturnSetInfo* rsinfo, const news::HeadlineRow& row) {
  Datum values[news::kHeadlineColumnCount];
  bool nulls[news::kHeadlineColumnCount];
  for (size_t i = 0; i < news::kHeadlineColumnCount; ++i) {
    const news::HeadlineColumn& column = news::headline_columns()[i];
    const news::HeadlineValue value = column.get(row);
    nulls[i] = value.is_null;
    values[i] = value.is_null ? (Datum)0 : ColumnDatum(column.type, value);
  }
  tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
}

// The outlet names as palloc'd arrays (detoasting may ereport, so it happens here, outside
// Guarded; the C++ list is built from them inside).
struct OutletNames {
  int count = 0;
  const char** data = nullptr;
  int* lengths = nullptr;
};

OutletNames OutletsFromArray(ArrayType* array) {
  OutletNames names;
  Datum* elems;
  bool* elem_nulls;
  int count;
  deconstruct_array(array, TEXTOID, -1, false, TYPALIGN_INT, &elems, &elem_nulls, &count);
  names.data = static_cast<const char**>(palloc(sizeof(char*) * (count + 1)));
  names.lengths = static_cast<int*>(palloc(sizeof(int) * (count + 1)));
  for (int i = 0; i < count; ++i) {
    if (elem_nulls[i]) continue;
    text* name = DatumGetTextPP(elems[i]);
    names.data[names.count] = VARDATA_ANY(name);
    names.lengths[names.count++] = static_cast<int>(VARSIZE_ANY_EXHDR(name));
  }
  return names;
}

// kornews.news_outlets, read with the caller's privileges (PUBLIC may SELECT it), copied into
// the caller's memory context before SPI's is freed.
OutletNames OutletsFromTable() {
  MemoryContext caller = CurrentMemoryContext;
  if (SPI_connect() != SPI_OK_CONNECT) elog(ERROR, "kornews: SPI_connect failed");
  if (SPI_execute("SELECT name FROM kornews.news_outlets", true, 0) != SPI_OK_SELECT)
    elog(ERROR, "kornews: cannot read kornews.news_outlets");
  const uint64 rows = SPI_processed;
  MemoryContext spi = MemoryContextSwitchTo(caller);
  OutletNames names;
  names.data = static_cast<const char**>(palloc(sizeof(char*) * (rows + 1)));
  names.lengths = static_cast<int*>(palloc(sizeof(int) * (rows + 1)));
  for (uint64 i = 0; i < rows; ++i) {
    bool isnull;
    const Datum value =
        SPI_getbinval(SPI_tuptable->vals[i], SPI_tuptable->tupdesc, 1, &isnull);
    if (isnull) continue;
    text* name = DatumGetTextPCopy(value);
    names.data[names.count] = VARDATA_ANY(name);
    names.lengths[names.count++] = static_cast<int>(VARSIZE_ANY_EXHDR(name));
  }
  MemoryContextSwitchTo(spi);
  SPI_finish();
  return names;
}

[[noreturn]] void NullReference() {
  ereport(ERROR,
          (errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
           errmsg("kornews: the reference of ko_parse_headlines must not be NULL"),
           errhint("Omit it to use current_date, or pass the day the list was captured, or "
                   "the time it was captured and its time zone.")));
}

// Parses `input_text` into the call's tuplestore, a block of lines at a time.
Datum ParseInto(FunctionCallInfo fcinfo, text* input_text, const news::Reference& reference,
                const OutletNames& outlets) {
  const std::string_view input(VARDATA_ANY(input_text), VARSIZE_ANY_EXHDR(input_text));
  ReturnSetInfo* rsinfo = reinterpret_cast<ReturnSetInfo*>(fcinfo->resultinfo);
  // The SQL type and the C++ description of its columns are kept equal by a unit test; an
  // install script from another build would still be caught here rather than misread.
  if (rsinfo->setDesc->natts != static_cast<int>(news::kHeadlineColumnCount))
    elog(ERROR, "kornews: kornews.headline_row has %d columns, this kornews.so writes %d",
         rsinfo->setDesc->natts, static_cast<int>(news::kHeadlineColumnCount));

  auto* scan = kn::AttachToContext<HeadlineScan>(CurrentMemoryContext);
  kn::Guarded([&] {
    std::vector<std::string_view> names;
    names.reserve(static_cast<size_t>(outlets.count));
    for (int i = 0; i < outlets.count; ++i) {
      names.emplace_back(outlets.data[i], static_cast<size_t>(outlets.lengths[i]));
    }
    scan->object = new HeadlineScan(input, reference, names);
  });
  MemoryContext scratch = kn::CreateChunkScratch();
  bool more = true;
  while (more) {
    CHECK_FOR_INTERRUPTS();
    more = kn::Guarded([&] { return scan->object->step(); });
    MemoryContext caller = MemoryContextSwitchTo(scratch);
    for (const news::HeadlineRow& row : scan->object->parser.ready_rows()) PutRow(rsinfo, row);
    kn::EndChunk(scratch, caller);
  }
  scan->Release();
  return (Datum)0;
}

}  // namespace

// ko_parse_headline_list(list, reference date, captured_at timestamp, outlets text[])
Datum ko_parse_headline_list(PG_FUNCTION_ARGS) {
  InitMaterializedSRF(fcinfo, 0);
  // No list, no rows: a NULL text is an empty list.
  if (PG_ARGISNULL(0)) return (Datum)0;
  if (PG_ARGISNULL(1) == PG_ARGISNULL(2)) NullReference();
  kn::RequireUtf8Database();
  news::Reference reference;
  if (!PG_ARGISNULL(1)) {
    reference.date = kn::CivilDateFromDateArg(PG_GETARG_DATUM(1));
  } else {
    reference = kn::ReferenceFromTimestampArg(PG_GETARG_DATUM(2));
  }
  const OutletNames outlets =
      PG_ARGISNULL(3) ? OutletNames{} : OutletsFromArray(PG_GETARG_ARRAYTYPE_P(3));
  return ParseInto(fcinfo, PG_GETARG_TEXT_PP(0), reference, outlets);
}

// ko_parse_headlines(list text, reference date): the outlets of kornews.news_outlets.
Datum ko_parse_headlines(PG_FUNCTION_ARGS) {
  InitMaterializedSRF(fcinfo, 0);
  if (PG_ARGISNULL(0)) return (Datum)0;
  if (PG_ARGISNULL(1)) NullReference();
  kn::RequireUtf8Database();
  news::Reference reference;
  reference.date = kn::CivilDateFromDateArg(PG_GETARG_DATUM(1));
  const OutletNames outlets = OutletsFromTable();
  return ParseInto(fcinfo, PG_GETARG_TEXT_PP(0), reference, outlets);
}

// ko_parse_headlines(list text, captured_at timestamptz, time_zone text): the moment of capture
// as wall-clock time in the zone the list shows (timezone(zone, captured_at), which ERRORs for
// an unknown zone).
Datum ko_parse_headlines_at(PG_FUNCTION_ARGS) {
  InitMaterializedSRF(fcinfo, 0);
  if (PG_ARGISNULL(0)) return (Datum)0;
  if (PG_ARGISNULL(1) || PG_ARGISNULL(2)) NullReference();
  kn::RequireUtf8Database();
  const Datum local =
      DirectFunctionCall2(timestamptz_zone, PG_GETARG_DATUM(2), PG_GETARG_DATUM(1));
  const news::Reference reference = kn::ReferenceFromTimestampArg(local);
  const OutletNames outlets = OutletsFromTable();
  return ParseInto(fcinfo, PG_GETARG_TEXT_PP(0), reference, outlets);
}
