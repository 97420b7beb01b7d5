ALTER TYPE public.mood RENAME TO feeling;
ALTER DOMAIN public.amount RENAME TO price;
ALTER TYPE public.pair RENAME TO point2;
