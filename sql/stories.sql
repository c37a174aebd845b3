-- Same story, many headlines: ko_similarity, MinHash blocking, ko_stories and
-- ko_stories_assign. Every headline here was written for these tests.
SET search_path = kornews, public;

-- Similarity in [0, 1]: the same event written two ways scores above an unrelated pair.
SELECT round(ko_similarity('경북 포항서 규모 4.2 지진 발생', '포항 지진 규모 4.2…주민 대피')::numeric, 2) AS same_quake,
       round(ko_similarity('경북 포항서 규모 4.2 지진 발생', '서울 아파트값 3주 연속 상승')::numeric, 2) AS unrelated;
-- Identical terms are 1; particles and endings do not matter.
SELECT ko_similarity('삼성전자가 신형 반도체를 공개했다', '삼성전자는 신형 반도체 공개') AS particles_only;
-- Numbers by value: 열두 명 is 12명; a different magnitude counts against the same story.
SELECT ko_similarity('화재로 주민 12명 부상', '화재로 주민 열두 명 부상') AS same_number,
       ko_similarity('경북 포항서 규모 4.2 지진', '경북 포항서 규모 2.1 지진')
         < ko_similarity('경북 포항서 규모 4.2 지진', '경북 포항서 규모 4.2 지진 발생') AS other_number_lower;
-- Hanja by reading: 美 is 미국.
SELECT ko_similarity('美 국무장관 방한', '미국 국무장관 방한') AS hanja_abbreviation;
-- Symmetric, and 0 when a side has no terms.
SELECT ko_similarity('전기요금 인상 발표', '정부, 전기요금 인상안 발표') = ko_similarity('정부, 전기요금 인상안 발표', '전기요금 인상 발표') AS symmetric,
       ko_similarity('', '전기요금 인상') AS empty_side, ko_similarity('…!?', '…!?') AS no_terms,
       ko_similarity(NULL, '전기요금') AS null_side;

-- MinHash: 32 values, 16 band keys; the same terms give the same keys, an empty text none.
SELECT array_length(ko_minhash('경북 포항서 규모 4.2 지진 발생'), 1) AS signature,
       array_length(ko_minhash_bands('경북 포항서 규모 4.2 지진 발생'), 1) AS bands,
       ko_minhash_bands('포항 지진 발생') = ko_minhash_bands('포항에서 지진이 발생') AS same_terms_same_keys,
       ko_minhash('') AS empty;
-- Blocking in SQL: a GIN index over the band keys finds the candidates of a headline.
CREATE TABLE board (id bigint PRIMARY KEY, published timestamptz, outlet text, title text);
INSERT INTO board VALUES
  (1, '2025-01-10 08:02+09', '한빛일보', '경북 포항 북쪽서 규모 4.2 지진…부산서도 흔들림'),
  (2, '2025-01-10 08:10+09', '새벽뉴스', '[속보] 포항 북쪽 규모 4.2 지진 발생'),
  (3, '2025-01-10 09:30+09', '누리신문', '포항 규모 4.2 지진 여진 이어져…주민 불안'),
  (4, '2025-01-10 07:40+09', '한빛일보', '내일 아침 영하 15도 강추위…한파특보 확대'),
  (5, '2025-01-10 11:05+09', '새벽뉴스', '영하 15도 강추위 찾아온다…전국에 한파특보'),
  (6, '2025-01-10 09:00+09', '누리신문', '한국은행 기준금리 동결 결정'),
  (7, '2025-01-10 10:15+09', '새벽뉴스', '프로야구 개막전 입장권 매진'),
  (8, '2025-01-10 12:00+09', '한빛일보', '신형 전기차 보조금 지급 기준 발표');
CREATE INDEX board_bands ON board USING gin (ko_minhash_bands(title));
SELECT id FROM board
WHERE ko_minhash_bands(title) && ko_minhash_bands('포항 규모 4.2 지진 발생')
ORDER BY id;

-- The seed-board check: three outlets' earthquake headlines are one story, the two cold-wave
-- headlines another, the unrelated ones each their own. story_id is the first headline's id.
SELECT b.id, s.story_id, round(s.similarity::numeric, 2) AS similarity, b.title
FROM ko_stories('SELECT id, published, title FROM board') s JOIN board b USING (id)
ORDER BY s.story_id, b.published;
-- Dashboard: stories per day and the outlets of each.
SELECT date_trunc('day', f.published AT TIME ZONE 'Asia/Seoul') AS day, s.story_id,
       count(*) AS headlines, string_agg(DISTINCT b.outlet, ', ' ORDER BY b.outlet) AS outlets,
       f.title AS first_headline
FROM ko_stories('SELECT id, published, title FROM board') s
JOIN board b USING (id) JOIN board f ON f.id = s.story_id
GROUP BY 1, 2, f.title ORDER BY 1, headlines DESC, s.story_id;

