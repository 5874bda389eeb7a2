-- Transcripts are articles of their own kind: each speaker turn is a statement by its speaker.
alter table article add column kind varchar(20) not null default 'ARTICLE';
alter table article add constraint article_kind_check check (kind in ('ARTICLE', 'TRANSCRIPT'));

-- What the desk watches: RSS/Atom feeds of outlets, and other fact-checkers' ClaimReview. Polled on a schedule,
-- with the validators of the last answer (conditional GET) and the failures since the last success (back-off).
create sequence watch_seq start with 1 increment by 50;

create table watch (
    id             bigint        primary key,
    kind           varchar(20)   not null check (kind in ('FEED', 'CLAIMREVIEW')),
    address        varchar(2048) not null,
    title          varchar(300)  not null,
    tag            varchar(100),
    active         boolean       not null,
    etag           varchar(500),
    last_modified  varchar(100),
    last_polled_at timestamp(6) with time zone,
    last_outcome   varchar(500),
    failures       integer       not null check (failures >= 0),
    last_error     varchar(1000),
    last_error_at  timestamp(6) with time zone,
    next_poll_at   timestamp(6) with time zone not null,
    items_taken    integer       not null check (items_taken >= 0),
    added_by       varchar(64)   not null,
    added_at       timestamp(6) with time zone not null,
    version        bigint        not null
);

create unique index watch_kind_address on watch (kind, address);
create index watch_due on watch (next_poll_at) where active;

-- Each item a feed listed, once: the article it became, or why not.
create sequence watch_item_seq start with 1 increment by 50;

create table watch_item (
    id         bigint        primary key,
    watch_id   bigint        not null references watch (id) on delete cascade,
    address    varchar(2048) not null,
    title      varchar(500),
    article_id bigint        references article (id) on delete set null,
    outcome    varchar(20)   not null check (outcome in ('TAKEN', 'DUPLICATE', 'REFUSED')),
    reason     varchar(1000),
    attempts   integer       not null check (attempts > 0),
    seen_at    timestamp(6) with time zone not null,
    constraint watch_item_once unique (watch_id, address)
);

create index watch_item_article on watch_item (article_id);

-- When each reader last cleared the Monitor: what was found after it is new to them.
create table monitor_reader (
    username  varchar(64) primary key,
    looked_at timestamp(6) with time zone not null
);
