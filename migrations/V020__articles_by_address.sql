-- Articles fetched by address: the page's canonical address (the same page brought in twice is recognised by it),
-- the page as fetched kept as the article's archived copy, and lists of addresses imported in the background.
alter table article add column canonical_url varchar(2048);
create unique index article_canonical_url_key on article (canonical_url)
    where canonical_url is not null and duplicate_of is null;

-- The archived copy, apart from the article row so that lists and pages never load it.
create table article_archive (
    article_id  bigint        primary key references article (id) on delete cascade,
    content     bytea         not null,
    sha256      varchar(64)   not null,
    media_type  varchar(100),
    address     varchar(2048) not null,
    fetched_at  timestamp(6) with time zone not null,
    size        bigint        not null
);

create sequence address_import_seq start with 1 increment by 50;

create table address_import (
    id          bigint       primary key,
    created_by  varchar(64)  not null,
    created_at  timestamp(6) with time zone not null,
    finished_at timestamp(6) with time zone,
    total       integer      not null
);

create sequence address_import_line_seq start with 1 increment by 50;

-- One address of a list: WAITING until it is fetched, then ADDED (article_id), DUPLICATE (article_id of the one
-- already there) or REFUSED (message says why).
create table address_import_line (
    id         bigint        primary key,
    import_id  bigint        not null references address_import (id) on delete cascade,
    position   integer       not null,
    address    varchar(2048) not null,
    outcome    varchar(20)   not null check (outcome in ('WAITING', 'ADDED', 'DUPLICATE', 'REFUSED')),
    article_id bigint        references article (id),
    message    varchar(1000),
    unique (import_id, position)
);

create index address_import_line_waiting_idx on address_import_line (import_id, position) where outcome = 'WAITING';
