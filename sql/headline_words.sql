-- ts_headline counts eojeols as words, as `simple` counts space-separated words: MaxWords and
-- MinWords bound the eojeols shown, and ShortWord compares an eojeol's length. The same text
-- and a query for the same eojeols give the same headline as `simple`, markup aside (and a
-- final full stop, which `simple` leaves out of its last word and kornews keeps with its eojeol).
-- (Before, a compound found by its parts counted once per matching lexeme: 교통부, which the
-- query '교통부 & 교통' matches twice, met MinWords=3 with two eojeols.)
SET search_path = kornews, public;
CREATE TEMP TABLE hl_texts (id int PRIMARY KEY, body text);
INSERT INTO hl_texts VALUES
  (1, '정부는 내년부터 전국의 시내버스를 모두 전기버스로 바꾸는 계획을 발표했다. 교통부 장관은 '
      '충전소를 새로 짓겠다고 말했다. 업계는 배터리 가격이 관건이라고 본다.'),
  (2, '삼성전자는 올해 평택에 새 반도체 공장을 짓고 내년 봄부터 시험 가동에 들어간다고 밝혔다. '
      '회사 측은 이 공장이 다 지어지면 수천 명이 일하게 된다고 설명했다.'),
  (3, '그는 곧 새 책을 낸다');
-- Each case: the text, a korean query, a simple query for the same eojeols, the options.
CREATE TEMP TABLE hl_cases (n int, id int, korean text, simple text, opts text);
INSERT INTO hl_cases VALUES
  (1, 1, '교통부', '교통부', 'MaxWords=8, MinWords=3'),                 -- compound, middle
  (2, 1, '충전소 & 장관', '충전소를 & 장관은', 'MaxWords=8, MinWords=3'),   -- two terms
  (3, 1, '정부', '정부는', 'MaxWords=8, MinWords=3'),                    -- first word
  (4, 1, '관건', '관건이라고', 'MaxWords=8, MinWords=3'),                -- near the end
  (5, 1, '시내버스 & 계획', '시내버스를 & 계획을', 'MaxWords=5, MinWords=4'),
  (6, 1, '교통부', '교통부', 'MaxWords=8, MinWords=3, ShortWord=0'),
  (7, 1, '교통부', '교통부', 'MaxWords=8, MinWords=3, HighlightAll=false'),
  (8, 2, '삼성전자', '삼성전자는', 'MaxWords=8, MinWords=3'),            -- compound, first
  (9, 2, '설명', '설명했다', 'MaxWords=8, MinWords=3'),                  -- the last word
  (10, 2, '반도체 & 공장', '반도체 & 공장을', 'MaxWords=10, MinWords=5'),
  (11, 2, '평택', '평택에', 'MaxWords=6, MinWords=2, ShortWord=6'),      -- 새 and 짓고 are short
  (12, 2, '시험', '시험', 'MaxWords=9, MinWords=4, ShortWord=3'),
  (13, 2, '회사', '회사', 'MaxWords=4, MinWords=2'),
  (14, 3, '책', '책을', 'MaxWords=3, MinWords=2'),
  (15, 3, '책', '책을', 'MaxWords=4, MinWords=2, ShortWord=6');
SELECT c.n, k.headline,
       array_length(regexp_split_to_array(btrim(k.headline), '\s+'), 1) AS words,
       rtrim(replace(replace(k.headline, '<b>', ''), '</b>', ''), '.')
         = rtrim(replace(replace(s.headline, '<b>', ''), '</b>', ''), '.') AS same_as_simple
FROM hl_cases c JOIN hl_texts t USING (id),
     LATERAL (SELECT ts_headline('kornews.korean', t.body,
                                 to_tsquery('kornews.korean', c.korean), c.opts)) k(headline),
     LATERAL (SELECT ts_headline('simple', t.body, to_tsquery('simple', c.simple), c.opts))
       s(headline)
ORDER BY c.n;
-- Between MinWords and MaxWords eojeols, whatever the shape (the text has enough of them).
SELECT c.n, words
FROM hl_cases c JOIN hl_texts t USING (id),
     LATERAL (SELECT array_length(regexp_split_to_array(btrim(ts_headline('kornews.korean',
                t.body, to_tsquery('kornews.korean', c.korean), c.opts)), '\s+'), 1)) w(words),
     LATERAL (SELECT substring(c.opts FROM 'MinWords=(\d+)')::int,
                     substring(c.opts FROM 'MaxWords=(\d+)')::int) o(min_words, max_words)
WHERE words NOT BETWEEN o.min_words AND o.max_words;
