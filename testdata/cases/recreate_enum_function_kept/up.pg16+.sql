SET check_function_bodies = false;
DROP VIEW public.urgent;
ALTER TABLE public.tasks DROP CONSTRAINT tasks_lvl_check;
ALTER TABLE public.tasks ALTER COLUMN lvl DROP DEFAULT;
DROP FUNCTION public.lowest();
DROP FUNCTION public.is_high(l public.level, strict boolean);
DROP FUNCTION public.bump(l public.level);
-- hazard data-loss: removes label(s) max of public.level without a mapping (removed_labels): the upgrade stops if rows still hold them
-- hazard table-rewrite: rewrites table public.tasks to convert lvl to the new public.level
DO $retort$ BEGIN IF EXISTS (SELECT FROM public.tasks WHERE lvl::text = 'max') THEN RAISE EXCEPTION USING MESSAGE = 'enum label ''max'' of public.level is still used by rows of public.tasks.lvl; map it with removed_labels: {max: <label>} in the model, or update those rows first'; END IF; END $retort$;
ALTER TYPE public.level RENAME TO level__retort_old;
CREATE TYPE public.level AS ENUM ('low', 'mid', 'high');
ALTER TABLE public.tasks ALTER COLUMN lvl TYPE public.level USING lvl::text::public.level;
DROP TYPE public.level__retort_old;
CREATE OR REPLACE FUNCTION public.bump(l public.level)
 RETURNS public.level
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT CASE l WHEN 'low' THEN 'mid'::level ELSE 'high'::level END $function$;
CREATE OR REPLACE FUNCTION public.is_high(l public.level, strict boolean DEFAULT false)
 RETURNS boolean
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT l >= 'high' $function$;
CREATE OR REPLACE FUNCTION public.lowest()
 RETURNS public.level
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT 'low'::level $function$;
ALTER TABLE public.tasks ALTER COLUMN lvl SET DEFAULT public.lowest();
-- hazard long-lock: checks every row of public.tasks while holding an ACCESS EXCLUSIVE lock
ALTER TABLE public.tasks ADD CONSTRAINT tasks_lvl_check CHECK (public.bump(lvl) IS NOT NULL);
CREATE VIEW public.urgent AS
 SELECT id
   FROM public.tasks
  WHERE public.is_high(lvl);
