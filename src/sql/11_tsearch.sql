-- Full-text search: the `korean` parser, the compound-noun dictionary and the `korean`
-- configuration (src/pg/ts_parser.cpp, src/pg/ts_compound.cpp; docs/sql-reference.md).

CREATE FUNCTION kornews.korean_prs_start(internal, int4)
RETURNS internal AS 'MODULE_PATHNAME', 'korean_prs_start'
LANGUAGE C STRICT PARALLEL SAFE;

CREATE FUNCTION kornews.korean_prs_nexttoken(internal, internal, internal)
RETURNS internal AS 'MODULE_PATHNAME', 'korean_prs_nexttoken'
LANGUAGE C STRICT PARALLEL SAFE;

CREATE FUNCTION kornews.korean_prs_end(internal)
RETURNS void AS 'MODULE_PATHNAME', 'korean_prs_end'
LANGUAGE C STRICT PARALLEL SAFE;

CREATE FUNCTION kornews.korean_prs_lextype(internal)
RETURNS internal AS 'MODULE_PATHNAME', 'korean_prs_lextype'
LANGUAGE C STRICT PARALLEL SAFE;

CREATE FUNCTION kornews.korean_prs_headline(internal, internal, tsquery)
RETURNS internal AS 'MODULE_PATHNAME', 'korean_prs_headline'
LANGUAGE C STRICT PARALLEL SAFE;

CREATE TEXT SEARCH PARSER kornews.korean (
    START    = kornews.korean_prs_start,
    GETTOKEN = kornews.korean_prs_nexttoken,
    END      = kornews.korean_prs_end,
    LEXTYPES = kornews.korean_prs_lextype,
    HEADLINE = kornews.korean_prs_headline);

COMMENT ON TEXT SEARCH PARSER kornews.korean IS
'Korean morphological parser: one token per morpheme, particles and endings split off';

CREATE FUNCTION kornews.korean_compound_init(internal)
RETURNS internal AS 'MODULE_PATHNAME', 'korean_compound_init'
LANGUAGE C STRICT PARALLEL SAFE;

CREATE FUNCTION kornews.korean_compound_lexize(internal, internal, internal, internal)
RETURNS internal AS 'MODULE_PATHNAME', 'korean_compound_lexize'
LANGUAGE C STRICT PARALLEL SAFE;

CREATE TEXT SEARCH TEMPLATE kornews.korean_compound (
    INIT   = kornews.korean_compound_init,
    LEXIZE = kornews.korean_compound_lexize);

COMMENT ON TEXT SEARCH TEMPLATE kornews.korean_compound IS
'Compound nouns as the whole word plus their parts, at one position';

CREATE FUNCTION kornews.korean_hanja_init(internal)
RETURNS internal AS 'MODULE_PATHNAME', 'korean_hanja_init'
LANGUAGE C STRICT PARALLEL SAFE;

CREATE FUNCTION kornews.korean_hanja_lexize(internal, internal, internal, internal)
RETURNS internal AS 'MODULE_PATHNAME', 'korean_hanja_lexize'
LANGUAGE C STRICT PARALLEL SAFE;

CREATE TEXT SEARCH TEMPLATE kornews.korean_hanja (
    INIT   = kornews.korean_hanja_init,
    LEXIZE = kornews.korean_hanja_lexize);

COMMENT ON TEXT SEARCH TEMPLATE kornews.korean_hanja IS
'Words written in Hanja, and user words with a reading, as the word plus its Hangul reading at '
'one position; other words pass on';

CREATE FUNCTION kornews.korean_stem_init(internal)
RETURNS internal AS 'MODULE_PATHNAME', 'korean_stem_init'
LANGUAGE C STRICT PARALLEL SAFE;

CREATE FUNCTION kornews.korean_stem_lexize(internal, internal, internal, internal)
RETURNS internal AS 'MODULE_PATHNAME', 'korean_stem_lexize'
LANGUAGE C STRICT PARALLEL SAFE;

-- pg_catalog.simple's job (lower-case, drop stop words; options StopWords and Accept) without
-- its wide-character round trip for every Hangul token, which has no case.
CREATE TEXT SEARCH TEMPLATE kornews.korean_stem (
    INIT   = kornews.korean_stem_init,
    LEXIZE = kornews.korean_stem_lexize);

