-- Bad and extreme input: nothing crashes, errors are clear, long calls can be cancelled.
SET search_path = kornews, public;

-- NULL: the functions are STRICT.
SELECT ko_tokenize(NULL) IS NULL AS tokenize_null, ko_nouns(NULL) IS NULL AS nouns_null,
       (SELECT count(*) FROM ko_morphs(NULL)) AS morphs_null,
       to_tsvector('korean', NULL) IS NULL AS tsvector_null;

-- Empty and blank input: empty results.
SELECT ko_tokenize(''), ko_nouns(''), (SELECT count(*) FROM ko_morphs('')) AS morphs,
       to_tsvector('korean', ''), to_tsvector('korean', E' \t\n '),
       ts_headline('korean', '', to_tsquery('korean', '뉴스')) AS headline;

-- Control characters are skipped; offsets still point into the original text.
SELECT ord, form, tag, start_pos, end_pos FROM ko_morphs(E'\x01\x02속보\x07\x1b[0m 경제');

-- Emoji, with and without a skin-tone modifier: symbols between words (offsets count code
-- points: 👍🏽 is two).
SELECT ord, form, tag, start_pos, end_pos FROM ko_morphs('속보😀경제 👍🏽');
SELECT to_tsvector('korean', '속보😀경제 👍🏽');

-- Combining (decomposed) jamo: analyzed as the composed syllables, offsets in the original
-- six code points of 한국.
SELECT ord, form, tag, start_pos, end_pos
FROM ko_morphs(E'\u1112\u1161\u11ab\u1100\u116e\u11a8 경제');
SELECT to_tsvector('korean', E'\u1112\u1161\u11ab\u1100\u116e\u11a8 경제')
     @@ to_tsquery('korean', '한국') AS decomposed_matches_composed;

-- Full-width letters and compatibility characters are normalized for search (ＡＢＣ -> abc,
-- ㎚ -> nm), while ts_headline shows them as written.
SELECT to_tsvector('korean', 'ＡＢＣ 뉴스 ㎚ 단위');
SELECT ts_headline('korean', 'ＡＢＣ 뉴스 ㎚ 단위', to_tsquery('korean', 'abc | nm'));

-- 100,000 Hangul syllables without a space: analyzed in full (the last offset is the length).
SELECT count(*) > 50000 AS many, max(end_pos) AS last_offset
FROM ko_morphs(repeat('가나다라마', 20000));

-- A 50 MB text (52,700,000 bytes): completes, and the counts are exact.
SELECT octet_length(repeat('반도체 수출이 늘었다. ', 1700000)) AS bytes,
       cardinality(ko_nouns(repeat('반도체 수출이 늘었다. ', 1700000))) AS nouns;

-- 50 MB through every other function that reads a whole text: each completes with exact counts,
-- its row values made chunk by chunk (bench/sql/memory.sh reports the peak memory of each).
CREATE TEMP TABLE fifty_mb AS
SELECT repeat(E'반도체 수출이 3개월 연속 늘었다. 삼성전자 주가는 2월 7일 3.1% 올랐다.\n', 600000) AS t;
SELECT octet_length(t) AS bytes FROM fifty_mb;
SELECT count(*) AS morphemes, max(end_pos) AS last_offset FROM fifty_mb, ko_morphs(t);
SELECT count(*) AS sections FROM fifty_mb, ko_parse_article(t);
SELECT count(*) AS rows, count(*) FILTER (WHERE parsed) AS parsed
FROM fifty_mb, ko_parse_headlines(t, '2025-02-07');
SELECT length(ko_headline_key(t)) AS key_length, length(ko_hanja_reading(t)) = length(t) AS same_length
FROM fifty_mb;
DROP TABLE fifty_mb;

-- Very long "words" are cut for PostgreSQL (it cannot index a token of 2047 bytes or more)
-- without losing text: the headline gives back every byte.
SELECT to_tsvector('korean', repeat('x', 5000) || ' 경제');
SELECT ts_headline('korean', repeat('x', 5000) || ' 경제', to_tsquery('korean', '경제'),
                   'HighlightAll=true') = repeat('x', 5000) || ' <b>경제</b>' AS all_bytes_back;

-- statement_timeout interrupts a long analysis (the analyzer checks for interrupts as it goes).
SET statement_timeout = '50ms';
SELECT count(*) FROM ko_morphs(repeat('반도체 수출이 늘었다. ', 1000000));
SELECT length(to_tsvector('korean', repeat('반도체 수출이 늘었다. ', 1000000)));
RESET statement_timeout;
SELECT ko_nouns('취소 뒤에도 분석은 잘 된다');

-- A missing dictionary file: a clear ERROR with a HINT, then RESET works again.
SET kornews.dictionary_path = '/nonexistent/kornews.dic';
SELECT ko_tokenize('경제');
SELECT to_tsvector('korean', '경제');
RESET kornews.dictionary_path;
SELECT ko_tokenize('경제');

-- A corrupt dictionary file (written by the server as superuser).
COPY (SELECT repeat('garbage, not a dictionary ', 1000)) TO '/tmp/kornews_regress_garbage.dic';
SET kornews.dictionary_path = '/tmp/kornews_regress_garbage.dic';
SELECT ko_tokenize('경제');
SELECT * FROM ko_dictionary_info();
RESET kornews.dictionary_path;
SELECT ko_tokenize('경제');
