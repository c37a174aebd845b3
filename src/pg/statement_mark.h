// "Once per statement": caches that are checked again at the first use in each statement.
#pragma once

namespace kn {

// True at the first call in each statement (and in each transaction), for one `mark` per
// checked thing. Reads only PostgreSQL's local transaction id, statement clock and command id
// (statements sent in one query string share their start time; a change made by an earlier one
// of them advances the command id), so it may be called on either side of the guard.
struct StatementMark {
  unsigned int lxid = 0;
  long long statement_start = 0;
  unsigned int command = 0;
};
bool FirstCallInStatement(StatementMark* mark);

}  // namespace kn
