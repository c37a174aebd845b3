-- Many machines (Citus): the user words and user entities the same on every node, and a check
-- that the nodes agree (docs/many-machines.md).
--
-- On a Citus cluster the coordinator analyzes queries (to_tsquery) and the workers analyze
-- documents (to_tsvector on the shards), each from its own node-local kornews.user_words and
-- kornews.user_entities. The coordinator's tables are the source of truth. A change committed
-- there is copied to every worker at commit: a statement-level trigger notes the transaction in
-- kornews.cluster_pending, whose deferred constraint trigger runs once per transaction when it
-- commits and sends both tables, whole, to every worker (Citus' run_command_on_workers), where
-- kornews.ko_cluster_receive replaces the node's rows in one transaction -- and the workers'
-- own triggers then tell their sessions, exactly as on one server. Whole tables, not the
-- change, so every copy also repairs a node that missed an earlier one. A worker that cannot
-- be reached gets a WARNING (the change stays committed on the coordinator), is shown by
-- kornews.ko_cluster_check(), and catches up with kornews.ko_cluster_sync(). A node added later
-- (citus_add_node) or re-activated (citus_activate_node) fetches the coordinator's rows itself,
-- inside the transaction that activates it (kornews.cluster_node_activated, below). Without
-- Citus (or on a server that is not a Citus coordinator with workers) none of this does
-- anything.

-- One row per transaction that changed the user tables on a coordinator; the row lives only
-- until that transaction's commit-time copy.
CREATE TABLE kornews.cluster_pending (
    xid xid8 PRIMARY KEY
);

COMMENT ON TABLE kornews.cluster_pending IS
'Internal: transactions whose change to kornews.user_words or kornews.user_entities is copied '
'to the Citus workers when they commit';

-- This node is a Citus coordinator with at least one worker (false without Citus).
CREATE FUNCTION kornews.ko_is_cluster_coordinator()
RETURNS boolean
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_extension WHERE extname = 'citus') THEN
        RETURN false;
    END IF;
    -- Citus' own test: group 0 and at least one active node in its metadata.
    RETURN pg_catalog.citus_is_coordinator();
END
$$;

COMMENT ON FUNCTION kornews.ko_is_cluster_coordinator() IS
'True on a Citus coordinator that has workers; false on one server, with or without Citus';

-- On a worker: replaces its user words and/or user entities (NULL: leave that table) with the
-- rows given, in one transaction. Its triggers check every row against this node's dictionary
-- and tell this node's sessions, as for any change. Only the extension's owner (the copy runs
-- as the owner of kornews.ko_cluster_sync) may call it.
CREATE FUNCTION kornews.ko_cluster_receive(words jsonb, entities jsonb)
RETURNS text
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    nwords bigint := 0;
    nentities bigint := 0;
BEGIN
    -- A node whose trigger that fetches the rows at activation is missing (set up before
    -- kornews had it) gets it with every copy.
    PERFORM kornews.cluster_install_node_trigger();
    -- The changes below are a copy: they must not be copied on from here.
    PERFORM pg_catalog.set_config('kornews_cluster.receiving', 'on', true);
    IF words IS NOT NULL THEN
        DELETE FROM kornews.user_words;
        INSERT INTO kornews.user_words
        SELECT * FROM pg_catalog.jsonb_populate_recordset(NULL::kornews.user_words, words);
        GET DIAGNOSTICS nwords = ROW_COUNT;
    END IF;
    IF entities IS NOT NULL THEN
        DELETE FROM kornews.user_entities;
        INSERT INTO kornews.user_entities
        SELECT * FROM pg_catalog.jsonb_populate_recordset(NULL::kornews.user_entities, entities);
        GET DIAGNOSTICS nentities = ROW_COUNT;
    END IF;
    PERFORM pg_catalog.set_config('kornews_cluster.receiving', 'off', true);
    RETURN pg_catalog.format('%s user words, %s user entities', nwords, nentities);
END
$$;
REVOKE ALL ON FUNCTION kornews.ko_cluster_receive(jsonb, jsonb) FROM PUBLIC;

COMMENT ON FUNCTION kornews.ko_cluster_receive(jsonb, jsonb) IS
'Internal (Citus workers): replaces this node''s user words and user entities with the '
'coordinator''s, sent by kornews.ko_cluster_sync()';

