SET check_function_bodies = false;
DROP VIEW public.heavy;
-- hazard long-lock: drops index issues_label without CONCURRENTLY: the ACCESS EXCLUSIVE lock on public.issues waits for running queries and blocks new ones meanwhile
DROP INDEX public.issues_label;
ALTER TABLE public.issues DROP COLUMN label;
ALTER TABLE public.issues DROP COLUMN newish;
ALTER TABLE public.issues DROP COLUMN w;
ALTER TABLE public.issues DROP COLUMN loud;
DROP FUNCTION public.weight(s public.status);
DROP FUNCTION public.shout(t text);
-- hazard data-loss: removes label(s) stale of public.status without a mapping (removed_labels): the upgrade stops if rows still hold them
-- hazard table-rewrite: rewrites table public.issues to convert status to the new public.status
DO $retort$ BEGIN IF EXISTS (SELECT FROM public.issues WHERE status::text = 'stale') THEN RAISE EXCEPTION USING MESSAGE = 'enum label ''stale'' of public.status is still used by rows of public.issues.status; map it with removed_labels: {stale: <label>} in the model, or update those rows first'; END IF; END $retort$;
ALTER TYPE public.status RENAME TO status__retort_old;
CREATE TYPE public.status AS ENUM ('new', 'open', 'closed');
ALTER TABLE public.issues ALTER COLUMN status TYPE public.status USING status::text::public.status;
DROP TYPE public.status__retort_old;
CREATE OR REPLACE FUNCTION public.shout(t text)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT upper(t) $function$;
CREATE OR REPLACE FUNCTION public.weight(s public.status)
 RETURNS integer
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT CASE s WHEN 'closed' THEN 0 ELSE 1 END $function$;
-- hazard table-rewrite: rewrites table public.issues to compute the generated column label
ALTER TABLE public.issues ADD COLUMN label text GENERATED ALWAYS AS (
CASE
    WHEN (status = 'closed'::public.status) THEN 'done'::text
    ELSE 'todo'::text
END) STORED;
-- hazard table-rewrite: rewrites table public.issues to compute the generated column newish
ALTER TABLE public.issues ADD COLUMN newish boolean GENERATED ALWAYS AS (status < 'open'::public.status) STORED;
-- hazard table-rewrite: rewrites table public.issues to compute the generated column w
ALTER TABLE public.issues ADD COLUMN w integer GENERATED ALWAYS AS (public.weight(status)) STORED;
-- hazard table-rewrite: rewrites table public.issues to compute the generated column loud
ALTER TABLE public.issues ADD COLUMN loud text GENERATED ALWAYS AS (public.shout(title)) STORED;
-- hazard long-lock: builds index issues_label on public.issues without CONCURRENTLY, blocking writes
CREATE INDEX issues_label ON public.issues (label);
CREATE VIEW public.heavy AS
 SELECT issues.id,
    issues.w
   FROM public.issues
  WHERE (issues.w > 0);
