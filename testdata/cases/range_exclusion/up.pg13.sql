SET check_function_bodies = false;
CREATE EXTENSION btree_gist WITH SCHEMA public VERSION '1.5';
CREATE OR REPLACE FUNCTION public.time_subtype_diff(x time without time zone, y time without time zone)
 RETURNS double precision
 LANGUAGE sql
 IMMUTABLE STRICT
AS $function$SELECT EXTRACT(EPOCH FROM (x - y))$function$;
CREATE TYPE public.timerange AS RANGE (subtype = time without time zone, subtype_diff = public.time_subtype_diff);
ALTER TABLE public.booking ADD COLUMN during public.timerange;
-- hazard long-lock: builds the index of booking_room_during_excl on public.booking while blocking writes
ALTER TABLE public.booking ADD CONSTRAINT booking_room_during_excl EXCLUDE USING gist (room WITH =, during WITH &&);
