// kornews.user_words: its rows as the analyzer uses them, and the row check (see user_dict.h).
#include "pg/user_dict.h"

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "core/dict/user_lexicon.h"
#include "core/morph/analyzer.h"
#include "core/text/utf8.h"
#include "pg/backend.h"
#include "pg/cluster_fingerprint.h"
#include "pg/entry_point.h"
#include "pg/guard.h"
#include "pg/postgres_headers.h"
#include "pg/user_tables.h"

extern "C" {
KN_GUARDED_FUNCTION(kornews_user_words_check);
}

namespace {

// --- PostgreSQL side ------------------------------------------------------------------------

// One row as read from the heap, in plain palloc'd memory.
struct RawWord {
  char* word;
  char* tag;
  bool has_cost;
  int32 cost;
  int nparts;
  char** parts;
  char* reading;  // nullptr: none
};

struct Columns {
  AttrNumber word, tag, cost, parts, reading;
};

Columns ColumnsOf(TupleDesc desc) {
  auto column = [desc](const char* name) {
    return kn::UserTableColumn(kn::UserTable::kWords, desc, name);
  };
  return {column("word"), column("tag"), column("cost"), column("parts"), column("reading")};
}

// Reads the columns of one row (values/nulls indexed by attnum - 1) into `out`.
void ToRawWord(const Datum* values, const bool* nulls, const Columns& c, RawWord* out) {
  out->word = nulls[c.word - 1] ? pstrdup("") : TextDatumGetCString(values[c.word - 1]);
  out->tag = nulls[c.tag - 1] ? pstrdup("") : TextDatumGetCString(values[c.tag - 1]);
  out->has_cost = !nulls[c.cost - 1];
  out->cost = out->has_cost ? DatumGetInt32(values[c.cost - 1]) : 0;
  out->nparts = 0;
  out->parts = nullptr;
  if (!nulls[c.parts - 1]) {
    ArrayType* array = DatumGetArrayTypeP(values[c.parts - 1]);
    Datum* elems;
    bool* elem_nulls;
    int n;
    deconstruct_array(array, TEXTOID, -1, false, TYPALIGN_INT, &elems, &elem_nulls, &n);
    out->parts = static_cast<char**>(palloc(sizeof(char*) * (n > 0 ? n : 1)));
    for (int i = 0; i < n; i++)
      out->parts[i] = elem_nulls[i] ? pstrdup("") : TextDatumGetCString(elems[i]);
    out->nparts = n;
  }
  out->reading = nulls[c.reading - 1] ? nullptr : TextDatumGetCString(values[c.reading - 1]);
}

kornews::UserWord ToUserWord(const RawWord& r) {
  kornews::UserWord w;
  w.word = r.word;
  w.tag = r.tag;
  if (r.has_cost) w.cost = r.cost;
  for (int i = 0; i < r.nparts; i++) w.parts.emplace_back(r.parts[i]);
  if (r.reading != nullptr) w.reading = r.reading;
  return w;
}

// --- C++ side ---------------------------------------------------------------------------------

// The rows last read (nullptr: none) and their version; the version the analyzer's lexicon was
// built from. Backend lifetime, deliberately leaked at exit like the analyzer.
std::shared_ptr<const std::vector<kornews::UserWord>>* g_rows = nullptr;
uint64 g_rows_version = 0;
uint64 g_applied_version = UINT64_MAX;
unsigned long g_applied_analyzer = 0;
bool g_have_readings = false;
// The rows the analyzer's lexicon was built from (for LoadedUserWords).
std::shared_ptr<const std::vector<kornews::UserWord>>* g_applied_rows = nullptr;

void StoreRows(const RawWord* raw, int n) {
  auto rows = std::make_shared<std::vector<kornews::UserWord>>();
  rows->reserve(n);
  bool readings = false;
  for (int i = 0; i < n; i++) {
    rows->push_back(ToUserWord(raw[i]));
    readings |= !rows->back().reading.empty();
  }
  if (g_rows == nullptr) g_rows = new std::shared_ptr<const std::vector<kornews::UserWord>>;
  *g_rows = std::move(rows);
  g_rows_version++;
  g_have_readings = readings;
}

}  // namespace

