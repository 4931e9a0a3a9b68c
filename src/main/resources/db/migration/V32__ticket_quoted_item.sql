-- The knowledge items (and which version of each) a ticket's answer quoted, in the order given.
create table ticket_quoted_item (
    ticket_id bigint      not null references ticket (id),
    position  integer     not null,
    item_type varchar(32) not null,
    item_id   varchar(64) not null,
    version   integer     not null,
    primary key (ticket_id, position)
);
