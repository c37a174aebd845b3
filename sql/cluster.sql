-- Many machines (src/sql/60_cluster.sql): on one server -- with or without Citus -- nothing is
-- copied anywhere, ko_cluster_check() reports this server alone, and the user tables behave as
-- before. Sentences written for these tests (은하수상회 is a made-up shop).
SET search_path = kornews, public;

SELECT ko_is_cluster_coordinator();

-- This server alone; the checksums are 16 hex digits; no user rows yet.
SELECT node, extension_version, dictionary_checksum ~ '^[0-9a-f]{16}$' AS dict_hex,
       model_checksum ~ '^[0-9a-f]{16}$' AS model_hex, user_words, user_entities, agrees, error
FROM ko_cluster_check();

-- The dictionary checksum is the one ko_dictionary_info() reports.
SELECT (SELECT dictionary_checksum FROM ko_cluster_check()) = (SELECT checksum FROM ko_dictionary_info())
    AS same_dictionary;

-- The fingerprints follow the rows in use: a word and an entity change them, removing them
-- brings back the fingerprints of no rows.
CREATE TEMP TABLE before AS SELECT * FROM ko_node_fingerprint();
INSERT INTO user_words (word, tag) VALUES ('은하수상회', 'NNP');
INSERT INTO user_entities (term, label) VALUES ('은하수상회', 'OG');
SELECT f.user_words, f.user_entities,
       f.user_words_fingerprint <> b.user_words_fingerprint AS words_changed,
       f.user_entities_fingerprint <> b.user_entities_fingerprint AS entities_changed
FROM ko_node_fingerprint() f, before b;
-- The same rows give the same fingerprint, whatever order they were inserted in.
CREATE TEMP TABLE two AS SELECT * FROM ko_node_fingerprint();
DELETE FROM user_words WHERE word = '은하수상회';
INSERT INTO user_words (word, tag) VALUES ('은하수상회', 'NNP');
SELECT f.user_words_fingerprint = t.user_words_fingerprint AS same_rows_same_fingerprint
FROM ko_node_fingerprint() f, two t;
-- A different cost is a different row.
UPDATE user_words SET cost = -1000 WHERE word = '은하수상회';
SELECT f.user_words_fingerprint <> t.user_words_fingerprint AS cost_changes_it
FROM ko_node_fingerprint() f, two t;
-- The word is used as before: one morpheme, tagged OG by the entity row.
SELECT ko_tokenize('은하수상회가 문을 열었다');
SELECT entity, label FROM ko_entities('은하수상회가 문을 열었다');
DELETE FROM user_words WHERE word = '은하수상회';
DELETE FROM user_entities WHERE term = '은하수상회';
SELECT f.user_words = 0 AND f.user_entities = 0 AS empty,
       f.user_words_fingerprint = b.user_words_fingerprint AS words_back,
       f.user_entities_fingerprint = b.user_entities_fingerprint AS entities_back
FROM ko_node_fingerprint() f, before b;

-- Nothing was queued for copying (no Citus coordinator here).
SELECT count(*) AS pending FROM cluster_pending;

-- ko_cluster_sync is for a Citus coordinator only: an ERROR with a HINT.
SELECT * FROM ko_cluster_sync();

-- ko_cluster_receive is not for everyone.
CREATE ROLE kornews_cluster_nobody;
SET ROLE kornews_cluster_nobody;
SELECT ko_cluster_receive('[]', '[]');
SELECT * FROM ko_cluster_sync();
RESET ROLE;
DROP ROLE kornews_cluster_nobody;

-- Without Citus there is no pg_dist_node: no trigger to put there (a Citus node gets one, which
-- fetches the coordinator's user words and entities when the node is activated), and the
-- function that would fetch them is not for everyone.
SELECT cluster_install_node_trigger() AS node_trigger_installed;
SELECT p.oid::regprocedure AS function, has_function_privilege('public', p.oid, 'EXECUTE') AS public_may_execute
FROM pg_proc p
WHERE p.oid IN ('kornews.ko_cluster_export()'::regprocedure,
                'kornews.cluster_node_activated()'::regprocedure,
                'kornews.cluster_install_node_trigger()'::regprocedure)
ORDER BY p.proname;
-- ko_cluster_export is what a node being activated fetches: both tables, whole.
INSERT INTO user_words (word, tag) VALUES ('은하수상회', 'NNP');
SELECT ko_cluster_export() -> 'words' -> 0 ->> 'word' AS word,
       jsonb_array_length(ko_cluster_export() -> 'entities') AS entities;
DELETE FROM user_words WHERE word = '은하수상회';
SELECT ko_cluster_export();

-- kornews' event trigger runs after every CREATE EXTENSION and acts only for citus (created
-- after kornews, it gets the pg_dist_node trigger): any other CREATE EXTENSION, by any user
-- allowed to run it, goes on as before -- here a role creating a trusted extension.
SELECT evtname, evtevent, evttags, evtenabled FROM pg_event_trigger WHERE evtname LIKE 'kornews%';
CREATE ROLE kornews_cluster_maker;
DO $$ BEGIN
    EXECUTE format('GRANT CREATE ON DATABASE %I TO kornews_cluster_maker', current_database());
END $$;
SET ROLE kornews_cluster_maker;
CREATE EXTENSION tsm_system_rows;
DROP EXTENSION tsm_system_rows;
RESET ROLE;
DO $$ BEGIN
    EXECUTE format('REVOKE CREATE ON DATABASE %I FROM kornews_cluster_maker', current_database());
END $$;
DROP ROLE kornews_cluster_maker;
