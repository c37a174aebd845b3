-- Full-text search with the `korean` configuration. Sentences written for these tests.
SET search_path = kornews, public;

-- Particles and endings are not indexed; nouns, verb and adjective stems (in their dictionary
-- form: 나왔다 -> 나오다), foreign words, numbers and alphanumerics are. Positions count indexed
-- words only.
SELECT to_tsvector('korean', '화웨이의 새 반도체가 나왔다.');
SELECT to_tsvector('korean', 'H100 반도체와 910C 반도체의 가격 차이는 1,000달러, 성능 차이는 3.5%다');
SELECT to_tsvector('korean', 'OpenAI와 Google이 AI 경쟁을 벌인다');  -- foreign words lower-cased
-- Thousands separators are dropped from indexed numbers (1,000억 is found by 1000억); a comma
-- between single digits is a list (1,2위), a period a decimal point.
SELECT to_tsvector('korean', '매출 1,000억 원, 1,2위와 3.5% 그리고 12,345,678명');
SELECT to_tsvector('korean', '매출 1,000억 원') @@ to_tsquery('korean', '1000억') AS found;
-- A compound noun is indexed whole and by its parts, all at one position.
SELECT to_tsvector('korean', '삼성전자가 투자를 늘렸다');
-- ... but not split into one-character parts (반도체 = 반 + 도체).
SELECT to_tsvector('korean', '반도체');
-- The compound dictionary on its own: the whole word first, then the parts.
SELECT ts_lexize('kornews.korean_compound', '삼성전자') AS compound,
       ts_lexize('kornews.korean_compound', '반도체') AS short_parts,
       ts_lexize('kornews.korean_compound', 'LG') AS not_compound;

-- The same noun with different particles: every form is found by the bare noun.
CREATE TABLE ts_docs (id int PRIMARY KEY, body text);
INSERT INTO ts_docs VALUES
  (1, '화웨이가 새 스마트폰을 공개했다.'),
  (2, '화웨이의 반도체 자립이 빨라지고 있다.'),
  (3, '애플도 화웨이도 신제품을 내놓았다.'),
  (4, '반도체 수출이 석 달 만에 늘었다.'),
  (5, '삼성전자는 반도체 투자를 늘리기로 했다.'),
  (6, '새 반도체 공장이 화웨이 본사 근처에 들어선다.');

SELECT id, body FROM ts_docs
WHERE to_tsvector('korean', body) @@ to_tsquery('korean', '화웨이') ORDER BY id;

-- Queries are analyzed like documents: a query with a particle means the bare noun.
SELECT to_tsquery('korean', '화웨이가'), plainto_tsquery('korean', '화웨이의 반도체'),
       phraseto_tsquery('korean', '화웨이의 반도체'),
       websearch_to_tsquery('korean', '"화웨이의 반도체" -스마트폰');

-- Phrase search: positions skip particles on both sides, so 화웨이의 반도체 is a phrase match for
-- "화웨이 반도체", while 반도체 ... 화웨이 (doc 6) is not.
SELECT id FROM ts_docs
WHERE to_tsvector('korean', body) @@ phraseto_tsquery('korean', '화웨이 반도체') ORDER BY id;
SELECT id FROM ts_docs
WHERE to_tsvector('korean', body) @@ websearch_to_tsquery('korean', '"화웨이의 반도체" or 스마트폰')
ORDER BY id;
SELECT id FROM ts_docs
WHERE to_tsvector('korean', body) @@ websearch_to_tsquery('korean', '반도체 -화웨이') ORDER BY id;

-- Verb stems: 늘었다, 늘리기로 and 늘렸다 are different verbs (늘다, 늘리다).
SELECT id FROM ts_docs
WHERE to_tsvector('korean', body) @@ to_tsquery('korean', '늘리다') ORDER BY id;
-- 공개했다 is 공개 + 했다 (하 + 았 + 다): found by 공개.
SELECT id FROM ts_docs
WHERE to_tsvector('korean', body) @@ plainto_tsquery('korean', '공개') ORDER BY id;

-- Compound nouns: the parts find the compound; the compound asks for the compound itself.
SELECT id FROM ts_docs
WHERE to_tsvector('korean', body) @@ to_tsquery('korean', '삼성') ORDER BY id;
SELECT to_tsquery('korean', '삼성전자');
SELECT id FROM ts_docs
WHERE to_tsvector('korean', body) @@ phraseto_tsquery('korean', '삼성전자 반도체') ORDER BY id;

