-- PostgreSQL only: the knowledge portal's search looks for each word anywhere in a record's lower-case text
-- (search_text like '%word%'). Trigram indexes answer those patterns without reading every sheet, FAQ and
-- procedure, which matters from tens of thousands of records on. pg_trgm is a trusted extension: the database's
-- owner may create it. It belongs to the whole database and lives in one schema (public when created here), so
-- its operator class is named with that schema: the application's own schema need not be on the search path.
do $$
declare
    trgm_schema text;
begin
    create extension if not exists pg_trgm with schema public;
    select n.nspname into trgm_schema
      from pg_extension e join pg_namespace n on n.oid = e.extnamespace
     where e.extname = 'pg_trgm';
    execute format('create index knowledge_sheet_search_text_trgm on knowledge_sheet using gin (search_text %I.gin_trgm_ops)', trgm_schema);
    execute format('create index knowledge_procedure_search_text_trgm on knowledge_procedure using gin (search_text %I.gin_trgm_ops)', trgm_schema);
end
$$;
