-- The duplicate rules (one article per text, one claimant per name) were checked only by the application, so
-- two requests at the same moment could both pass the check and both insert. The database now holds each
-- rule as a unique index: over the SHA-256 of the article text as stored, and over the claimant's name
-- ignoring case (as the application compares names).
--
-- Rows stored before this migration may already break a rule. They are not merged or deleted here (claims,
-- candidates, verdicts and the audit log point at them): each later copy is marked with the oldest row it
-- repeats (duplicate_of) and left out of the unique index. The oldest row stays the one found by the
-- duplicate checks; a claimant copy can be folded into it with "merge" on the claimant page. No foreign key,
-- so merging or removing the oldest never touches the marks. Every row added from now on is covered.

alter table article add column duplicate_of bigint;

update article a set duplicate_of = oldest.id
from (select text_sha256, min(id) as id from article group by text_sha256 having count(*) > 1) oldest
where a.text_sha256 = oldest.text_sha256 and a.id <> oldest.id;

create unique index article_text_sha256_key on article (text_sha256) where duplicate_of is null;

alter table claimant add column duplicate_of bigint;

update claimant c set duplicate_of = oldest.id
from (select lower(name) as name, min(id) as id from claimant group by lower(name) having count(*) > 1) oldest
where lower(c.name) = oldest.name and c.id <> oldest.id;

create unique index claimant_name_key on claimant (lower(name)) where duplicate_of is null;
