-- Entity tagging from SQL: ko_entities, the reference date, the user entity dictionary.
-- Sentences written for these tests.
SET search_path = kornews, public;

-- People, organizations and amounts; offsets are 0-based code points, end exclusive, so
-- substr(s, start_pos + 1, end_pos - start_pos) gives back the entity.
SELECT entity, label, start_pos, end_pos, normalized,
       substr('김철수 씨는 한국은행에 3천만 원을 예금했다.', start_pos + 1,
              end_pos - start_pos) = entity AS span_ok
FROM ko_entities('김철수 씨는 한국은행에 3천만 원을 예금했다.');

-- Dates, times and quantities get normalized values; relative dates only with a reference.
SELECT entity, label, normalized FROM ko_entities('2025년 2월 7일 오후 3시 30분에 1천여 명이 모였다.');
SELECT entity, label, normalized FROM ko_entities('어제 김철수 씨가 4.5조 원을 냈다.');
SELECT entity, label, normalized FROM ko_entities('어제 김철수 씨가 4.5조 원을 냈다.', '2025-02-10');

-- Headline abbreviations: one-character Hanja and short forms, with their full names.
SELECT entity, label, normalized FROM ko_entities('美 대선을 앞두고 中 외교부가 입장을 냈다.');
SELECT entity, label, normalized FROM ko_entities('국힘은 오후 2시에 의원총회를 연다.');

-- The functions' properties: the one-argument form is IMMUTABLE STRICT PARALLEL SAFE, the
-- reference form too (the date is an argument).
SELECT p.oid::regprocedure AS function, provolatile, proisstrict, proparallel
FROM pg_proc p WHERE proname = 'ko_entities' ORDER BY p.oid::regprocedure::text;

-- The user entity table is dumped with the extension's data.
SELECT 'kornews.user_entities'::regclass = ANY (extconfig) AS dumped
FROM pg_extension WHERE extname = 'kornews';

-- User entities win over the model, from the next statement on.
INSERT INTO user_entities (term, label, normalized) VALUES
    ('김철수', 'OG', '김철수상회'),
    ('한빛', 'OG', '한빛전자');
SELECT entity, label, normalized FROM ko_entities('김철수 씨는 한국은행에 3천만 원을 예금했다.');
SELECT entity, label, normalized FROM ko_entities('한빛이 새 공장을 지었다.');
UPDATE user_entities SET label = 'PS', normalized = NULL WHERE term = '김철수';
SELECT entity, label, normalized FROM ko_entities('김철수 씨는 한국은행에 갔다.');

-- Malformed rows are rejected at insert with an error naming the row; a multi-row INSERT with
-- one bad row inserts nothing, and the rows already there stay.
INSERT INTO user_entities VALUES ('', 'PS', NULL);
INSERT INTO user_entities VALUES (' 앞공백', 'PS', NULL);
INSERT INTO user_entities VALUES ('뒤공백 ', 'PS', NULL);
INSERT INTO user_entities VALUES (E'줄\n바꿈', 'PS', NULL);
INSERT INTO user_entities VALUES (repeat('가', 201), 'PS', NULL);
INSERT INTO user_entities VALUES ('코난', 'PER', NULL);
INSERT INTO user_entities VALUES ('코난', NULL, NULL);
INSERT INTO user_entities VALUES ('코난', 'PS', NULL), ('홈즈', 'ps', NULL);
UPDATE user_entities SET label = 'XX' WHERE term = '한빛';
SELECT term, label, normalized FROM user_entities ORDER BY term;

-- Without the row, the user's label and value are gone: only the model's own guess is left
-- (this model leaves the unknown name alone), never a normalized value.
DELETE FROM user_entities;
SELECT entity, label, normalized FROM ko_entities('한빛이 새 공장을 지었다.');

-- In an expression index (through an IMMUTABLE SQL function) and in a parallel worker: the
-- user entity lookup inside names its tables with the schema and only reads.
CREATE FUNCTION entity_names(t text) RETURNS text[] LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$ SELECT array_agg(entity ORDER BY start_pos) FROM kornews.ko_entities(t) $$;
CREATE TABLE entity_docs (id int PRIMARY KEY, body text);
INSERT INTO entity_docs VALUES
    (1, '김철수 씨는 한국은행에 갔다.'),
    (2, '美 대선을 앞두고 中 외교부가 입장을 냈다.'),
    (3, '국힘은 오후 2시에 의원총회를 연다.');
