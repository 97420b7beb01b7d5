SET check_function_bodies = false;
ALTER TABLE public.airports DROP CONSTRAINT airports_alt_check;
-- hazard long-lock: drops index airports_valid without CONCURRENTLY: the ACCESS EXCLUSIVE lock on public.airports waits for running queries and blocks new ones meanwhile
DROP INDEX public.airports_valid;
ALTER DOMAIN public.code DROP CONSTRAINT code_check;
DROP FUNCTION public.valid_code(c character varying);
CREATE OR REPLACE FUNCTION public.valid_code(c text)
 RETURNS boolean
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT length(c) = 3 $function$;
ALTER DOMAIN public.code ADD CONSTRAINT code_check CHECK (public.valid_code(VALUE));
-- hazard long-lock: checks every row of public.airports while holding an ACCESS EXCLUSIVE lock
ALTER TABLE public.airports ADD CONSTRAINT airports_alt_check CHECK (public.valid_code(alt));
-- hazard long-lock: builds index airports_valid on public.airports without CONCURRENTLY, blocking writes
CREATE INDEX airports_valid ON public.airports (public.valid_code(alt));
