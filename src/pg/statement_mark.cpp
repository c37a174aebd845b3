#include "pg/statement_mark.h"

#include "pg/postgres_headers.h"

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wunused-parameter"
extern "C" {
// clang-format off
#include "storage/proc.h"
// clang-format on
}
#pragma GCC diagnostic pop

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
