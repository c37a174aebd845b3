-- A read-only login such as a BI tool's, created with nothing but LOGIN, uses kornews out of
-- the box: every function and the configuration kornews.korean, with no GRANT of its own. It
-- may not change what the analysis of every session depends on (user_words, user_entities,
-- news_outlets). Sentences written for this test.
CREATE ROLE regress_kornews_bi LOGIN;

-- The catalog's view, as the superuser: every function of the extension that a caller may call
-- directly is executable by the role; the trigger functions and the SECURITY DEFINER helper
-- (reached only through triggers) are the exceptions and are listed.
SELECT p.oid::regprocedure AS function,
       has_function_privilege('regress_kornews_bi', p.oid, 'EXECUTE') AS may_execute
FROM pg_proc p
JOIN pg_depend d ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e'
JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'kornews'
WHERE p.prorettype = 'trigger'::regtype
   OR NOT has_function_privilege('regress_kornews_bi', p.oid, 'EXECUTE')
ORDER BY p.oid::regprocedure::text COLLATE "C";
SELECT count(*) AS functions_executable_by_bi
FROM pg_proc p
JOIN pg_depend d ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e'
JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'kornews'
WHERE has_function_privilege('regress_kornews_bi', p.oid, 'EXECUTE');

-- No table of the extension may be written by the role (SELECT is what PUBLIC gets, if
-- anything).
SELECT c.oid::regclass AS extension_table,
       has_table_privilege('regress_kornews_bi', c.oid, 'SELECT') AS may_select,
       has_table_privilege('regress_kornews_bi', c.oid, 'INSERT, UPDATE, DELETE, TRUNCATE')
         AS may_write
FROM pg_class c
JOIN pg_depend d ON d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e'
JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'kornews'
WHERE c.relkind = 'r'
ORDER BY c.oid::regclass::text COLLATE "C";

SET ROLE regress_kornews_bi;
SELECT current_user;
-- The analyzer.
SELECT kornews.ko_tokenize('새 물류센터가 문을 열었다');
SELECT kornews.ko_nouns('새 물류센터가 문을 열었다');
SELECT count(*) > 0 AS has_morphs FROM kornews.ko_morphs('새 물류센터가 문을 열었다');
SELECT kornews.ko_hanja_reading('韓國 축구');
SELECT format_version > 0 AS has_format, entries > 0 AS has_entries
FROM kornews.ko_dictionary_info();
SELECT kornews.ko_dictionary_verify();
-- The whole pinned source: the package, its version and the complete integrity hash of
-- scripts/fetch-dict.sh (it was once cut short).
SELECT source LIKE '%sha512-48XNkHSHtDRl9c2/Gi/OcmxjPUInAUyh1+Bi/ohqtiJuY3H7ZR1dvUq3wFbTa0wcyEIqixtoOr+nfOc4UX0dvw=='
       AS source_ends_with_pin
FROM kornews.ko_dictionary_info();
-- Full-text search with the configuration.
SELECT to_tsvector('kornews.korean', '물류센터가 문을 열었다')
       @@ to_tsquery('kornews.korean', '물류센터') AS found;
SELECT ts_lexize('kornews.korean_stem', '물류');
SELECT ts_headline('kornews.korean', '새 물류센터가 항구 옆에 문을 열었다',
                   to_tsquery('kornews.korean', '물류센터'));
-- News and entities.
SELECT item_no, title, author, published
FROM kornews.ko_parse_headlines('7 항구 옆 물류센터 개장 바다일보 2025.03.04', '2025-03-04');
SELECT part FROM kornews.ko_parse_article($$물류센터 개장
항구 옆에 새 물류센터가 문을 열었다. 하루에 상자 만 개를 나른다.$$);
SELECT kornews.ko_headline_key('[단독] 물류센터 개장 [3]');
SELECT count(*) > 0 AS entities_found FROM kornews.ko_entities('김영희 씨가 어제 부산에 갔다.');
SELECT count(*) > 0 AS entities_found
FROM kornews.ko_entities('김영희 씨가 어제 부산에 갔다.', '2025-03-04');
-- Its own tables: a temporary one with a generated tsvector, the discovery and stale-row
-- functions over it, and the index list.
CREATE TEMP TABLE notes (body text,
  tsv tsvector GENERATED ALWAYS AS (to_tsvector('kornews.korean', body)) STORED);
INSERT INTO notes (body) VALUES ('물류센터가 문을 열었다'), ('물류센터 앞 도로가 넓어졌다');
SELECT count(*) FROM kornews.ko_stale_rows('notes');
SELECT kornews.ko_refresh_stale_rows('notes');
SELECT count(*) >= 0 AS discovery_ran
FROM kornews.ko_discover_words('SELECT body FROM notes', 2, 5);
SELECT count(*) >= 0 AS index_list_ran FROM kornews.ko_korean_indexes();
-- Analytics and stories over its own rows.
SELECT count(*) > 0 AS keywords_found FROM kornews.ko_keywords('항구 옆에 새 물류센터가 문을 열었다. 물류센터는 상자를 나른다.', 3);
SELECT cardinality(kornews.ko_top_terms(body, 3)) > 0 AS top_terms FROM notes;
SELECT kornews.ko_similarity('항구 옆 물류센터 개장', '물류센터가 항구 옆에 문을 열었다') > 0 AS similar;
SELECT cardinality(kornews.ko_minhash('항구 옆 물류센터 개장')) > 0 AS minhash;
-- What it may read, and what it may not change.
SELECT count(*) >= 0 AS reads_user_entities FROM kornews.user_entities;
INSERT INTO kornews.user_words (word, tag) VALUES ('물류왕', 'NNP');
DELETE FROM kornews.user_words;
INSERT INTO kornews.user_entities (term, label) VALUES ('물류왕', 'OG');
UPDATE kornews.user_entities SET label = 'PS';
DROP TABLE notes;
RESET ROLE;

DROP ROLE regress_kornews_bi;
