ALTER TABLE public.readings ADD CONSTRAINT readings_physical CHECK (celsius >= '-273.15'::numeric) NOT ENFORCED;