-- Ranking works on these vectors.
SELECT id, round(ts_rank(to_tsvector('korean', body), q)::numeric, 4) AS rank
FROM ts_docs, to_tsquery('korean', '화웨이 & 반도체') q
WHERE to_tsvector('korean', body) @@ q ORDER BY rank DESC, id;

-- ts_debug shows what each token is and where it goes.
SELECT alias, token, dictionaries, lexemes
FROM ts_debug('korean', '삼성전자 기자가 H100을 들고 갔다');
SELECT count(*) AS token_types FROM ts_token_type('korean');

-- ts_headline gives back the original text: every space and character, particles attached.
SELECT ts_headline('korean', '화웨이의   반도체가  나왔다.', to_tsquery('korean', '반도체'));
SELECT replace(replace(ts_headline('korean', E'화웨이는\t새 칩을\n공개했다.',
                                   to_tsquery('korean', '공개'), 'HighlightAll=true'),
                       E'\t', '<TAB>'), E'\n', '<LF>') AS headline;
-- A stem inside a contraction highlights the written syllable; a stem highlights itself.
SELECT ts_headline('korean', '삼성전자는 반도체 투자를 늘리기로 했다.', to_tsquery('korean', '늘리다'));
SELECT ts_headline('korean', '기자들이 현장에 갔다가 돌아왔다.', to_tsquery('korean', '가다'));
SELECT ts_headline('korean', '삼성전자는 반도체 투자를 늘리기로 했다.', to_tsquery('korean', '전자'),
                   'StartSel=[, StopSel=]');
-- Fragments cut at spaces, never inside a word; MaxWords counts words between spaces.
SELECT ts_headline('korean',
  '올해 상반기 반도체 수출은 작년보다 크게 늘었다. 정부는 하반기에도 수출이 늘어날 것으로 내다봤다. '
  '다만 중국의 수요 회복이 늦어지면 반도체 가격이 다시 떨어질 수 있다고 전문가들은 경고했다.',
  to_tsquery('korean', '반도체'), 'MaxWords=6, MinWords=3');
SELECT ts_headline('korean',
  '올해 상반기 반도체 수출은 작년보다 크게 늘었다. 정부는 하반기에도 수출이 늘어날 것으로 내다봤다. '
  '다만 중국의 수요 회복이 늦어지면 반도체 가격이 다시 떨어질 수 있다고 전문가들은 경고했다.',
  to_tsquery('korean', '반도체 & 가격'), 'MaxFragments=2, MaxWords=5, MinWords=2');
-- Nothing matches: the beginning of the text.
SELECT ts_headline('korean', '서울 아파트 값이 올랐다', to_tsquery('korean', '부산'), 'MinWords=1, MaxWords=2');
-- Every byte comes back, whatever the text.
SELECT s = ts_headline('korean', s, to_tsquery('korean', '없는말'), 'HighlightAll=true') AS same
FROM (VALUES (E'  앞뒤 공백  '), (E'탭\t줄바꿈\r\n특수문자 ※★ 괄호(가) "따옴표"'),
             ('ＡＢＣ 전각 ㎚ 단위'), ('이모지 😀 와 결합 자모 한글'), (repeat('가나다 ', 2000))) v(s);

-- The configuration works schema-qualified, and by its bare name with kornews in search_path.
SELECT to_tsvector('kornews.korean', '화웨이가') = to_tsvector('korean', '화웨이가') AS same;

-- A GIN index on the expression is used (the regconfig is a constant).
CREATE INDEX ts_docs_body ON ts_docs USING gin (to_tsvector('kornews.korean', body));
SET enable_seqscan = off;
EXPLAIN (COSTS OFF)
SELECT id FROM ts_docs WHERE to_tsvector('kornews.korean', body) @@ to_tsquery('korean', '화웨이');
SELECT id FROM ts_docs WHERE to_tsvector('kornews.korean', body) @@ to_tsquery('korean', '화웨이')
ORDER BY id;
RESET enable_seqscan;

-- Parallel query: the functions are PARALLEL SAFE and each worker opens the dictionary itself.
CREATE TABLE ts_many AS
  SELECT g AS id, '화웨이의 반도체 ' || g AS body FROM generate_series(1, 5000) g;
