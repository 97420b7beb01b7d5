DROP VIEW public.book_ids;
-- hazard table-rewrite: rewrites table public.items to convert id from integer to bigint
-- hazard irreversible: the downgrade converts public.items.id back from bigint to integer, which fails on (or loses precision of) values written after the upgrade that do not fit
ALTER TABLE public.items ALTER COLUMN id TYPE bigint;
ALTER TABLE public.items ALTER COLUMN qty SET DEFAULT 2;
-- hazard long-lock: scans table public.items for NULLs in label while holding an ACCESS EXCLUSIVE lock
ALTER TABLE public.items ALTER COLUMN label SET NOT NULL;
-- hazard irreversible: the downgrade converts public.items.code back from character varying(20) to character varying(10), which fails on (or loses precision of) values written after the upgrade that do not fit
ALTER TABLE public.items ALTER COLUMN code TYPE character varying(20);
ALTER TABLE public.books ALTER COLUMN qty SET DEFAULT 5;
CREATE VIEW public.book_ids AS
 SELECT id
   FROM public.books;
