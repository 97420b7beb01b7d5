SET check_function_bodies = false;
DROP VIEW public.bigger;
DROP FUNCTION public.next_size(x public.size);
-- hazard table-rewrite: rewrites table public.shirts to convert sz to the new public.size
-- hazard table-rewrite: rewrites table public.shirts to convert sizes to the new public.size
ALTER TYPE public.size RENAME TO size__retort_old;
CREATE TYPE public.size AS ENUM ('l', 'm', 's');
ALTER TABLE public.shirts ALTER COLUMN sz DROP DEFAULT;
ALTER TABLE public.shirts ALTER COLUMN sz TYPE public.size USING sz::text::public.size;
ALTER TABLE public.shirts ALTER COLUMN sizes TYPE public.size[] USING sizes::text[]::public.size[];
CREATE OR REPLACE FUNCTION public.next_size(x public.size)
 RETURNS public.size
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT CASE x WHEN 's' THEN 'm'::size ELSE 'l'::size END $function$;
-- hazard table-rewrite: rewrites table public.shirts to convert fit to the new public.small
ALTER DOMAIN public.small RENAME TO small__retort_old;
CREATE DOMAIN public.small AS public.size CONSTRAINT small_check CHECK ((VALUE > 'l'::public.size));
ALTER TABLE public.shirts ALTER COLUMN fit TYPE public.small USING fit::text::public.small;
-- hazard table-rewrite: rewrites table public.shirts to convert kid to the new public.tiny
ALTER DOMAIN public.tiny RENAME TO tiny__retort_old;
CREATE DOMAIN public.tiny AS public.small CONSTRAINT tiny_check CHECK (((VALUE)::public.size = 's'::public.size));
ALTER TABLE public.shirts ALTER COLUMN kid TYPE public.tiny USING kid::text::public.tiny;
DROP DOMAIN public.tiny__retort_old;
ALTER TABLE public.shirts ALTER COLUMN sz SET DEFAULT 'm'::public.size;
CREATE VIEW public.bigger AS
 SELECT id,
    public.next_size(sz) AS nxt,
    fit
   FROM public.shirts;
DROP DOMAIN public.small__retort_old;
DROP TYPE public.size__retort_old;
