-- News analytics (src/core/analytics via src/pg/analytics_*.cpp; docs/analytics.md): keywords
-- of a document, term statistics of a collection, top terms per group, trending terms and
-- co-mentioned entities.

-- Stop words: terms no analytics function reports (news boilerplate). Only the owner of the
-- extension may change them (everyone's results depend on them); everyone may read them.
-- pg_dump keeps the rows added after installation. A phrase entry matches however the analyzer
-- splits it: whitespace is ignored when comparing ("no reprinting" written as one word or two).
CREATE TABLE kornews.stopwords (
    word text PRIMARY KEY,
    -- Written by the extension script: pg_dump leaves these rows out (CREATE EXTENSION on
    -- restore writes them again) and keeps the ones added later.
    builtin boolean NOT NULL DEFAULT false,
    CONSTRAINT stopwords_word_check CHECK (
        word <> '' AND char_length(word) <= 100 AND word !~ '[[:cntrl:]]')
);

COMMENT ON TABLE kornews.stopwords IS
'Terms that ko_keywords, ko_top_terms, ko_trending, ko_comentions and ko_refresh_term_stats never '
'report; an edit applies from the next statement in every session';

-- Written only in a UTF8 database: elsewhere kornews analyzes nothing (every function stops
-- with an ERROR), and the Korean bytes of this script would not be Korean text there.
DO $$
BEGIN
  IF pg_catalog.getdatabaseencoding() = 'UTF8' THEN
    -- Korean words as U&'' escapes, so that the install script is ASCII and installs in any
    -- server encoding (tests/sql/non_utf8.sh); SELECT word FROM kornews.stopwords shows them.
    INSERT INTO kornews.stopwords (word) SELECT w FROM (VALUES
        -- bylines, credits and the copyright line
        (U&'\AE30\C790'), (U&'\D2B9\D30C\C6D0'), (U&'\D1B5\C2E0\C6D0'), (U&'\C575\CEE4'), (U&'\B9AC\D3EC\D130'), (U&'\B17C\C124\C704\C6D0'), (U&'\D3B8\C9D1\C704\C6D0'),
        (U&'\B274\C2A4'), (U&'\B274\C2A41'), (U&'\B274\C2DC\C2A4'), (U&'\C5F0\D569\B274\C2A4'), (U&'\C0AC\C9C4'), (U&'\C601\C0C1'), (U&'\ADF8\B798\D53D'), (U&'\C81C\ACF5'),
        (U&'\C790\B8CC\C0AC\C9C4'), (U&'\CEA1\CC98'), (U&'\D654\BA74'), (U&'\CD9C\CC98'), (U&'\BB34\B2E8'), (U&'\C804\C7AC'), (U&'\BB34\B2E8\C804\C7AC'), (U&'\C7AC\BC30\D3EC'),
        (U&'\BC30\D3EC'), (U&'\BC30\D3EC\AE08\C9C0'), (U&'\C7AC\BC30\D3EC\AE08\C9C0'), (U&'\C800\C791\AD8C'), (U&'\C800\C791\AD8C\C790'), (U&'\AE30\C0AC'), (U&'\C774\BA54\C77C'),
        (U&'\C81C\BCF4'), (U&'\CE74\CE74\C624\D1A1'), (U&'\AD6C\B3C5'), (U&'\B2F7\CEF4'), (U&'\D648\D398\C774\C9C0'), ('Copyright'), ('copyright'),
        ('com'), ('co'), ('kr'), ('www'), ('http'), ('https'),
        -- words of reporting, not of the story
        (U&'\AD00\ACC4\C790'), (U&'\B300\BCC0\C778'), (U&'\C124\BA85'), (U&'\BC1C\D45C'), (U&'\BCF4\B3C4'), (U&'\CDE8\C7AC'), (U&'\C778\D130\BDF0'), (U&'\C804\BB38\AC00'),
        (U&'\C774\B0A0'), (U&'\B2F9\C2DC'), (U&'\D604\C7AC'), (U&'\CD5C\ADFC'), (U&'\C624\B298'), (U&'\B0B4\C77C'), (U&'\C5B4\C81C'), (U&'\C62C\D574'), (U&'\C9C0\B09C\D574'),
        (U&'\B0B4\B144'), (U&'\C774\BC88'), (U&'\C9C0\B09C\B2EC'), (U&'\B2E4\C74C\B2EC'), (U&'\C774\D6C4'), (U&'\C774\C804'), (U&'\C624\C804'), (U&'\C624\D6C4'),
        (U&'\AC00\C6B4\B370'), (U&'\AD00\B828'), (U&'\ACBD\C6B0'), (U&'\C815\B3C4'), (U&'\C774\C0C1'), (U&'\C774\D558'), (U&'\C774\BC88\C8FC'), (U&'\C804\B0A0'),
        (U&'\C608\C815'), (U&'\ACC4\D68D'), (U&'\C0C1\D669'), (U&'\BB38\C81C'), (U&'\BD80\BD84'), (U&'\BC29\C548'), (U&'\B300\C0C1'), (U&'\C785\C7A5'), (U&'\C758\ACAC'),
        (U&'\B2E4\C74C'), (U&'\C9C0\B09C'), (U&'\B2F9\C77C'), (U&'\C55E\C11C'), (U&'\D55C\D3B8')) AS v(w);
    UPDATE kornews.stopwords SET builtin = true;
  END IF;
END
$$;

SELECT pg_catalog.pg_extension_config_dump('kornews.stopwords', 'WHERE NOT builtin');
REVOKE ALL ON kornews.stopwords FROM PUBLIC;
GRANT SELECT ON kornews.stopwords TO PUBLIC;

CREATE TRIGGER stopwords_changed
AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON kornews.stopwords
FOR EACH STATEMENT EXECUTE FUNCTION kornews.user_table_changed();
-- Also for rows that arrive by logical replication, like kornews.user_words.
ALTER TABLE kornews.stopwords ENABLE ALWAYS TRIGGER stopwords_changed;

-- Keywords of one document, weighed by the shipped term model (document frequencies of the
-- team's news sentences, data/kornews_terms.tsv). STABLE, not IMMUTABLE: the stop words are a
-- table the owner may edit.
CREATE FUNCTION kornews.ko_keywords(
    doc text,
    k int DEFAULT 10,
    OUT rank int,
    OUT keyword text,
    OUT score float8)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'ko_keywords'
LANGUAGE C STABLE STRICT PARALLEL SAFE
ROWS 10;

COMMENT ON FUNCTION kornews.ko_keywords(text, int) IS
'The k key terms and phrases of a document, best first: nouns, compounds, names, foreign words '
'and alphanumerics, and phrases of adjacent nouns the text repeats (never a phrase and its own '
'parts both); weighed by the shipped term model; stop words left out';

-- The statistics of a user's collection: in how many of its documents each term occurs.
-- Written by ko_refresh_term_stats (with the caller's rights: grant INSERT, DELETE and UPDATE
-- to whoever refreshes), readable by everyone, e.g. a BI tool.
CREATE TABLE kornews.term_collections (
    collection text PRIMARY KEY CHECK (collection <> ''),
    docs bigint NOT NULL CHECK (docs >= 0),
    refreshed timestamptz NOT NULL,
    query text NOT NULL
);
CREATE TABLE kornews.term_stats (
    collection text NOT NULL REFERENCES kornews.term_collections ON DELETE CASCADE,
    term text NOT NULL,
    docs bigint NOT NULL CHECK (docs > 0),
    PRIMARY KEY (collection, term)
);
GRANT SELECT ON kornews.term_collections, kornews.term_stats TO PUBLIC;
SELECT pg_catalog.pg_extension_config_dump('kornews.term_collections', '');
SELECT pg_catalog.pg_extension_config_dump('kornews.term_stats', '');

COMMENT ON TABLE kornews.term_collections IS
'Collections whose term statistics ko_refresh_term_stats computed: documents, when, from which query';
COMMENT ON TABLE kornews.term_stats IS
'Per collection, the number of documents each term occurs in (terms in fewer than min_docs left out)';

CREATE FUNCTION kornews.ko_refresh_term_stats(
    collection text,
    query text,
    min_docs int DEFAULT 2)
RETURNS bigint
AS 'MODULE_PATHNAME', 'ko_refresh_term_stats'
LANGUAGE C VOLATILE STRICT;

COMMENT ON FUNCTION kornews.ko_refresh_term_stats(text, text, int) IS
'Recounts the term statistics of a collection from the texts a query returns (one text column) '
'into kornews.term_stats; returns the number of documents';

CREATE FUNCTION kornews.ko_keywords(
    doc text,
    k int,
    collection text,
    OUT rank int,
    OUT keyword text,
    OUT score float8)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'ko_keywords_in'
LANGUAGE C STABLE STRICT PARALLEL SAFE
ROWS 10;

COMMENT ON FUNCTION kornews.ko_keywords(text, int, text) IS
'Keywords of a document weighed by the shipped model and by the statistics of a collection '
'(kornews.term_stats), so that a term common in that collection weighs less';

-- The most mentioned terms of a group of documents, for GROUP BY (a day, a section).
CREATE TYPE kornews.term_count AS (term text, count bigint, error bigint);

COMMENT ON TYPE kornews.term_count IS
'A term and the number of documents mentioning it; error > 0: the count is approximate, an upper '
'bound at most error above the true count (error = 0: exact)';

CREATE FUNCTION kornews.ko_top_terms_transition(internal, text, int)
RETURNS internal
AS 'MODULE_PATHNAME', 'ko_top_terms_transition'
LANGUAGE C STABLE PARALLEL SAFE;

CREATE FUNCTION kornews.ko_top_terms_combine(internal, internal)
RETURNS internal
AS 'MODULE_PATHNAME', 'ko_top_terms_combine'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE FUNCTION kornews.ko_top_terms_serialize(internal)
RETURNS bytea
AS 'MODULE_PATHNAME', 'ko_top_terms_serialize'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION kornews.ko_top_terms_deserialize(bytea, internal)
RETURNS internal
AS 'MODULE_PATHNAME', 'ko_top_terms_deserialize'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION kornews.ko_top_terms_final(internal)
RETURNS kornews.term_count[]
AS 'MODULE_PATHNAME', 'ko_top_terms_final'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE AGGREGATE kornews.ko_top_terms(body text, k int) (
    SFUNC = kornews.ko_top_terms_transition,
    STYPE = internal,
    FINALFUNC = kornews.ko_top_terms_final,
    COMBINEFUNC = kornews.ko_top_terms_combine,
    SERIALFUNC = kornews.ko_top_terms_serialize,
    DESERIALFUNC = kornews.ko_top_terms_deserialize,
    PARALLEL = SAFE
);

COMMENT ON AGGREGATE kornews.ko_top_terms(text, int) IS
'The k terms the most documents of the group mention, most first (ties by term), as '
'kornews.term_count[]; bounded memory (a Space-Saving summary of 100 x k terms, at least 1000): '
'error > 0 marks an approximate count';

-- Trending terms and entities: the query returns (published timestamptz, body text); recent is
-- the span (at - recent, at], baseline the span of that length before it. VOLATILE: it runs a
-- query. approximate is true when more distinct terms came than the bounded counts hold exactly
-- (then recent_count is a lower and baseline_count an upper bound).
CREATE FUNCTION kornews.ko_trending(
    query text,
    at timestamptz DEFAULT now(),
    recent interval DEFAULT '1 day',
    baseline interval DEFAULT '7 days',
    k int DEFAULT 20,
    OUT rank int,
    OUT term text,
    OUT kind text,
    OUT recent_count bigint,
    OUT baseline_count bigint,
    OUT score float8,
    OUT approximate boolean)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'ko_trending'
LANGUAGE C VOLATILE STRICT
ROWS 20;

COMMENT ON FUNCTION kornews.ko_trending(text, timestamptz, interval, interval, int) IS
'Terms (kind keyword) and entities (kind PS, LC or OG) whose share of documents rose most in the '
'recent span against the baseline, by a signed log-likelihood ratio (G2); counts are documents';

-- Entities mentioned together: one row per pair (a before b in label, value order) that at
-- least min_docs documents mention, most documents first.
CREATE FUNCTION kornews.ko_comentions(
    query text,
    min_docs int DEFAULT 2,
    OUT a text,
    OUT a_label text,
    OUT b text,
    OUT b_label text,
    OUT docs bigint,
    OUT pmi float8,
    OUT approximate boolean)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'ko_comentions'
LANGUAGE C VOLATILE STRICT
ROWS 100;

COMMENT ON FUNCTION kornews.ko_comentions(text, int) IS
'Pairs of entities (PS, LC, OG; normalized values where present) that the documents of a query '
'(body text first) mention together: documents and pointwise mutual information';