-- On the coordinator: both tables, whole, as one value -- what a copy sends (ko_cluster_sync)
-- and what a node being activated fetches (cluster_node_activated).
CREATE FUNCTION kornews.ko_cluster_export()
RETURNS jsonb
LANGUAGE sql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
SELECT pg_catalog.jsonb_build_object(
    'words',
    (SELECT COALESCE(pg_catalog.jsonb_agg(pg_catalog.to_jsonb(w) ORDER BY w.word, w.tag),
                     '[]'::jsonb)
       FROM kornews.user_words w),
    'entities',
    (SELECT COALESCE(pg_catalog.jsonb_agg(pg_catalog.to_jsonb(e) ORDER BY e.term), '[]'::jsonb)
       FROM kornews.user_entities e))
$$;
REVOKE ALL ON FUNCTION kornews.ko_cluster_export() FROM PUBLIC;

COMMENT ON FUNCTION kornews.ko_cluster_export() IS
'Internal (Citus coordinator): kornews.user_words and kornews.user_entities as '
'{"words": [...], "entities": [...]}, the value a copy to the workers sends';

-- On the coordinator: sends both tables, as this transaction sees them, to every worker.
-- SECURITY DEFINER: the copy connects to the workers as the extension's owner, whoever made
-- the change. The advisory lock serializes copies with the commits they follow: a later
-- copy waits for an earlier transaction to commit and, reading then (READ COMMITTED), includes
-- its change, so the last copy to arrive is never older than the last commit. The ROW SHARE
-- lock on pg_dist_node does the same with a node being added or activated (Citus holds an
-- EXCLUSIVE lock on it until that commits): a copy waits for the activation to commit and then
-- includes the new node; an activation waits for a copy's transaction to commit, and the node
-- then fetches rows that include its change.
CREATE FUNCTION kornews.ko_cluster_sync(
    OUT node_name text,
    OUT node_port int,
    OUT success boolean,
    OUT result text)
RETURNS SETOF record
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    command text;
BEGIN
    IF NOT kornews.ko_is_cluster_coordinator() THEN
        RAISE EXCEPTION 'kornews.ko_cluster_sync: this server is not a Citus coordinator with workers'
            USING ERRCODE = 'object_not_in_prerequisite_state',
                  HINT = 'Run it on the coordinator of a Citus cluster, after citus_add_node(); '
                         'on one server every session already uses kornews.user_words and '
                         'kornews.user_entities.';
    END IF;
    LOCK TABLE pg_catalog.pg_dist_node IN ROW SHARE MODE;
    PERFORM pg_catalog.pg_advisory_xact_lock(1263425901, 16);
    SELECT pg_catalog.format('SELECT kornews.ko_cluster_receive(%L::jsonb, %L::jsonb)',
                             x -> 'words', x -> 'entities')
      INTO command
      FROM kornews.ko_cluster_export() x;
    RETURN QUERY
    SELECT r.nodename, r.nodeport, r.success, r.result
      FROM pg_catalog.run_command_on_workers(command) r
     ORDER BY r.nodename, r.nodeport;
END
$$;
REVOKE ALL ON FUNCTION kornews.ko_cluster_sync() FROM PUBLIC;

COMMENT ON FUNCTION kornews.ko_cluster_sync() IS
'Citus coordinator: copies kornews.user_words and kornews.user_entities, whole, to every worker '
'(for a node that was down during a change); one row per worker';

-- Deferred constraint trigger on kornews.cluster_pending: at commit, copy once.
CREATE FUNCTION kornews.cluster_pending_copy()
RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    r record;
BEGIN
    DELETE FROM kornews.cluster_pending WHERE xid = NEW.xid;
    BEGIN
        FOR r IN SELECT * FROM kornews.ko_cluster_sync() s WHERE NOT s.success LOOP
            RAISE WARNING 'kornews: the change to the user words and entities was not copied to node %:%: %',
                          r.node_name, r.node_port, r.result
                USING HINT = 'It is committed on the coordinator. Once the node is back, run '
                             'SELECT * FROM kornews.ko_cluster_sync(); kornews.ko_cluster_check() '
                             'shows which nodes differ.';
        END LOOP;
    EXCEPTION WHEN query_canceled THEN
        RAISE;
    WHEN OTHERS THEN
        RAISE WARNING 'kornews: the change to the user words and entities was not copied to the workers: %',
                      SQLERRM
            USING HINT = 'It is committed on the coordinator. Run SELECT * FROM '
                         'kornews.ko_cluster_sync() when the cluster is reachable again.';
    END;
    RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION kornews.cluster_pending_copy() FROM PUBLIC;

