-- A hostile search_path cannot make a kornews function run someone else's code. Traps are
-- planted in public for the operators and functions that SQL of this kind uses -- among them
-- =(oid, regclass), which pg_catalog lacks as an exact match, so an unpinned function would pick
-- it -- and every kornews function runs as the superuser with public searched first.
CREATE TABLE public.trap_log (fired text);
CREATE FUNCTION public.trap_eq_oid_regclass(oid, regclass) RETURNS boolean
LANGUAGE plpgsql AS $$ BEGIN INSERT INTO public.trap_log VALUES ('=(oid,regclass)'); RETURN $1 = $2::oid; END $$;
CREATE OPERATOR public.= (LEFTARG = oid, RIGHTARG = regclass, FUNCTION = public.trap_eq_oid_regclass);
CREATE FUNCTION public.trap_eq_regclass_oid(regclass, oid) RETURNS boolean
LANGUAGE plpgsql AS $$ BEGIN INSERT INTO public.trap_log VALUES ('=(regclass,oid)'); RETURN $1::oid = $2; END $$;
CREATE OPERATOR public.= (LEFTARG = regclass, RIGHTARG = oid, FUNCTION = public.trap_eq_regclass_oid);
CREATE FUNCTION public.trap_eq_text(text, text) RETURNS boolean
LANGUAGE plpgsql AS $$ BEGIN INSERT INTO public.trap_log VALUES ('=(text,text)'); RETURN $1 OPERATOR(pg_catalog.=) $2; END $$;
CREATE OPERATOR public.= (LEFTARG = text, RIGHTARG = text, FUNCTION = public.trap_eq_text);
CREATE FUNCTION public.trap_eq_name(name, name) RETURNS boolean
LANGUAGE plpgsql AS $$ BEGIN INSERT INTO public.trap_log VALUES ('=(name,name)'); RETURN $1 OPERATOR(pg_catalog.=) $2; END $$;
CREATE OPERATOR public.= (LEFTARG = name, RIGHTARG = name, FUNCTION = public.trap_eq_name);
CREATE FUNCTION public.format(text, VARIADIC text[]) RETURNS text
LANGUAGE plpgsql AS $$ BEGIN INSERT INTO public.trap_log VALUES ('format'); RETURN ''; END $$;
CREATE FUNCTION public.quote_literal(text) RETURNS text
LANGUAGE plpgsql AS $$ BEGIN INSERT INTO public.trap_log VALUES ('quote_literal'); RETURN ''; END $$;
CREATE FUNCTION public.char_length(text) RETURNS int
LANGUAGE plpgsql AS $$ BEGIN INSERT INTO public.trap_log VALUES ('char_length'); RETURN 0; END $$;
CREATE FUNCTION public.btrim(text) RETURNS text
LANGUAGE plpgsql AS $$ BEGIN INSERT INTO public.trap_log VALUES ('btrim'); RETURN $1; END $$;

-- public before pg_catalog: the worst order a caller can set.
SET search_path = public, pg_catalog, kornews;

-- An index and a generated column built from kornews analysis, for ko_korean_indexes to find.
CREATE TABLE public.trap_news (
    id int PRIMARY KEY,
    body text,
    tsv tsvector GENERATED ALWAYS AS (to_tsvector('kornews.korean', body)) STORED);
CREATE INDEX trap_news_fts ON public.trap_news USING gin (to_tsvector('kornews.korean', body));
INSERT INTO public.trap_news VALUES (1, '화웨이가 새 반도체를 내놓았다.');

SELECT index_name, through FROM kornews.ko_korean_indexes() ORDER BY index_name::text, 2;
SELECT count(*) FROM kornews.ko_morphs('화웨이가 새 반도체를 내놓았다.');
SELECT kornews.ko_tokenize('서울시는 버스 요금을 올린다'), kornews.ko_nouns('서울시는 버스 요금을 올린다');
SELECT count(*) FROM kornews.ko_entities('삼성전자는 2월 7일 서울에서 발표했다.');
SELECT count(*) FROM kornews.ko_entities('삼성전자는 내일 발표한다.', '2025-02-07');
SELECT count(*) FROM kornews.ko_parse_headlines(E'기사 제목 하나 2025.02.07\n기사 제목 둘 2025.02.06', '2025-02-07');
SELECT count(*) FROM kornews.ko_parse_article(E'제목\n\n본문 문장이다. 두 번째 문장도 있다.');
SELECT kornews.ko_headline_key('[속보] 충주서 지진');
SELECT kornews.ko_hanja_reading('韓國');
SELECT count(*) FROM kornews.ko_discover_words('SELECT body FROM public.trap_news');
SELECT count(*) AS stale FROM kornews.ko_stale_rows('public.trap_news');
SELECT kornews.ko_refresh_stale_rows('public.trap_news') AS refreshed;
SELECT to_tsvector('kornews.korean', '화웨이의 반도체를') @@ to_tsquery('kornews.korean', '화웨이') AS found;
-- The triggers of the user tables run too (insert, update, delete); this file's own WHERE
-- clauses name pg_catalog's operator, since a trap there would be this test's, not kornews'.
INSERT INTO kornews.user_words (word, tag) VALUES ('함정시험어', 'NNP');
UPDATE kornews.user_words SET cost = -1000 WHERE word OPERATOR(pg_catalog.=) '함정시험어';
DELETE FROM kornews.user_words WHERE word OPERATOR(pg_catalog.=) '함정시험어';
INSERT INTO kornews.user_entities (term, label) VALUES ('함정시험사', 'OG');
UPDATE kornews.user_entities SET normalized = '함정' WHERE term OPERATOR(pg_catalog.=) '함정시험사';
DELETE FROM kornews.user_entities WHERE term OPERATOR(pg_catalog.=) '함정시험사';

-- No trap ran.
SELECT count(*) AS traps_fired, string_agg(DISTINCT fired, ', ') AS which FROM public.trap_log;

RESET search_path;

-- Every SQL or PL/pgSQL function of the extension pins its search_path, so the check above
-- holds for functions added later too: this query lists any that does not (expected: none).
SELECT p.oid::regprocedure AS unpinned_function
  FROM pg_catalog.pg_proc p
  JOIN pg_catalog.pg_depend d ON d.classid = 'pg_catalog.pg_proc'::regclass AND d.objid = p.oid
                             AND d.deptype = 'e'
  JOIN pg_catalog.pg_extension e ON e.oid = d.refobjid AND e.extname = 'kornews'
  JOIN pg_catalog.pg_language l ON l.oid = p.prolang
 WHERE l.lanname NOT IN ('c', 'internal')
   AND NOT coalesce(p.proconfig @> ARRAY['search_path=pg_catalog, pg_temp'], false)
 ORDER BY p.oid::regprocedure::text;

DROP TABLE public.trap_news;
DROP OPERATOR public.= (oid, regclass);
DROP OPERATOR public.= (regclass, oid);
DROP OPERATOR public.= (text, text);
DROP OPERATOR public.= (name, name);
DROP FUNCTION public.trap_eq_oid_regclass(oid, regclass), public.trap_eq_regclass_oid(regclass, oid),
              public.trap_eq_text(text, text), public.trap_eq_name(name, name),
              public.format(text, VARIADIC text[]), public.quote_literal(text),
              public.char_length(text), public.btrim(text);
DROP TABLE public.trap_log;
