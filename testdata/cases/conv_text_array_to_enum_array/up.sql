CREATE TYPE public.tag AS ENUM ('news', 'sport', 'weather');
-- hazard table-rewrite: rewrites table public.posts to convert tags from text[] to public.tag[]
-- hazard data-loss: converting public.posts.tags from text[] to public.tag[] may lose precision or fail on values that do not fit
ALTER TABLE public.posts ALTER COLUMN tags TYPE public.tag[] USING tags::public.tag[];
