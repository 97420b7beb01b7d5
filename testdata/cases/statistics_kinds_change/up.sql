DROP STATISTICS public.orders_city_zip;
DROP STATISTICS public.orders_zip_country;
CREATE STATISTICS public.orders_city_zip (dependencies, mcv) ON city, zip FROM public.orders;
CREATE STATISTICS public.orders_zip_country ON city, country, zip FROM public.orders;
