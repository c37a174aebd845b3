// ko_stories and ko_stories_assign: story grouping (src/core/analytics/story_grouping.h) over the
// rows of a user's query. The query runs through SPI with the caller's rights, wrapped so that
// PostgreSQL orders the rows by (published, id) and counts each id; the rows are read with a
// cursor a batch at a time, and the grouper keeps only the stories open within `within`, so
// memory follows the window, not the table. Results go to a tuplestore (which spills to disk).
#include <cctype>
#include <cstring>
#include <string>
#include <string_view>

#include "core/analytics/similarity.h"
#include "core/analytics/story_grouping.h"
#include "core/analytics/story_terms.h"
#include "pg/backend.h"
#include "pg/context_owned.h"
#include "pg/entry_point.h"
#include "pg/guard.h"
#include "pg/postgres_headers.h"
#include "pg/query_rows.h"

extern "C" {
KN_GUARDED_FUNCTION(ko_stories);
KN_GUARDED_FUNCTION(ko_stories_assign);
}

namespace {

namespace an = kornews::analytics;

constexpr long kBatchRows = 1000;
// Of a body, only its lead is read: where the story is told, not its background.
constexpr size_t kBodyLeadBytes = 300;

bool IsIntType(Oid t) { return t == INT8OID || t == INT4OID || t == INT2OID; }
bool IsTimeType(Oid t) { return t == TIMESTAMPTZOID || t == TIMESTAMPOID; }

// The columns the query must return, by position; names do not matter.
struct Shape {
  const char* name;       // for messages
  bool known_story;       // ko_stories_assign: a story_id column after title
};

void ColumnError(const Shape& shape, const char* detail) {
  ereport(ERROR,
          (errcode(ERRCODE_DATATYPE_MISMATCH),
           errmsg("%s: the query must return (id bigint, published timestamptz, title text%s"
                  "[, body text]): %s",
                  shape.name, shape.known_story ? ", story_id bigint" : "", detail),
           errhint("For example: SELECT * FROM kornews.%s('SELECT id, published, title%s FROM "
                   "news'); cast other types, e.g. published::timestamptz.",
                   shape.name, shape.known_story ? ", story_id" : "")));
}

// Checks the query's columns from its plan; returns whether it has a body column.
bool CheckColumns(const Shape& shape, TupleDesc desc) {
  const int need = shape.known_story ? 4 : 3;
  if (desc->natts < need || desc->natts > need + 1)
    ColumnError(shape, psprintf("it returns %d columns", desc->natts));
  const auto type = [&](int i) { return TupleDescAttr(desc, i)->atttypid; };
  if (!IsIntType(type(0))) ColumnError(shape, "column 1 (id) is not an integer");
  if (!IsTimeType(type(1))) ColumnError(shape, "column 2 (published) is not a timestamp");
  if (!kn::IsTextType(type(2))) ColumnError(shape, "column 3 (title) is not text");
  if (shape.known_story && !IsIntType(type(3)))
    ColumnError(shape, "column 4 (story_id) is not an integer");
  const bool body = desc->natts == need + 1;
  if (body && !kn::IsTextType(type(need))) ColumnError(shape, "the body column is not text");
  return body;
}

int64 WithinMicroseconds(const Interval* within) {
  // Months count as 30 days, as interval comparison does. Computed in double so that a huge
  // interval saturates instead of overflowing; a window of a million years is no window at all.
  const double us = static_cast<double>(within->time) +
                    (static_cast<double>(within->day) +
                     static_cast<double>(within->month) * DAYS_PER_MONTH) * USECS_PER_DAY;
  constexpr double kLimit = 3.0e19 / 1000;  // ~950 years in microseconds, far inside int64
  return us >= kLimit ? static_cast<int64>(kLimit) : us <= 0 ? 0 : static_cast<int64>(us);
}

// The lead of a body: up to the first line break or sentence end, at most kBodyLeadBytes, cut on
// a character boundary.
std::string_view BodyLead(std::string_view body) {
  size_t end = std::min(body.size(), kBodyLeadBytes);
  while (end < body.size() && end > 0 && (static_cast<unsigned char>(body[end]) & 0xC0) == 0x80)
    --end;
  std::string_view lead = body.substr(0, end);
  const size_t stop = lead.find_first_of("\n");
  if (stop != std::string_view::npos) lead = lead.substr(0, stop);
  const size_t period = lead.find(". ");
  if (period != std::string_view::npos) lead = lead.substr(0, period + 1);
  return lead;
}

struct Row {
  int64 id;
  int64 published;
  bool title_null;
  bool story_known;
  int64 story_id;
};

Datum RunStories(FunctionCallInfo fcinfo, const Shape& shape) {
  kn::PrepareAnalysis();
  std::string query = text_to_cstring(PG_GETARG_TEXT_PP(0));
  const Interval* within = PG_GETARG_INTERVAL_P(1);
  const double threshold = PG_GETARG_FLOAT8(2);
  const int64 window = WithinMicroseconds(within);
  if (window <= 0)
    ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
                    errmsg("%s: within must be longer than zero", shape.name),
                    errhint("Headlines of one story are those published within this interval of "
                            "each other, e.g. '48 hours' (the default).")));
  if (!(threshold > 0.0 && threshold <= 1.0))
    ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
                    errmsg("%s: threshold must be in (0, 1]", shape.name),
                    errhint("It is the least ko_similarity to a story's first headline; the "
                            "default is %.2f (docs/stories.md).",
                            kornews::analytics::kDefaultStoryThreshold)));
  // A trailing semicolon would end the wrapped query early.
  while (!query.empty() && (query.back() == ';' || isspace(static_cast<unsigned char>(query.back()))))
    query.pop_back();

  InitMaterializedSRF(fcinfo, 0);
  ReturnSetInfo* rsinfo = reinterpret_cast<ReturnSetInfo*>(fcinfo->resultinfo);
  auto* grouper = kn::AttachToContext<an::StoryGrouper>(CurrentMemoryContext);
  kn::Guarded([&] {
    an::StoryOptions options;
    options.within = window;
    options.threshold = threshold;
    options.interrupt_check = &kn::ThrowOnPendingInterrupt;
    grouper->object = new an::StoryGrouper(an::SimilarityModel::builtin(), options);
  });

  if (SPI_connect() != SPI_OK_CONNECT) elog(ERROR, "%s: SPI_connect failed", shape.name);
  const kn::QueryContract contract = {shape.name, nullptr,
                                      shape.known_story
                                          ? "SELECT id, published, title, story_id FROM news"
                                          : "SELECT id, published, title FROM news"};
  // The columns, from the plan's result description (opening a cursor runs nothing yet).
  Portal probe = kn::OpenUserQuery(contract, query.c_str(), true);
  const bool has_body = CheckColumns(shape, probe->tupDesc);
  SPI_cursor_close(probe);

  // Ordered by (published, id); count(*) per id finds repeated ids wherever they are.
  std::string wrapped = "SELECT q.id::pg_catalog.int8, q.published::pg_catalog.timestamptz, "
                        "q.title::pg_catalog.text, ";
  wrapped += shape.known_story ? "q.story_id::pg_catalog.int8, " : "NULL::pg_catalog.int8, ";
  wrapped += has_body ? "q.body::pg_catalog.text, " : "NULL::pg_catalog.text, ";
  wrapped += "pg_catalog.count(*) OVER (PARTITION BY q.id) FROM (" + query + "\n) AS q(id, published, title";
  wrapped += shape.known_story ? ", story_id" : "";
  wrapped += has_body ? ", body)" : ")";
  wrapped += " ORDER BY 2, 1";
  Portal portal = kn::OpenUserQuery(contract, wrapped.c_str(), false);
  kn::ForEachQueryRow(portal, kBatchRows, [&](HeapTuple tuple, TupleDesc desc) {
    bool isnull;
    Row row;
    Datum d = SPI_getbinval(tuple, desc, 1, &isnull);
    if (isnull)
      ereport(ERROR, (errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
                      errmsg("%s: id must not be NULL", shape.name),
                      errhint("Every headline needs an id; filter out rows without one.")));
    row.id = DatumGetInt64(d);
    d = SPI_getbinval(tuple, desc, 2, &isnull);
    if (isnull)
      ereport(ERROR, (errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
                      errmsg("%s: published must not be NULL (id %lld)", shape.name,
                             static_cast<long long>(row.id)),
                      errhint("Filter out or date the rows without a publication time.")));
    row.published = DatumGetInt64(d);
    const int64 copies = DatumGetInt64(SPI_getbinval(tuple, desc, 6, &isnull));
    if (copies > 1)
      ereport(ERROR, (errcode(ERRCODE_UNIQUE_VIOLATION),
                      errmsg("%s: duplicate id %lld (%lld rows)", shape.name,
                             static_cast<long long>(row.id), static_cast<long long>(copies)),
                      errhint("Each headline needs its own id; SELECT DISTINCT ON (id) keeps "
                              "one row of each.")));
    d = SPI_getbinval(tuple, desc, 4, &isnull);
    row.story_known = !isnull;
    row.story_id = isnull ? 0 : DatumGetInt64(d);
    std::string_view title, body;
    row.title_null = !kn::TextColumn(tuple, desc, 3, &title);
    if (has_body) kn::TextColumn(tuple, desc, 5, &body);

    // A NULL title has nothing to compare: the row gets no story (unless it is a known one).
    an::StoryAssignment a{0, 0};
    const bool assigned = kn::Guarded([&] {
      if (row.title_null && !row.story_known) return false;
      std::string text(title);
      if (!body.empty()) {
        text += '\n';
        text += BodyLead(body);
      }
      an::TextProfile profile = an::make_profile(
          an::story_terms(kn::BackendAnalyzer(), text), text, an::SimilarityModel::builtin());
      if (row.story_known) {
        grouper->object->add_known(row.id, row.published, row.story_id, std::move(profile));
        return false;
      }
      a = grouper->object->add(row.id, row.published, std::move(profile));
      return true;
    });
    if (row.story_known) return;  // ko_stories_assign returns only the new rows
    Datum values[3];
    bool nulls[3] = {false, !assigned, !assigned};
    values[0] = Int64GetDatum(row.id);
    values[1] = Int64GetDatum(a.story_id);
    values[2] = Float8GetDatum(a.similarity);
    tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
  });
  SPI_finish();
  grouper->Release();
  return (Datum)0;
}

}  // namespace

// ko_stories(query, within, threshold) RETURNS TABLE(id bigint, story_id bigint, similarity float8)
Datum ko_stories(PG_FUNCTION_ARGS) {
  static const Shape shape = {"ko_stories", false};
  return RunStories(fcinfo, shape);
}

// ko_stories_assign(query, within, threshold): the query returns (id, published, title,
// story_id[, body]); rows with a story_id seed their stories, rows without one are assigned and
// returned.
Datum ko_stories_assign(PG_FUNCTION_ARGS) {
  static const Shape shape = {"ko_stories_assign", true};
  return RunStories(fcinfo, shape);
}
