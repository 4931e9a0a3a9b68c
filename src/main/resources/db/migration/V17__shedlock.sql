-- ShedLock: a scheduled job takes its row before running, so that with several application nodes each job
-- runs on one node at a time. Times are the database's own (UTC), so nodes' clocks need not agree.
create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);
