-- Unused collations: one changes provider (dropped and created again),
-- one goes, one comes.
CREATE COLLATION sortkey (locale = 'C');
CREATE COLLATION posix_only (lc_collate = 'C', lc_ctype = 'POSIX');
