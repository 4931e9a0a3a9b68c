-- pgbench: one one-row INSERT per transaction (autocommit), the database's own ceiling for "store one thing".
INSERT INTO bench_insert (payload, created_at) VALUES ('ticket-sized row: subject, description and a citizen reference', now());
