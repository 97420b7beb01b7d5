ALTER TABLE public.orders ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES public.customers (id) ON DELETE CASCADE NOT VALID;
ALTER TABLE public.orders VALIDATE CONSTRAINT orders_customer_id_fkey;
