-- Typed values of ko_entities for dashboards (issue 17 item 6): value and unit of a quantity,
-- the range [starts, ends) of a date, the interval of a length of time. Sentences written for
-- these tests; 2026-03-18 is a Wednesday.
SET search_path = kornews, public;

-- The columns and their types: both forms return the one row type.
SELECT pg_get_function_arguments(p.oid) AS arguments, pg_get_function_result(p.oid) AS result
FROM pg_proc p WHERE p.proname = 'ko_entities' ORDER BY p.pronargs;
SELECT a.attname AS column_name, format_type(a.atttypid, a.atttypmod) AS type
FROM pg_attribute a
WHERE a.attrelid = 'kornews.entity_row'::regclass AND a.attnum > 0 AND NOT a.attisdropped
ORDER BY a.attnum;

-- Quantities: the exact number and the unit of the normalized text (currencies as ISO 4217).
SELECT entity, normalized, value, unit, pg_typeof(value) AS value_type
FROM ko_entities('서울시는 예산 1조 2천억 원 가운데 3.5%를 5km 구간 도로에 쓰기로 했다.');

-- Dates become half-open ranges: a day, a month, an ISO week, a year; a time of day with no
-- day has none; lengths of time become intervals.
SELECT entity, label, normalized, starts, ends, duration
FROM ko_entities('2026년 2월 회의는 오후 3시에 시작해 2시간 30분 동안 이어졌고, 위원회는 앞으로 3년간 활동한다.',
                 date '2026-03-18');
SELECT entity, label, normalized, starts, ends
FROM ko_entities('어제 부산에서 시민 1천여 명이 모였고 이번 주 내내 집회가 이어진다.', date '2026-03-18');
-- Without a reference the relative dates have no value, and so no range.
SELECT entity, label, normalized, starts, ends
FROM ko_entities('어제 부산에서 시민 1천여 명이 모였고 이번 주 내내 집회가 이어진다.');

-- A filter a dashboard writes: the entities dated within a window, by their range.
SELECT entity, normalized
FROM ko_entities('2026년 1월 5일 첫 회의, 2026년 3월 2일 두 번째 회의, 2026년 4월 1일 세 번째 회의가 열린다.') AS e
WHERE e.starts >= timestamp '2026-03-01' AND e.ends <= timestamp '2026-04-01'
ORDER BY e.start_pos;

-- And a sum by unit: amounts of money add up only within one currency.
SELECT unit, sum(value) AS total, count(*) AS mentions
FROM ko_entities(E'회사는 300억 원을 투자했다.\n정부는 1조 원을 지원한다.\n해외 법인은 5천만 달러를 모았다.')
WHERE label = 'QT'
GROUP BY unit ORDER BY unit;

-- A user entity's own value gets the typed columns too (they are read from `normalized`); a
-- value that is no ISO 8601 date or no plain number gets none.
INSERT INTO user_entities (term, label, normalized) VALUES
    ('창립기념일', 'DT', '2026-05-20'),
    ('한빛 예산', 'QT', '250000000 KRW'),
    ('보름 연휴', 'DT', '연휴 기간');
SELECT entity, label, normalized, value, unit, starts, ends
FROM ko_entities('창립기념일에 한빛 예산을 쓰고 보름 연휴를 준다.');
DELETE FROM user_entities;
