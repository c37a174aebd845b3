// How an fmgr entry point (a C function that SQL calls) is declared in src/pg: with one of the
// two macros below instead of PG_FUNCTION_INFO_V1, inside the file's extern "C" block, so that
// the top of each file says which discipline its bodies follow:
//
//   KN_GUARDED_FUNCTION(name)  its C++ work -- anything that may throw or own memory with new --
//                              runs inside kn::Guarded() (src/pg/guard.h);
//   KN_PLAIN_C_FUNCTION(name)  it runs no C++ that can throw: only PostgreSQL's own functions
//                              and plain code, so it needs no guard (a text search dictionary
//                              template, an aggregate's serializer ...).
//
// tests/check_entry_points.py (ctest "entry_points") fails on a PG_FUNCTION_INFO_V1 written
// directly, on a guarded function whose body (with the helpers it calls in its file) never
// reaches kn::Guarded, on a plain one that does or that names core's kornews:: API, and on a
// C function named in src/sql/*.sql that is not declared here (or declared and never named).
#pragma once

#include "pg/postgres_headers.h"

// Both expand to PG_FUNCTION_INFO_V1 (the PostgreSQL 16 form of postgres_headers.h, which
// exports the function as well as its info record); they differ only in what they promise.
#define KN_GUARDED_FUNCTION(name) PG_FUNCTION_INFO_V1(name)
#define KN_PLAIN_C_FUNCTION(name) PG_FUNCTION_INFO_V1(name)
