DROP STATISTICS public.orders_geo;
CREATE STATISTICS public.orders_city_lower ON (lower(city)) FROM public.orders;
CREATE STATISTICS public.orders_geo (mcv) ON city, (upper(zip)), (country || zip) FROM public.orders;
