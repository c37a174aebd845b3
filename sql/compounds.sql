-- Compound search: a search for a noun finds the compounds built from it (경찰 finds 경찰관,
-- 강남경찰서), and does not find words that only spell it (정부 in 의정부, 사고 in 자사고 or in the
-- verb 사고, 버스 in 에어버스). Every sentence below was written for this test.
SET search_path = kornews, public;

CREATE TABLE compound_case (kind text, id int, query text, sentence text, PRIMARY KEY (kind, id));
-- 'compound': the sentence has a compound that contains the query noun; it should be found.
INSERT INTO compound_case VALUES
  ('compound',  1, '경찰', '현장에 출동한 경찰관이 시민을 구조했다.'),
  ('compound',  2, '경찰', '경찰청은 이번 사건의 수사 결과를 발표했다.'),
  ('compound',  3, '경찰', '강남경찰서는 용의자를 체포했다고 밝혔다.'),
  ('compound',  4, '서울', '서울시는 내년부터 버스 요금을 올린다.'),
  ('compound',  5, '학생', '여학생 두 명이 대회에서 금메달을 땄다.'),
  ('compound',  6, '병원', '환자는 세브란스병원으로 옮겨졌다.'),
  ('compound',  7, '선거', '국회는 선거법 개정안을 처리했다.'),
  ('compound',  8, '대통령', '대통령실은 오후에 입장을 내놓았다.'),
  ('compound',  9, '회사', '그 기업은 자회사를 통해 부품을 생산한다.'),
  ('compound', 10, '한국', '많은 한국인이 연휴에 해외로 떠났다.'),
  ('compound', 11, '서울', '서울대 연구진이 새로운 소재를 개발했다.'),
  ('compound', 12, '검찰', '검찰청 앞에서 집회가 열렸다.'),
  ('compound', 13, '경찰', '경찰서 앞에 취재진이 몰렸다.'),
  ('compound', 14, '교육', '교육청은 휴업 명령을 내렸다.'),
  ('compound', 15, '소방', '소방관들이 밤새 불길을 잡았다.'),
  ('compound', 16, '외교', '외교부는 짧은 성명을 냈다.'),
  ('compound', 17, '부산', '부산시는 축제를 다음 달로 미뤘다.'),
  ('compound', 18, '학생', '대학생 참가자가 작년보다 늘었다.'),
  ('compound', 19, '국방', '국방부 대변인이 정례 브리핑을 했다.'),
  ('compound', 20, '미국', '미국인 관광객이 크게 늘었다.'),
  ('compound', 21, '중국', '중국산 부품의 수입이 줄었다.'),
  ('compound', 22, '기업', '기업인들이 간담회에 참석했다.'),
  ('compound', 23, '반도체', '반도체법이 본회의를 통과했다.'),
  ('compound', 24, '환경', '환경부 장관이 피해 현장을 찾았다.'),
  ('compound', 25, '법무', '법무부는 제도 개선을 약속했다.'),
  ('compound', 26, '연구', '연구원들이 실험을 모두 마쳤다.'),
  ('compound', 27, '사무', '사무실 임대료가 또 올랐다.'),
  ('compound', 28, '선거', '선거구 획정이 늦어지고 있다.'),
  ('compound', 29, '방송', '방송사들이 생중계를 결정했다.'),
  ('compound', 30, '인천', '인천시는 항만 주변을 정비한다.'),
  ('compound', 31, '일본', '일본인 관광객이 조금 줄었다.'),
  ('compound', 32, '보험', '보험사가 내년 보험료를 올린다.');
-- 'false': the query noun is only spelled inside another word (or by a verb); it should not be.
INSERT INTO compound_case VALUES
  ('false',  1, '정부', '의정부지법은 피고인에게 징역형을 선고했다.'),
  ('false',  2, '사고', '자사고 폐지를 두고 논란이 커졌다.'),
  ('false',  3, '사고', '관객들은 팝콘을 사고 상영관에 들어갔다.'),
  ('false',  4, '사고', '그의 발언은 거센 비난을 사고 있다.'),
  ('false',  5, '버스', '에어버스는 새 여객기를 공개했다.'),
  ('false',  6, '북한', '주말이면 북한산을 찾는 등산객이 많다.'),
  ('false',  7, '병원', '민병원 씨는 기자회견을 열었다.'),
  ('false',  8, '중국', '이중국적 논란이 다시 불거졌다.'),
  ('false',  9, '인사', '인사동 골목에 찻집이 늘었다.'),
  ('false', 10, '고기', '고기압의 영향으로 맑겠다.'),
  ('false', 11, '도시', '아이들은 도시락을 싸 왔다.'),
  ('false', 12, '가지', '그는 여권을 가지고 있었다.'),
  ('false', 13, '의사', '국회의사당 앞에 시민들이 모였다.'),
  ('false', 14, '대전', '이 책은 세계대전의 기록이다.'),
  ('false', 15, '광주', '할머니는 광주리에 나물을 담았다.'),
  ('false', 16, '부산', '공정에서 나온 부산물을 재활용한다.'),
  ('false', 17, '미사', '군은 미사일 발사를 확인했다.'),
  ('false', 18, '주사', '아이가 주사위를 던졌다.'),
  ('false', 19, '무기', '그는 한동안 무기력에 빠졌다.'),
  ('false', 20, '보고', '주말에 영화를 보고 돌아왔다.');

-- Each case: does the `korean` configuration find the sentence for the query? LIKE finds all.
SELECT kind, id, query, sentence,
       to_tsvector('korean', sentence) @@ plainto_tsquery('korean', query) AS found
FROM compound_case ORDER BY kind, id;

-- Totals: target at least 29 of 32 compounds found, at most 2 of 20 false matches.
SELECT kind, count(*) AS cases,
       count(*) FILTER (WHERE to_tsvector('korean', sentence) @@ plainto_tsquery('korean', query))
         AS found,
       count(*) FILTER (WHERE strpos(sentence, query) > 0) AS found_by_like
FROM compound_case GROUP BY kind ORDER BY kind;

-- What is indexed for a compound: the whole word and its parts at one position.
SELECT to_tsvector('korean', '강남경찰서 경찰관이 서울시 대통령실에 갔다');
-- Names that only spell a word keep their one lexeme.
SELECT to_tsvector('korean', '의정부에서 북한산에 오른 민병원 씨는 에어버스를 타고 자사고에 갔다');
-- A verb is not a noun: 사고 of 팝콘을 사고 is the verb 사다.
SELECT to_tsvector('korean', '팝콘을 사고 들어갔다');

DROP TABLE compound_case;
