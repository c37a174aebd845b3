// Stop words reach every backend as every user table does (user_tables.h): an edit is seen by
// every session's next statement, and a function called once per row pays for the table only
// when it changed. Collection statistics (kornews.term_stats) are checked once per statement.
#include "pg/analytics_backend.h"

#include <algorithm>
#include <memory>
#include <unordered_map>

#include "core/analytics/stopwords.h"
#include "core/analytics/term_model.h"
#include "core/morph/analyzer.h"
#include "core/ner/tagger.h"
#include "pg/backend.h"
#include "pg/guard.h"
#include "pg/ner_backend.h"
#include "pg/statement_mark.h"
#include "pg/tokens.h"
#include "pg/user_tables.h"

namespace {

kornews::analytics::StopWords* g_stopwords = nullptr;  // null before the first read

kornews::analytics::TermModel* g_model = nullptr;  // leaked at exit, like the analyzer
char g_model_path[MAXPGPATH];

struct CollectionCache {
  TimestampTz refreshed = 0;
  kn::StatementMark checked;
  std::unique_ptr<kornews::analytics::TermModel> stats;
};
std::unordered_map<std::string, CollectionCache>* g_collections = nullptr;

}  // namespace

namespace kn {

const kornews::analytics::StopWords* CurrentStopWords() {
  if (g_stopwords != nullptr && !UserTableChanged(UserTable::kStopwords)) return g_stopwords;
  uint64 n = 0, capacity = 256;
  char** words = static_cast<char**>(palloc(sizeof(char*) * capacity));
  AttrNumber word = 0;
  ReadUserTable(
      UserTable::kStopwords,
      [&](TupleDesc desc, const Datum* values, const bool* nulls) {
        if (word == 0) word = UserTableColumn(UserTable::kStopwords, desc, "word");
        if (nulls[word - 1]) return;
        if (n == capacity) {
          capacity *= 2;
          words = static_cast<char**>(repalloc_huge(words, sizeof(char*) * capacity));
        }
        words[n++] = TextDatumGetCString(values[word - 1]);
      },
      [&] {
        Guarded([&] {
          auto stop = std::make_unique<kornews::analytics::StopWords>();
          for (uint64 i = 0; i < n; ++i) stop->add(words[i]);
          delete g_stopwords;
          g_stopwords = stop.release();
        });
      });
  pfree(words);
  return g_stopwords;
}

const char* TermModelPath() {
  if (g_model_path[0] == '\0') {
    char share[MAXPGPATH];
    get_share_path(my_exec_path, share);
    snprintf(g_model_path, sizeof g_model_path, "%s/tsearch_data/kornews_terms.tsv", share);
  }
  return g_model_path;
}

const kornews::analytics::TermModel& BackendTermModel(const char* path) {
  if (g_model == nullptr)
    g_model = new kornews::analytics::TermModel(kornews::analytics::TermModel::Load(path));
  return *g_model;
}

const kornews::analytics::TermModel* CollectionStats(const std::string& name) {
  if (g_collections == nullptr)
    Guarded([] { g_collections = new std::unordered_map<std::string, CollectionCache>; });
  CollectionCache* cache = nullptr;
  Guarded([&] { cache = &(*g_collections)[name]; });
  if (cache->stats && !FirstCallInStatement(&cache->checked)) return cache->stats.get();

  MemoryContext caller = CurrentMemoryContext;
  if (SPI_connect() != SPI_OK_CONNECT) elog(ERROR, "kornews: SPI_connect failed");
  Oid types[1] = {TEXTOID};
  Datum args[1] = {PointerGetDatum(cstring_to_text_with_len(name.data(), name.size()))};
  int rc = SPI_execute_with_args(
      "SELECT docs, refreshed FROM kornews.term_collections WHERE collection = $1", 1, types, args,
      nullptr, true, 1);
  if (rc != SPI_OK_SELECT) elog(ERROR, "kornews: reading kornews.term_collections failed");
  if (SPI_processed == 0)
    ereport(ERROR, (errcode(ERRCODE_UNDEFINED_OBJECT),
                    errmsg("ko_keywords: there are no term statistics for collection \"%s\"",
                           name.c_str()),
                    errhint("Compute them first, e.g. SELECT kornews.ko_refresh_term_stats('%s', "
                            "'SELECT body FROM news');",
                            name.c_str())));
  bool isnull = false;
  const int64 docs =
      DatumGetInt64(SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &isnull));
  const TimestampTz refreshed =
      DatumGetTimestampTz(SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 2, &isnull));
  const bool reload = !cache->stats || cache->refreshed != refreshed;
  char** terms = nullptr;
  int64* counts = nullptr;
  uint64 nrows = 0;
  if (reload) {
    rc = SPI_execute_with_args("SELECT term, docs FROM kornews.term_stats WHERE collection = $1", 1,
                               types, args, nullptr, true, 0);
    if (rc != SPI_OK_SELECT) elog(ERROR, "kornews: reading kornews.term_stats failed");
    nrows = SPI_processed;
    terms = static_cast<char**>(MemoryContextAllocHuge(caller, sizeof(char*) * (nrows + 1)));
    counts = static_cast<int64*>(MemoryContextAllocHuge(caller, sizeof(int64) * (nrows + 1)));
    for (uint64 i = 0; i < nrows; ++i) {
      char* t = SPI_getvalue(SPI_tuptable->vals[i], SPI_tuptable->tupdesc, 1);
      terms[i] = t != nullptr ? MemoryContextStrdup(caller, t) : nullptr;
      counts[i] =
          DatumGetInt64(SPI_getbinval(SPI_tuptable->vals[i], SPI_tuptable->tupdesc, 2, &isnull));
      if (isnull) terms[i] = nullptr;
    }
  }
  SPI_finish();
  if (reload) {
    Guarded([&] {
      auto stats = std::make_unique<kornews::analytics::TermModel>();
      stats->set_docs(static_cast<uint64_t>(docs < 0 ? 0 : docs));
      for (uint64 i = 0; i < nrows; ++i)
        if (terms[i] != nullptr && counts[i] > 0)
          stats->set(terms[i], static_cast<uint64_t>(counts[i]));
      cache->stats = std::move(stats);
    });
    cache->refreshed = refreshed;
  }
  return cache->stats.get();
}

