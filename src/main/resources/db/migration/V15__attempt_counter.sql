-- Limits on failed attempts (logins, public tracking) kept in the database, so that every application node
-- counts against the same number. One row per limited key; the key is a scope and a SHA-256 of what it
-- counts (an account and an address, an address), never the user name or address itself.
create table attempt_counter (
    counter_key varchar(100) not null primary key,
    attempts    integer      not null,
    -- End of the counting window, or of the lock once the limit is reached; the row counts afresh after it.
    expires_at  timestamp with time zone not null
);
create index attempt_counter_expiry on attempt_counter (expires_at);
