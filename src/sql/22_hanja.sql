-- Hanja readings (src/core/text/hanja via src/pg/hanja_funcs.cpp; docs/sql-reference.md).

CREATE FUNCTION kornews.ko_hanja_reading(input text)
RETURNS text
AS 'MODULE_PATHNAME', 'ko_hanja_reading'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION kornews.ko_hanja_reading(text) IS
'The text with its Hanja replaced by their Hangul reading from the dictionary (the Hanja for Korea -> hanguk in Hangul); '
'other characters, and Hanja the dictionary cannot read, unchanged';
