-- The user dictionary: words added to the analyzer without rebuilding the dictionary
-- (src/pg/user_dict.cpp; docs/user-dictionary.md). A committed change is used by every session
-- from its next statement on; indexes built before keep their old tokens until REINDEX.

CREATE TABLE kornews.user_words (
    word     text NOT NULL,
    tag      text NOT NULL,
    cost     int,
    parts    text[],
    reading  text,
    note     text,
    added_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (word, tag)
);

COMMENT ON TABLE kornews.user_words IS
'Words the analyzer knows beyond its dictionary: word (no spaces), Sejong tag (NNP, NNG ...), '
'optional cost (lower wins more often; default -2000), optional parts that spell the word '
'(indexed with the whole word), optional Hangul reading';

CREATE FUNCTION kornews.user_words_check()
RETURNS trigger AS 'MODULE_PATHNAME', 'kornews_user_words_check'
LANGUAGE C;

COMMENT ON FUNCTION kornews.user_words_check() IS
'Trigger: rejects a kornews.user_words row the analyzer could not use, naming the word and why';

CREATE TRIGGER user_words_check
    BEFORE INSERT OR UPDATE ON kornews.user_words
    FOR EACH ROW EXECUTE FUNCTION kornews.user_words_check();

CREATE TRIGGER user_words_changed
    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON kornews.user_words
    FOR EACH STATEMENT EXECUTE FUNCTION kornews.user_table_changed();
-- Also when rows arrive by logical replication (session_replication_role = replica), so that
-- the sessions of a subscriber see them too.
ALTER TABLE kornews.user_words ENABLE ALWAYS TRIGGER user_words_changed;

-- pg_dump dumps the rows (the table itself comes with CREATE EXTENSION).
SELECT pg_catalog.pg_extension_config_dump('kornews.user_words', '');

-- Indexes whose contents come from kornews' analysis: an expression using a text search
-- configuration with the korean parser or a kornews function, or a stored generated column
-- computed that way. They keep the tokens of the day they were built.
CREATE FUNCTION kornews.ko_korean_indexes(
    OUT index_name regclass,
    OUT table_name regclass,
    OUT through text,
    OUT rebuild text,
    OUT definition text)
RETURNS SETOF record
LANGUAGE sql STABLE
-- Pinned: an operator or function that a caller's search_path puts before pg_catalog (such as
-- a public.=(oid, regclass), for which pg_catalog has no exact match) must never run in here.
SET search_path = pg_catalog, pg_temp
AS $$
WITH analysis(classid, objid) AS (
    SELECT 'pg_catalog.pg_ts_config'::pg_catalog.regclass, c.oid
      FROM pg_catalog.pg_ts_config c
      JOIN pg_catalog.pg_ts_parser p ON p.oid = c.cfgparser
      JOIN pg_catalog.pg_namespace n ON n.oid = p.prsnamespace
     WHERE n.nspname = 'kornews' AND p.prsname = 'korean'
    UNION ALL
    SELECT d.classid, d.objid
      FROM pg_catalog.pg_depend d
      JOIN pg_catalog.pg_extension e ON e.oid = d.refobjid
     WHERE d.refclassid = 'pg_catalog.pg_extension'::pg_catalog.regclass
       AND d.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass
       AND d.deptype = 'e' AND e.extname = 'kornews'
),
-- Stored generated columns computed with it, and an assignment of the columns they are computed
-- from (PostgreSQL recomputes a generated column when one of those is updated).
columns(relid, attnum, attname, sources) AS (
    SELECT ad.adrelid, ad.adnum, a.attname,
           (SELECT pg_catalog.string_agg(pg_catalog.format('%I = %I', b.attname, b.attname), ', '
                                         ORDER BY b.attnum)
              FROM pg_catalog.pg_depend s
              JOIN pg_catalog.pg_attribute b ON b.attrelid = s.refobjid AND b.attnum = s.refobjsubid
             WHERE s.classid = 'pg_catalog.pg_attrdef'::pg_catalog.regclass AND s.objid = ad.oid
               AND s.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass
               AND s.refobjsubid > 0 AND s.refobjsubid <> ad.adnum)
      FROM pg_catalog.pg_attrdef ad
      JOIN pg_catalog.pg_attribute a ON a.attrelid = ad.adrelid AND a.attnum = ad.adnum
     WHERE a.attgenerated = 's'
       AND EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                     JOIN analysis an ON an.classid = d.refclassid AND an.objid = d.refobjid
                    WHERE d.classid = 'pg_catalog.pg_attrdef'::pg_catalog.regclass
                      AND d.objid = ad.oid)
),
found(indexrelid, indrelid, through, rebuild) AS (
    SELECT i.indexrelid, i.indrelid, 'expression',
           pg_catalog.format('REINDEX INDEX %s', i.indexrelid::pg_catalog.regclass)
      FROM pg_catalog.pg_index i
     WHERE EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                     JOIN analysis an ON an.classid = d.refclassid AND an.objid = d.refobjid
                    WHERE d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
                      AND d.objid = i.indexrelid)
    UNION ALL
    SELECT i.indexrelid, i.indrelid, pg_catalog.format('generated column %I', c.attname),
           pg_catalog.format('UPDATE %s SET %s', i.indrelid::pg_catalog.regclass, c.sources)
      FROM pg_catalog.pg_index i
      JOIN pg_catalog.pg_depend d ON d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
                                 AND d.objid = i.indexrelid
                                 AND d.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass
                                 AND d.refobjid = i.indrelid
      JOIN columns c ON c.relid = d.refobjid AND c.attnum = d.refobjsubid
)
SELECT DISTINCT ON (f.indexrelid, f.through)
       f.indexrelid::pg_catalog.regclass, f.indrelid::pg_catalog.regclass, f.through, f.rebuild,
       pg_catalog.pg_get_indexdef(f.indexrelid)
  FROM found f
 ORDER BY f.indexrelid, f.through
$$;

COMMENT ON FUNCTION kornews.ko_korean_indexes() IS
'Indexes built from kornews analysis (the korean parser or a kornews function, directly or '
'through a stored generated column) and the command that rebuilds each after a change of '
'kornews.user_words or of the dictionary';
