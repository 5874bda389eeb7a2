-- Full-text search over claims, claimants, articles, sources and verdicts, and trigram matching of claims.
-- Accents are ignored ("Zelenskyy" finds "Zelenskyy" and "Zelenskyy"; "Muller" finds "Müller").
create extension if not exists unaccent;

-- unaccent() is only "stable"; generated columns and index expressions need an immutable function.
create function f_unaccent(text) returns text language sql immutable parallel safe strict
    as $$ select public.unaccent('public.unaccent'::regdictionary, $1) $$;

alter table claim add column search_vector tsvector generated always as (
    setweight(to_tsvector('english', f_unaccent(claim_reviewed)), 'A') ||
    setweight(to_tsvector('english', f_unaccent(statement)), 'B')) stored;
create index claim_search_idx on claim using gin (search_vector);
create index claim_reviewed_trgm_idx on claim using gin (f_unaccent(lower(claim_reviewed)) gin_trgm_ops);

alter table claimant add column search_vector tsvector generated always as (
    setweight(to_tsvector('simple', f_unaccent(name)), 'A') ||
    setweight(to_tsvector('simple', f_unaccent(coalesce(title, '') || ' ' || coalesce(affiliation, ''))), 'B')) stored;
create index claimant_search_idx on claimant using gin (search_vector);

alter table article add column search_vector tsvector generated always as (
    setweight(to_tsvector('english', f_unaccent(headline)), 'A') ||
    setweight(to_tsvector('english', f_unaccent(coalesce(outlet, '') || ' ' || coalesce(author, ''))), 'B') ||
    setweight(to_tsvector('english', f_unaccent(left(text, 200000))), 'C')) stored;
create index article_search_idx on article using gin (search_vector);

alter table source add column search_vector tsvector generated always as (
    setweight(to_tsvector('english', f_unaccent(title)), 'A') ||
    setweight(to_tsvector('english', f_unaccent(coalesce(publisher, ''))), 'B') ||
    setweight(to_tsvector('english', f_unaccent(coalesce(notes, ''))), 'C')) stored;
create index source_search_idx on source using gin (search_vector);

alter table verdict add column search_vector tsvector generated always as (
    setweight(to_tsvector('english', f_unaccent(conclusion)), 'A') ||
    setweight(to_tsvector('english', f_unaccent(explanation)), 'B')) stored;
create index verdict_search_idx on verdict using gin (search_vector);

-- "Same claim": a claim recorded again, linked to the earlier one whose verdict it can refer to.
alter table claim add column same_as_id bigint references claim (id);
create index claim_same_as_idx on claim (same_as_id);
