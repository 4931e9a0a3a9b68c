-- Reporting: the ticket dashboards' read models, fed by ticketing's events (and rebuilt from the tickets).

-- Every ticket event received, once: the key makes a second delivery of the same event a no-op.
create table report_ticket_event (
    number          varchar(11)  not null,
    kind            varchar(16)  not null,
    occurred_at     timestamp with time zone not null,
    local_day       date         not null,
    channel         varchar(16)  not null,
    category_code   varchar(40)  not null,
    level           varchar(16),
    department_code varchar(16),
    due_at          timestamp with time zone,
    constraint report_ticket_event_pk primary key (number, kind, occurred_at)
);
create index report_ticket_event_day_idx on report_ticket_event (local_day, kind);
create index report_ticket_event_department_idx on report_ticket_event (department_code, number);

-- One row per ticket, folded from its events in time order, whatever order they arrived in.
create table report_ticket (
    number           varchar(11)  not null primary key,
    channel          varchar(16)  not null,
    category_code    varchar(40)  not null,
    opened_at        timestamp with time zone,
    opened_day       date,
    opened_hour      integer,
    holder_level     varchar(16),
    department_code  varchar(16),
    due_at           timestamp with time zone,
    closed_at        timestamp with time zone,
    closed_day       date,
    resolved_level   varchar(16),
    seconds_to_close bigint
);
create index report_ticket_opened_idx on report_ticket (opened_day);
create index report_ticket_closed_idx on report_ticket (closed_day, resolved_level);
create index report_ticket_held_idx on report_ticket (department_code, due_at);
