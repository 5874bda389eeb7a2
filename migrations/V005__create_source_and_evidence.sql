-- Evidence sources: what a verdict rests on, each web page once (by its normalised address).
create sequence source_seq start with 1 increment by 50;

create table source (
    id                  bigint        primary key,
    url                 varchar(2048) not null unique,
    title               varchar(500)  not null,
    publisher           varchar(200),
    type                varchar(30)   not null check (type in ('PRIMARY_DOCUMENT', 'OFFICIAL_STATEMENT',
                            'DATASET', 'NEWS_REPORT', 'EXPERT_INTERVIEW', 'ACADEMIC_PAPER', 'SOCIAL_MEDIA_POST',
                            'OTHER')),
    published_on        date,
    accessed_on         date          not null,
    notes               varchar(4000),
    archive_sha256      varchar(64),
    archive_captured_at timestamp(6) with time zone,
    archive_file_name   varchar(255),
    archive_media_type  varchar(100),
    archive_size        bigint,
    created_by          varchar(64)   not null,
    created_at          timestamp(6) with time zone not null,
    updated_at          timestamp(6) with time zone not null,
    version             bigint        not null,
    constraint source_archive_complete check (
        (archive_sha256 is null) = (archive_captured_at is null))
);

-- The archived copy itself, apart from the source row so that lists never load it.
create table source_archive (
    source_id bigint primary key references source (id) on delete cascade,
    content   bytea  not null
);

-- Evidence: a source linked to a claim with a stance. Unlinking sets removed_at; the row stays.
create sequence evidence_seq start with 1 increment by 50;

create table evidence (
    id         bigint        primary key,
    claim_id   bigint        not null references claim (id) on delete cascade,
    source_id  bigint        not null references source (id),
    stance     varchar(20)   not null check (stance in ('SUPPORTS', 'CONTRADICTS', 'CONTEXT')),
    excerpt    varchar(5000),
    location   varchar(200),
    note       varchar(4000),
    created_by varchar(64)   not null,
    created_at timestamp(6) with time zone not null,
    updated_at timestamp(6) with time zone not null,
    removed_by varchar(64),
    removed_at timestamp(6) with time zone,
    version    bigint        not null
);

create index evidence_claim_idx on evidence (claim_id, stance, id);
create index evidence_source_idx on evidence (source_id, id);
