-- Others' fact-checks imported whole (issue [14]): several on one page, each keyed by its ClaimReview @id or by
-- (page address, claim reviewed); the publishing organisation and the journalist apart; ratings written as a
-- sentence; the language, the rating's range, the claim's date and appearances; removals their publisher signals.
alter table external_fact_check drop constraint external_fact_check_url_key;

alter table external_fact_check
    alter column rating type varchar(1000),
    add column review_id          varchar(2048),
    add column author             varchar(200),
    add column author_url         varchar(2048),
    add column claimant_title     varchar(200),
    add column rating_value       varchar(20),
    add column best_rating        varchar(20),
    add column worst_rating       varchar(20),
    add column rating_explanation varchar(5000),
    add column language           varchar(35),
    add column modified_at        timestamp(6) with time zone,
    add column claim_date         date,
    add column first_appearance   varchar(2048),
    add column appearances        jsonb not null default '[]',
    add column removed_at         timestamp(6) with time zone;

create unique index external_fact_check_review_id on external_fact_check (review_id);
-- Without an @id, one row per claim on a page (md5: a claim of 1,000 characters is too long for an index entry).
create unique index external_fact_check_page_claim on external_fact_check (url, md5(claim_reviewed))
    where review_id is null;
create index external_fact_check_url on external_fact_check (url);
