-- Headline lists and article pages into rows (src/core/news, docs/headlines.md).

-- Every row of a pasted headline list. The result depends only on the text and the reference
-- date: current_date, the default, is evaluated by the caller's expression, not inside the
-- function, so the function itself is IMMUTABLE (and an index or a generated column may use it
-- with an explicit date). Not STRICT: a NULL text is an empty list (no rows), a NULL reference
-- date is an ERROR rather than a silently empty import.
CREATE FUNCTION kornews.ko_parse_headlines(
    list text,
    reference date DEFAULT current_date,
    OUT line_no int,
    OUT item_no bigint,
    OUT title text,
    OUT author text,
    OUT published timestamp,
    OUT labels text[],
    OUT comments int,
    OUT views int,
    OUT notice bool,
    OUT parsed bool,
    OUT raw text)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'ko_parse_headlines'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

COMMENT ON FUNCTION kornews.ko_parse_headlines(text, date) IS
'Parses a headline list (boards, tab- or |-separated tables, portal lists) into rows; '
'relative dates resolve against the reference date; unparsable lines come back with parsed = false';

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
'Headline without label tags and comment count, NFKC case-folded, letters and digits only';
