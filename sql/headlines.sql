-- kornews.ko_parse_headlines: every list format, broken lines, and mixed formats in one input.
-- The reference date is fixed so that the expected output does not depend on the day it runs.
\pset null '∅'
SET datestyle = ISO;

-- A whitespace-separated board; the header gives the column order, views included.
SELECT line_no, item_no, title, author, published, labels, comments, views, notice, parsed
FROM kornews.ko_parse_headlines(
$$번호 제목 글쓴이 날짜 조회
1203 [단독] 지하철 3호선 새벽 운행 재개 검토 한빛일보 2025.02.07 1,204
1202 부산항 물동량 역대 최대…2천만 개 돌파(종합) 한빛일보 2025.02.06 88
1201 강원 산간 대설특보 주민 대피 [12] 바다일보 25.02.05 7
1200 [속보] 기준금리 동결 결정 (2보) 바다일보 02.04 -
1199 새벽 배송 지역 확대 바다일보 07:42 33$$, '2025-02-07');

-- Without a header the columns are inferred; a time alone is the reference date.
SELECT line_no, item_no, title, author, published
FROM kornews.ko_parse_headlines(
$$501 항만 자동화 첫 시험 바다일보 2025.02.07
500 눈길 교통사고 잇따라 바다일보 2025.02.07
499 새벽 배송 확대 한빛일보 09:15$$, '2025-02-07');

-- Two-word authors: a reporter's title, or the same pair on several rows.
SELECT line_no, title, author
FROM kornews.ko_parse_headlines(
$$제목 글쓴이 날짜
항만 자동화 첫 시험 김민수 기자 2025.02.07
눈길 교통사고 잇따라 이영희 기자 2025.02.07
새벽 배송 확대 연합뉴스 TV 2025.02.07
청년 고용률 하락 연합뉴스 TV 2025.02.07
전기차 보조금 축소 한빛일보 2025.02.07$$, '2025-02-07');

-- A tab-separated copy of an HTML table, and a Markdown-style |-table with its rule line.
SELECT line_no, item_no, title, author, published, labels, comments, views
FROM kornews.ko_parse_headlines(
E'번호\t제목\t작성자\t등록일\t조회\n'
'7\t"보조금 줄인다"…업계 반발 [4]\t한빛일보\t2025-02-02 09:31\t15\n'
'6\t【포토】 눈 내린 광화문\t바다일보\t\t-\n'
'\n'
'| 번호 | 제목 | 작성자 | 등록일 |\n'
'|---|---|---|---|\n'
'| 55 | 〈인터뷰〉 새 시즌 앞둔 감독 | 김민수 기자 | 2025년 2월 1일 |\n'
'| 56 | 반도체 수출 반등 | 이영희 기자 | 2025. 1. 31. 오후 3:10 |', '2025-02-07');

-- Portal result lists: "title - outlet date".
SELECT line_no, title, author, published
FROM kornews.ko_parse_headlines(
$$대학 등록금 동결 6년째 - 연합뉴스 TV 2025-02-02 09:31
청년 고용률 석 달째 하락 - 한빛일보 어제
전기차 보조금 축소 · 바다일보 · 3시간 전
스마트폰 출하량 감소 - 한빛일보 방금$$, '2025-02-07');

-- Notice rows: 공지 in place of the number, with or without a date.
SELECT line_no, item_no, title, author, published, notice, parsed
FROM kornews.ko_parse_headlines(
$$번호 제목 글쓴이 날짜
공지 게시판 이용 안내 운영자 2025.01.02
[공지] 서버 점검 안내 운영자
88 항만 자동화 첫 시험 바다일보 2025.02.07$$, '2025-02-07');

