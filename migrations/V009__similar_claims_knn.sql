-- "Possibly already checked" asks for the nearest claims by letter trigrams. A GiST index answers that in
-- distance order (k-nearest neighbours) without scoring every look-alike, which the GIN index could not.
drop index claim_reviewed_trgm_idx;
create index claim_reviewed_trgm_gist on claim using gist (f_unaccent(lower(claim_reviewed)) gist_trgm_ops);
