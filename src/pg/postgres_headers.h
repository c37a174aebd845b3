// The one way src/pg includes PostgreSQL: every PostgreSQL header any file here needs, with C
// linkage, with exported symbols made visible although the extension is built with
// -fvisibility=hidden (PostgreSQL 15 leaves PGDLLEXPORT empty on ELF platforms; 16 sets it), and
// with the warnings PostgreSQL's C headers raise under C++17 -Wextra silenced here only.
#pragma once

#ifndef PGDLLEXPORT
#define PGDLLEXPORT __attribute__((visibility("default")))
#endif

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wunused-parameter"
#pragma GCC diagnostic ignored "-Wregister"
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
extern "C" {
// postgres.h must come first; keep clang-format from sorting it in.
// clang-format off
#include "postgres.h"

#include "access/heapam.h"
#include "access/htup_details.h"
#include "access/parallel.h"
#include "access/table.h"
#include "access/tableam.h"
#include "access/xact.h"
#include "catalog/namespace.h"
#include "catalog/pg_type.h"
#include "commands/defrem.h"
#include "commands/trigger.h"
#include "executor/spi.h"
#include "fmgr.h"
#include "funcapi.h"
#include "mb/pg_wchar.h"
#include "miscadmin.h"
#include "storage/proc.h"
#include "tsearch/ts_locale.h"
#include "tsearch/ts_public.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/guc.h"
#include "utils/inval.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/plancache.h"
#include "utils/snapmgr.h"
#include "utils/timestamp.h"
#include "utils/tuplestore.h"
#include "utils/typcache.h"
// clang-format on
}
#pragma GCC diagnostic pop

// PostgreSQL 15's PG_FUNCTION_INFO_V1 exports pg_finfo_<name> but declares the function itself
// without PGDLLEXPORT, so under -fvisibility=hidden the backend could not find it. The same
// macro as PostgreSQL 16's, which marks both.
#undef PG_FUNCTION_INFO_V1
#define PG_FUNCTION_INFO_V1(funcname)                                             \
  extern PGDLLEXPORT Datum funcname(PG_FUNCTION_ARGS);                            \
  extern PGDLLEXPORT const Pg_finfo_record* CppConcat(pg_finfo_, funcname)(void); \
  const Pg_finfo_record* CppConcat(pg_finfo_, funcname)(void) {                   \
    static const Pg_finfo_record my_finfo = {1};                                  \
    return &my_finfo;                                                             \
  }                                                                               \
  extern int no_such_variable