-- Broken lines come back unparsed with their raw text; blank lines are skipped; the header is
-- not a row. Several formats follow each other in one input, each header starting a new list.
SELECT line_no, item_no, title, author, published, labels, parsed, raw
FROM kornews.ko_parse_headlines(
E'번호 제목 글쓴이 날짜\r\n'
'31 첫 번째 정상 기사 바다일보 2025.02.07\r\n'
'날짜가 빠진 깨진 줄 바다일보\r\n'
'\r\n'
'   \r\n'
'30 두 번째 정상 소식 바다일보 2025.02.06\r\n'
'이 줄은 목록이 아니라 문장입니다.\r\n'
'제목\t매체\t날짜\r\n'
'[단독] 탭으로 나뉜 행\t한빛일보\t2025-02-05\r\n'
'탭 행인데\t칸이\t모자람\r\n'
'포털 형식 행 - 한빛일보 2025-02-04 08:00', '2025-02-07');

-- Labels are normalized; the title keeps them as displayed.
SELECT title, labels, comments
FROM kornews.ko_parse_headlines(
$$[단독][속보] 두 개의 태그 바다일보 2025.02.07
[ 현장 ] 눈길 출근 바다일보 2025.02.07
금리 동결 (종합 2보) [3] 바다일보 2025.02.07
신곡 공개 (feat. 친구) 바다일보 2025.02.07
<르포> 새벽 시장 바다일보 2025.02.07$$, '2025-02-07');

-- The default reference date is current_date: a time alone lands on today.
SELECT published::date = current_date AS today
FROM kornews.ko_parse_headlines('77 오늘의 행 바다일보 10:30');

-- NULL and empty input: no rows. A NULL reference date is an error.
SELECT count(*) FROM kornews.ko_parse_headlines(NULL);
SELECT count(*) FROM kornews.ko_parse_headlines('');
SELECT count(*) FROM kornews.ko_parse_headlines(E'\n\n   \n');
SELECT * FROM kornews.ko_parse_headlines('77 행 바다일보 2025.02.07', NULL);
SELECT * FROM kornews.ko_parse_headlines('77 행 바다일보 2025.02.07', 'infinity');

-- A line too long to be a headline comes back unparsed and whole.
SELECT parsed, length(raw) FROM kornews.ko_parse_headlines(repeat('가', 6000) || ' 바다일보 2025.02.07');

-- A large list streams through the tuplestore.
SELECT count(*), count(*) FILTER (WHERE parsed) AS parsed, min(item_no), max(item_no)
FROM kornews.ko_parse_headlines(
  (SELECT string_agg(g || ' 생성된 제목 ' || g || '번 바다일보 2025.02.07', E'\n')
   FROM generate_series(1, 20000) g), '2025-02-07');

-- ko_headline_key: the same story from two boards compares equal.
SELECT kornews.ko_headline_key('[단독] “항만 자동화” 첫 시험…운영 시작 [12]') AS a,
       kornews.ko_headline_key('"항만 자동화" 첫 시험 운영 시작(종합)') AS b,
       kornews.ko_headline_key('[단독] “항만 자동화” 첫 시험…운영 시작 [12]')
         = kornews.ko_headline_key('"항만 자동화" 첫 시험 운영 시작(종합)') AS same;
SELECT kornews.ko_headline_key('ＡＩ 반도체 ‘H100’') = kornews.ko_headline_key('ai 반도체 ''h100''') AS folded,
       kornews.ko_headline_key('') AS empty, kornews.ko_headline_key(NULL) IS NULL AS null_is_null;

-- Volatility: the parser itself depends only on its arguments (IMMUTABLE); ko_parse_headlines
-- also reads kornews.news_outlets (STABLE).
SELECT p.oid::regprocedure, p.provolatile, p.proparallel, p.proisstrict
FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
WHERE n.nspname = 'kornews'
  AND p.proname IN ('ko_parse_headlines', 'ko_parse_headline_list', 'ko_parse_article',
                    'ko_headline_key', 'ko_default_outlets')
ORDER BY p.oid::regprocedure::text COLLATE "C";

-- ===== Lists as people paste them (issue 17). Lists written for this test. =====

