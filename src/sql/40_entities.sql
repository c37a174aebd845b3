-- Entity tagging (src/core/ner via src/pg/ner_funcs.cpp; docs/entities.md).

-- The user entity dictionary: terms tagged as written here, winning over the model. pg_dump
-- keeps its rows (pg_extension_config_dump). Readable by everyone (sessions read it for every
-- caller, without the caller's privileges); who may edit it is the administrator's GRANT.
CREATE TABLE kornews.user_entities (
    term text PRIMARY KEY,
    label text NOT NULL,
    normalized text,
    CONSTRAINT user_entities_label_check CHECK (label IN ('PS', 'LC', 'OG', 'DT', 'TI', 'QT')),
    CONSTRAINT user_entities_term_check CHECK (
        term <> '' AND char_length(term) <= 200 AND term !~ '^[[:space:]]|[[:space:]]$'
        AND term !~ '[[:cntrl:]]')
);

COMMENT ON TABLE kornews.user_entities IS
'Terms that ko_entities tags as given (label PS, LC, OG, DT, TI or QT; normalized value or NULL), '
'over the model''s own tags; an edit applies from the next statement in every session';

SELECT pg_catalog.pg_extension_config_dump('kornews.user_entities', '');
GRANT SELECT ON kornews.user_entities TO PUBLIC;

-- Row checks with messages that name the row (the CHECK constraints above stay as the
-- backstop, e.g. for rows written with triggers disabled).
CREATE FUNCTION kornews.user_entities_check() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF NEW.term IS NULL OR NEW.term = '' THEN
        RAISE EXCEPTION 'kornews.user_entities: the term must not be empty'
            USING ERRCODE = 'check_violation',
                  DETAIL = format('Row: (term %L, label %L, normalized %L).',
                                  NEW.term, NEW.label, NEW.normalized);
    END IF;
    IF NEW.term ~ '^[[:space:]]|[[:space:]]$' THEN
        RAISE EXCEPTION 'kornews.user_entities: term % starts or ends with whitespace',
                        quote_literal(NEW.term)
            USING ERRCODE = 'check_violation', HINT = 'Trim the term: btrim(term).';
    END IF;
    IF NEW.term ~ '[[:cntrl:]]' THEN
        RAISE EXCEPTION 'kornews.user_entities: term % contains a control character (tab, line break ...)',
                        quote_literal(NEW.term)
            USING ERRCODE = 'check_violation';
    END IF;
    IF char_length(NEW.term) > 200 THEN
        RAISE EXCEPTION 'kornews.user_entities: term %... is % characters long; the limit is 200',
                        quote_literal(left(NEW.term, 20)), char_length(NEW.term)
            USING ERRCODE = 'check_violation';
    END IF;
    IF NEW.label IS NULL OR NEW.label NOT IN ('PS', 'LC', 'OG', 'DT', 'TI', 'QT') THEN
        RAISE EXCEPTION 'kornews.user_entities: label % of term % is not one of PS, LC, OG, DT, TI, QT',
                        coalesce(quote_literal(NEW.label), 'NULL'), quote_literal(NEW.term)
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER user_entities_check
BEFORE INSERT OR UPDATE ON kornews.user_entities
FOR EACH ROW EXECUTE FUNCTION kornews.user_entities_check();

-- One entity, as both forms of ko_entities return it (declared once).
CREATE TYPE kornews.entity_row AS (
    entity text,
    label text,
    start_pos int,
    end_pos int,
    normalized text,
    value numeric,
    unit text,
    starts timestamp,
    ends timestamp,
    duration interval
);

-- Entities of a text. The result depends on the text, the installed dictionary and model and
-- the user entity rows: IMMUTABLE like the analyzer's functions, so it can feed an index or a
-- generated column; a user entity edited later applies to new calls and does not rewrite values
-- already stored (rebuild them, like after a dictionary change). Relative dates (today, last
-- month, the 7th) get no normalized value here.
-- Typed columns for dashboards, read from `normalized` (so a user entity's value gets them too):
-- value and unit of a quantity (4500000000000, 'KRW'), the calendar range [starts, ends) of a
-- date or a dated time (2025-W06: Monday 2025-02-03 to Monday 2025-02-10), the interval of a
-- length of time (P3Y: 3 years); NULL where they do not apply or no value was found.
CREATE FUNCTION kornews.ko_entities(input text)
RETURNS SETOF kornews.entity_row
AS 'MODULE_PATHNAME', 'ko_entities'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
ROWS 10;

COMMENT ON FUNCTION kornews.ko_entities(text) IS
'Entities of a text: PS, LC, OG, DT, TI, QT with 0-based character offsets (end exclusive) and '
'a normalized value (ISO 8601 dates and times, "4500000000000 KRW", full names of abbreviations), '
'and typed values: value and unit of a quantity, starts/ends (end exclusive) of a date, duration of a length of time';

-- The same with a reference date against which relative dates resolve. The date is an argument,
-- so the result still depends only on the arguments: IMMUTABLE too (pass the article's
-- publication date; current_date in the call is evaluated by the caller).
CREATE FUNCTION kornews.ko_entities(input text, reference date)
RETURNS SETOF kornews.entity_row
AS 'MODULE_PATHNAME', 'ko_entities_at'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
ROWS 10;

COMMENT ON FUNCTION kornews.ko_entities(text, date) IS
'Entities of a text, with relative dates (today, last month, the 7th) resolved against the reference date';
