SET check_function_bodies = false;
DROP VIEW public.codes;
ALTER DOMAIN public.code DROP CONSTRAINT code_check;
ALTER DOMAIN public.code DROP DEFAULT;
DROP FUNCTION public.valid_code(c character varying);
DROP FUNCTION public.default_code();
CREATE OR REPLACE FUNCTION public.default_code()
 RETURNS text
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT 'zzz'::text $function$;
CREATE OR REPLACE FUNCTION public.valid_code(c text)
 RETURNS boolean
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT length(c) = 3 $function$;
-- hazard table-rewrite: rewrites table public.airports to convert iata from character varying(3) to text
-- hazard table-rewrite: rewrites table public.airports to convert old_codes from character varying(3) to text
ALTER DOMAIN public.code RENAME TO code__retort_old;
CREATE DOMAIN public.code AS text DEFAULT default_code() CONSTRAINT code_check CHECK (public.valid_code(VALUE));
ALTER TABLE public.airports ALTER COLUMN iata TYPE public.code USING iata::text::public.code;
ALTER TABLE public.airports ALTER COLUMN old_codes TYPE public.code[] USING old_codes::text[]::public.code[];
DROP DOMAIN public.code__retort_old;
CREATE VIEW public.codes AS
 SELECT airports.iata
   FROM public.airports;
