-- Headline lists and article pages into rows (src/core/news, docs/headlines.md).

-- One row of a headline list, the result of every parsing function below and in 31_outlets.sql
-- (the C side fills it in src/pg/news_headlines.cpp, PutRow, in this column order).
CREATE TYPE kornews.headline_row AS (
    line_no int,
    item_no bigint,
    title text,
    author text,
    published timestamp,
    labels text[],
    comments int,
    views int,
    notice bool,
    parsed bool,
    doubts text[],
    raw text);

-- Every row of a pasted headline list, with the outlet names given: the parser behind
-- kornews.ko_parse_headlines (src/sql/31_outlets.sql), which passes kornews.news_outlets.
-- Exactly one of `reference` (the day the list was captured) and `captured_at` (the wall-clock
-- time it was captured) is given. The result depends only on the arguments: IMMUTABLE. Not
-- STRICT: a NULL list is an empty list (no rows), a NULL reference is an ERROR.
CREATE FUNCTION kornews.ko_parse_headline_list(
    list text,
    reference date,
    captured_at timestamp,
    outlets text[])
RETURNS SETOF kornews.headline_row
AS 'MODULE_PATHNAME', 'ko_parse_headline_list'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

COMMENT ON FUNCTION kornews.ko_parse_headline_list(text, date, timestamp, text[]) IS
'ko_parse_headlines with the outlet names given: the day (reference) or the wall-clock time '
'(captured_at) the list was captured, one of them NULL';

-- An article page split into its parts, in page order. A NULL page has no parts.
CREATE FUNCTION kornews.ko_parse_article(
    page text,
    OUT ord int,
    OUT part text,
    OUT content text,
    OUT line_no int)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'ko_parse_article'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION kornews.ko_parse_article(text) IS
'Splits an article page into navigation, title, subtitle, caption, body, byline, copyright '
'and headlines (an embedded list, for ko_parse_headlines) parts';

-- A comparison key: the same headline from two boards compares equal.
CREATE FUNCTION kornews.ko_headline_key(headline text)
RETURNS text
AS 'MODULE_PATHNAME', 'ko_headline_key'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION kornews.ko_headline_key(text) IS
'Headline without label tags and comment count, NFKC case-folded, letters and digits only (and the minus sign of a negative number)';
