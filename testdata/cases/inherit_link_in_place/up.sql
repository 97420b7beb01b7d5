ALTER TABLE public.attached NO INHERIT public.other;
ALTER TABLE public.loose INHERIT public.parent;
