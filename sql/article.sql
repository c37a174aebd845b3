-- kornews.ko_parse_article: a page copied as text into its parts, in page order; an embedded
-- headline list comes back as one part that ko_parse_headlines takes as it is.
\pset null '∅'
SET datestyle = ISO;

CREATE TEMP TABLE page AS SELECT
$$메뉴 건너뛰기
홈 > 경제 > 산업

항만 자동화, 첫 무인 하역 시험
“하역 속도 30% 빨라져”

사진=바다일보 DB

부산항 신항에서 무인 크레인이 컨테이너를 옮기는 첫 시험이 열렸다. 항만공사는 이번 시험에서 하역 속도가 기존보다 빨라졌다고 밝혔다.

■ 남은 과제
노조와의 협의가 남아 있다.

김민수 기자 minsu@example.com
ⓒ 바다일보, 무단 전재 및 재배포 금지

번호 제목 글쓴이 날짜
12 눈길 교통사고 잇따라 바다일보 2025.02.07
11 새벽 배송 확대 바다일보 2025.02.07$$::text AS body;

SELECT ord, part, line_no, content FROM page, kornews.ko_parse_article(page.body);

-- The embedded list, parsed.
SELECT h.line_no, h.item_no, h.title, h.author, h.published
FROM page, kornews.ko_parse_article(page.body) a,
     kornews.ko_parse_headlines(a.content, '2025-02-07') h
WHERE a.part = 'headlines';

-- An outlet name after the last paragraph is the byline.
SELECT ord, part, content
FROM kornews.ko_parse_article(E'짧은 제목\n\n본문 문장이 여기에 있습니다.\n\n바다일보');

-- NULL and empty pages have no parts.
SELECT count(*) FROM kornews.ko_parse_article(NULL);
SELECT count(*) FROM kornews.ko_parse_article('');
