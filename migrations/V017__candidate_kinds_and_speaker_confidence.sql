-- Statements whose source is a document or poll, and states of mind or intentions, become kinds of their own;
-- every candidate says how sure the engine was of its speaker (those found before are taken as named at the cue).
alter table candidate drop constraint candidate_kind_check;
alter table candidate add constraint candidate_kind_check
    check (kind in ('DIRECT', 'INDIRECT', 'MIXED', 'DENIAL', 'ASSERTION', 'DOCUMENT', 'BELIEF'));

alter table candidate add column speaker_confidence double precision;
update candidate set speaker_confidence = case when speaker is null then 0 else 0.9 end;
alter table candidate alter column speaker_confidence set not null;
alter table candidate add constraint candidate_speaker_confidence check (speaker_confidence between 0 and 1);
