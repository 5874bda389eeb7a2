-- What a published revision shows readers, frozen when it is published: the claim as reviewed, its claimant,
-- the rating as the scale then stood (label, number, best, worst, description), the cited evidence and the
-- appearances. Public pages, ClaimReview, the feed and the CSV read this, never the live rows, so an edit to a
-- claim, a source or the scale reaches readers only through a correction.
alter table verdict add column publication jsonb;

-- Everyone who changed a revision's text: for the four-eyes rule they all count as its authors.
alter table verdict add column editors varchar(64)[] not null default '{}';

update verdict v set editors = (
    select array_agg(distinct who) from (
        select v.author as who
        union select v.last_edited_by
        union select a.actor from audit_entry a
         where a.entity_type = 'verdict' and a.entity_id = v.id
           and a.action in ('verdict.created', 'verdict.updated', 'verdict.correction-started',
                            'verdict.retraction-started')) people);
alter table verdict alter column editors drop default;

-- Revisions published before this change: frozen as their rows stand now (the best record there is).
update verdict v set publication = json_build_object(
    'claimReviewed', c.claim_reviewed,
    'claimant', cl.name,
    'claimantType', cl.type,
    'claimantTitle', cl.title,
    'madeOn', c.made_on,
    'rating', (select json_build_object('label', r.label, 'value', r.value,
                        'best', case when r.value is null then null else (select max(s.value) from rating s) end,
                        'worst', case when r.value is null then null else (select min(s.value) from rating s) end,
                        'description', r.description, 'colour', r.colour)
                 from rating r where r.id = v.rating_id),
    'evidence', (select coalesce(json_agg(json_build_object('stance', e.stance, 'url', s.url, 'title', s.title,
                        'publisher', s.publisher, 'publishedOn', s.published_on, 'excerpt', e.excerpt,
                        'location', e.location) order by e.id), '[]')
                   from verdict_evidence ve join evidence e on e.id = ve.evidence_id
                   join source s on s.id = e.source_id
                  where ve.verdict_id = v.id),
    'appearances', (select coalesce(json_agg(json_build_object('url', coalesce(ar.url, a.url),
                        'headline', ar.headline, 'publishedOn', ar.published_on, 'publisher', ar.outlet)
                        order by a.seen_on, a.id), '[]')
                      from appearance a left join article ar on ar.id = a.article_id
                     where a.claim_id = c.id))
  from claim c
  join claimant cl on cl.id = c.claimant_id
 where c.id = v.claim_id and v.published_at is not null;

alter table verdict add constraint verdict_published_shown check (published_at is null or publication is not null);
