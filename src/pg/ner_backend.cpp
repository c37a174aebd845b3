// The entity model is a read-only mapping like the dictionary: opened lazily per backend and
// reopened when kornews.ner_model_path changes.
//
// User entities live in kornews.user_entities, which reaches every backend as every user table
// does (user_tables.h): an edit is seen by every session's next statement.
#include "pg/ner_backend.h"

#include <memory>
#include <string>
#include <vector>

#include "core/error.h"
#include "core/ner/gazetteer.h"
#include "core/ner/ner_model.h"
#include "core/ner/tagger.h"
#include "pg/cluster_fingerprint.h"
#include "pg/guard.h"
#include "pg/mapped_files.h"
#include "pg/postgres_headers.h"
#include "pg/user_tables.h"

namespace {

char* g_model_path = nullptr;  // the GUC's current value (owned by guc.c)
char g_default_model[MAXPGPATH];

struct TaggerCache {
  std::string path;
  std::unique_ptr<kornews::ner::EntityTagger> tagger;
  kn::StatementMark checked;  // when the file on disk was last compared with the mapping
};
TaggerCache* g_tagger = nullptr;  // leaked at exit, like the analyzer

// The user entity rows of this backend.
struct UserCache {
  kornews::ner::Gazetteer* gazetteer = nullptr;  // null when the table is empty
  kn::LoadedRows rows;                            // what was loaded, for ko_cluster_check
};
UserCache g_user;

struct Row {
  const char* term;
  const char* label;
  const char* normalized;  // may be null
};

// C++ side: the gazetteer built from the rows just read (and their fingerprint, for
// ko_cluster_check) replaces the one in use; a bad row throws and leaves the old one.
void UseUserEntities(const Row* rows, uint64 n) {
  std::unique_ptr<kornews::ner::Gazetteer> g;
  std::vector<kornews::ner::Gazetteer::Term> terms;
  terms.reserve(n);
  // The rows as loaded, for the fingerprint: fields separated by \x1f, which no term or label
  // can hold (the table rejects control characters); a NULL normalized value as \x1e.
  std::vector<std::string> written;
  written.reserve(n);
  for (uint64 i = 0; i < n; ++i) {
    const Row& r = rows[i];
    if (r.term == nullptr || r.label == nullptr) continue;
    written.push_back(std::string(r.term) + '\x1f' + r.label + '\x1f' +
                      (r.normalized ? std::string(r.normalized) : std::string("\x1e")));
    kornews::ner::EntityLabel label;
    if (!kornews::ner::parse_label(r.label, label))
      throw kornews::InputError(std::string("kornews.user_entities: term \"") + r.term +
                                "\" has label \"" + r.label +
                                "\", not one of PS, LC, OG, DT, TI, QT");
    terms.push_back({r.term, label, r.normalized ? r.normalized : ""});
  }
  if (!terms.empty()) {
    g = std::make_unique<kornews::ner::Gazetteer>();
    try {
      g->add_many(terms);
    } catch (const kornews::InputError& e) {
      throw kornews::InputError(std::string("kornews.user_entities: ") + e.what());
    }
  }
  kn::LoadedRows loaded;
  loaded.count = written.size();
  loaded.fingerprint = kn::FingerprintRows(written);
  delete g_user.gazetteer;
  g_user.gazetteer = g.release();
  g_user.rows = loaded;
}

}  // namespace

namespace kn {

void DefineNerSettings() {
  char share[MAXPGPATH];
  get_share_path(my_exec_path, share);
  snprintf(g_default_model, sizeof g_default_model, "%s/tsearch_data/kornews_ner.model", share);
  DefineCustomStringVariable(
      "kornews.ner_model_path", "Path of the kornews entity model (kornews_ner.model).",
      "The file is opened by each backend on first use and reopened when this changes.",
      &g_model_path, g_default_model, PGC_SUSET, 0, nullptr, nullptr, nullptr);
}

kornews::ner::EntityTagger& BackendTagger() {
  const std::string path = g_model_path != nullptr ? g_model_path : "";
  if (g_tagger == nullptr) g_tagger = new TaggerCache;
  if (g_tagger->tagger && g_tagger->path == path) {
    if (!FirstCallInStatement(&g_tagger->checked)) return *g_tagger->tagger;
    switch (g_tagger->tagger->model().disk_state()) {
      case kornews::io::DiskState::kUnchanged:
        return *g_tagger->tagger;
      case kornews::io::DiskState::kReplaced:
        break;  // a new file at the path: open it below
      case kornews::io::DiskState::kChangedInPlace:
        // Never read the mapping again (see BackendAnalyzer).
        g_tagger->tagger.reset();
        g_tagger->path.clear();
        throw kornews::ner::ModelError(
            "kornews entity model \"" + path + "\" was changed in place while in use",
            kReplaceAtomicallyHint);
    }
  }
  g_tagger->tagger.reset();
  g_tagger->path.clear();
  if (path.empty())
    throw kornews::ner::ModelError("kornews.ner_model_path is empty",
                                   "Set it to the kornews_ner.model file, or RESET it to use the "
                                   "installed model.");
  try {
    // The header is checked at every open; the whole file once per file identity (see
    // pg/mapped_files.h), like the dictionary.
    std::shared_ptr<const kornews::ner::NerModel> model =
        kornews::ner::NerModel::open(path, kornews::ner::ModelCheck::kHeader);
    VerifyOncePerFile(model->identity(), [&] { model->verify(); });
    g_tagger->tagger = std::make_unique<kornews::ner::EntityTagger>(std::move(model));
  } catch (const kornews::ner::ModelError& e) {
    throw kornews::ner::ModelError(e.what(),
                                   "The file is named by the setting kornews.ner_model_path; "
                                   "RESET it to use the installed model, or rebuild it with "
                                   "`kornews train-ner` (docs/entities.md).");
  }
  g_tagger->path = path;
  FirstCallInStatement(&g_tagger->checked);  // just opened: it is what we mapped
  return *g_tagger->tagger;
}

const kornews::ner::Gazetteer* CurrentUserEntities() {
  if (!UserTableChanged(UserTable::kEntities)) return g_user.gazetteer;
  // The rows in palloc'd memory of this statement (an ERROR may leave at any row).
  uint64 n = 0, capacity = 64;
  Row* rows = static_cast<Row*>(palloc(sizeof(Row) * capacity));
  AttrNumber term = 0, label = 0, normalized = 0;
  ReadUserTable(
      UserTable::kEntities,
      [&](TupleDesc desc, const Datum* values, const bool* nulls) {
        if (n == 0) {
          term = UserTableColumn(UserTable::kEntities, desc, "term");
          label = UserTableColumn(UserTable::kEntities, desc, "label");
          normalized = UserTableColumn(UserTable::kEntities, desc, "normalized");
        }
        if (n == capacity) {
          capacity *= 2;
          rows = static_cast<Row*>(repalloc_huge(rows, sizeof(Row) * capacity));
        }
        auto cstring = [&](AttrNumber a) -> const char* {
          return nulls[a - 1] ? nullptr : TextDatumGetCString(values[a - 1]);
        };
        rows[n++] = {cstring(term), cstring(label), cstring(normalized)};
      },
      [&] { Guarded([&] { UseUserEntities(rows, n); }); });
  pfree(rows);
  return g_user.gazetteer;
}

LoadedRows LoadedUserEntities() {
  return g_user.rows;
}

}  // namespace kn
