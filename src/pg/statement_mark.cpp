#include "pg/statement_mark.h"

#include "pg/postgres_headers.h"

namespace kn {

bool FirstCallInStatement(StatementMark* mark) {
  const unsigned int lxid = MyProc != nullptr ? MyProc->lxid : 0;
  const long long start = static_cast<long long>(GetCurrentStatementStartTimestamp());
  const unsigned int command = GetCurrentCommandId(false);
  if (mark->lxid == lxid && mark->statement_start == start && mark->command == command)
    return false;
  mark->lxid = lxid;
  mark->statement_start = start;
  mark->command = command;
  return true;
}

}  // namespace kn
