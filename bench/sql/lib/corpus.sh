# Sourced by the SQL benchmarks (scripts/bench-sql.sh, bench/sql/*.sh): where the news sentences
# come from and how they are loaded, written once. Kept in lib/ so that bench-sql.sh, which runs
# every bench/sql/*.sh, does not run it as a benchmark of its own.
#
#   source bench/sql/lib/corpus.sh
#   bench_corpus "bench/sql/NAME" "${1:-}"   # sets $corpus, or says "skipped" and exits 0
#   source scripts/pg-temp.sh; pg_temp_start
#   q -c 'CREATE EXTENSION kornews' -c 'CREATE TABLE news (s text NOT NULL)'
#   bench_load_news                          # COPY into news (s); sets $rows and $mb

# psql as the benchmarks call it: no psqlrc, quiet, stop at the first error, no pager.
q() { psql -X -q -v ON_ERROR_STOP=1 -P pager=off "$@"; }

# $1: the benchmark's name for the message; $2: a sentences file, one sentence per line (else
# $KORNEWS_BENCH_CORPUS, else the team's corpus beside the checkout). A missing file is no error:
# the benchmark is skipped, so that a checkout without the corpus still runs the others.
bench_corpus() {
  corpus=${2:-${KORNEWS_BENCH_CORPUS:-../shared/corpora/news/news-sentences.txt}}
  if [[ ! -f $corpus ]]; then
    echo "$1: no sentences file at $corpus; skipped (pass a file, one sentence per line)"
    exit 0
  fi
}

# Loads the non-empty lines of $corpus into the existing table news (column s) through q, then
# VACUUM ANALYZE; sets rows (the sentences) and mb (their size in MB).
bench_load_news() {
  grep -v '^$' "$corpus" | q -c 'COPY news (s) FROM STDIN'
  q -c 'VACUUM ANALYZE news'
  rows=$(q -Atc 'SELECT count(*) FROM news')
  mb=$(q -Atc 'SELECT round(sum(octet_length(s)) / 1e6, 2) FROM news')
}