CREATE CONSTRAINT TRIGGER cluster_pending_copy
AFTER INSERT ON kornews.cluster_pending
DEFERRABLE INITIALLY DEFERRED
FOR EACH ROW EXECUTE FUNCTION kornews.cluster_pending_copy();

-- Statement-level trigger on both user tables: on a coordinator, note the transaction (once).
CREATE FUNCTION kornews.user_tables_cluster_changed()
RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF pg_catalog.current_setting('kornews_cluster.receiving', true) = 'on' THEN
        RETURN NULL;
    END IF;
    IF NOT kornews.ko_is_cluster_coordinator() THEN
        -- A Citus worker (it has the cluster's metadata but is not the coordinator): the change
        -- stays on this node, and the next copy from the coordinator replaces it.
        IF pg_catalog.to_regclass('pg_catalog.pg_dist_node') IS NOT NULL THEN
            IF EXISTS (SELECT 1 FROM pg_catalog.pg_extension WHERE extname = 'citus') AND
               (SELECT pg_catalog.count(*) > 0 FROM pg_catalog.pg_dist_node) THEN
                RAISE WARNING 'kornews: % was changed on a Citus worker, which only this node uses',
                              TG_TABLE_SCHEMA || '.' || TG_TABLE_NAME
                    USING HINT = 'Change it on the coordinator: it copies the table to every node, '
                                 'and its next copy replaces this change.';
            END IF;
        END IF;
        RETURN NULL;
    END IF;
    INSERT INTO kornews.cluster_pending VALUES (pg_catalog.pg_current_xact_id())
        ON CONFLICT (xid) DO NOTHING;
    RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION kornews.user_tables_cluster_changed() FROM PUBLIC;

COMMENT ON FUNCTION kornews.user_tables_cluster_changed() IS
'Trigger: on a Citus coordinator, copies kornews.user_words and kornews.user_entities to every '
'worker when the transaction that changed them commits';

CREATE TRIGGER user_words_cluster_changed
    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON kornews.user_words
    FOR EACH STATEMENT EXECUTE FUNCTION kornews.user_tables_cluster_changed();

CREATE TRIGGER user_entities_cluster_changed
    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON kornews.user_entities
    FOR EACH STATEMENT EXECUTE FUNCTION kornews.user_tables_cluster_changed();

-- A node added later, or re-activated after citus_disable_node, must analyze with the
-- coordinator's rows from its first statement. The coordinator cannot push them at that
-- moment: Citus writes its pg_dist_node through the catalog API, which fires no trigger, and
-- a copy over a new connection could not see the node's kornews, created in the same
-- still-uncommitted activation. But Citus sends the activated node SQL in that transaction:
-- it inserts every node's pg_dist_node row there (a new node has no kornews yet at that point,
-- a re-activated one has), creates the extensions, and then runs `UPDATE pg_dist_node SET
-- isactive = TRUE` for the node's own row. A trigger on the node's pg_dist_node sees that,
-- fetches the rows from the coordinator over a connection of its own (Citus'
-- run_command_on_coordinator; they are committed there) and replaces its own with them,
-- before the activation commits. If that fails the activation fails: better no node
-- than a node that answers differently.

-- The trigger function; runs as the user Citus activates the node as (citus_add_node and
-- citus_activate_node are for superusers), who also connects to the coordinator.
CREATE FUNCTION kornews.cluster_node_activated()
RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    ok boolean;
    fetched text;
    rows jsonb;
BEGIN
    -- Another node's row (each node holds every node's row), or already done in this
    -- transaction (an activation inserts and updates the row several times).
    IF NEW.groupid IS DISTINCT FROM (SELECT g.groupid FROM pg_catalog.pg_dist_local_group g)
       OR pg_catalog.current_setting('kornews_cluster.fetched', true) = 'on' THEN
        RETURN NULL;
    END IF;
    PERFORM pg_catalog.set_config('kornews_cluster.fetched', 'on', true);
    BEGIN
        SELECT c.success, c.result INTO ok, fetched
          FROM pg_catalog.run_command_on_coordinator(
                 'SELECT kornews.ko_cluster_export()::text') c;
    EXCEPTION WHEN query_canceled THEN
        RAISE;
    WHEN OTHERS THEN
        -- e.g. "the coordinator is not added to the metadata": then no node can reach it.
        ok := false;
        fetched := SQLERRM;
    END;
    IF ok IS NOT TRUE THEN
        RAISE EXCEPTION 'kornews: this node (group %) could not fetch the user words and entities from the coordinator: %',
                        NEW.groupid, COALESCE(fetched, 'no coordinator in pg_dist_node')
            USING ERRCODE = 'connection_failure',
                  HINT = 'The node was not activated. Make sure the coordinator is in the '
                         'metadata (SELECT citus_set_coordinator_host(...) on the coordinator) '
                         'and that this node can connect to it, then add or activate the node '
                         'again.';
    END IF;
    rows := fetched::jsonb;
    PERFORM kornews.ko_cluster_receive(rows -> 'words', rows -> 'entities');
    RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION kornews.cluster_node_activated() FROM PUBLIC;

