-- PostgreSQL only (db/vendor/postgresql): the staff list's title filter, LOWER(title) LIKE '%alumni 12%', read all
-- 10,000 story rows of the benchmark (24-56 ms); a trigram index finds the 111 matches (1.2 ms). pg_trgm is a trusted
-- extension (PostgreSQL 13+): the database owner may create it. It goes to public, not the connection's schema, so
-- that several Cerita schemas in one database (the tests) share one copy and dropping a schema never drops it.
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;

-- The operator class is named with the schema the extension lives in (public, or wherever it was installed before),
-- since that schema need not be on the search_path.
DO $$
BEGIN
    EXECUTE format('CREATE INDEX story_title_trgm_idx ON story USING gin (LOWER(title) %I.gin_trgm_ops)',
        (SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'pg_trgm'));
END
$$;
