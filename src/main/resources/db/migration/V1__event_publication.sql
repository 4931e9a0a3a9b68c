-- Spring Modulith's event publication registry (JPA): every event a listener must receive is stored
-- in the transaction that publishes it, so a failed or interrupted delivery can be resubmitted.
create table event_publication (
    id                     uuid not null primary key,
    listener_id            varchar(512) not null,
    event_type             varchar(512) not null,
    serialized_event       varchar(1000000) not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 varchar(32),
    completion_attempts    integer not null default 0,
    last_resubmission_date timestamp with time zone
);
create index event_publication_incomplete on event_publication (completion_date, publication_date);
