-- The phone switch's data: one row per queue call, rebuilt from the switch's queue_log (or CDR, or a generic CSV).
-- A call is identified by the switch's uniqueid, its queue and the second it entered: importing the same lines
-- again adds nothing. Local day, half-hour (0-47) and weekday (1 = Monday) are computed at import in the
-- administration's zone, so that reports group by them alike on PostgreSQL and H2.
create table telephony_call (
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
    primary key (call_id, queue, entered_epoch)
);
create index telephony_call_day on telephony_call (local_day, queue);

-- Calls that entered a queue and had no final event when their file ended: completed by a later import.
create table telephony_pending_call (
    call_id        varchar(64)  not null,
    queue          varchar(64)  not null,
    entered_epoch  bigint       not null,
    connected_wait integer,
    agent          varchar(80),
    primary key (call_id, queue, entered_epoch)
);

-- Queue members joining, leaving and pausing: the staff logged in per half-hour.
create table telephony_member_event (
    at_epoch  bigint      not null,
    queue     varchar(64) not null,
    agent     varchar(80) not null,
    event     varchar(16) not null,
    primary key (at_epoch, queue, agent, event)
);

-- What each import read and did, for the import page's history.
create table telephony_import (
    id               bigint        primary key,
    file_name        varchar(255)  not null,
    source_key       varchar(400),
    format           varchar(16)   not null,
    imported_at      timestamp with time zone not null,
    imported_by      varchar(100)  not null,
    lines_read       bigint        not null,
    events_used      bigint        not null,
    lines_skipped    bigint        not null,
    calls_completed  bigint        not null,
    calls_repeated   bigint        not null,
    calls_pending    bigint        not null
);
create sequence telephony_import_seq start with 1 increment by 1;
create index telephony_import_source on telephony_import (source_key);

-- Monthly figures per queue, kept when a month's calls change: the report's 12-month trend reads these.
create table telephony_month (
    month_start        date         not null,
    queue              varchar(64)  not null,
    threshold_seconds  integer      not null,
    offered            bigint       not null,
    answered           bigint       not null,
    answered_within    bigint       not null,
    unanswered         bigint       not null,
    unanswered_within  bigint       not null,
    primary key (month_start, queue)
);

-- The monthly report's PDF, stored by the job of the first working day of the next month.
create table telephony_monthly_pdf (
    month_start  date          primary key,
    created_at   timestamp with time zone not null,
    content      bytea         not null
);