ANALYZE ts_many;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
EXPLAIN (COSTS OFF)
SELECT count(*) FROM ts_many
WHERE to_tsvector('korean', body) @@ to_tsquery('korean', '화웨이') AND cardinality(ko_nouns(body)) = 2;
SELECT count(*) FROM ts_many
WHERE to_tsvector('korean', body) @@ to_tsquery('korean', '화웨이') AND cardinality(ko_nouns(body)) = 2;
RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;
RESET max_parallel_workers_per_gather;
DROP TABLE ts_many;
DROP TABLE ts_docs;

-- A name is found however the analysis of its sentence cut it: 한고은이 reads 한/MM 고은/NNG
-- 이/JKS and 제주도 가는 reads 제주/NNP 도/JX, so the eojeols also index 한고은 and 제주도 beside
-- their nouns, at each of their positions; a query takes such forms as alternatives (OR).
SELECT to_tsvector('korean', '드라마에 나온 한고은이 웃었다');
SELECT to_tsvector('korean', '여름에 제주도 가는 사람') @@ to_tsquery('korean', '제주도') AS island,
       to_tsvector('korean', '여름에 제주도 가는 사람') @@ to_tsquery('korean', '제주') AS city,
       plainto_tsquery('korean', '한고은이') AS query;
-- In a sentence 인천국제공항에서 reads 인천 + 국제 + 공항, alone 인천 + 국제공항: the whole name at
-- every position of its run meets the query's alternatives with AND and with <-> alike.
SELECT to_tsvector('korean', '인천국제공항에서 출발했다') AS sentence,
       to_tsquery('korean', '인천국제공항') AS query;
SELECT to_tsvector('korean', '인천국제공항에서 출발했다') @@ q AS found, q
FROM (VALUES (to_tsquery('korean', '인천국제공항')), (plainto_tsquery('korean', '인천국제공항')),
             (phraseto_tsquery('korean', '인천국제공항 출발')),
             (websearch_to_tsquery('korean', '"인천국제공항에서 출발"'))) v(q);
-- A noun the dictionary has whole is indexed too where the sentence cut it otherwise
-- (우크라이나 사태 reads 우크라/NNP 이나/JC), but not after a common noun: 경제가 회복 is the
-- economy, not the economist 경제가.
SELECT to_tsvector('korean', '교황이 우크라이나 사태를 걱정했다') AS cut_name,
       to_tsvector('korean', '교황이 우크라이나 사태를 걱정했다') @@ to_tsquery('korean', '우크라이나') AS found,
       to_tsvector('korean', '경제가 회복된다') AS economy;
-- ts_headline marks such a name as one word, however many tokens the analysis cut it into.
SELECT ts_headline('korean', '싸이는 인천국제공항에서 출국했다', to_tsquery('korean', '인천국제공항')) AS split,
       ts_headline('korean', '교황이 우크라이나 사태를 걱정했다', to_tsquery('korean', '우크라이나')) AS dictionary_noun,
       ts_headline('korean', '갤럭시S24를 샀다', to_tsquery('korean', '갤럭시S24')) AS letters_and_digits;
-- The parser hands those forms to the dictionary with their token only: a later lookup of the
-- same text, here or in a query, does not get them.
SELECT to_tsvector('korean', '드라마에 나온 한고은이') IS NOT NULL AS parsed,
       ts_lexize('korean_stem', '고은') AS alone, to_tsquery('korean', '고은') AS query;
-- A lone word the dictionary has as a noun is that noun: a search for the county 보은 is not
-- one for the verb 보다 (보/VV + 은/ETM); a citation form ending in 다 stays a predicate.
SELECT plainto_tsquery('korean', '보은') AS noun, plainto_tsquery('korean', '가다') AS verb;

-- korean_stem lower-cases what has case (ASCII by itself, other scripts through the locale) and
-- leaves Hangul, jamo and Hanja as they are; it takes simple's options.
SELECT w, ts_lexize('korean_stem', w)
FROM unnest(ARRAY['NVIDIA', 'H100', 'ÉCOLE', 'Ωμέγα', '반도체', 'ㅋㅋ', '韓國', '']) w;
CREATE TEXT SEARCH DICTIONARY ts_stem_en (TEMPLATE = korean_stem, StopWords = english, Accept = false);
SELECT ts_lexize('ts_stem_en', 'The') AS stop_word, ts_lexize('ts_stem_en', 'Chip') AS not_accepted;
CREATE TEXT SEARCH DICTIONARY ts_stem_bad (TEMPLATE = korean_stem, Stemmer = english);
DROP TEXT SEARCH DICTIONARY ts_stem_en;
