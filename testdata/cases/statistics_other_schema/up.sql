CREATE SCHEMA planner;
CREATE STATISTICS planner.orders_city_zip ON city, zip FROM public.orders;
COMMENT ON STATISTICS planner.orders_city_zip IS 'city and zip';
