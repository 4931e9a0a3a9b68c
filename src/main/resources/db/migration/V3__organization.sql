-- The Region's structure (S-KB4): departments and the tree of their offices, URPs and structures.
-- Codes are the stable identifiers used across the dataset and by other modules, so they are the keys.
create table department (
    code       varchar(16)  not null primary key,
    name       varchar(200) not null,
    short_name varchar(100) not null,
    address    varchar(200),
    phone      varchar(40),
    email      varchar(254),
    pec        varchar(254),
    website    varchar(500)
);

create table office (
    code            varchar(32)  not null primary key,
    department_code varchar(16)  not null references department (code),
    -- the directorate (*-DG) is the root of each department's tree
    parent_code     varchar(32)  references office (code),
    name            varchar(200) not null,
    type            varchar(16)  not null,
    phone           varchar(40),
    email           varchar(254),
    -- empty for sub-structures, which use their parent's
    pec             varchar(254),
    address         varchar(200),
    opening_hours   varchar(500),
    website         varchar(500),
    competences     varchar(2000),
    constraint office_type check (type in ('STRUTTURA', 'URP', 'UFFICIO'))
);
create index office_department on office (department_code);
create index office_parent on office (parent_code);
