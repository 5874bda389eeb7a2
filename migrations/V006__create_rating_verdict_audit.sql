-- The rating scale: ordered entries, each a text rating with an optional number. Entries in use are retired,
-- never deleted.
create sequence rating_seq start with 1 increment by 50;

create table rating (
    id          bigint       primary key,
    label       varchar(60)  not null unique,
    value       integer,
    description varchar(1000) not null,
    colour      varchar(7)   not null check (colour ~ '^#[0-9a-fA-F]{6}$'),
    position    integer      not null,
    retired     boolean      not null default false,
    version     bigint       not null
);

insert into rating (id, label, value, description, colour, position, retired, version) values
    (1, 'True', 5, 'The statement is accurate and nothing significant is missing.', '#2e7d32', 1, false, 0),
    (2, 'Mostly true', 4, 'The statement is accurate but needs clarification or additional information.', '#689f38', 2, false, 0),
    (3, 'Half true', 3, 'The statement is partially accurate but leaves out important details or takes things out of context.', '#f9a825', 3, false, 0),
    (4, 'Mostly false', 2, 'The statement contains an element of truth but ignores critical facts that would give a different impression.', '#ef6c00', 4, false, 0),
    (5, 'False', 1, 'The statement is not accurate.', '#c62828', 5, false, 0),
    (6, 'Misleading', null, 'The statement uses accurate facts in a way that gives a false impression.', '#8e24aa', 6, false, 0),
    (7, 'Unproven', null, 'There is not enough evidence to say whether the statement is accurate.', '#607d8b', 7, false, 0);
-- New entries get ids from 101 on, clear of the rows above however Hibernate's pooled optimiser reads it.
select setval('rating_seq', 101, false);

-- Verdicts: each revision of a claim's fact-check is a row. A correction adds a revision; a published one is
-- never changed again except to be marked superseded.
create sequence verdict_seq start with 1 increment by 50;

create table verdict (
    id              bigint        primary key,
    claim_id        bigint        not null references claim (id),
    revision        integer       not null check (revision >= 1),
    corrects_id     bigint        references verdict (id),
    rating_id       bigint        references rating (id),
    conclusion      varchar(300)  not null,
    explanation     text          not null,
    status          varchar(20)   not null check (status in ('DRAFT', 'SUBMITTED', 'APPROVED', 'PUBLISHED', 'SUPERSEDED')),
    withdrawn       boolean       not null default false,
    correction_note varchar(2000),
    editor_comment  varchar(2000),
    author          varchar(64)   not null,
    last_edited_by  varchar(64)   not null,
    submitted_by    varchar(64),
    submitted_at    timestamp(6) with time zone,
    approved_by     varchar(64),
    approved_at     timestamp(6) with time zone,
    published_by    varchar(64),
    published_at    timestamp(6) with time zone,
    created_at      timestamp(6) with time zone not null,
    updated_at      timestamp(6) with time zone not null,
    version         bigint        not null,
    constraint verdict_revision_unique unique (claim_id, revision),
    constraint verdict_rated check (withdrawn or rating_id is not null),
    constraint verdict_correction_noted check (revision = 1 or correction_note is not null)
);

create index verdict_claim_idx on verdict (claim_id, revision);
create index verdict_status_idx on verdict (status, id);
create index verdict_published_idx on verdict (published_at desc, id) where status = 'PUBLISHED';
-- At most one published revision per claim: two editors publishing at once cannot both succeed.
create unique index verdict_one_published on verdict (claim_id) where status = 'PUBLISHED';

-- The evidence a verdict rests on, chosen from the claim's linked evidence.
create table verdict_evidence (
    verdict_id  bigint not null references verdict (id) on delete cascade,
    evidence_id bigint not null references evidence (id),
    primary key (verdict_id, evidence_id)
);

-- The audit log: who did what, when, with the values before and after. Written in the same transaction as
-- the change; the trigger below refuses any update or delete, whoever asks.
create sequence audit_entry_seq start with 1 increment by 50;

create table audit_entry (
    id          bigint       primary key,
    at          timestamp(6) with time zone not null,
    actor       varchar(64)  not null,
    action      varchar(60)  not null,
    entity_type varchar(30)  not null,
    entity_id   bigint       not null,
    claim_id    bigint,
    summary     varchar(500) not null,
    before      jsonb,
    after       jsonb
);

create index audit_entry_claim_idx on audit_entry (claim_id, id);
create index audit_entry_at_idx on audit_entry (id desc);

create function audit_entry_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit entries cannot be changed or deleted';
end;
$$;

create trigger audit_entry_append_only before update or delete on audit_entry
    for each row execute function audit_entry_is_append_only();
