-- Same story, many headlines: similarity, MinHash blocking and story grouping
-- (src/core/analytics via src/pg/similarity_funcs.cpp and src/pg/stories_funcs.cpp; docs/stories.md).

CREATE FUNCTION kornews.ko_similarity(a text, b text)
RETURNS float8
AS 'MODULE_PATHNAME', 'ko_similarity'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION kornews.ko_similarity(text, text) IS
'How close two headlines or sentences are in meaning, in [0, 1], over their analyzed terms: '
'content morphemes, compound parts, Hanja by reading (an abbreviation in Hanja equals its '
'Hangul name), numbers by value (12 written in digits or in words alike, 3.1 <> 3.2); 0 when '
'either has no terms';

CREATE FUNCTION kornews.ko_minhash(input text)
RETURNS int8[]
AS 'MODULE_PATHNAME', 'ko_minhash'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION kornews.ko_minhash(text) IS
'MinHash signature (32 values) of the informative terms of a text; empty for a text without terms';

CREATE FUNCTION kornews.ko_minhash_bands(input text)
RETURNS int8[]
AS 'MODULE_PATHNAME', 'ko_minhash_bands'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION kornews.ko_minhash_bands(text) IS
'The 16 LSH band keys of ko_minhash: texts sharing a key are candidates of one story; index with '
'GIN and search with &&';

CREATE FUNCTION kornews.ko_stories(
    query text,
    within interval DEFAULT '48 hours',
    threshold float8 DEFAULT 0.40)
RETURNS TABLE(id bigint, story_id bigint, similarity float8)
AS 'MODULE_PATHNAME', 'ko_stories'
LANGUAGE C VOLATILE STRICT
ROWS 1000;

COMMENT ON FUNCTION kornews.ko_stories(text, interval, float8) IS
'Groups the headlines a query returns as (id, published, title[, body]) into stories: '
'story_id is the id of the story''s first headline, similarity the row''s ko_similarity to it';

CREATE FUNCTION kornews.ko_stories_assign(
    query text,
    within interval DEFAULT '48 hours',
    threshold float8 DEFAULT 0.40)
RETURNS TABLE(id bigint, story_id bigint, similarity float8)
AS 'MODULE_PATHNAME', 'ko_stories_assign'
LANGUAGE C VOLATILE STRICT
ROWS 1000;

COMMENT ON FUNCTION kornews.ko_stories_assign(text, interval, float8) IS
'Incremental story grouping: the query returns (id, published, title, story_id[, body]); rows '
'with a story_id keep it and seed their stories, rows without one are assigned and returned';
