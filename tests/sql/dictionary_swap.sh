#!/bin/bash
# Replacing or damaging the dictionary (or the entity model) under a running session never
# crashes the server.
# One session keeps using a private copy (kornews.dictionary_path) while, between its statements,
# the file is: overwritten in place with a shorter file (cp onto it: the mapping would SIGBUS),
# renamed over with a good file, and replaced by copies with one byte changed (in the column
# bounds near the end, and in the middle). Each bad file is a clear ERROR with a HINT, the
# session goes on, a good file renamed into place is used from the next statement, and the
# server never restarts.
# Needs a running server reachable through the usual PG* variables, as a superuser, with kornews
# installed. Exit status 0 = pass.
set -eu
export PGOPTIONS="${PGOPTIONS:-} -c client_min_messages=warning"
work=$(mktemp -d /tmp/kornews-swap.XXXXXX)
trap 'rm -rf "$work"' EXIT
chmod 755 "$work"
installed=$(psql -X -At -c "CREATE EXTENSION IF NOT EXISTS kornews" -c "SELECT path FROM kornews.ko_dictionary_info()" | tail -1)
cp "$installed" "$work/good.dic"
size=$(stat -c %s "$work/good.dic")
head -c $((size / 2)) "$work/good.dic" >"$work/short.dic"
cp "$work/good.dic" "$work/live.dic"
model=$(dirname "$installed")/kornews_ner.model
cp "$model" "$work/good.model"
cp "$model" "$work/live.model"
chmod 644 "$work"/*.dic "$work"/*.model
started=$(psql -X -At -c "SELECT pg_postmaster_start_time()")

out=$(psql -X -At -v VERBOSITY=default 2>&1 <<SQL
SET kornews.dictionary_path = '$work/live.dic';
SELECT 'A', kornews.ko_tokenize('화웨이가 반도체를 냈다');
\! cp "$work/short.dic" "$work/live.dic"
SELECT 'B', kornews.ko_tokenize('화웨이가 반도체를 냈다');
SELECT 'C', kornews.ko_tokenize('화웨이가 반도체를 냈다');
\! cp "$work/good.dic" "$work/live.new" && mv "$work/live.new" "$work/live.dic"
SELECT 'D', kornews.ko_tokenize('화웨이가 반도체를 냈다');
\! cp "$work/good.dic" "$work/flip.dic" && printf 'Z' | dd of="$work/flip.dic" bs=1 seek=$((size - 3000)) conv=notrunc status=none && mv "$work/flip.dic" "$work/live.dic"
SELECT 'E', kornews.ko_tokenize('화웨이가 반도체를 냈다');
\! cp "$work/good.dic" "$work/flip.dic" && printf 'Z' | dd of="$work/flip.dic" bs=1 seek=$((size / 2)) conv=notrunc status=none && mv "$work/flip.dic" "$work/live.dic"
SELECT 'F', to_tsvector('kornews.korean', '화웨이가 반도체를 냈다');
\! cp "$work/good.dic" "$work/live.new" && mv "$work/live.new" "$work/live.dic"
SELECT 'G', kornews.ko_tokenize('화웨이가 반도체를 냈다');
SET kornews.ner_model_path = '$work/live.model';
SELECT 'H', count(*) FROM kornews.ko_entities('삼성전자는 서울에서 발표했다.');
\! head -c 5000 "$work/good.model" >"$work/short.model" && cp "$work/short.model" "$work/live.model"
SELECT 'I', count(*) FROM kornews.ko_entities('삼성전자는 서울에서 발표했다.');
SELECT 'J', count(*) FROM kornews.ko_entities('삼성전자는 서울에서 발표했다.');
\! cp "$work/good.model" "$work/live.new" && mv "$work/live.new" "$work/live.model"
SELECT 'K', count(*) FROM kornews.ko_entities('삼성전자는 서울에서 발표했다.');
SQL
)
echo "$out"
expect() { grep -q -- "$1" <<<"$out" || { echo "MISSING: $1"; exit 1; }; }
expect '^A|{화웨이/NNP,가/JKS,'
expect 'was changed in place while in use'
expect 'HINT:  Replace the file atomically'
expect 'file size does not match its header'
expect '^D|{화웨이/NNP,가/JKS,'
[[ $(grep -c 'do not match the checksum in its header' <<<"$out") == 2 ]] || { echo "expected two checksum errors"; exit 1; }
expect 'HINT:  Rebuild and reinstall the dictionary'
expect '^G|{화웨이/NNP,가/JKS,'
expect '^H|[1-9]'
expect 'kornews entity model .* was changed in place while in use'
expect 'is truncated or has a bad size'
expect '^K|[1-9]'
[[ $(grep -c '^[BCEFIJ]|' <<<"$out") == 0 ]] || { echo "a bad file gave an answer"; exit 1; }
[[ $(psql -X -At -c "SELECT pg_postmaster_start_time()") == "$started" ]] || { echo "the server restarted"; exit 1; }
echo ok
