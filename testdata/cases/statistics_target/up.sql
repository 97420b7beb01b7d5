ALTER STATISTICS public.orders_city_zip SET STATISTICS 500;
CREATE STATISTICS public.orders_country_city ON city, country FROM public.orders;
ALTER STATISTICS public.orders_country_city SET STATISTICS 0;
ALTER STATISTICS public.orders_zip_country SET STATISTICS -1;
