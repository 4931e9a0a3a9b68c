-- The one store of attached files (tickets, messages, information sheets): bytes in the database, so that its
-- backup holds them; the media type as detected from the content.
create table attachment (
    id         uuid          not null primary key,
    name       varchar(255)  not null,
    media_type varchar(100)  not null,
    size       bigint        not null,
    sha256     varchar(64)   not null,
    created_at timestamp with time zone not null,
    content    bytea         not null
);
