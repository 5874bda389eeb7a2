-- Articles stored before the canonical text form (CanonicalText) keep the \r\n a text area sends. The page
-- shows \n, so a mouse selection there lands one character further per line break. This brings their text to
-- the canonical line ends and no-break spaces, and moves the appearance and candidate offsets with it.
--
-- Offsets count UTF-16 code units (Java and JavaScript string indexes); PostgreSQL counts code points, so each
-- line's length is counted here in UTF-16: a character outside the Basic Multilingual Plane counts two.
-- Only \r\n shortens the text; a lone \r becomes \n and a no-break space a space, one unit for one.
-- Offsets are taken as the server worked them out (extraction, copied words, the API, demo data), which were
-- right for the text as stored. Unicode normalisation (NFC) is left to new text: it would move offsets in ways
-- a line count cannot follow, and a browser shows stored accents as they are, so those offsets stay right.

create table v013_line as
select a.id as article_id, l.n,
       l.n < count(*) over (partition by a.id) and right(l.line, 1) = E'\r' as crlf,
       length(l.line) + length(regexp_replace(l.line, '[^\U00010000-\U0010FFFF]', '', 'g')) as units
from article a, regexp_split_to_table(a.text, E'\n') with ordinality as l(line, n)
where a.text like E'%\r\n%';

create table v013_map as
select article_id, n, crlf, units,
       coalesce(sum(units + 1) over before_line, 0) as old_start,
       coalesce(sum(crlf::int) over before_line, 0) as removed_before
from v013_line
window before_line as (partition by article_id order by n rows between unbounded preceding and 1 preceding);

create index v013_map_idx on v013_map (article_id, old_start);

-- An offset on the \n of a \r\n (after its \r) moves back one more, onto the \n that is left.
create function v013_offset(article bigint, old integer) returns integer language sql stable as $$
    select old - m.removed_before - case when m.crlf and old >= m.old_start + m.units then 1 else 0 end
    from v013_map m
    where m.article_id = article and m.old_start <= old
    order by m.old_start desc
    limit 1
$$;

update appearance
set start_offset = v013_offset(article_id, start_offset),
    end_offset = greatest(v013_offset(article_id, end_offset), v013_offset(article_id, start_offset) + 1)
where article_id in (select article_id from v013_map);

update candidate
set start_offset = v013_offset(article_id, start_offset),
    end_offset = greatest(v013_offset(article_id, end_offset), v013_offset(article_id, start_offset) + 1),
    content = replace(content, E'\r\n', E'\n')
where article_id in (select article_id from v013_map);

create table v013_changed as
select id from article where text ~ E'[\r\u00A0\u2007\u202F]';

update article
set text = translate(replace(text, E'\r\n', E'\n'), E'\r\u00A0\u2007\u202F', E'\n   '),
    version = version + 1
where id in (select id from v013_changed);

update article
set text_sha256 = encode(sha256(convert_to(text, 'UTF8')), 'hex')
where id in (select id from v013_changed);

insert into audit_entry (id, at, actor, action, entity_type, entity_id, claim_id, summary, before, after)
select nextval('audit_entry_seq'), now(), 'system', 'article.text-normalised', 'article', a.id, null,
       'Article text brought to the canonical form (line ends, no-break spaces); offsets moved with it',
       null, jsonb_build_object('textSha256', a.text_sha256)
from article a
where a.id in (select id from v013_changed);

drop function v013_offset(bigint, integer);
drop table v013_changed;
drop table v013_map;
drop table v013_line;
