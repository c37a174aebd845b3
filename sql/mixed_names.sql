-- Issue 14: a name written in Hangul glued to letters or digits (갤럭시S25, 엑스AI, 그록3) is one
-- proper noun in the analysis, and the search still finds it by its brand or its model, by the
-- whole name, and with a particle after it; numbers with counters stay as they were. Every
-- sentence below was written for this test.
SET search_path = kornews, public;

SELECT ko_tokenize('엑스AI가 그록3를 공개했다');
SELECT ko_tokenize('삼성전자는 갤럭시S25를 출시한다');
SELECT ko_tokenize('회의는 오후3시에 열린다');

SELECT to_tsvector('kornews.korean', '갤럭시S25를 샀다');

CREATE TABLE mixed_case (id int PRIMARY KEY, body text);
INSERT INTO mixed_case VALUES
  (1, '삼성전자는 갤럭시S25를 다음 달 출시한다.'),
  (2, '애플은 아이폰16에 새 기능을 넣었다.'),
  (3, '엑스AI가 새 모델을 공개했다.'),
  (4, '갤럭시 브랜드의 점유율이 올랐다.');
SELECT q, array_agg(id ORDER BY id) AS found
FROM unnest(ARRAY['갤럭시', 'S25', '갤럭시S25', '아이폰', '아이폰16', '엑스AI', 'AI']) AS q
LEFT JOIN mixed_case ON to_tsvector('kornews.korean', body) @@ plainto_tsquery('kornews.korean', q)
GROUP BY q ORDER BY q;
DROP TABLE mixed_case;
