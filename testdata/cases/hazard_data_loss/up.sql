-- hazard data-loss: drops column public.people.fax and its values
ALTER TABLE public.people DROP COLUMN fax;
-- hazard data-loss: drops table public.old_log and all its rows
DROP TABLE public.old_log;
-- hazard data-loss: drops table scratch.tmp and all its rows
DROP TABLE scratch.tmp;
-- hazard data-loss: drops sequence public.ticket_seq and its current value
DROP SEQUENCE public.ticket_seq;
-- hazard table-rewrite: rewrites table public.people to convert nick from character varying(40) to character varying(10)
-- hazard data-loss: converting public.people.nick from character varying(40) to character varying(10) may lose precision or fail on values that do not fit
ALTER TABLE public.people ALTER COLUMN nick TYPE character varying(10);
-- hazard data-loss: drops domain public.posint and its checks
DROP DOMAIN public.posint;
-- hazard data-loss: drops composite type public.pair
DROP TYPE public.pair;
-- hazard data-loss: drops enum type public.mood and its labels
DROP TYPE public.mood;
-- hazard data-loss: drops schema scratch
DROP SCHEMA scratch;
