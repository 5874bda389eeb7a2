-- Claimants: people and organisations who make claims, with the other names articles use for them.
create sequence claimant_seq start with 1 increment by 50;

create table claimant (
    id          bigint       primary key,
    name        varchar(200) not null,
    type        varchar(20)  not null check (type in ('PERSON', 'ORGANISATION')),
    title       varchar(200),
    affiliation varchar(200),
    created_at  timestamp(6) with time zone not null,
    version     bigint       not null
);

create index claimant_name_idx on claimant (lower(name));

create table claimant_alias (
    claimant_id bigint       not null references claimant (id) on delete cascade,
    alias       varchar(200) not null,
    primary key (claimant_id, alias)
);

create index claimant_alias_lower_idx on claimant_alias (lower(alias));

-- Claims: one attributed statement each, with its workflow status.
create sequence claim_seq start with 1 increment by 50;

create table claim (
    id               bigint        primary key,
    statement        text          not null,
    claim_reviewed   varchar(300)  not null,
    claimant_id      bigint        not null references claimant (id),
    kind             varchar(20)   not null check (kind in ('DIRECT_QUOTE', 'PARAPHRASE', 'DENIAL', 'FIGURE', 'OTHER')),
    made_on          date,
    status           varchar(20)   not null check (status in ('NEW', 'RESEARCHING', 'IN_REVIEW', 'PUBLISHED', 'DISMISSED')),
    dismissal_reason varchar(500),
    tags             varchar(50)[] not null default '{}',
    assignee_id      bigint        references app_user (id),
    created_by       varchar(64)   not null,
    created_at       timestamp(6) with time zone not null,
    updated_at       timestamp(6) with time zone not null,
    version          bigint        not null,
    constraint claim_dismissal_has_reason check (status <> 'DISMISSED' or dismissal_reason is not null)
);

-- The list pages walk these in key order (keyset pagination), newest first.
create index claim_status_id_idx on claim (status, id);
create index claim_claimant_id_idx on claim (claimant_id, id);
create index claim_assignee_id_idx on claim (assignee_id, id);
create index claim_kind_id_idx on claim (kind, id);
create index claim_made_on_id_idx on claim (made_on, id);
create index claim_tags_idx on claim using gin (tags);

-- Appearances: where a claim was seen, in an article (with character offsets into its text) or at a URL.
create sequence appearance_seq start with 1 increment by 50;

create table appearance (
    id           bigint        primary key,
    claim_id     bigint        not null references claim (id) on delete cascade,
    article_id   bigint        references article (id),
    url          varchar(2048),
    start_offset integer,
    end_offset   integer,
    seen_on      date          not null,
    created_at   timestamp(6) with time zone not null,
    constraint appearance_has_place check (article_id is not null or url is not null),
    constraint appearance_range check (
        (article_id is null and start_offset is null and end_offset is null)
        or (article_id is not null and start_offset >= 0 and end_offset > start_offset))
);

create index appearance_claim_idx on appearance (claim_id, seen_on, id);
create index appearance_article_idx on appearance (article_id);
