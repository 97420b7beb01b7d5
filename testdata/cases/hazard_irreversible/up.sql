-- hazard irreversible: the downgrade removes label pending from public.status again, which fails while rows hold it
ALTER TYPE public.status ADD VALUE 'pending' AFTER 'open';
-- hazard table-rewrite: rewrites table public.tickets to convert hits from integer to bigint
-- hazard irreversible: the downgrade converts public.tickets.hits back from bigint to integer, which fails on (or loses precision of) values written after the upgrade that do not fit
ALTER TABLE public.tickets ALTER COLUMN hits TYPE bigint;
-- hazard irreversible: the downgrade converts public.tickets.title back from character varying(200) to character varying(20), which fails on (or loses precision of) values written after the upgrade that do not fit
ALTER TABLE public.tickets ALTER COLUMN title TYPE character varying(200);
