ALTER TABLE public.walls ALTER COLUMN color DROP DEFAULT;
CREATE TYPE public.paint AS ENUM ('green', 'red', 'blue');
-- hazard table-rewrite: rewrites table public.walls to convert color from public.color to public.paint
-- hazard data-loss: converting public.walls.color from public.color to public.paint may lose precision or fail on values that do not fit
ALTER TABLE public.walls ALTER COLUMN color TYPE public.paint USING color::text::public.paint;
ALTER TABLE public.walls ALTER COLUMN color SET DEFAULT 'red'::public.paint;
-- hazard data-loss: drops enum type public.color and its labels
DROP TYPE public.color;
