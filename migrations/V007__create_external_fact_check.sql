-- Fact-checks published by other organisations, imported from their ClaimReview markup. One row per page.
create extension if not exists pg_trgm;

create sequence external_fact_check_seq start with 1 increment by 50;

create table external_fact_check (
    id             bigint        primary key,
    url            varchar(2048) not null unique,
    organisation   varchar(200)  not null,
    claim_reviewed varchar(1000) not null,
    claimant       varchar(200),
    rating         varchar(200)  not null,
    published_on   date,
    imported_by    varchar(64)   not null,
    imported_at    timestamp(6) with time zone not null,
    version        bigint        not null
);

-- "Also checked by": fact-checks whose claim reads like ours, by trigram similarity.
create index external_fact_check_claim_trgm on external_fact_check using gin (claim_reviewed gin_trgm_ops);
