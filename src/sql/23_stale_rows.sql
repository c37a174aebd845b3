-- Stored values computed from an analysis that has changed since (docs/user-dictionary.md,
-- "After a restore or a change"). A stored generated column keeps what the dictionary and the
-- user words gave when the row was written: after a change of kornews.user_words, a new
-- dictionary, or a parallel pg_restore that loaded rows before the user words, some rows may
-- hold a tsvector that a fresh analysis would not give. These two functions find and fix them.

-- The rows of `tab` whose stored generated columns differ from what computing them now gives.
CREATE FUNCTION kornews.ko_stale_rows(tab regclass)
RETURNS TABLE(row_ctid tid, column_name name)
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    col record;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_class c
                    WHERE c.oid OPERATOR(pg_catalog.=) tab
                      AND c.relkind OPERATOR(pg_catalog.=) ANY (ARRAY['r', 'p', 'm']::"char"[])) THEN
        RAISE EXCEPTION 'kornews.ko_stale_rows: % is not a table', tab
            USING ERRCODE = 'wrong_object_type',
                  HINT = 'Pass a table that has a stored generated column, e.g. ko_stale_rows(''news'').';
    END IF;
    FOR col IN
        SELECT a.attname, pg_catalog.pg_get_expr(ad.adbin, ad.adrelid) AS expr
          FROM pg_catalog.pg_attribute a
          JOIN pg_catalog.pg_attrdef ad ON ad.adrelid OPERATOR(pg_catalog.=) a.attrelid
                                       AND ad.adnum OPERATOR(pg_catalog.=) a.attnum
         WHERE a.attrelid OPERATOR(pg_catalog.=) tab
           AND a.attgenerated OPERATOR(pg_catalog.=) 's' AND NOT a.attisdropped
         ORDER BY a.attnum
    LOOP
        -- The expression as pg_get_expr prints it under this function's search_path, so its
        -- functions and configurations are schema-qualified as needed.
        RETURN QUERY EXECUTE pg_catalog.format(
            'SELECT ctid, %L::pg_catalog.name FROM %s WHERE %I IS DISTINCT FROM (%s)',
            col.attname, tab, col.attname, col.expr);
    END LOOP;
END
$$;

COMMENT ON FUNCTION kornews.ko_stale_rows(regclass) IS
'Rows of a table whose stored generated columns (e.g. a korean tsvector) differ from what the '
'current dictionary and user words give; fix them with ko_refresh_stale_rows';

-- Rewrites those rows (an UPDATE of a generated column's sources recomputes it); returns how
-- many rows were rewritten. Indexes follow the rows; expression indexes need REINDEX instead
-- (kornews.ko_korean_indexes lists them).
CREATE FUNCTION kornews.ko_refresh_stale_rows(tab regclass)
RETURNS bigint
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    sources text;
    fixed bigint;
BEGIN
    -- Every column a stored generated column of `tab` is computed from.
    SELECT pg_catalog.string_agg(DISTINCT pg_catalog.format('%I = %I', b.attname, b.attname), ', ')
      INTO sources
      FROM pg_catalog.pg_attrdef ad
      JOIN pg_catalog.pg_attribute a ON a.attrelid OPERATOR(pg_catalog.=) ad.adrelid
                                    AND a.attnum OPERATOR(pg_catalog.=) ad.adnum
      JOIN pg_catalog.pg_depend d
        ON d.classid OPERATOR(pg_catalog.=) 'pg_catalog.pg_attrdef'::pg_catalog.regclass
       AND d.objid OPERATOR(pg_catalog.=) ad.oid
       AND d.refclassid OPERATOR(pg_catalog.=) 'pg_catalog.pg_class'::pg_catalog.regclass
       AND d.refobjid OPERATOR(pg_catalog.=) ad.adrelid
       AND d.refobjsubid OPERATOR(pg_catalog.>) 0
       AND d.refobjsubid OPERATOR(pg_catalog.<>) ad.adnum
      JOIN pg_catalog.pg_attribute b ON b.attrelid OPERATOR(pg_catalog.=) ad.adrelid
                                    AND b.attnum OPERATOR(pg_catalog.=) d.refobjsubid
     WHERE ad.adrelid OPERATOR(pg_catalog.=) tab
       AND a.attgenerated OPERATOR(pg_catalog.=) 's';
    IF sources IS NULL THEN
        RETURN 0;
    END IF;
    EXECUTE pg_catalog.format(
        'UPDATE %s SET %s WHERE ctid IN (SELECT row_ctid FROM kornews.ko_stale_rows(%L))',
        tab, sources, tab::pg_catalog.text);
    GET DIAGNOSTICS fixed = ROW_COUNT;
    RETURN fixed;
END
$$;

COMMENT ON FUNCTION kornews.ko_refresh_stale_rows(regclass) IS
'Recomputes the stored generated columns of the rows ko_stale_rows lists; returns the number of '
'rows rewritten';
