// The user tables' invalidation, reading and change trigger (see user_tables.h).
#include "pg/user_tables.h"

#include <cstring>

#include "pg/entry_point.h"
#include "pg/statement_mark.h"

extern "C" {
KN_PLAIN_C_FUNCTION(kornews_user_table_changed);
}

namespace {

struct Watched {
  const char* name;  // in schema kornews
  // Invalidations seen for the table, and how many of them the rows last read reflect: the
  // rows are stale while the two differ. Counting (instead of a flag) keeps an invalidation
  // that arrives during the read itself (table_open takes in pending ones) from being lost.
  uint64 invalidations = 1;
  uint64 read = 0;
  Oid relid = InvalidOid;  // as last looked up
};

Watched g_tables[] = {{"user_words"}, {"user_entities"}, {"stopwords"}};
bool g_callback_registered = false;
kn::StatementMark g_accepted;  // when other sessions' invalidations were last taken in

Watched& Of(kn::UserTable table) {
  return g_tables[static_cast<int>(table)];
}

void OnRelcacheInvalidation(Datum, Oid relid) {
  // InvalidOid: the whole relcache is being reset (e.g. the invalidation queue overflowed).
  bool ours = false;
  for (Watched& t : g_tables) {
    if (relid == InvalidOid || relid == t.relid) {
      t.invalidations++;
      ours = true;
    }
  }
  // Cached plans may hold analysis results folded at plan time (an IMMUTABLE call with constant
  // arguments: to_tsquery('kornews.korean', '솔빛전자') in a prepared statement or a PL/pgSQL
  // function), and no plan names these tables: replan them all. Changes to the user tables are
  // rare; this only marks plans invalid (no catalog access, safe in a callback). A full reset
  // already drops every plan.
  if (ours && relid != InvalidOid) ResetPlanCache();
}

}  // namespace

namespace kn {

bool UserTableChanged(UserTable table) {
  if (!g_callback_registered) {
    CacheRegisterRelcacheCallback(OnRelcacheInvalidation, (Datum)0);
    g_callback_registered = true;
  }
  if (IsTransactionState() && FirstCallInStatement(&g_accepted)) AcceptInvalidationMessages();
  const Watched& t = Of(table);
  return t.read != t.invalidations;
}

void ReadUserTable(UserTable table, const UserRowVisitor& visit, const std::function<void()>& use) {
  Watched& t = Of(table);
  const uint64 seen = t.invalidations;
  // Found by name in the extension's schema, never through search_path.
  const Oid schema = get_namespace_oid("kornews", true);
  t.relid = OidIsValid(schema) ? get_relname_relid(t.name, schema) : InvalidOid;
  // No table (yet: inside CREATE EXTENSION; or a database whose kornews predates it): no rows,
  // and still changed, so that the table is read once it exists.
  if (!OidIsValid(t.relid)) {
    use();
    return;
  }

  // The latest snapshot, so that a change committed before this statement -- or made earlier in
  // this transaction -- is seen even under REPEATABLE READ. Parallel workers cannot take one;
  // they read with the statement's snapshot, which the leader took after the change's commit.
  Relation rel = table_open(t.relid, AccessShareLock);
  TupleDesc desc = RelationGetDescr(rel);
  Snapshot snapshot = RegisterSnapshot(
      IsInParallelMode() && ActiveSnapshotSet() ? GetActiveSnapshot() : GetLatestSnapshot());
  TableScanDesc scan = table_beginscan(rel, snapshot, 0, nullptr);
  Datum* values = static_cast<Datum*>(palloc(sizeof(Datum) * desc->natts));
  bool* nulls = static_cast<bool*>(palloc(sizeof(bool) * desc->natts));
  HeapTuple tuple;
  while ((tuple = heap_getnext(scan, ForwardScanDirection)) != nullptr) {
    CHECK_FOR_INTERRUPTS();
    heap_deform_tuple(tuple, desc, values, nulls);
    visit(desc, values, nulls);
  }
  table_endscan(scan);
  UnregisterSnapshot(snapshot);
  table_close(rel, AccessShareLock);
  pfree(values);
  pfree(nulls);
  use();
  t.read = seen;
}

AttrNumber UserTableColumn(UserTable table, TupleDesc desc, const char* column) {
  for (int i = 0; i < desc->natts; i++) {
    Form_pg_attribute a = TupleDescAttr(desc, i);
    if (!a->attisdropped && strcmp(NameStr(a->attname), column) == 0) return a->attnum;
  }
  ereport(ERROR, (errcode(ERRCODE_UNDEFINED_COLUMN),
                  errmsg("kornews.%s has no column \"%s\"", Of(table).name, column),
                  errhint("Reinstall the extension (DROP EXTENSION kornews; CREATE EXTENSION "
                          "kornews) or restore the table's definition.")));
  return InvalidAttrNumber;
}

}  // namespace kn

// AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE FOR EACH STATEMENT on every user table: tell every
// backend (this one at its next statement, the others once the transaction commits) to read the
// table again.
Datum kornews_user_table_changed(PG_FUNCTION_ARGS) {
  if (!CALLED_AS_TRIGGER(fcinfo))
    ereport(ERROR, (errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
                    errmsg("kornews_user_table_changed: not called by trigger manager")));
  TriggerData* trigdata = reinterpret_cast<TriggerData*>(fcinfo->context);
  CacheInvalidateRelcache(trigdata->tg_relation);
  return PointerGetDatum(nullptr);
}
