CREATE TYPE public.paint AS ENUM ('green', 'red', 'blue');
-- hazard table-rewrite: rewrites table public.walls to convert coats from public.color[] to public.paint[]
-- hazard data-loss: converting public.walls.coats from public.color[] to public.paint[] may lose precision or fail on values that do not fit
ALTER TABLE public.walls ALTER COLUMN coats TYPE public.paint[] USING coats::text[]::public.paint[];
-- hazard data-loss: drops enum type public.color and its labels
DROP TYPE public.color;
