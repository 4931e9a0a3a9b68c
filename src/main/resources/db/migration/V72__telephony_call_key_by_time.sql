-- Calls keyed by the second they entered first: an import adds calls in time order, so the key's index grows at
-- its right end instead of everywhere, and the computing of a month's aggregates reads the month's range of it.
-- The index by local day is no longer needed (the report reads the aggregates, not the calls).
create table telephony_call_by_time (
    call_id        varchar(64)  not null,
    queue          varchar(64)  not null,
    entered_epoch  bigint       not null,
    local_day      date         not null,
    half_hour      smallint     not null,
    weekday        smallint     not null,
    outcome        varchar(16)  not null,
    wait_seconds   integer      not null,
    talk_seconds   integer      not null,
    agent          varchar(80),
    transfer_to    varchar(80),
    import_id      bigint       not null,
    primary key (entered_epoch, call_id, queue)
);
insert into telephony_call_by_time (call_id, queue, entered_epoch, local_day, half_hour, weekday, outcome, wait_seconds,
        talk_seconds, agent, transfer_to, import_id)
    select call_id, queue, entered_epoch, local_day, half_hour, weekday, outcome, wait_seconds, talk_seconds, agent,
        transfer_to, import_id from telephony_call;
drop table telephony_call;
alter table telephony_call_by_time rename to telephony_call;
