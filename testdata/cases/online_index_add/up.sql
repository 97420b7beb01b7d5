CREATE INDEX CONCURRENTLY orders_customer_idx ON public.orders (customer_id, placed_at DESC);
CREATE UNIQUE INDEX CONCURRENTLY orders_placed_uidx ON public.orders (placed_at) WHERE (customer_id > 0);
