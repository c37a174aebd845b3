#!/usr/bin/env bash
# Keyword quality: the share of titled passages whose title (a word or phrase of the passage) is
# among kornews.ko_keywords(passage, 5), next to an anchor measured on the same passages in the
# same run: TF-IDF over the nouns of kornews.ko_nouns with document frequencies over the
# passages themselves (the issue's "TF-IDF over MeCab nouns, DF over passages" anchor).
#
#   eval/keywords.sh [--no-setup] [FILE...]
# FILE: title<TAB>passage lines ('#' lines skipped); default: the two sets written for kornews,
# eval/data/keyword-passages.tsv (seen while the rules were set) and
# eval/data/keyword-passages-heldout.tsv (written after, never tuned on). Runs on a private
# throwaway PostgreSQL 15 (scripts/pg-temp.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
setup=1
[[ ${1:-} == --no-setup ]] && { setup=0; shift; }
files=("$@")
[[ ${#files[@]} -gt 0 ]] || files=(eval/data/keyword-passages.tsv eval/data/keyword-passages-heldout.tsv)
[[ $setup == 1 ]] && scripts/setup.sh >/dev/null
# shellcheck source=scripts/pg-temp.sh
source scripts/pg-temp.sh
pg_temp_start
psql -qX -v ON_ERROR_STOP=1 -c 'CREATE EXTENSION kornews' \
     -c 'CREATE TABLE passages (set text, id int, title text, body text)'
for f in "${files[@]}"; do
  name=$(basename "$f" .tsv)
  grep -v '^#' "$f" | awk -F'\t' -v s="$name" 'NF >= 2 {print s "\t" NR "\t" $1 "\t" $2}' |
    psql -qX -v ON_ERROR_STOP=1 -c '\copy passages FROM STDIN'
done
psql -X -v ON_ERROR_STOP=1 <<'SQL'
-- The anchor: TF-IDF over nouns, DF over the passages of the same set.
CREATE TEMP TABLE nouns AS
SELECT p.set, p.id, n.noun, count(*) AS tf
FROM passages AS p, unnest(kornews.ko_nouns(p.body)) AS n(noun)
GROUP BY 1, 2, 3;
CREATE TEMP TABLE tfidf_top AS
SELECT set, id, noun FROM (
  SELECT n.set, n.id, n.noun,
         row_number() OVER (PARTITION BY n.set, n.id
                            ORDER BY n.tf * ln((s.docs + 1.0) / (d.df + 1.0)) DESC, n.noun) AS r
  FROM nouns AS n
  JOIN (SELECT set, noun, count(*) AS df FROM nouns GROUP BY 1, 2) AS d USING (set, noun)
  JOIN (SELECT set, count(*) AS docs FROM passages GROUP BY 1) AS s USING (set)) AS x
WHERE r <= 5;
CREATE TEMP TABLE kornews_top AS
SELECT p.set, p.id, k.keyword FROM passages AS p, kornews.ko_keywords(p.body, 5) AS k;

SELECT p.set AS passages, count(*) AS n,
       round(100.0 * count(*) FILTER (WHERE EXISTS (
         SELECT 1 FROM tfidf_top AS t WHERE t.set = p.set AND t.id = p.id AND t.noun = p.title))
         / count(*), 1) AS "anchor tf-idf nouns %",
       round(100.0 * count(*) FILTER (WHERE EXISTS (
         SELECT 1 FROM kornews_top AS k WHERE k.set = p.set AND k.id = p.id AND k.keyword = p.title))
         / count(*), 1) AS "ko_keywords top-5 %"
FROM passages AS p GROUP BY ROLLUP (p.set) ORDER BY p.set NULLS LAST;

-- The misses, for a reader to judge.
SELECT p.set, p.title, string_agg(k.keyword, ' | ' ORDER BY k.rank) AS "ko_keywords(passage, 5)"
FROM passages AS p, kornews.ko_keywords(p.body, 5) AS k
WHERE NOT EXISTS (SELECT 1 FROM kornews.ko_keywords(p.body, 5) AS x WHERE x.keyword = p.title)
GROUP BY p.set, p.id, p.title ORDER BY p.set, p.id;
SQL
