// Module initialization, the kornews.dictionary_path setting and the backend's analyzer.
//
// The dictionary is a read-only mapping shared through the page cache, so opening it per backend
// is cheap; it happens lazily so that CREATE EXTENSION and backends that never analyze text pay
// nothing. The analyzer is kept for the life of the backend and reopened when the setting
// changes (compared on every use: one string compare, no GUC assign hook needed).
#include "pg/backend.h"

#include <memory>
#include <string>

#include "core/dict/dictionary.h"
#include "core/error.h"
#include "core/interrupt.h"
#include "core/morph/analyzer.h"
#include "pg/mapped_files.h"
#include "pg/ner_backend.h"
#include "pg/postgres_headers.h"
#include "pg/user_dict.h"

extern "C" {
PG_MODULE_MAGIC;

PGDLLEXPORT void _PG_init(void);
}

namespace {

char* g_dictionary_path = nullptr;  // the GUC's current value (owned by guc.c)
char g_default_path[MAXPGPATH];     // boot value: $sharedir/tsearch_data/kornews.dic

struct AnalyzerCache {
  std::string path;
  std::unique_ptr<kornews::Analyzer> analyzer;
  kn::StatementMark checked;  // when the file on disk was last compared with the mapping
};
// Deliberately leaked at backend exit: the process is going away, and running destructors from
// exit() after PostgreSQL's own shutdown would buy nothing.
AnalyzerCache* g_cache = nullptr;
unsigned long g_generation = 0;
unsigned long g_opened = 0;  // dictionaries opened so far: names the current analyzer

}  // namespace

// Runs inside C++ frames (the analyzer, the story grouper): it may only read PostgreSQL's
// interrupt flags, never service them. Throwing unwinds the C++ work; kn::Guarded() then runs
// CHECK_FOR_INTERRUPTS(), which raises the cancel / statement_timeout / terminate error.
void kn::ThrowOnPendingInterrupt() {
  if (InterruptPending && (QueryCancelPending || ProcDiePending) && INTERRUPTS_CAN_BE_PROCESSED())
    throw kornews::Interrupted();
}

void _PG_init(void) {
  char share[MAXPGPATH];
  get_share_path(my_exec_path, share);
  snprintf(g_default_path, sizeof g_default_path, "%s/tsearch_data/kornews.dic", share);

  DefineCustomStringVariable(
      "kornews.dictionary_path", "Path of the kornews binary dictionary (kornews.dic).",
      "The file is opened by each backend on first use and reopened when this changes.",
      &g_dictionary_path, g_default_path, PGC_SUSET, 0, nullptr, nullptr, nullptr);
  kn::DefineNerSettings();
  MarkGUCPrefixReserved("kornews");
  // Core loops outside the analyzer (article and headline parsing, keys) poll the same hook.
  kornews::set_interrupt_poll(&kn::ThrowOnPendingInterrupt);
}

namespace kn {

void RequireUtf8Database() {
  if (GetDatabaseEncoding() != PG_UTF8)
    ereport(ERROR,
            (errcode(ERRCODE_FEATURE_NOT_SUPPORTED), errmsg("kornews requires a UTF8 database"),
             errdetail("The current database encoding is %s.", GetDatabaseEncodingName()),
             errhint("Create the database with ENCODING 'UTF8' (for example "
                     "CREATE DATABASE news ENCODING 'UTF8' TEMPLATE template0).")));
}

void PrepareAnalysis() {
  RequireUtf8Database();
  // Every analyzing entry point comes through here on the PostgreSQL side first: the place to
  // pick up committed changes of kornews.user_words (a no-op unless one was made).
  SyncUserWords();
}

namespace {

kornews::Analyzer& OpenAnalyzer() {
  const std::string path = g_dictionary_path != nullptr ? g_dictionary_path : "";
  if (g_cache == nullptr) g_cache = new AnalyzerCache;
  if (g_cache->analyzer && g_cache->path == path) {
    if (!kn::FirstCallInStatement(&g_cache->checked)) return *g_cache->analyzer;
    switch (g_cache->analyzer->dictionary().disk_state()) {
      case kornews::io::DiskState::kUnchanged:
        return *g_cache->analyzer;
      case kornews::io::DiskState::kReplaced:
        break;  // a new file at the path: open it below
      case kornews::io::DiskState::kChangedInPlace:
        // Never read the mapping again: pages past a truncation raise SIGBUS. The next
        // statement opens (and verifies) whatever the path holds then.
        g_cache->analyzer.reset();
        g_cache->path.clear();
        throw kornews::DictionaryError("kornews dictionary \"" + path +
                                           "\" was changed in place while in use",
                                       kn::kReplaceAtomicallyHint);
    }
  }

  // Drop the old analyzer first: a failed reopen must not leave the previous dictionary in use
  // under the new setting.
  g_cache->analyzer.reset();
  g_cache->path.clear();
  if (path.empty())
    throw kornews::DictionaryError("kornews.dictionary_path is empty",
                                   "Set kornews.dictionary_path to the kornews.dic file, or RESET "
                                   "it to use the installed dictionary.");
  std::shared_ptr<const kornews::Dictionary> dict;
  try {
    dict = kornews::Dictionary::open(path, /*verify=*/false);
    VerifyOncePerFile(dict->identity(), [&] { dict->verify(); });
  } catch (const kornews::DictionaryError& e) {
    // Make sure the hint names the setting, which is what a SQL user can change.
    std::string hint = e.hint();
    if (hint.find("kornews.dictionary_path") != std::string::npos) throw;
    if (!hint.empty()) hint += " ";
    hint +=
        "The file is named by the setting kornews.dictionary_path; RESET it to use the "
        "installed dictionary.";
    throw kornews::DictionaryError(e.what(), hint);
  }
  kornews::AnalyzerOptions options;
  options.interrupt_check = &kn::ThrowOnPendingInterrupt;
  g_cache->analyzer = std::make_unique<kornews::Analyzer>(std::move(dict), options);
  g_cache->path = path;
  kn::FirstCallInStatement(&g_cache->checked);  // just compared: it is what we mapped
  g_generation++;
  g_opened++;
  return *g_cache->analyzer;
}

}  // namespace

kornews::Analyzer& BackendAnalyzer() {
  kornews::Analyzer& analyzer = OpenAnalyzer();
  // The user words' lexicon changes the analysis too: caches keyed on the generation drop.
  if (ApplyUserWords(analyzer, g_opened)) g_generation++;
  return analyzer;
}

const kornews::Dictionary& BackendDictionary() {
  return OpenAnalyzer().dictionary();
}

unsigned long BackendAnalyzerGeneration() {
  return g_generation;
}

}  // namespace kn