COMMENT ON TEXT SEARCH TEMPLATE kornews.korean_stem IS
'Words as given, lower-cased where they have case, minus stop words (options StopWords, Accept), '
'with Ending appended (option Ending)';

-- Words as the analyzer gives them, lower-cased. Its own dictionary so that a site can add a
-- stop word list: ALTER TEXT SEARCH DICTIONARY kornews.korean_stem (StopWords = ...).
CREATE TEXT SEARCH DICTIONARY kornews.korean_stem (TEMPLATE = kornews.korean_stem);
COMMENT ON TEXT SEARCH DICTIONARY kornews.korean_stem IS
'Korean morphemes (stems, nouns, foreign words), lower-cased';

-- Verb and adjective stems in their dictionary form, the stem followed by the ending -da
-- (U+B2E4): the past form gatda is indexed as the verb gada. A search for either form finds
-- every form of the verb, and a stem never meets a noun spelled the same (the stem bo of boda
-- and the noun bo).
--
-- This install script is pure ASCII so that CREATE EXTENSION runs in a database of any
-- encoding (tests/sql/non_utf8.sh checks both). The ending is therefore built with chr(), and
-- only in a UTF-8 database: in any other encoding every kornews function stops with the
-- "requires a UTF8 database" ERROR before a dictionary is used, and the character may not
-- exist there (LATIN1, SQL_ASCII), so the ending stays empty. A plpgsql IF rather than a CASE:
-- the planner would fold chr(45796) in an untaken CASE branch and fail in LATIN1.
DO $do$
DECLARE
  ending text := '';
BEGIN
  IF pg_catalog.getdatabaseencoding() = 'UTF8' THEN
    ending := pg_catalog.chr(45796);
  END IF;
  EXECUTE pg_catalog.format(
    'CREATE TEXT SEARCH DICTIONARY kornews.korean_predicate '
    '(TEMPLATE = kornews.korean_stem, Ending = %L)', ending);
END
$do$;
COMMENT ON TEXT SEARCH DICTIONARY kornews.korean_predicate IS
'Korean verb and adjective stems in their dictionary form (stem + the ending -da), lower-cased';

CREATE TEXT SEARCH DICTIONARY kornews.korean_compound (TEMPLATE = kornews.korean_compound);
COMMENT ON TEXT SEARCH DICTIONARY kornews.korean_compound IS
'Korean compound nouns: the whole word and, when every part has two or more characters, its parts';

CREATE TEXT SEARCH DICTIONARY kornews.korean_hanja (TEMPLATE = kornews.korean_hanja);
COMMENT ON TEXT SEARCH DICTIONARY kornews.korean_hanja IS
'Hanja words and user words with a reading as the word and its Hangul reading; '
'any other word goes on to the next dictionary';

CREATE TEXT SEARCH CONFIGURATION kornews.korean (PARSER = kornews.korean);
COMMENT ON TEXT SEARCH CONFIGURATION kornews.korean IS
'Korean news: nouns, verb and adjective stems, roots, foreign words, numbers, alphanumerics '
'and Hanja are indexed; particles, endings, suffixes, symbols and spaces are not';

-- Indexed token types; each *_base type is the same kind of morpheme restored from a
-- contracted or normalized written form (the past form gatda -> the stem ga), so it is indexed
-- the same way.
ALTER TEXT SEARCH CONFIGURATION kornews.korean
    ADD MAPPING FOR noun, proper_noun, unknown, foreign_word, alnum, numeral, root, number,
                    noun_base, proper_noun_base, unknown_base, foreign_word_base, alnum_base,
                    numeral_base, root_base, number_base
    WITH kornews.korean_stem;
ALTER TEXT SEARCH CONFIGURATION kornews.korean
    ADD MAPPING FOR verb, adjective, verb_base, adjective_base
    WITH kornews.korean_predicate;

-- Words written in Hanja (the Hanja for Korea, for America) and user words with a reading
-- (DeepSeek -> its Hangul spelling) are
-- tokens of type hanja: korean_hanja adds the reading, korean_stem takes what it passes on.
ALTER TEXT SEARCH CONFIGURATION kornews.korean
    ADD MAPPING FOR hanja, hanja_base
    WITH kornews.korean_hanja, kornews.korean_stem;

ALTER TEXT SEARCH CONFIGURATION kornews.korean
    ADD MAPPING FOR compound_noun, compound_noun_base
    WITH kornews.korean_compound;
