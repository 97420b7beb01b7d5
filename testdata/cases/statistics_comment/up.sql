CREATE STATISTICS public.orders_country_city ON city, country FROM public.orders;
COMMENT ON STATISTICS public.orders_city_zip IS 'city and zip';
COMMENT ON STATISTICS public.orders_country_city IS 'country and city';
COMMENT ON STATISTICS public.orders_zip_country IS NULL;
