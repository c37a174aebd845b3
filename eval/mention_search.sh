#!/usr/bin/env bash
# Mention search: does a search for a name find every sentence that mentions it, however the
# sentence inflects it (화웨이의, 화웨이가, 화웨이도)? Measured on KLUE-NER (../shared, CC BY-SA 4.0)
# inside a private throwaway PostgreSQL 15, with kornews' `korean` configuration next to what
# PostgreSQL offers without it: the `simple` configuration, and `simple` with prefix matching
# (화웨이:*), the usual workaround.
#
# Documents: every sentence of KLUE-NER train and dev (23,503). Queries: names (PS, OG, LC) of
# two or more characters written without a space that are annotated in at least two sentences,
# up to QUERIES of them (default 1000, chosen by a hash of the name). A query's relevant
# sentences are those where it is annotated as an entity; a sentence that does not contain the
# query's characters at all cannot be about it, and retrieving one is a false hit. (Sentences
# containing the string without the annotation are not judged.)
#   eval/mention_search.sh        env QUERIES (default 1000)
set -euo pipefail
cd "$(dirname "$0")/.."

C=../shared/corpora/klue-ner
[[ -f $C/klue-ner-train.jsonl ]] || { echo "mention_search: no KLUE-NER at $C (needs ../shared)" >&2; exit 2; }
QUERIES=${QUERIES:-1000}
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
# Sentences and annotated mentions as tab-separated rows for COPY (text has no tab or newline).
python3 - "$C/klue-ner-train.jsonl" "$C/klue-ner-dev-even.jsonl" "$T" <<'PY'
import json, sys
out_s = open(sys.argv[3] + '/sentences.tsv', 'w', encoding='utf-8')
out_m = open(sys.argv[3] + '/mentions.tsv', 'w', encoding='utf-8')
n = 0
for path in sys.argv[1:3]:
    for line in open(path, encoding='utf-8'):
        doc = json.loads(line)
        text = doc['text'].replace('\t', ' ').replace('\\', ' ')
        n += 1
        out_s.write(f"{n}\t{text}\n")
        for e in doc['entities']:
            out_m.write(f"{n}\t{doc['text'][e['start']:e['end']]}\t{e['label']}\n")
PY

source scripts/pg-temp.sh
pg_temp_start
PGOPTIONS='-c client_min_messages=warning' psql -X -q -v ON_ERROR_STOP=1 -P pager=off -v queries="$QUERIES" <<SQL
CREATE EXTENSION kornews;
CREATE TABLE sentence (id int PRIMARY KEY, text text NOT NULL);
CREATE TABLE mention (sentence_id int, surface text, label text);
\copy sentence FROM '$T/sentences.tsv'
\copy mention FROM '$T/mentions.tsv'
ALTER TABLE sentence ADD COLUMN simple tsvector, ADD COLUMN korean tsvector;
UPDATE sentence SET simple = to_tsvector('simple', text),
                    korean = to_tsvector('kornews.korean', text);
CREATE INDEX ON sentence USING gin (simple);
CREATE INDEX ON sentence USING gin (korean);
ANALYZE;

CREATE TABLE query AS
SELECT surface AS q FROM mention
WHERE label IN ('PS', 'OG', 'LC') AND char_length(surface) >= 2 AND surface !~ '\s'
GROUP BY surface HAVING count(DISTINCT sentence_id) >= 2
ORDER BY md5(surface) LIMIT :queries;
CREATE TABLE relevant AS
SELECT DISTINCT q, sentence_id FROM query JOIN mention ON surface = q AND label IN ('PS', 'OG', 'LC');

CREATE TABLE hit (method text, q text, sentence_id int);
INSERT INTO hit SELECT 'simple', q, id FROM query, sentence
  WHERE simple @@ plainto_tsquery('simple', q);
INSERT INTO hit SELECT 'simple, prefix (q:*)', q, id FROM query, sentence
  WHERE simple @@ to_tsquery('simple', quote_literal(q) || ':*');
INSERT INTO hit SELECT 'kornews.korean', q, id FROM query, sentence
  WHERE korean @@ plainto_tsquery('kornews.korean', q);

\echo
\echo Mention search on KLUE-NER: :queries names, every sentence of train and dev
SELECT m.method,
       (SELECT count(*) FROM query) AS queries,
       (SELECT count(*) FROM relevant) AS relevant,
       round(100.0 * count(r.q) / (SELECT count(*) FROM relevant), 2) AS recall_pct,
       count(*) FILTER (WHERE strpos(s.text, h.q) = 0) AS false_hits,
       (SELECT count(*) FROM query WHERE NOT EXISTS (
          SELECT 1 FROM relevant rr WHERE rr.q = query.q AND NOT EXISTS (
            SELECT 1 FROM hit hh WHERE hh.method = m.method AND hh.q = rr.q
                                   AND hh.sentence_id = rr.sentence_id))) AS queries_all_found
FROM (VALUES ('simple'), ('simple, prefix (q:*)'), ('kornews.korean')) m(method)
LEFT JOIN hit h ON h.method = m.method
LEFT JOIN sentence s ON s.id = h.sentence_id
LEFT JOIN relevant r ON r.q = h.q AND r.sentence_id = h.sentence_id
GROUP BY m.method ORDER BY recall_pct;

\echo Where kornews.korean goes wrong: the names with the most false hits, and missed sentences
SELECT h.q AS name, plainto_tsquery('kornews.korean', h.q)::text AS query, count(*) AS false_hits
FROM hit h JOIN sentence s ON s.id = h.sentence_id
WHERE h.method = 'kornews.korean' AND strpos(s.text, h.q) = 0
GROUP BY h.q ORDER BY false_hits DESC, h.q LIMIT 10;
SELECT r.q AS name, plainto_tsquery('kornews.korean', r.q)::text AS query,
       left(s.text, 60) AS missed_sentence
FROM relevant r JOIN sentence s ON s.id = r.sentence_id
WHERE NOT EXISTS (SELECT 1 FROM hit h WHERE h.method = 'kornews.korean' AND h.q = r.q
                                         AND h.sentence_id = r.sentence_id)
ORDER BY md5(r.q || s.id) LIMIT 10;
SQL