namespace kn {

void SyncUserWords() {
  if (!UserTableChanged(UserTable::kWords) || !IsTransactionState()) return;
  MemoryContext scratch =
      AllocSetContextCreate(CurrentMemoryContext, "kornews user words", ALLOCSET_DEFAULT_SIZES);
  MemoryContext old = MemoryContextSwitchTo(scratch);
  int n = 0, capacity = 64;
  RawWord* raw = static_cast<RawWord*>(palloc(sizeof(RawWord) * capacity));
  Columns columns{};
  ReadUserTable(
      UserTable::kWords,
      [&](TupleDesc desc, const Datum* values, const bool* nulls) {
        if (n == 0) columns = ColumnsOf(desc);
        if (n == capacity) {
          capacity *= 2;
          raw = static_cast<RawWord*>(repalloc(raw, sizeof(RawWord) * capacity));
        }
        ToRawWord(values, nulls, columns, &raw[n++]);
      },
      [&] {
        // No rows and none in use: change nothing, which would drop the caches keyed on the
        // analyzer's generation (while the table does not exist, on every call).
        const bool had_rows = g_rows != nullptr && *g_rows && !(*g_rows)->empty();
        if (n > 0 || had_rows) Guarded([&] { StoreRows(raw, n); });
      });
  MemoryContextSwitchTo(old);
  MemoryContextDelete(scratch);
}

bool ApplyUserWords(kornews::Analyzer& analyzer, unsigned long analyzer_id) {
  if (analyzer_id != g_applied_analyzer) {
    g_applied_analyzer = analyzer_id;
    g_applied_version = UINT64_MAX;  // a new analyzer has no user words yet
  }
  if (g_applied_version == g_rows_version) return false;
  std::shared_ptr<const kornews::UserLexicon> lexicon;
  if (g_rows != nullptr && *g_rows && !(*g_rows)->empty()) {
    try {
      lexicon = std::make_shared<const kornews::UserLexicon>(analyzer.dictionary(), **g_rows);
    } catch (const kornews::UserWordError& e) {
      // Rows are checked at INSERT and UPDATE; this happens when the dictionary changed under
      // them (kornews.dictionary_path) or a row bypassed the trigger.
      throw kornews::UserWordError(
          e.index(), std::string(e.what()) + " in kornews.user_words",
          "Correct or delete that row (UPDATE or DELETE on kornews.user_words); analysis "
          "resumes with the next statement.");
    }
  }
  analyzer.set_user_lexicon(std::move(lexicon));
  g_applied_version = g_rows_version;
  if (g_applied_rows == nullptr)
    g_applied_rows = new std::shared_ptr<const std::vector<kornews::UserWord>>;
  *g_applied_rows = g_rows != nullptr ? *g_rows : nullptr;
  return true;
}

LoadedRows LoadedUserWords() {
  // No rows and an empty table have the same fingerprint (that of no rows).
  static const std::vector<kornews::UserWord> kNone;
  const std::vector<kornews::UserWord>& applied =
      g_applied_rows != nullptr && *g_applied_rows ? **g_applied_rows : kNone;
  LoadedRows out;
  std::vector<std::string> rows;
  rows.reserve(applied.size());
  for (const kornews::UserWord& w : applied) {
    // Fields separated by \x1f, parts by \x1e: neither can be in a word, tag, part or reading
    // (the row check rejects control characters). A cost not given is written empty, so it
    // differs from the same cost given explicitly.
    std::string r = w.word + '\x1f' + w.tag + '\x1f';
    if (w.cost) r += std::to_string(*w.cost);
    r += '\x1f';
    for (size_t i = 0; i < w.parts.size(); i++) {
      if (i > 0) r += '\x1e';
      r += w.parts[i];
    }
    r += '\x1f' + w.reading;
    rows.push_back(std::move(r));
  }
  out.count = rows.size();
  out.fingerprint = FingerprintRows(rows);
  return out;
}

bool UserWordsHaveReadings() {
  return g_have_readings;
}

}  // namespace kn

// --- the row check ----------------------------------------------------------------------------

namespace {

struct CheckResult {
  bool ok;
  char message[1024];
  char hint[1024];
};

}  // namespace

// BEFORE INSERT OR UPDATE FOR EACH ROW: the row must be a word the analyzer can use.
Datum kornews_user_words_check(PG_FUNCTION_ARGS) {
  if (!CALLED_AS_TRIGGER(fcinfo))
    ereport(ERROR, (errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
                    errmsg("kornews_user_words_check: not called by trigger manager")));
  TriggerData* trigdata = reinterpret_cast<TriggerData*>(fcinfo->context);
  HeapTuple tuple =
      TRIGGER_FIRED_BY_UPDATE(trigdata->tg_event) ? trigdata->tg_newtuple : trigdata->tg_trigtuple;
  kn::PrepareAnalysis();
  TupleDesc desc = RelationGetDescr(trigdata->tg_relation);
  const Columns columns = ColumnsOf(desc);
  Datum* values = static_cast<Datum*>(palloc(sizeof(Datum) * desc->natts));
  bool* nulls = static_cast<bool*>(palloc(sizeof(bool) * desc->natts));
  heap_deform_tuple(tuple, desc, values, nulls);
  // A NULL word or tag is the NOT NULL constraints' to report, with PostgreSQL's own message.
  if (nulls[columns.word - 1] || nulls[columns.tag - 1]) return PointerGetDatum(tuple);
  RawWord raw;
  ToRawWord(values, nulls, columns, &raw);

  const CheckResult result = kn::Guarded([&] {
    CheckResult r;
    r.ok = true;
    r.message[0] = r.hint[0] = '\0';
    try {
      // The dictionary alone: a bad row already in the table (loaded with the triggers off, or
      // from before a dictionary change) must not keep this row -- its fix -- from being checked.
      kornews::UserLexicon::validate(kn::BackendDictionary(), ToUserWord(raw));
    } catch (const kornews::UserWordError& e) {
      r.ok = false;
      kornews::utf8::copy_bounded(r.message, sizeof r.message, e.what());
      kornews::utf8::copy_bounded(r.hint, sizeof r.hint, e.hint());
    }
    return r;
  });
  if (!result.ok)
    ereport(ERROR,
            (errcode(ERRCODE_CHECK_VIOLATION), errmsg("invalid %s", result.message),
             errhint("%s", result.hint[0] != '\0'
                               ? result.hint
                               : "A row is word (no spaces, at most 64 characters), a Sejong tag "
                                 "such as NNP or NNG, an optional cost, optional parts that "
                                 "spell the word, and an optional reading.")));
  return PointerGetDatum(tuple);
}