COMMENT ON FUNCTION kornews.cluster_node_activated() IS
'Trigger on a Citus node''s pg_dist_node: when the coordinator activates this node, replaces '
'its user words and entities with the coordinator''s, in the activating transaction';

-- Puts the trigger on this node's pg_dist_node unless it is there: at CREATE EXTENSION kornews
-- (Citus runs it on every node it adds), at CREATE EXTENSION citus on a node that has kornews
-- (the event trigger below), and on every copy a worker receives. Returns whether the trigger
-- is there: not on a node without Citus, nor for a user who may not create triggers there
-- (then activation does not copy; ko_cluster_sync on the coordinator does).
CREATE FUNCTION kornews.cluster_install_node_trigger()
RETURNS boolean
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    dist_node regclass := pg_catalog.to_regclass('pg_catalog.pg_dist_node');
BEGIN
    IF dist_node IS NULL THEN
        RETURN false;
    END IF;
    IF EXISTS (SELECT 1 FROM pg_catalog.pg_trigger t
                WHERE t.tgrelid = dist_node AND t.tgname = 'kornews_node_activated') THEN
        RETURN true;
    END IF;
    IF NOT pg_catalog.has_table_privilege(dist_node, 'TRIGGER') THEN
        RETURN false;
    END IF;
    -- A plain row trigger: it fetches during the statement Citus sent, so a failure is that
    -- statement's error and rolls the activation back.
    CREATE TRIGGER kornews_node_activated
        AFTER INSERT OR UPDATE OF isactive ON pg_catalog.pg_dist_node
        FOR EACH ROW
        WHEN (NEW.isactive AND NEW.groupid <> 0 AND NEW.noderole = 'primary')
        EXECUTE FUNCTION kornews.cluster_node_activated();
    -- Not a member of the extension (triggers cannot be), but dropped with it: DROP EXTENSION
    -- kornews needs no CASCADE, and pg_dump leaves it out (it never dumps pg_catalog's tables).
    ALTER TRIGGER kornews_node_activated ON pg_catalog.pg_dist_node
        DEPENDS ON EXTENSION kornews;
    RETURN true;
END
$$;
REVOKE ALL ON FUNCTION kornews.cluster_install_node_trigger() FROM PUBLIC;

COMMENT ON FUNCTION kornews.cluster_install_node_trigger() IS
'Internal (Citus): puts the trigger kornews_node_activated on pg_dist_node, which copies the '
'coordinator''s user words and entities to this node when it is activated';

SELECT kornews.cluster_install_node_trigger();

-- kornews created before Citus on a machine (CREATE EXTENSION kornews; CREATE EXTENSION citus):
-- the install script found no pg_dist_node, and when the node is added Citus' CREATE EXTENSION
-- IF NOT EXISTS kornews does nothing there. So the trigger is put on pg_dist_node when Citus is
-- created (or created again) on a node that has kornews.
CREATE FUNCTION kornews.cluster_extension_created()
RETURNS event_trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    -- Only for citus itself (it fires for every CREATE EXTENSION, of any user's, and only a
    -- superuser may create citus).
    IF EXISTS (SELECT 1 FROM pg_catalog.pg_event_trigger_ddl_commands() c
                JOIN pg_catalog.pg_extension e ON e.oid = c.objid
               WHERE c.classid = 'pg_catalog.pg_extension'::regclass AND e.extname = 'citus') THEN
        PERFORM kornews.cluster_install_node_trigger();
    END IF;
END
$$;
REVOKE ALL ON FUNCTION kornews.cluster_extension_created() FROM PUBLIC;

COMMENT ON FUNCTION kornews.cluster_extension_created() IS
'Event trigger: after CREATE EXTENSION (citus), puts the trigger kornews_node_activated on '
'pg_dist_node';

CREATE EVENT TRIGGER kornews_extension_created ON ddl_command_end
    WHEN TAG IN ('CREATE EXTENSION')
    EXECUTE FUNCTION kornews.cluster_extension_created();

-- What this backend analyzes with (src/pg/cluster_node.cpp).
CREATE FUNCTION kornews.ko_node_fingerprint(
    OUT dictionary_checksum text,
    OUT model_checksum text,
    OUT user_words bigint,
    OUT user_words_fingerprint text,
    OUT user_entities bigint,
    OUT user_entities_fingerprint text)
RETURNS record
AS 'MODULE_PATHNAME', 'ko_node_fingerprint'
LANGUAGE C VOLATILE PARALLEL SAFE;

COMMENT ON FUNCTION kornews.ko_node_fingerprint() IS
'What this session analyzes with: dictionary and entity model checksums (hex), and the number '
'and fingerprint of the user words and user entities loaded in memory';

-- A node's state as ko_cluster_check reads it (the same on every node, as JSON in between).
CREATE TYPE kornews.ko_cluster_node AS (
    extension_version text,
    dictionary_checksum text,
    model_checksum text,
    user_words bigint,
    user_words_fingerprint text,
    user_entities bigint,
    user_entities_fingerprint text);

-- One row per node: the coordinator (or the one server) first, then every worker. agrees:
-- the node's row equals the first row in every column. A worker that cannot be reached has
-- its error in `error` and agrees = false.
CREATE FUNCTION kornews.ko_cluster_check(
    OUT node text,
    OUT extension_version text,
    OUT dictionary_checksum text,
    OUT model_checksum text,
    OUT user_words bigint,
    OUT user_words_fingerprint text,
    OUT user_entities bigint,
    OUT user_entities_fingerprint text,
    OUT agrees boolean,
    OUT error text)
RETURNS SETOF record
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    here record;
    there record;
    w record;
    state jsonb;
    query constant text :=
        'SELECT pg_catalog.to_jsonb(s) FROM (SELECT e.extversion AS extension_version, f.* '
        'FROM pg_catalog.pg_extension e, kornews.ko_node_fingerprint() f '
        'WHERE e.extname = ''kornews'') s';
BEGIN
    EXECUTE query INTO state;
    here := pg_catalog.jsonb_populate_record(NULL::kornews.ko_cluster_node, state);
    node := CASE WHEN kornews.ko_is_cluster_coordinator() THEN 'coordinator' ELSE 'local' END;
    extension_version := here.extension_version;
    dictionary_checksum := here.dictionary_checksum;
    model_checksum := here.model_checksum;
    user_words := here.user_words;
    user_words_fingerprint := here.user_words_fingerprint;
    user_entities := here.user_entities;
    user_entities_fingerprint := here.user_entities_fingerprint;
    agrees := true;
    error := NULL;
    RETURN NEXT;
    IF node = 'local' THEN
        RETURN;
    END IF;
    FOR w IN SELECT * FROM pg_catalog.run_command_on_workers(query) r
              ORDER BY r.nodename, r.nodeport LOOP
        node := pg_catalog.format('%s:%s', w.nodename, w.nodeport);
        IF w.success THEN
            there := pg_catalog.jsonb_populate_record(NULL::kornews.ko_cluster_node, w.result::jsonb);
            extension_version := there.extension_version;
            dictionary_checksum := there.dictionary_checksum;
            model_checksum := there.model_checksum;
            user_words := there.user_words;
            user_words_fingerprint := there.user_words_fingerprint;
            user_entities := there.user_entities;
            user_entities_fingerprint := there.user_entities_fingerprint;
            agrees := there IS NOT DISTINCT FROM here;
            error := NULL;
        ELSE
            extension_version := NULL;
            dictionary_checksum := NULL;
            model_checksum := NULL;
            user_words := NULL;
            user_words_fingerprint := NULL;
            user_entities := NULL;
            user_entities_fingerprint := NULL;
            agrees := false;
            error := w.result;
        END IF;
        RETURN NEXT;
    END LOOP;
END
$$;

COMMENT ON FUNCTION kornews.ko_cluster_check() IS
'One row per node (coordinator first, then each Citus worker; on one server just this one): '
'extension version, dictionary and model checksums, number and fingerprint of the user words '
'and entities in use, and whether the node agrees with the first row';
