-- The recipe of docs/analytics.md, "A Korean news dashboard in SQL", run on the project's own
-- sample news (scripts/sample-news.txt): materialized views a BI tool reads, their refresh, a
-- read-only role, and the dashboard's queries. (The doc's views use now(); here the clock is
-- pinned so that the output is the same on every run.)

-- 1. The articles. Each sample sentence is one story, published on some of eight days; the
--    two 화웨이 stories run again and again on the last day.
CREATE TABLE news (id serial PRIMARY KEY, published timestamptz NOT NULL, body text NOT NULL);
CREATE TEMP TABLE sample (n serial, body text);
\copy sample (body) FROM 'scripts/sample-news.txt'
INSERT INTO news (published, body)
SELECT timestamptz '2026-03-10 18:00+09' - d * interval '1 day' - n * interval '10 minutes', body
FROM sample, generate_series(0, 7) AS d
WHERE (n + d) % 3 = 0;
INSERT INTO news (published, body)
SELECT timestamptz '2026-03-10 18:00+09' - r * interval '20 minutes', body
FROM sample, generate_series(1, 6) AS r
WHERE body LIKE '%화웨이%';
SELECT count(*) AS stories, count(DISTINCT published::date) AS days FROM news;

-- 2. Daily keywords: the most mentioned terms of each day (documents per term).
CREATE MATERIALIZED VIEW daily_terms AS
SELECT day, t.ord::int AS rank, t.term, t.count AS docs, t.error > 0 AS approximate
FROM (SELECT (published AT TIME ZONE 'Asia/Seoul')::date AS day,
             kornews.ko_top_terms(body, 5) AS top
      FROM news GROUP BY 1) AS d,
     unnest(d.top) WITH ORDINALITY AS t(term, count, error, ord);
CREATE UNIQUE INDEX ON daily_terms (day, rank);

-- 3. Trending terms and entities: the last day against the week before it.
CREATE MATERIALIZED VIEW trending_terms AS
SELECT * FROM kornews.ko_trending('SELECT published, body FROM public.news',
                                  at => timestamptz '2026-03-10 18:00+09', k => 10);
CREATE UNIQUE INDEX ON trending_terms (rank);

-- 4. Top entities per day.
CREATE MATERIALIZED VIEW daily_entities AS
SELECT (n.published AT TIME ZONE 'Asia/Seoul')::date AS day,
       coalesce(e.normalized, e.entity) AS entity, e.label, count(DISTINCT n.id) AS docs
FROM news AS n, kornews.ko_entities(n.body) AS e
WHERE e.label IN ('PS', 'LC', 'OG')
GROUP BY 1, 2, 3;
CREATE UNIQUE INDEX ON daily_entities (day, entity, label);

-- 5. Co-mention edges for a network chart.
CREATE MATERIALIZED VIEW comention_edges AS
SELECT * FROM kornews.ko_comentions('SELECT body FROM public.news', min_docs => 2);
CREATE UNIQUE INDEX ON comention_edges (a, a_label, b, b_label);

-- 6. One refresh for the scheduler (pg_cron runs: CALL dashboard_refresh()). CONCURRENTLY:
--    the dashboard keeps reading the old rows while the new ones are computed.
CREATE PROCEDURE dashboard_refresh()
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    REFRESH MATERIALIZED VIEW CONCURRENTLY public.daily_terms;
    REFRESH MATERIALIZED VIEW CONCURRENTLY public.trending_terms;
    REFRESH MATERIALIZED VIEW CONCURRENTLY public.daily_entities;
    REFRESH MATERIALIZED VIEW CONCURRENTLY public.comention_edges;
END
$$;
CALL dashboard_refresh();

-- 7. A read-only role for the BI tool: SELECT on the views and the table, USAGE on kornews.
CREATE ROLE regress_kornews_bi LOGIN;
GRANT USAGE ON SCHEMA kornews TO regress_kornews_bi;
GRANT SELECT ON news, daily_terms, trending_terms, daily_entities, comention_edges
    TO regress_kornews_bi;
SET ROLE regress_kornews_bi;

-- 8. The dashboard's queries, as the BI role.
-- Panel "today's keywords":
SELECT rank, term, docs, approximate FROM daily_terms
WHERE day = date '2026-03-10' ORDER BY rank;
-- Panel "trending now":
SELECT rank, term, kind, recent_count, baseline_count, round(score::numeric, 2) AS score
FROM trending_terms ORDER BY rank;
-- Panel "who and what, by day" (a line chart of the top entities):
SELECT day, entity, label, docs FROM daily_entities
WHERE day >= date '2026-03-08' ORDER BY day, docs DESC, entity LIMIT 12;
-- Panel "network":
SELECT a, a_label, b, b_label, docs, round(pmi::numeric, 3) AS pmi FROM comention_edges
ORDER BY docs DESC, pmi DESC, a, b;
-- Drill-down: the stories behind a term, with the text search configuration and keywords.
SELECT n.id, k.keyword
FROM news AS n, kornews.ko_keywords(n.body, 3) AS k
WHERE to_tsvector('kornews.korean', n.body) @@ to_tsquery('kornews.korean', '화웨이')
  AND n.published > timestamptz '2026-03-10 12:00+09'
ORDER BY n.id, k.rank LIMIT 6;
-- The column types a BI tool sees: counts bigint, scores float8, times timestamptz.
SELECT attrelid::regclass AS view, attname, format_type(atttypid, atttypmod) AS type
FROM pg_attribute
WHERE attrelid IN ('daily_terms'::regclass, 'trending_terms'::regclass,
                   'comention_edges'::regclass) AND attnum > 0
ORDER BY attrelid::regclass::text, attnum;
-- The BI role reads; it does not refresh, and does not edit the stop words.
REFRESH MATERIALIZED VIEW daily_terms;
INSERT INTO kornews.stopwords VALUES ('화웨이');
RESET ROLE;

DROP PROCEDURE dashboard_refresh();
DROP MATERIALIZED VIEW daily_terms, trending_terms, daily_entities, comention_edges;
DROP TABLE news;
REVOKE USAGE ON SCHEMA kornews FROM regress_kornews_bi;
DROP ROLE regress_kornews_bi;
