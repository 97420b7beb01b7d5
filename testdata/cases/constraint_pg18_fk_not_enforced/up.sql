ALTER TABLE public.orders DROP CONSTRAINT orders_customer_fkey;
ALTER TABLE public.orders ADD CONSTRAINT orders_customer_fkey FOREIGN KEY (customer_id) REFERENCES public.customers (id) ON DELETE CASCADE NOT ENFORCED;
ALTER TABLE public.orders ADD CONSTRAINT orders_warehouse_fkey FOREIGN KEY (warehouse_id) REFERENCES public.warehouses (id) DEFERRABLE INITIALLY DEFERRED NOT ENFORCED;
