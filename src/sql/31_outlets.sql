-- The outlet list and ko_parse_headlines (src/core/news/outlets.h, docs/headlines.md).
--
-- kornews.news_outlets: the names of Korean news outlets, so that a portal list that prints
-- "title outlet 3 minutes ago" with no separator has its outlet told from its title, and a list
-- copied one field per line has its outlet line recognized. Like a stop-word file, it is the
-- project's list to start with and the database owner's to edit: PUBLIC may read it (every
-- role parses with the same list), only the owner, a superuser and whom they grant it to may
-- change it. Rows the extension adds are marked builtin; pg_dump keeps the others (an outlet
-- a user deleted from the built-in ones comes back after a restore).
CREATE TABLE kornews.news_outlets (
    name    text PRIMARY KEY,
    builtin bool NOT NULL DEFAULT false,
    note    text,
    CONSTRAINT news_outlets_name_check CHECK (
        name <> '' AND char_length(name) <= 100 AND name !~ '^[[:space:]]|[[:space:]]$'
        AND name !~ '[[:cntrl:]]')
);
GRANT SELECT ON kornews.news_outlets TO PUBLIC;
SELECT pg_catalog.pg_extension_config_dump('kornews.news_outlets', 'WHERE NOT builtin');

COMMENT ON TABLE kornews.news_outlets IS
'Korean news outlet names (whitespace is ignored when comparing) that ko_parse_headlines splits '
'from the end of a title and recognizes on a line of their own; edit it like a stop-word list';

-- The project's list, compiled into the module so that this script stays pure ASCII.
CREATE FUNCTION kornews.ko_default_outlets()
RETURNS text[]
AS 'MODULE_PATHNAME', 'ko_default_outlets'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION kornews.ko_default_outlets() IS
'The outlet names kornews ships with, which CREATE EXTENSION puts into kornews.news_outlets';

-- Only in a UTF-8 database: in another encoding every kornews function stops with the
-- "requires a UTF8 database" ERROR, and the install must still succeed.
DO $do$
BEGIN
  IF pg_catalog.getdatabaseencoding() = 'UTF8' THEN
    INSERT INTO kornews.news_outlets (name, builtin)
    SELECT o, true FROM pg_catalog.unnest(kornews.ko_default_outlets()) AS o;
  END IF;
END
$do$;

-- Every row of a pasted headline list, against the day it was captured, with the outlet names
-- of kornews.news_outlets (read by the function with the caller's privileges; PUBLIC may read
-- them). STABLE, not IMMUTABLE: the result follows that table. The default current_date is
-- evaluated in the calling statement. Not STRICT: a NULL list is an empty list, a NULL
-- reference an ERROR. C, not an SQL wrapper over ko_parse_headline_list: a wrapper would copy
-- every row once more without serving a cancel in between.
CREATE FUNCTION kornews.ko_parse_headlines(
    list text,
    reference date DEFAULT current_date)
RETURNS SETOF kornews.headline_row
AS 'MODULE_PATHNAME', 'ko_parse_headlines'
LANGUAGE C STABLE PARALLEL SAFE;

COMMENT ON FUNCTION kornews.ko_parse_headlines(text, date) IS
'Parses a headline list (boards, tab-, |- or comma-separated tables, portal lists, HTML) into '
'rows; relative dates resolve against the reference date; unparsable lines come back with '
'parsed = false, unsure rows with their doubts';

-- The same against the moment the list was captured, in a time zone said explicitly: 3 minutes
-- ago and 2 hours ago become exact to the minute. The zone is an argument, not the session's
-- TimeZone, so the answer never depends on who runs it; there is deliberately no two-argument
-- form taking a timestamptz, which a quoted date such as '2025-02-07' would resolve to.
CREATE FUNCTION kornews.ko_parse_headlines(
    list text,
    captured_at timestamptz,
    time_zone text)
RETURNS SETOF kornews.headline_row
AS 'MODULE_PATHNAME', 'ko_parse_headlines_at'
LANGUAGE C STABLE PARALLEL SAFE;

COMMENT ON FUNCTION kornews.ko_parse_headlines(text, timestamptz, text) IS
'Parses a headline list captured at a moment, seen in the given time zone (e.g. Asia/Seoul): '
'relative times such as 3 minutes ago resolve to the minute';
