DROP VIEW public.book_ids;
-- hazard table-rewrite: rewrites table public.items to convert id from integer to bigint
ALTER TABLE public.items ALTER COLUMN id TYPE bigint;
ALTER TABLE public.items ALTER COLUMN qty SET DEFAULT 2;
-- hazard long-lock: scans table public.items for NULLs in label while holding an ACCESS EXCLUSIVE lock
ALTER TABLE public.items ALTER COLUMN label SET NOT NULL;
ALTER TABLE public.items ALTER COLUMN code TYPE character varying(20);
ALTER TABLE public.books ALTER COLUMN qty SET DEFAULT 5;
CREATE VIEW public.book_ids AS
 SELECT books.id
   FROM public.books;
