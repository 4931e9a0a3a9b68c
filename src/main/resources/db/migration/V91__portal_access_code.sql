-- Citizens' web portal: the short access code a citizen uses to follow a request (S-TT12). Only its SHA-256 is
-- kept (of the ticket number and the code together): the code is shown once, to the citizen who wrote. A ticket may
-- have several valid codes: the one the portal showed and the one its acknowledgement sent.
create table portal_access_code (
    ticket_number varchar(20)              not null,
    code_hash     varchar(64)              not null,
    issued_at     timestamp with time zone not null,
    primary key (ticket_number, code_hash)
);
