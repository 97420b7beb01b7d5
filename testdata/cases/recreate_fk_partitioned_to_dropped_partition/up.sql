ALTER TABLE public.orders DROP CONSTRAINT orders_region_fkey;
-- hazard data-loss: drops table public.regions_s and all its rows
DROP TABLE public.regions_s;
-- hazard long-lock: checks every row of public.orders against public.regions while blocking writes to both tables
ALTER TABLE public.orders ADD CONSTRAINT orders_region_fkey FOREIGN KEY (region) REFERENCES public.regions (code);
