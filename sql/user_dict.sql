-- kornews.user_words: words added without rebuilding the dictionary. Sentences written for
-- these tests (솔빛전자, 달빛시장 and 한울칩 are made-up names).
SET search_path = kornews, public;

-- Before: the analyzer splits the new names.
SELECT ko_tokenize('솔빛전자가 한울칩을 달빛시장에서 판다');

INSERT INTO user_words (word, tag, parts, note) VALUES
    ('솔빛전자', 'NNP', '{솔빛,전자}', 'company'),
    ('한울칩', 'NNP', NULL, 'product');
INSERT INTO user_words (word, tag, cost) VALUES ('달빛시장', 'NNG', -1000);

-- After: each is one morpheme, tagged as its row says; the particles still split off.
SELECT ko_tokenize('솔빛전자가 한울칩을 달빛시장에서 판다');
SELECT form, tag, start_pos, end_pos FROM ko_morphs('솔빛전자가 한울칩을') ORDER BY ord;
SELECT ko_nouns('솔빛전자가 한울칩을 달빛시장에서 판다');

-- Search: a word with parts is indexed whole and by its parts at one position, like a
-- dictionary compound; a word without parts only whole.
SELECT to_tsvector('korean', '솔빛전자가 한울칩을 달빛시장에서 판다');
SELECT alias, token, dictionaries, lexemes FROM ts_debug('korean', '솔빛전자가 한울칩을')
WHERE alias <> 'blank';
SELECT to_tsvector('korean', '솔빛전자의 새 칩') @@ to_tsquery('korean', '솔빛') AS by_part,
       to_tsvector('korean', '솔빛전자의 새 칩') @@ to_tsquery('korean', '솔빛전자') AS whole,
       to_tsvector('korean', '솔빛의 전자 칩') @@ to_tsquery('korean', '솔빛전자') AS apart;

-- Bad rows: an ERROR naming the word and the reason, with a HINT; nothing else is lost.
INSERT INTO user_words (word, tag) VALUES ('딥 시크', 'NNP');
INSERT INTO user_words (word, tag) VALUES ('', 'NNP');
INSERT INTO user_words (word, tag) VALUES ('퓨리오사', 'NNX');
INSERT INTO user_words (word, tag, parts) VALUES ('퓨리오사', 'NNP', '{퓨리,오}');
INSERT INTO user_words (word, tag, parts) VALUES ('퓨리오사', 'NNP', '{퓨리오사}');
INSERT INTO user_words (word, tag, cost) VALUES ('퓨리오사', 'NNP', 40000);
INSERT INTO user_words (word, tag) VALUES (repeat('가', 65), 'NNG');
\set VERBOSITY terse
INSERT INTO user_words (word, tag) VALUES (NULL, 'NNP');
INSERT INTO user_words (word, tag) VALUES ('퓨리오사', NULL);
\set VERBOSITY default
INSERT INTO user_words (word, tag) VALUES ('솔빛전자', 'NNP');  -- (word, tag) is the key
-- One bad row fails its whole statement: 퓨리오사 is not added either.
INSERT INTO user_words (word, tag) VALUES ('퓨리오사', 'NNP'), ('한울 칩', 'NNP');
UPDATE user_words SET tag = 'XX' WHERE word = '한울칩';
SELECT word, tag, cost, parts, note FROM user_words ORDER BY word;
SELECT ko_tokenize('솔빛전자가 한울칩을 퓨리오사에');

-- Plans that folded an analysis at plan time (prepared statements, PL/pgSQL) are replanned
-- after a change.
PREPARE ud_query AS SELECT to_tsquery('korean', '퓨리오사') AS q;
EXECUTE ud_query;
INSERT INTO user_words (word, tag) VALUES ('퓨리오사', 'NNP');
EXECUTE ud_query;
DELETE FROM user_words WHERE word = '퓨리오사';
EXECUTE ud_query;
DEALLOCATE ud_query;

-- Changes take effect at the next statement of this session (and, once committed, of every
-- session: tests/sql/user_dict_sessions.sh), also inside a transaction, and go with a rollback.
BEGIN;
INSERT INTO user_words (word, tag) VALUES ('퓨리오사', 'NNP');
SELECT ko_tokenize('퓨리오사에');
ROLLBACK;
SELECT ko_tokenize('퓨리오사에');
UPDATE user_words SET parts = NULL WHERE word = '솔빛전자';
SELECT to_tsvector('korean', '솔빛전자가');

