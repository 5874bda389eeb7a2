-- News articles brought in by reviewers; claims point into their text by character offsets.
create sequence article_seq start with 1 increment by 50;

create table article (
    id           bigint        primary key,
    headline     varchar(500)  not null,
    url          varchar(2048),
    outlet       varchar(200),
    author       varchar(200),
    published_on date,
    text         text          not null,
    text_sha256  varchar(64)   not null,
    added_by     varchar(64)   not null,
    added_at     timestamp(6) with time zone not null,
    version      bigint        not null
);

create index article_text_sha256_idx on article (text_sha256);
