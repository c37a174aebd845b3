-- Who may use kornews. CREATE EXTENSION makes the schema (kornews.control), owned by the
-- installing role. Every role may call the functions and use the text search configuration
-- kornews.korean, so a plain read-only role (a BI tool's login) needs no GRANT of its own. What
-- changes the analysis of every session -- kornews.user_words, kornews.user_entities, the
-- dictionary path -- stays with the owner, a superuser and whom they grant it to.
GRANT USAGE ON SCHEMA kornews TO PUBLIC;
