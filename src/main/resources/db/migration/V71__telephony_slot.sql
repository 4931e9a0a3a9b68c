-- The telephone report's aggregates, computed again for every month an import touches (and when the threshold T
-- changes, as telephony_month says): per queue, local day, half-hour and band of wait (10 s bands, band 30 is 300 s and more), the counts
-- and sums of that group's calls. A month is a few tens of thousands of rows whatever the number of calls: the
-- report reads these, never the calls.
create table telephony_slot (
    local_day            date         not null,
    queue                varchar(64)  not null,
    half_hour            smallint     not null,
    wait_band            smallint     not null,
    offered              bigint       not null,
    answered             bigint       not null,
    answered_within      bigint       not null,
    unanswered_within    bigint       not null,
    abandoned            bigint       not null,
    timed_out            bigint       not null,
    exit_empty           bigint       not null,
    exit_key             bigint       not null,
    transferred          bigint       not null,
    answered_wait        bigint       not null,
    unanswered_wait      bigint       not null,
    talk                 bigint       not null,
    max_answered_wait    integer,
    max_unanswered_wait  integer,
    primary key (local_day, queue, half_hour, wait_band)
);

-- Calls put through to each extension, per queue and local day.
create table telephony_day_transfer (
    local_day    date         not null,
    queue        varchar(64)  not null,
    transfer_to  varchar(80)  not null,
    calls        bigint       not null,
    primary key (local_day, queue, transfer_to)
);

-- Months imported before these tables existed get their aggregates at the next import or report of the month
-- (telephony_month's threshold is set to -1 so that it counts as stale).
update telephony_month set threshold_seconds = -1;

-- When the month's PDF was e-mailed to the managers (null: not yet, tried again by the next morning's job).
alter table telephony_monthly_pdf add column mailed_at timestamp with time zone;
