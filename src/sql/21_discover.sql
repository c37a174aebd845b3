-- New-word discovery (src/core/discover via src/pg/discover.cpp; docs/user-dictionary.md).

CREATE FUNCTION kornews.ko_discover_words(
    query text,
    min_count int DEFAULT 5,
    max_words int DEFAULT 100,
    OUT word text,
    OUT score float8,
    OUT count bigint,
    OUT suggested_tag text,
    OUT parts text[],
    OUT pieces text,
    OUT examples text[])
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'ko_discover_words'
LANGUAGE C VOLATILE STRICT
ROWS 100;

COMMENT ON FUNCTION kornews.ko_discover_words(text, int, int) IS
'Words the analyzer splits but the texts of a query (one text column) use as a unit, best '
'first: score, occurrences, suggested tag and parts, the current split and example contexts; '
'review them, then INSERT INTO kornews.user_words (word, tag, parts) the good ones';
