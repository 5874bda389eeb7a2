-- A claim recorded from a found denial whose wording could not be turned into what the claimant asserts carries a
-- note until a reviewer rewrites its claim reviewed; research waits for that.
alter table claim add column rewrite_note varchar(300);
