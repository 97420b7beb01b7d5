SET check_function_bodies = false;
DROP VIEW public.good;
DROP FUNCTION public.in_band(g public.grade, r public.grade_range);
DROP TYPE public.grade_range;
-- hazard data-loss: removes label(s) x of public.grade without a mapping (removed_labels): the upgrade stops if rows still hold them
-- hazard table-rewrite: rewrites table public.results to convert g to the new public.grade
DO $retort$ BEGIN IF EXISTS (SELECT FROM public.results WHERE g::text = 'x') THEN RAISE EXCEPTION USING MESSAGE = 'enum label ''x'' of public.grade is still used by rows of public.results.g; map it with removed_labels: {x: <label>} in the model, or update those rows first'; END IF; END $retort$;
ALTER TYPE public.grade RENAME TO grade__retort_old;
CREATE TYPE public.grade AS ENUM ('c', 'b', 'a');
ALTER TABLE public.results ALTER COLUMN g TYPE public.grade USING g::text::public.grade;
DROP TYPE public.grade__retort_old;
CREATE TYPE public.grade_range AS RANGE (subtype = public.grade);
CREATE OR REPLACE FUNCTION public.in_band(g public.grade, r public.grade_range)
 RETURNS boolean
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT g <@ r $function$;
CREATE VIEW public.good AS
 SELECT results.id
   FROM public.results
  WHERE public.in_band(results.g, public.grade_range('b'::public.grade, 'a'::public.grade, '[]'::text));
