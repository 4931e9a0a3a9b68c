-- PostgreSQL only: the knowledge portal's search looks for each word anywhere in a record's lower-case text
-- (search_text like '%word%'). Trigram indexes answer those patterns without reading every sheet, FAQ and
-- procedure, which matters from tens of thousands of records on. pg_trgm is a trusted extension: the database's
-- owner may create it.
create extension if not exists pg_trgm;

create index knowledge_sheet_search_text_trgm on knowledge_sheet using gin (search_text gin_trgm_ops);
create index knowledge_procedure_search_text_trgm on knowledge_procedure using gin (search_text gin_trgm_ops);
