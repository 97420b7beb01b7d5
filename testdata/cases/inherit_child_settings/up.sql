-- hazard long-lock: scans table public.books for NULLs in id while holding an ACCESS EXCLUSIVE lock
ALTER TABLE public.books ALTER COLUMN id SET NOT NULL;
ALTER TABLE public.books ALTER COLUMN name SET DEFAULT 'book'::text;
ALTER TABLE public.books ALTER COLUMN price DROP NOT NULL;
ALTER TABLE public.books ALTER COLUMN code SET STATISTICS 200;
ALTER TABLE public.books ALTER COLUMN code SET STORAGE MAIN;
COMMENT ON COLUMN public.books.code IS 'the book code';
