-- Quote checks: a claim's quote compared with a primary source (a transcript or captions), as the reviewer
-- confirmed it, with the same quote's other appearances among the articles on record.

-- A transcript, captions or a PDF of remarks is a source of its own kind; captions may name the media they time.
alter table source drop constraint source_type_check;
alter table source add constraint source_type_check check (type in ('PRIMARY_DOCUMENT', 'OFFICIAL_STATEMENT',
    'DATASET', 'NEWS_REPORT', 'EXPERT_INTERVIEW', 'ACADEMIC_PAPER', 'SOCIAL_MEDIA_POST', 'OTHER', 'TRANSCRIPT'));
alter table source add column media_url varchar(2048);

create sequence quote_check_seq start with 1 increment by 50;

create table quote_check (
    id               bigint        primary key,
    claim_id         bigint        not null references claim (id) on delete cascade,
    source_id        bigint        not null references source (id),
    -- the archived copy the check read, so a later copy does not silently change what was checked
    source_sha256    varchar(64)   not null,
    quote            text          not null,
    found            boolean       not null,
    start_offset     integer,
    end_offset       integer,
    parts            jsonb         not null,
    passage          text,
    context_before   varchar(2000),
    context_after    varchar(2000),
    speaker_in_source varchar(200),
    speaker_verdict  varchar(20)   not null check (speaker_verdict in ('SAME', 'OTHER', 'UNKNOWN', 'CONFIRMED')),
    edits            jsonb         not null,
    negation_changed boolean       not null,
    similarity       double precision not null,
    time_start       double precision,
    time_end         double precision,
    suggested_label  varchar(20)   not null,
    label            varchar(20)   not null,
    note             varchar(4000),
    evidence_id      bigint        references evidence (id),
    checked_by       varchar(64)   not null,
    checked_at       timestamp(6) with time zone not null,
    version          bigint        not null,
    constraint quote_check_labels check (
        suggested_label in ('VERBATIM', 'ALTERED', 'SPLICED', 'MISATTRIBUTED', 'NOT_FOUND', 'PARAPHRASE')
        and label in ('VERBATIM', 'ALTERED', 'SPLICED', 'MISATTRIBUTED', 'NOT_FOUND', 'PARAPHRASE')),
    constraint quote_check_range check ((start_offset is null) = (end_offset is null) and found = (start_offset is not null))
);
create index quote_check_claim_idx on quote_check (claim_id);

-- The same quote as other articles on record print it, with its own differences from the primary passage.
create sequence quote_variant_seq start with 1 increment by 50;

create table quote_variant (
    id           bigint       primary key,
    check_id     bigint       not null references quote_check (id) on delete cascade,
    article_id   bigint       not null references article (id) on delete cascade,
    start_offset integer      not null,
    end_offset   integer      not null,
    quoted       text         not null,
    label        varchar(20)  not null check (label in ('VERBATIM', 'ALTERED', 'SPLICED', 'MISATTRIBUTED',
                     'NOT_FOUND', 'PARAPHRASE')),
    edits        jsonb        not null,
    seen_on      date         not null,
    first_seen   boolean      not null
);
create index quote_variant_check_idx on quote_variant (check_id);

-- "Same person": the reviewer's word that a source's speaker label names a claimant, given once per source.
create sequence quote_speaker_seq start with 1 increment by 50;

create table quote_speaker (
    id            bigint       primary key,
    source_id     bigint       not null references source (id) on delete cascade,
    speaker_label varchar(200) not null,
    claimant_id   bigint       not null references claimant (id) on delete cascade,
    confirmed_by  varchar(64)  not null,
    confirmed_at  timestamp(6) with time zone not null,
    constraint quote_speaker_once unique (source_id, speaker_label, claimant_id)
);
