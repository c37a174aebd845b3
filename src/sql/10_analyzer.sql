-- Morphological analysis (src/core/morph via src/pg/morph_funcs.cpp; docs/sql-reference.md).
-- Every function here depends only on its input and the installed dictionary, so it is
-- IMMUTABLE STRICT PARALLEL SAFE: usable in indexes, generated columns and parallel plans.
-- (Changing kornews.dictionary_path to a different dictionary is like changing a collation:
-- rebuild the indexes that used the old one.)

CREATE FUNCTION kornews.ko_morphs(
    input text,
    OUT ord int,
    OUT form text,
    OUT tag text,
    OUT start_pos int,
    OUT end_pos int)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'ko_morphs'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
ROWS 50;

COMMENT ON FUNCTION kornews.ko_morphs(text) IS
'Morphemes of a text in order: form, Sejong tag, and 0-based character offsets into the '
'original text (end exclusive, so substr(input, start_pos + 1, end_pos - start_pos) is the '
'written text)';

CREATE FUNCTION kornews.ko_tokenize(input text)
RETURNS text[]
AS 'MODULE_PATHNAME', 'ko_tokenize'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION kornews.ko_tokenize(text) IS
'Every morpheme of a text as form/TAG, in order';

CREATE FUNCTION kornews.ko_nouns(input text)
RETURNS text[]
AS 'MODULE_PATHNAME', 'ko_nouns'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION kornews.ko_nouns(text) IS
'Nouns of a text in order, duplicates kept: common, proper and compound nouns, unknown words, '
'foreign words and alphanumerics such as H100';

-- The dictionary in use by this backend. VOLATILE: the answer follows kornews.dictionary_path.
CREATE FUNCTION kornews.ko_dictionary_info(
    OUT path text,
    OUT source text,
    OUT format_version int,
    OUT checksum text,
    OUT size_bytes bigint,
    OUT entries bigint)
RETURNS record
AS 'MODULE_PATHNAME', 'ko_dictionary_info'
LANGUAGE C VOLATILE PARALLEL SAFE;

COMMENT ON FUNCTION kornews.ko_dictionary_info() IS
'The dictionary file this backend analyzes with: path, source package and version, format '
'version, payload checksum (hex), size and number of entries';

CREATE FUNCTION kornews.ko_dictionary_verify()
RETURNS boolean
AS 'MODULE_PATHNAME', 'ko_dictionary_verify'
LANGUAGE C VOLATILE PARALLEL SAFE;

COMMENT ON FUNCTION kornews.ko_dictionary_verify() IS
'Recomputes the checksum of the dictionary in use: true, or an ERROR saying what is wrong';