-- A narrow window splits a story: the follow-up 1 h 20 min after the last headline is not within 1 hour.
SELECT id, story_id FROM ko_stories('SELECT id, published, title FROM board WHERE id <= 3', '1 hour')
ORDER BY id;
-- A stricter threshold: fewer headlines join.
SELECT count(DISTINCT story_id) AS strict_stories
FROM ko_stories('SELECT id, published, title FROM board', '48 hours', 0.95);
-- A body column is read (its lead) when present.
SELECT id, story_id FROM ko_stories($$
  SELECT id, published, title, CASE id WHEN 2 THEN '포항 북쪽에서 규모 4.2 지진이 났다. 피해는 없다.' END
  FROM board WHERE id <= 3$$) ORDER BY id;
-- Column names do not matter, positions and types do; int and timestamp are cast.
SELECT count(*) FROM ko_stories('SELECT id::int AS n, published::timestamp AS t, title::varchar AS x FROM board');

-- Incremental: the stories already known keep their ids; new rows join them or open new ones.
ALTER TABLE board ADD COLUMN story_id bigint;
UPDATE board b SET story_id = s.story_id
FROM ko_stories('SELECT id, published, title FROM board') s WHERE b.id = s.id;
INSERT INTO board (id, published, outlet, title) VALUES
  (9, '2025-01-10 13:00+09', '누리신문', '포항 규모 4.2 지진 피해 신고 잇따라'),
  (10, '2025-01-10 13:30+09', '누리신문', '청년 월세 지원 신청 다음달 시작');
SELECT id, story_id, round(similarity::numeric, 2) AS similarity
FROM ko_stories_assign('SELECT id, published, title, story_id FROM board') ORDER BY id;
-- The recipe of an hourly job (docs/stories.md): assign, then store.
UPDATE board b SET story_id = s.story_id
FROM ko_stories_assign($$SELECT id, published, title, story_id FROM board
                         WHERE published > timestamptz '2025-01-10 13:30+09' - interval '96 hours'$$) s
WHERE b.id = s.id;
SELECT story_id, array_agg(id ORDER BY id) FROM board GROUP BY story_id ORDER BY story_id;

-- Bad input.
-- NULL and empty titles: a NULL title gets no story, an empty one a story of its own.
SELECT * FROM ko_stories($$VALUES (1::bigint, timestamptz '2025-01-10 08:00+09', NULL::text),
                                  (2, '2025-01-10 08:01+09', ''),
                                  (3, '2025-01-10 08:02+09', ''),
                                  (4, '2025-01-10 08:03+09', '포항 지진')$$) ORDER BY id;
-- Wrong columns: the error names the expected ones.
SELECT * FROM ko_stories('SELECT title FROM board');
SELECT * FROM ko_stories('SELECT id, title, published FROM board');
SELECT * FROM ko_stories('SELECT id, published, title, story_id FROM board');
SELECT * FROM ko_stories_assign('SELECT id, published, title FROM board');
SELECT * FROM ko_stories('UPDATE board SET title = title');
-- Duplicate ids, wherever they are in the order.
SELECT * FROM ko_stories($$SELECT id, published, title FROM board
                          UNION ALL SELECT 1, timestamptz '2025-02-01 00:00+09', '딴 기사'$$);
-- NULL id or published.
SELECT * FROM ko_stories($$VALUES (NULL::bigint, now(), '포항 지진')$$);
SELECT * FROM ko_stories($$VALUES (1::bigint, NULL::timestamptz, '포항 지진')$$);
-- A window of zero and a threshold out of range.
SELECT * FROM ko_stories('SELECT id, published, title FROM board', '0 hours');
SELECT * FROM ko_stories('SELECT id, published, title FROM board', '48 hours', 0);
SELECT * FROM ko_stories('SELECT id, published, title FROM board', '-1 day');
-- A huge window is no error (it saturates at about 950 years).
SELECT count(DISTINCT story_id) FROM ko_stories('SELECT id, published, title FROM board', '100000000 years');
-- 100,000 identical headlines are one story (each compared with a few candidates, not all).
SELECT count(*) AS headlines, count(DISTINCT story_id) AS stories, min(story_id) AS story_id,
       min(similarity) AS min_similarity
FROM ko_stories($$SELECT g, timestamptz '2025-01-10 00:00+09' + g * interval '1 second',
                         '포항 규모 4.2 지진 발생' FROM generate_series(1, 100000) g$$);
-- statement_timeout stops a long grouping with the usual error.
SET statement_timeout = '300ms';
SELECT count(*) FROM ko_stories($$SELECT g, timestamptz '2025-01-10 00:00+09' + g * interval '1 second',
                                        '포항 지진 ' || g FROM generate_series(1, 10000000) g$$);
RESET statement_timeout;
DROP TABLE board;
