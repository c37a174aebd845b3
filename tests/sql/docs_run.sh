#!/bin/sh
# Every doc page runs as written: the ```sql blocks of README.md and docs/*.md, each page top to
# bottom in a fresh UTF-8 database (each block in a new psql session, as a reader pastes it),
# fail on an ERROR, and statements whose result the page shows are compared with it.
#
# Markers, a comment line anywhere in a block:
#   -- docs-run: error    the block is meant to fail (it shows an error); it must raise one
#   -- docs-run: compare  each one-line `SELECT …;  -- shown result` in the block is run with
#                         psql -At and must print exactly the shown result (rows joined by " | "),
#                         and each statement followed by a result table as psql prints it
#                         (header, rule, rows, "(N rows)") must print that table (trailing
#                         blanks aside)
#   -- docs-run: skip     not run: it needs something a fresh database lacks (say why)
#   -- docs-run: pg_cron  not run here: tests/sql/pg_cron.sh runs it on a server with pg_cron
# Needs a running server reachable through the usual PG* variables, as a superuser, with
# kornews installed. Exit status 0 = pass.
set -eu
cd "$(dirname "$0")/../.."
exec python3 tests/sql/docs_run.py
