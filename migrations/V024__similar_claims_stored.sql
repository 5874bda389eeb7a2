-- "Possibly already checked" is found when a claim is recorded or reworded, not each time its page is read.
-- similar_claim holds each claim's closest claims (at most five, best first by score) with how they were found;
-- similar_claims_found says a claim's list is computed (claims without a row are computed on first view);
-- similar_claims_due queues the claims to compute in the background.
create table similar_claim (
    claim_id   bigint           not null references claim (id) on delete cascade,
    similar_id bigint           not null references claim (id) on delete cascade,
    score      double precision not null check (score > 0 and score <= 1),
    reason     varchar(20)      not null check (reason in ('words', 'letters')),
    primary key (claim_id, similar_id),
    check (claim_id <> similar_id)
);
create index similar_claim_similar_idx on similar_claim (similar_id);

create table similar_claims_found (
    claim_id bigint                   primary key references claim (id) on delete cascade,
    found_at timestamp with time zone not null
);

create table similar_claims_due (
    claim_id bigint                   primary key references claim (id) on delete cascade,
    due_at   timestamp with time zone not null default now()
);

-- A claim reworded is looked at again: its own list, and its place in the lists of others.
create function similar_claims_reworded() returns trigger language plpgsql as $$
begin
    delete from similar_claims_found where claim_id = new.id;
    insert into similar_claims_due (claim_id) values (new.id) on conflict (claim_id) do nothing;
    return null;
end $$;

create trigger similar_claims_reworded after update of claim_reviewed on claim
    for each row when (old.claim_reviewed is distinct from new.claim_reviewed)
    execute function similar_claims_reworded();
