-- Search finds a claim by its claimant's name or alias ("stoltenberg" lists what he said). Working out every
-- claimant's name words at each search read all 200,000 claimants of the benchmark (2.8 s); the words are kept
-- instead, in the claims' text search configuration so that they stem alike, and indexed.
alter table claimant add column name_words tsvector;

create function claimant_name_words(claimant_name text, claimant bigint) returns tsvector
    language sql stable as $$
    select to_tsvector('english', f_unaccent(claimant_name || ' ' || coalesce(
        (select string_agg(a.alias, ' ') from claimant_alias a where a.claimant_id = claimant), '')))
$$;

create function claimant_words_named() returns trigger language plpgsql as $$
begin
    new.name_words := claimant_name_words(new.name, new.id);
    return new;
end $$;

create trigger claimant_words_named before insert or update of name on claimant
    for each row execute function claimant_words_named();

create function claimant_words_aliased() returns trigger language plpgsql as $$
begin
    if tg_op <> 'INSERT' then
        update claimant set name_words = claimant_name_words(name, id) where id = old.claimant_id;
    end if;
    if tg_op <> 'DELETE' then
        update claimant set name_words = claimant_name_words(name, id) where id = new.claimant_id;
    end if;
    return null;
end $$;

create trigger claimant_words_aliased after insert or update or delete on claimant_alias
    for each row execute function claimant_words_aliased();

update claimant set name_words = claimant_name_words(name, id);
create index claimant_name_words_idx on claimant using gin (name_words);

-- Every signed-in page shows how much work waits for the reader, claims assigned to them among it: counted
-- from this index alone instead of reading each assigned claim (6,000 per reviewer in the benchmark, 24 ms).
create index claim_assigned_work_idx on claim (assignee_id) where status in ('NEW', 'RESEARCHING');
