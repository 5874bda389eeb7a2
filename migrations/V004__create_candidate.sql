-- Statements the extraction engine found in an article, waiting for a reviewer to accept, merge or dismiss.
create sequence candidate_seq start with 1 increment by 50;

create table candidate (
    id           bigint       primary key,
    article_id   bigint       not null references article (id) on delete cascade,
    kind         varchar(20)  not null check (kind in ('DIRECT', 'INDIRECT', 'MIXED', 'DENIAL', 'ASSERTION')),
    content      text         not null,
    start_offset integer      not null check (start_offset >= 0),
    end_offset   integer      not null,
    speaker      varchar(200),
    cue          varchar(100),
    figures      jsonb        not null default '[]',
    status       varchar(20)  not null check (status in ('OPEN', 'ACCEPTED', 'MERGED', 'DISMISSED')),
    claim_id     bigint       references claim (id) on delete set null,
    decided_by   varchar(64),
    decided_at   timestamp(6) with time zone,
    version      bigint       not null,
    constraint candidate_range check (end_offset > start_offset)
);

create index candidate_article_idx on candidate (article_id, start_offset);
create index candidate_claim_idx on candidate (claim_id);
