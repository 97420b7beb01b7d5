SET check_function_bodies = false;
ALTER SCHEMA store RENAME TO shop;
CREATE OR REPLACE FUNCTION shop.apple_count(f shop.fruit DEFAULT 'apple'::shop.fruit)
 RETURNS bigint
 LANGUAGE sql
AS $function$ SELECT count(*) FROM shop.baskets WHERE fruit = f $function$;
