-- News analytics from SQL: ko_keywords, the stop-word table, collection statistics,
-- ko_top_terms, ko_trending, ko_comentions, and their bad input. Texts written for these tests.
SET search_path = kornews, public;

-- Keywords of one story: the subject first (it is in the first sentence and repeated), a
-- repeated phrase of adjacent nouns as one keyword, and no byline (the reporter's name
-- included) or copyright line.
SELECT rank, keyword, round(score::numeric, 3) AS score FROM ko_keywords(
  '서울시가 내년까지 시내버스 1천 대를 전기버스로 바꾼다. 시는 전기버스 충전소를 차고지마다 '
  '설치한다. 전기버스는 소음이 적다. 김민수 기자 무단전재 및 재배포 금지', 5);
SELECT rank, keyword, round(score::numeric, 3) AS score FROM ko_keywords(
  '정부가 의대 정원을 늘리자 전공의들이 사직서를 냈다. 환자 단체는 의대 정원 문제로 '
  '피해가 크다고 밝혔다.', 3);

-- A phrase and its own parts are not both listed: 의대 정원 above, neither 의대 nor 정원.
SELECT count(*) FILTER (WHERE keyword IN ('의대', '정원')) AS parts_listed,
       count(*) FILTER (WHERE keyword = '의대 정원') AS phrase_listed
FROM ko_keywords('정부가 의대 정원을 늘리자 전공의들이 사직서를 냈다. 환자 단체는 의대 정원 '
                 '문제로 피해가 크다고 밝혔다.', 10);

-- Foreign words and alphanumerics, a word the analyzer cuts at a glued prefix (저출생), and a
-- Hanja word by its reading (韓國 -> 한국).
SELECT keyword FROM ko_keywords('엔비디아 H100 공급이 늘었다. H100 가격은 내렸다.', 3);
SELECT keyword FROM ko_keywords('저출생 대책이 나왔다. 저출생 흐름은 계속된다.', 2);
SELECT keyword FROM ko_keywords('韓國 경제가 회복했다.', 3);

-- Empty input, a text of stop words only, k out of range, NULL (STRICT).
SELECT count(*) FROM ko_keywords('', 5);
SELECT count(*) FROM ko_keywords('   ', 5);
SELECT count(*) FROM ko_keywords('기자 사진 무단전재 재배포 금지. 연합뉴스 뉴스', 5);
SELECT * FROM ko_keywords('전기버스', 0);
SELECT count(*) FROM ko_keywords(NULL, 5);
-- A long document (about 700 kB) is read chunk by chunk; its lead is its first sentence only.
SELECT rank, keyword FROM ko_keywords(repeat('서울시가 전기버스를 도입한다. 충전소가 늘었다. ', 10000), 3);

-- The stop-word table: editable, honoured from the next statement.
SELECT keyword FROM ko_keywords('로봇이 로봇을 만든다. 전기버스', 2);
INSERT INTO stopwords VALUES ('로봇');
SELECT keyword FROM ko_keywords('로봇이 로봇을 만든다. 전기버스', 2);
DELETE FROM stopwords WHERE word = '로봇';
SELECT keyword FROM ko_keywords('로봇이 로봇을 만든다. 전기버스', 2);
-- A phrase entry matches however the analyzer splits it, and takes its words with it: 금지 is
-- a keyword, but not in the copyright line 재배포 금지.
SELECT keyword FROM ko_keywords('수입 금지 조치가 나왔다.', 3);
SELECT keyword FROM ko_keywords('공연이 열렸다. 무단 전재 재배포 금지', 3);

-- The extension's own rows are marked: pg_dump keeps only the rows added later.
INSERT INTO stopwords VALUES ('로봇');
SELECT count(*) FILTER (WHERE builtin) > 50 AS has_builtin,
       array_agg(word) FILTER (WHERE NOT builtin) AS added
FROM stopwords;
DELETE FROM stopwords WHERE word = '로봇';

-- Only the owner edits it; everyone reads it and calls the functions.
CREATE ROLE regress_kornews_analyst;
GRANT USAGE ON SCHEMA kornews TO regress_kornews_analyst;
SET ROLE regress_kornews_analyst;
SELECT count(*) > 50 AS readable FROM kornews.stopwords;
INSERT INTO kornews.stopwords VALUES ('전기버스');
DELETE FROM kornews.stopwords;
SELECT keyword FROM kornews.ko_keywords('전기버스 전기버스 충전소', 1);
RESET ROLE;
REVOKE USAGE ON SCHEMA kornews FROM regress_kornews_analyst;
DROP ROLE regress_kornews_analyst;

-- A collection: its statistics make a term common in it weigh less. Every day of the eight
-- has the same mix of four stories.
CREATE TABLE analytics_news (id int PRIMARY KEY, published timestamptz, body text);
INSERT INTO analytics_news
SELECT i, timestamptz '2026-03-10 12:00+09' - (i % 8) * interval '1 day' - interval '1 hour',
       (ARRAY['삼성전자가 평택 공장에 반도체 라인을 늘린다.',
              '서울시는 버스 요금을 올린다.',
              '한국은행은 기준금리를 동결했다.',
              '반도체 수출이 늘었다.'])[1 + (i / 8) % 4]