CREATE INDEX entity_docs_names ON entity_docs USING gin (entity_names(body));
SET enable_seqscan = off;
EXPLAIN (COSTS OFF) SELECT id FROM entity_docs WHERE entity_names(body) @> ARRAY['한국은행'];
SELECT id FROM entity_docs WHERE entity_names(body) @> ARRAY['한국은행'];
RESET enable_seqscan;
SET force_parallel_mode = on;
SELECT d.id, e.entity, e.label FROM entity_docs d, ko_entities(d.body) e ORDER BY d.id, e.start_pos;
RESET force_parallel_mode;
DROP TABLE entity_docs;
DROP FUNCTION entity_names(text);

-- Bad and extreme input. NULL: STRICT.
SELECT count(*) FROM ko_entities(NULL);
SELECT count(*) FROM ko_entities(NULL, '2025-02-10');
SELECT count(*) FROM ko_entities('2025-02-10', NULL);
-- Empty and blank: no rows.
SELECT count(*) FROM ko_entities('');
SELECT count(*) FROM ko_entities(E' \t\n ');
-- Control characters, emoji and decomposed jamo: offsets still point into the original text.
SELECT entity, label, start_pos, end_pos FROM ko_entities(E'\x01\x02김철수\x07 씨는 😀👍🏽 한국은행에 갔다.');
SELECT entity, label, start_pos, end_pos
FROM ko_entities(E'\u1112\u1161\u11ab\u1100\u116e\u11a8\u110b\u1173\u11ab\u1112\u1162\u11bc에 김철수 씨가 갔다.');
-- An infinite reference date is an error, not a silent NULL.
SELECT count(*) FROM ko_entities('어제', 'infinity');
-- A 5 MB text in one call: every sentence is tagged (two entities per sentence).
SELECT count(*) AS entities, max(end_pos) AS last_end,
       char_length(repeat('김철수 씨는 한국은행에 갔다. ', 200000)) AS chars
FROM ko_entities(repeat('김철수 씨는 한국은행에 갔다. ', 200000));

-- A missing model is a clear error that names the setting; RESET brings the installed one back.
SET kornews.ner_model_path = '/nonexistent/kornews_ner.model';
SELECT count(*) FROM ko_entities('김철수');
RESET kornews.ner_model_path;
SELECT count(*) > 0 AS tagged FROM ko_entities('김철수 씨는 한국은행에 갔다.');

-- A role with no privilege but the schema's USAGE can tag text (it reads the user entities,
-- which everyone may read), but cannot edit the user entities.
CREATE ROLE regress_kornews_reader;
GRANT USAGE ON SCHEMA kornews TO regress_kornews_reader;
SET ROLE regress_kornews_reader;
SELECT entity, label FROM kornews.ko_entities('김철수 씨는 한국은행에 갔다.');
INSERT INTO kornews.user_entities VALUES ('코난', 'PS', NULL);
RESET ROLE;
REVOKE USAGE ON SCHEMA kornews FROM regress_kornews_reader;
DROP ROLE regress_kornews_reader;

-- Issue 11 item 7: a huge amount stays one quantity (never DT digits + QT '조 원'), 경 is a
-- unit, an amount in Hangul digits is no organization, numbers inside model names are no
-- quantities, and no relative date resolves past year 9999.
SELECT entity, label, normalized FROM kornews.ko_entities('올해 매출은 99999999999조 원이다.');
SELECT entity, label, normalized FROM kornews.ko_entities('국가 부채가 1경 원을 넘었다는 주장이 나왔다.');
SELECT entity, label, normalized FROM kornews.ko_entities('그 회사의 부채는 구천구백구십구경 원이라는 농담이 돌았다.');
SELECT entity, label, normalized FROM kornews.ko_entities('화웨이의 어센드 910C는 엔비디아 H100에 맞서는 칩이다.');
SELECT entity, label, normalized FROM kornews.ko_entities('회사는 내일 새 제품을 공개한다.', '10000-01-01');
SELECT entity, label, normalized FROM kornews.ko_entities('회사는 내일 새 제품을 공개한다.', '9999-12-30');
SELECT entity, label, normalized FROM kornews.ko_entities('올해 안에 결정된다.', '10000-01-01');
