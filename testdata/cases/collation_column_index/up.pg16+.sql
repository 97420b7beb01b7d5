CREATE COLLATION public.musicbrainz (provider = icu, locale = 'und-u-kf-lower-kn-true');
ALTER TABLE public.release ALTER COLUMN name TYPE character varying COLLATE public.musicbrainz;
-- hazard long-lock: builds index release_idx_lower on public.release without CONCURRENTLY, blocking writes
CREATE INDEX release_idx_lower ON public.release (lower(((name)::text COLLATE public.musicbrainz)) COLLATE public.musicbrainz);
-- hazard long-lock: builds index release_idx_musicbrainz_collate on public.release without CONCURRENTLY, blocking writes
CREATE INDEX release_idx_musicbrainz_collate ON public.release (name);
