ALTER TABLE public.orders RENAME COLUMN zip TO postcode;
