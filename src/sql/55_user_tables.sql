-- The user tables -- kornews.user_words, kornews.user_entities, kornews.stopwords -- reach every
-- session the same way (src/pg/user_tables.h): a statement-level trigger on each sends a relcache
-- invalidation for it, and each session reads a changed table again before its next statement
-- that uses it. No version rows and no SECURITY DEFINER: whoever may change a table may tell the
-- sessions so.
CREATE FUNCTION kornews.user_table_changed()
RETURNS trigger AS 'MODULE_PATHNAME', 'kornews_user_table_changed'
LANGUAGE C;

COMMENT ON FUNCTION kornews.user_table_changed() IS
'Trigger: tells every session to read this kornews user table again before its next statement';

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['user_words', 'user_entities', 'stopwords'] LOOP
        EXECUTE pg_catalog.format(
            'CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON kornews.%I '
            'FOR EACH STATEMENT EXECUTE FUNCTION kornews.user_table_changed()',
            t || '_changed', t);
        -- Also when rows arrive by logical replication (session_replication_role = replica),
        -- so that the sessions of a subscriber see them too.
        EXECUTE pg_catalog.format('ALTER TABLE kornews.%I ENABLE ALWAYS TRIGGER %I',
                                  t, t || '_changed');
    END LOOP;
END
$$;
