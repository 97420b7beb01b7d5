DROP STATISTICS public.orders_all;
DROP STATISTICS public.orders_city_zip;
-- hazard data-loss: drops column public.orders.city and its values
ALTER TABLE public.orders DROP COLUMN city;
-- hazard data-loss: drops table public.visits and all its rows
DROP TABLE public.visits;
CREATE STATISTICS public.orders_all ON country, zip FROM public.orders;
