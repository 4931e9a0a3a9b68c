-- Learning from use: one row per search (the last text before a choice, or before ten seconds without typing),
-- its text stripped of fiscal codes, phone numbers and e-mail addresses, and what was chosen from it, if anything.
create table search_log (
    search_id   varchar(36)  not null primary key,
    text        varchar(200) not null,
    hits        integer      not null,
    searched_at timestamp with time zone not null,
    chosen_type varchar(16),
    chosen_id   varchar(32),
    chosen_at   timestamp with time zone
);
create index search_log_at on search_log (searched_at);

-- A text that led to a choice, and the entry chosen: a bounded boost that decays with time, per text.
create table search_boost (
    text       varchar(200) not null,
    hit_type   varchar(16)  not null,
    hit_id     varchar(32)  not null,
    weight     double precision not null,
    updated_at timestamp with time zone not null,
    primary key (text, hit_type, hit_id)
);
