-- Signing out, a new password, a role taken away or a deactivation end an account's sessions: each session
-- cookie comes with the account's session generation at sign-in, and is refused once the generation is replaced.
-- A random UUID rather than a counter, so that the next one cannot be guessed from a copied cookie.
alter table app_user add column session_generation uuid not null default gen_random_uuid();

-- A deactivated account cannot sign in; its name stays on its work (nothing is deleted).
alter table app_user add column active boolean not null default true;
