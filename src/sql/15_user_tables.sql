-- The user tables (kornews.user_words, kornews.user_entities, kornews.stopwords) reach every
-- session the same way: this statement-level trigger on each sends a relcache invalidation for
-- it, and each session reads the table again before its next statement that uses it
-- (src/pg/user_tables.h). No version rows, no SECURITY DEFINER: whoever may change a table may
-- tell the sessions so.
CREATE FUNCTION kornews.user_table_changed()
RETURNS trigger AS 'MODULE_PATHNAME', 'kornews_user_table_changed'
LANGUAGE C;

COMMENT ON FUNCTION kornews.user_table_changed() IS
'Trigger: tells every session to read this kornews user table again before its next statement';
