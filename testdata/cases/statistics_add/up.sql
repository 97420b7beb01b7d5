CREATE STATISTICS public.orders_city_zip ON city, zip FROM public.orders;
