-- New-word discovery over a query's texts. Sentences written for these tests: 달빛시장 (a
-- made-up market) and 별솔바이오 (a made-up company) are split by the dictionary; 달빛 and 시장
-- are also used on their own, so they are suggested as parts of 달빛시장.
SET search_path = kornews, public;

CREATE TABLE disc_articles (id int, body text);
INSERT INTO disc_articles VALUES
    (1, '달빛시장이 오늘 밤 문을 열었다. 별솔바이오가 신약을 냈다.'),
    (2, '주말마다 달빛시장에 사람들이 몰린다.'),
    (3, '시민들은 달빛시장을 좋아한다. 별솔바이오의 주가가 올랐다.'),
    (4, '달빛시장은 밤에만 연다.'),
    (5, '구청은 달빛시장도 지원한다. 별솔바이오는 임상을 시작했다.'),
    (6, '오늘 달빛시장 행사가 있었다.'),
    (7, '별솔바이오를 두고 투자자들이 고민한다.'),
    (8, '별솔바이오와 제약사들이 손을 잡았다.'),
    (9, '시장 상인들은 달빛 아래 모였다.'),
    (10, NULL);

SELECT ko_tokenize('달빛시장이 별솔바이오를');

SELECT word, round(score::numeric, 2) AS score, count, suggested_tag, parts, pieces,
       cardinality(examples) AS examples
FROM ko_discover_words('SELECT body FROM disc_articles', min_count => 5)
ORDER BY score DESC, word;
SELECT word, examples[1] FROM ko_discover_words('SELECT body FROM disc_articles', 5, 1);
-- min_count holds back what is rarer.
SELECT count(*) FROM ko_discover_words('SELECT body FROM disc_articles', min_count => 7);
-- The same rows in any order give the same rows, every column (a Citus cluster returns a
-- query's rows in a different order on every run): forwards, backwards, and by the text.
SELECT (SELECT array_agg(d ORDER BY d.word) FROM ko_discover_words('SELECT body FROM disc_articles ORDER BY id', 2) d)
     = (SELECT array_agg(d ORDER BY d.word) FROM ko_discover_words('SELECT body FROM disc_articles ORDER BY id DESC', 2) d)
   AND (SELECT array_agg(d ORDER BY d.word) FROM ko_discover_words('SELECT body FROM disc_articles ORDER BY id', 2) d)
     = (SELECT array_agg(d ORDER BY d.word) FROM ko_discover_words('SELECT body FROM disc_articles ORDER BY md5(body)', 2) d)
    AS same_in_any_order;
-- Any query with one text column: varchar works, a filter too.
SELECT word, count
FROM ko_discover_words('SELECT body::varchar FROM disc_articles WHERE id <= 6', min_count => 5);

-- The rows go straight into the user dictionary (after review).
INSERT INTO user_words (word, tag, parts, note)
SELECT word, suggested_tag, parts, 'discovered'
FROM ko_discover_words('SELECT body FROM disc_articles', min_count => 5);
SELECT word, tag, parts, note FROM user_words ORDER BY word;
SELECT ko_tokenize('달빛시장이 별솔바이오를');
-- Words now known are no longer proposed.
SELECT count(*) FROM ko_discover_words('SELECT body FROM disc_articles', min_count => 5);
DELETE FROM user_words;

-- Bad calls: an ERROR with a HINT.
SELECT * FROM ko_discover_words('SELECT id FROM disc_articles');
SELECT * FROM ko_discover_words('SELECT id, body FROM disc_articles');
SELECT * FROM ko_discover_words('DELETE FROM disc_articles');
SELECT * FROM ko_discover_words('SELECT body FROM disc_articles', min_count => 0);
SELECT * FROM ko_discover_words('SELECT body FROM no_such_table');
SELECT count(*) FROM ko_discover_words(NULL);
DROP TABLE disc_articles;
