// kornews' user tables -- kornews.user_words, kornews.user_entities and kornews.stopwords -- and
// the one way a change to them reaches every backend.
//
// A statement-level trigger on each table (kornews.user_table_changed) sends a relcache
// invalidation for it. Every backend counts the invalidations of each table in one relcache
// callback, and at its first look in each statement also takes in the invalidations other
// sessions committed meanwhile (PostgreSQL itself only does that when a statement locks a
// relation it has not locked yet in the transaction). So a change is seen from the next
// statement in every session -- inside an open READ COMMITTED or REPEATABLE READ transaction
// too -- and a table that did not change costs a counter comparison.
//
// A stale table is read again by a direct heap scan with the latest snapshot: no search_path,
// no SELECT privilege and no row security involved, so every role analyzes with the same rows,
// also inside index expressions and maintenance commands.
#pragma once

#include <functional>

#include "pg/postgres_headers.h"

namespace kn {

enum class UserTable { kWords, kEntities, kStopwords };

// PostgreSQL side. True when `table` changed since ReadUserTable last read it (and before the
// first read).
bool UserTableChanged(UserTable table);

// One row of a user table: values and nulls indexed by attnum - 1.
using UserRowVisitor = std::function<void(TupleDesc desc, const Datum* values, const bool* nulls)>;

// PostgreSQL side (may ereport). Calls `visit` for every row of `table`, in the caller's memory
// context, then `use` (which puts the rows to use), and then counts the table as read. When the
// table does not exist (yet: inside CREATE EXTENSION) it visits nothing and calls `use` all the
// same: no rows. An ERROR on the way leaves the table counted as changed, so the next statement
// reads it again -- and a bad row keeps failing until it is fixed.
void ReadUserTable(UserTable table, const UserRowVisitor& visit, const std::function<void()>& use);

// PostgreSQL side (may ereport): the attribute number of `column` in a row of `table`, with an
// ERROR that says how to restore the table's definition when it is missing.
AttrNumber UserTableColumn(UserTable table, TupleDesc desc, const char* column);

}  // namespace kn
