-- The start page asks whether a person has signed in before; the audit log's filter by person asks the same
-- column. Without an index both read the whole log.
create index audit_entry_actor_idx on audit_entry (actor, action, id);