void TermsOf(std::string_view text, const kornews::analytics::StopWords* stop,
             const kornews::analytics::CandidateOptions& options,
             std::vector<kornews::analytics::TermOccurrence>& out) {
  // One buffer for the backend: a per-row function should not allocate it per row.
  static std::vector<kornews::Morpheme> morphs;
  kornews::Analyzer& analyzer = BackendAnalyzer();
  kornews::analytics::CandidateOptions piece = options;
  for (size_t begin = 0; begin < text.size();) {
    const size_t end = ChunkEnd(text, begin, kChunkBytes);
    morphs.clear();
    analyzer.analyze(text.substr(begin, end - begin),
                     [&](const kornews::Morpheme& m) { morphs.push_back(m); });
    piece.starts_text = options.starts_text && begin == 0;
    kornews::analytics::ExtractTerms(morphs, stop, &analyzer, piece, out);
    begin = end;
  }
}

void DistinctTermsOf(std::string_view text, const kornews::analytics::StopWords* stop,
                     const kornews::analytics::CandidateOptions& options,
                     std::vector<std::string>& out) {
  static std::vector<kornews::analytics::TermOccurrence> terms;
  out.clear();
  kornews::analytics::CandidateOptions piece = options;
  for (size_t begin = 0; begin < text.size();) {
    const size_t end = ChunkEnd(text, begin, kChunkBytes);
    terms.clear();
    piece.starts_text = options.starts_text && begin == 0;
    TermsOf(text.substr(begin, end - begin), stop, piece, terms);
    for (auto& t : terms) out.push_back(std::move(t.term));
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    begin = end;
  }
}

void EntitiesOf(std::string_view text, const kornews::ner::Gazetteer* user,
                const kornews::analytics::StopWords* stop, size_t limit,
                std::vector<EntityTerm>& out) {
  static std::vector<kornews::ner::Entity> entities;
  out.clear();
  kornews::ner::TagOptions options;
  options.user = user;
  for (size_t begin = 0; begin < text.size();) {
    const size_t end = ChunkEnd(text, begin, kChunkBytes);
    entities.clear();
    BackendTagger().tag(BackendAnalyzer(), text.substr(begin, end - begin), options, entities);
    for (const kornews::ner::Entity& e : entities) {
      if (e.label != kornews::ner::EntityLabel::kPS && e.label != kornews::ner::EntityLabel::kLC &&
          e.label != kornews::ner::EntityLabel::kOG)
        continue;
      EntityTerm t;
      t.label = std::string(kornews::ner::label_name(e.label));
      t.value = e.normalized.empty() ? e.text : e.normalized;
      if (stop != nullptr && stop->contains(t.value)) continue;
      out.push_back(std::move(t));
    }
    // Distinct after every chunk, so that a long text holds its distinct entities only.
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    begin = end;
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  if (out.size() > limit) out.resize(limit);
}

void RequirePositiveSpan(const char* function, const char* what, Datum span) {
  const Interval* iv = DatumGetIntervalP(span);
  const Interval zero = {0, 0, 0};
  if (DatumGetInt32(DirectFunctionCall2(interval_cmp, span, IntervalPGetDatum(&zero))) <= 0)
    ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
                    errmsg("%s: %s must be longer than zero, not %s", function, what,
                           DatumGetCString(DirectFunctionCall1(interval_out, span))),
                    errhint("Pass a positive interval, e.g. %s => interval '1 day'.", what)));
  (void)iv;
}

}  // namespace kn
