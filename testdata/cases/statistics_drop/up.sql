DROP STATISTICS public.orders_city_zip;