FROM generate_series(1, 160) AS i;
SELECT ko_refresh_term_stats('news', 'SELECT body FROM analytics_news');
SELECT collection, docs, query FROM term_collections;
SELECT term, docs FROM term_stats WHERE collection = 'news' ORDER BY docs DESC, term LIMIT 4;
SELECT rank, keyword FROM ko_keywords('반도체 공장에 로봇이 들어왔다. 로봇이 반도체를 옮긴다.', 2);
SELECT rank, keyword FROM ko_keywords('반도체 공장에 로봇이 들어왔다. 로봇이 반도체를 옮긴다.', 2, 'news');
SELECT * FROM ko_keywords('반도체', 2, 'no such collection');
SELECT ko_refresh_term_stats('news', 'SELECT id FROM analytics_news');

-- ko_top_terms: documents per term, most first, ties by term; error 0 = exact.
SELECT (unnest(ko_top_terms(body, 4))).* FROM analytics_news;
SELECT published::date AS day, ko_top_terms(body, 2) FROM analytics_news
GROUP BY 1 ORDER BY 1 LIMIT 3;
SELECT ko_top_terms(body, 3) FROM analytics_news WHERE false;
SELECT ko_top_terms(NULL::text, 3);
SELECT ko_top_terms(body, 0) FROM analytics_news;

-- It splits into partial aggregates that parallel workers run, and the result is the same.
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
EXPLAIN (COSTS OFF) SELECT ko_top_terms(body, 4) FROM analytics_news;
-- GROUP BY too, once the table is large enough for the planner to split the groups (planned
-- only: the plan needs the statistics, not the rows analyzed).
CREATE TABLE analytics_many AS
SELECT timestamptz '2026-03-01 00:00+09' + (i % 30) * interval '1 day' AS published,
       '서울시는 버스 요금을 올린다.'::text AS body
FROM generate_series(1, 100000) AS i;
ANALYZE analytics_many;
EXPLAIN (COSTS OFF) SELECT published::date, ko_top_terms(body, 20) FROM analytics_many GROUP BY 1;
DROP TABLE analytics_many;
SELECT (unnest(ko_top_terms(body, 4))).* FROM analytics_news;
RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;
RESET max_parallel_workers_per_gather;

-- ko_trending: counts are documents; the score weighs evidence, not a bare ratio. 전기차 goes
-- from 2 stories a day to 12 in the last day; 얼룩말 appears twice in the last day and never
-- before, and ranks below it.
INSERT INTO analytics_news
SELECT 1000 + i, timestamptz '2026-03-10 12:00+09' - (i % 8) * interval '1 day' - interval '2 hours',
       '현대차가 전기차 공장을 짓는다.'
FROM generate_series(1, 16) AS i
WHERE i % 8 <> 0;
INSERT INTO analytics_news
SELECT 2000 + i, timestamptz '2026-03-10 12:00+09' - interval '2 hours',
       '현대차가 전기차 공장을 짓는다.'
FROM generate_series(1, 12) AS i;
INSERT INTO analytics_news
SELECT 3000 + i, timestamptz '2026-03-10 12:00+09' - interval '3 hours', '얼룩말 한 마리가 나타났다.'
FROM generate_series(1, 2) AS i;
SELECT rank, term, kind, recent_count, baseline_count, round(score::numeric, 2) AS score,
       approximate
FROM ko_trending('SELECT published, body FROM analytics_news', '2026-03-10 12:00+09', k => 10);

-- Nothing in either span (at before every row): no rows.
SELECT count(*) FROM ko_trending('SELECT published, body FROM analytics_news', '2020-01-01');
-- Wrong columns, spans of zero or less, a bad k, a query that is not a SELECT.
SELECT * FROM ko_trending('SELECT body FROM analytics_news');
SELECT * FROM ko_trending('SELECT body, published FROM analytics_news');
SELECT * FROM ko_trending('SELECT published, body FROM analytics_news', now(), '0 days');
SELECT * FROM ko_trending('SELECT published, body FROM analytics_news', now(), '1 day', '-7 days');
SELECT * FROM ko_trending('SELECT published, body FROM analytics_news', now(), k => 0);
SELECT * FROM ko_trending('DELETE FROM analytics_news');

-- statement_timeout cancels a long run.
SET statement_timeout = '300ms';
SELECT count(*) FROM ko_trending(
  'SELECT now(), ''화웨이가 새 인공지능 칩을 공개했다. 엔비디아는 긴장했다.'' '
  'FROM generate_series(1, 10000000)');
RESET statement_timeout;

-- ko_comentions: pairs of entities mentioned together, with (body) or (body, published).
SELECT a, a_label, b, b_label, docs, round(pmi::numeric, 3) AS pmi, approximate
FROM ko_comentions('SELECT body FROM analytics_news', 2);
SELECT count(*) FROM ko_comentions('SELECT body, published FROM analytics_news', 2);
SELECT count(*) FROM ko_comentions('SELECT body FROM analytics_news', 1000);
SELECT * FROM ko_comentions('SELECT id FROM analytics_news');
SELECT * FROM ko_comentions('SELECT body FROM analytics_news', 0);

DROP TABLE analytics_news;
DELETE FROM term_collections WHERE collection = 'news';
