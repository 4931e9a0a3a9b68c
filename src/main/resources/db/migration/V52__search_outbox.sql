-- Hibernate Search's outbox-polling coordination (sportello.search.backend=opensearch): each transaction that
-- changes an indexed entity writes an event here, and a background processor on one of the nodes sends the
-- change to OpenSearch; the agents table is how the nodes share the processing. The tables stay empty with the
-- embedded Lucene index (one node). Written as Hibernate Search 8.2 maps them; types that PostgreSQL and H2 both read.
create table hsearch_agent (
    id                   uuid         not null primary key,
    type                 varchar(255) not null check (type in ('EVENT_PROCESSING_DYNAMIC_SHARDING', 'EVENT_PROCESSING_STATIC_SHARDING', 'MASS_INDEXING')),
    name                 varchar(255) not null,
    expiration           timestamp(6) with time zone not null,
    state                varchar(255) not null check (state in ('RUNNING', 'WAITING', 'SUSPENDED')),
    total_shard_count    integer,
    assigned_shard_index integer,
    payload              bytea,
    tenant_id            varchar(255)
);

create table hsearch_outbox_event (
    id             uuid         not null primary key,
    entity_name    varchar(256) not null,
    entity_id      varchar(256) not null,
    entity_id_hash integer      not null,
    payload        bytea        not null,
    retries        integer      not null,
    process_after  timestamp(6) with time zone not null,
    status         varchar(255) not null check (status in ('PENDING', 'ABORTED')),
    tenant_id      varchar(255)
);
create index hsearch_outbox_event_process_after on hsearch_outbox_event (process_after);
