ALTER TABLE public.box DROP COLUMN perimeter;
-- hazard data-loss: drops the virtual generated column public.box.label and adds an ordinary one (PostgreSQL cannot drop a virtual column's expression): it does not keep the computed values
ALTER TABLE public.box DROP COLUMN label;
ALTER TABLE public.box ALTER COLUMN area SET EXPRESSION AS ((w * h) * 2);
ALTER TABLE public.box ADD COLUMN perimeter integer GENERATED ALWAYS AS (2 * (w + h)) VIRTUAL;
ALTER TABLE public.box ADD COLUMN label text;
ALTER TABLE public.box ADD COLUMN ratio numeric GENERATED ALWAYS AS ((w)::numeric / (h)::numeric) VIRTUAL;