-- Indexes built before a change keep their old tokens until REINDEX (or, for a stored
-- generated column, until the rows are rewritten); ko_korean_indexes lists them.
CREATE TABLE ud_docs (
    id int PRIMARY KEY,
    body text,
    tsv tsvector GENERATED ALWAYS AS (to_tsvector('kornews.korean', body)) STORED);
CREATE INDEX ud_docs_body ON ud_docs USING gin (to_tsvector('kornews.korean', body));
CREATE INDEX ud_docs_tsv ON ud_docs USING gin (tsv);
CREATE INDEX ud_docs_nouns ON ud_docs USING gin (ko_nouns(body));
CREATE INDEX ud_docs_plain ON ud_docs (body);
INSERT INTO ud_docs (id, body) VALUES (1, '가온누리가 신약을 냈다'), (2, '가온 누리 주가');
SELECT index_name, table_name, through, rebuild FROM ko_korean_indexes() ORDER BY index_name::text;

INSERT INTO user_words (word, tag) VALUES ('가온누리', 'NNP');
SET enable_seqscan = off;
SELECT id FROM ud_docs WHERE to_tsvector('kornews.korean', body) @@ '가온누리'::tsquery;
SELECT id FROM ud_docs WHERE tsv @@ '가온누리'::tsquery;
REINDEX INDEX ud_docs_body;
SELECT id FROM ud_docs WHERE to_tsvector('kornews.korean', body) @@ '가온누리'::tsquery;
UPDATE ud_docs SET body = body;  -- what ko_korean_indexes() says to run
SELECT id FROM ud_docs WHERE tsv @@ '가온누리'::tsquery;
RESET enable_seqscan;
DROP TABLE ud_docs;

-- pg_dump dumps the rows (the table is an extension configuration table).
SELECT 'kornews.user_words'::regclass = ANY (extconfig) AS dumped
FROM pg_extension WHERE extname = 'kornews';

-- The words do not depend on search_path: a table of the same name elsewhere is not read.
CREATE TABLE public.user_words (word text, tag text, cost int, parts text[], reading text);
INSERT INTO public.user_words VALUES ('한울', 'XYZ', NULL, NULL, NULL);
SET search_path = public;
UPDATE kornews.user_words SET note = 'seen' WHERE word = '한울칩';  -- the rows are re-read now
SELECT kornews.ko_tokenize('솔빛전자가 한울칩을');
SET search_path = kornews, public;
DROP TABLE public.user_words;

-- Every role analyzes with the same words, whatever its privileges: the rows are read by the
-- extension, not with the caller's SELECT. Changing them takes privileges on the table.
CREATE ROLE regress_kornews_words_reader;
GRANT USAGE ON SCHEMA kornews TO regress_kornews_words_reader;
SET ROLE regress_kornews_words_reader;
SELECT has_table_privilege('kornews.user_words', 'SELECT') AS may_select;
SELECT ko_tokenize('솔빛전자가');  -- 솔빛 + 전자 without the word
INSERT INTO user_words (word, tag) VALUES ('한빛칩', 'NNP');
RESET ROLE;
REVOKE USAGE ON SCHEMA kornews FROM regress_kornews_words_reader;
DROP ROLE regress_kornews_words_reader;

-- A row that bypassed the check (triggers disabled) stops analysis with an ERROR naming it,
-- rather than being ignored; fixing the row (its UPDATE is checked as usual) resumes it.
ALTER TABLE user_words DISABLE TRIGGER user_words_check;
INSERT INTO user_words (word, tag) VALUES ('한빛칩', 'XYZ');
ALTER TABLE user_words ENABLE TRIGGER user_words_check;
SELECT ko_tokenize('한빛칩이');
INSERT INTO user_words (word, tag) VALUES ('한빛소재', 'NNP');  -- other rows are still checked
UPDATE user_words SET tag = 'NNP' WHERE word = '한빛칩';
SELECT ko_tokenize('한빛칩이 한빛소재에');

-- The words go with their rows: none left for the tests after this one.
TRUNCATE user_words;
SELECT ko_tokenize('솔빛전자가 한울칩을 달빛시장에서 판다');