-- A portal list with no separator between title and outlet: known outlet names are split off.
-- Captured at 10:40 in Seoul: the relative times resolve to the minute, in that zone.
SELECT line_no, title, author, published, doubts
FROM kornews.ko_parse_headlines($$반도체 수출 두 달 연속 늘어 한국경제 3분 전
항만 자동화 첫 시험 운영 매일경제 12분 전
겨울 가뭄에 저수율 뚝 연합뉴스 TV 1시간 전$$, '2025-02-07 10:40+09', 'Asia/Seoul');
-- The same moment seen from UTC is 01:40: an hour back is the evening before.
SELECT line_no, published FROM kornews.ko_parse_headlines(
  '겨울 가뭄에 저수율 뚝 연합뉴스 TV 2시간 전', '2025-02-07 10:40+09', 'UTC');
-- Against a date alone the time of day is unknown: midnight, and the row says so.
SELECT published, doubts FROM kornews.ko_parse_headlines('반도체 수출 늘어 한국경제 3분 전', '2025-02-07');
-- A NULL capture time or zone is an error, like a NULL date.
SELECT * FROM kornews.ko_parse_headlines('행 바다일보 3분 전', NULL::timestamptz, 'Asia/Seoul');

-- The outlet list is a table: an outlet added by the owner is split from then on.
SELECT author, title, doubts FROM kornews.ko_parse_headlines('겨울 가뭄에 저수율 뚝 파도일보 3분 전', '2025-02-07 10:40+09', 'Asia/Seoul');
INSERT INTO kornews.news_outlets (name, note) VALUES ('파도일보', 'added in this test');
SELECT author, title, doubts FROM kornews.ko_parse_headlines('겨울 가뭄에 저수율 뚝 파도일보 3분 전', '2025-02-07 10:40+09', 'Asia/Seoul');
DELETE FROM kornews.news_outlets WHERE name = '파도일보';
SELECT count(*) > 100 AS many, count(*) FILTER (WHERE builtin) = count(*) AS all_builtin
FROM kornews.news_outlets;
SELECT count(*) = cardinality(kornews.ko_default_outlets()) AS seeded FROM kornews.news_outlets;
INSERT INTO kornews.news_outlets (name) VALUES (' 공백일보');

-- Copied from a browser: outlet, time and title on lines of their own.
SELECT line_no, title, author, published, doubts, raw
FROM kornews.ko_parse_headlines($$한국경제
3분 전
반도체 수출 두 달 연속 늘어
매일경제
12분 전
[단독] 항만 자동화 첫 시험 운영
바다일보
1시간 전
겨울 가뭄에 저수율 뚝$$, '2025-02-07 10:40+09', 'Asia/Seoul');

-- A spreadsheet export: RFC 4180 quoting undone, "1,203" an item number.
SELECT line_no, item_no, title, author, published, doubts
FROM kornews.ko_parse_headlines($$번호,제목,글쓴이,날짜
12,"트럼프 ""관세"" 발표, 증시 출렁",바다일보,2025-02-07
"1,203",새벽 배송 확대,한빛일보,2025-02-06$$, '2025-02-07');

-- Thousands separators in a whitespace board; a percentage ends a title, it is no author.
SELECT line_no, item_no, title, author, published
FROM kornews.ko_parse_headlines($$1,203 지하철 3호선 새벽 운행 재개 검토 한빛일보 2025.02.07
1,202 강원 산간 대설특보 한빛일보 2025.02.06
한은 기준금리 동결…연 3.0% 10:32$$, '2025-02-07');

-- Raw HTML of a board: the tags are read, not kept.
SELECT line_no, item_no, title, author, published, labels
FROM kornews.ko_parse_headlines($$<table>
<tr><th>번호</th><th>제목</th><th>글쓴이</th><th>날짜</th></tr>
<tr><td>31</td><td><a href="/v/31"><b>[속보]</b> 폭설에 항공편 &amp; 여객선 결항</a></td><td>한빛일보</td><td>2025.02.07</td></tr>
<tr>
  <td>30</td>
  <td><a href="/v/30">강원 산간 대설특보</a></td>
  <td>바다일보</td>
  <td>2025.02.06</td>
</tr>
</table>$$, '2025-02-07');

-- A minus sign is part of the key: -10도 and 10도 are different news.
SELECT kornews.ko_headline_key('아침 -10도 강추위') AS minus,
       kornews.ko_headline_key('아침 10도 강추위') AS plus,
       kornews.ko_headline_key('A-1 등급') AS hyphen;
