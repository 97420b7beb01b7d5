-- hazard long-lock: drops index orders_note_idx without CONCURRENTLY: the ACCESS EXCLUSIVE lock on public.orders waits for running queries and blocks new ones meanwhile
DROP INDEX public.orders_note_idx;
-- hazard long-lock: scans table public.orders for NULLs in customer_id while holding an ACCESS EXCLUSIVE lock
ALTER TABLE public.orders ALTER COLUMN customer_id SET NOT NULL;
-- hazard table-rewrite: rewrites table public.orders to convert code from integer to text
-- hazard irreversible: the downgrade converts public.orders.code back from text to integer, which fails on (or loses precision of) values written after the upgrade that do not fit
-- hazard long-lock: rebuilds orders_code_idx of public.orders while holding an ACCESS EXCLUSIVE lock
ALTER TABLE public.orders ALTER COLUMN code TYPE text;
-- hazard long-lock: checks every row of public.orders while holding an ACCESS EXCLUSIVE lock
ALTER TABLE public.orders ADD CONSTRAINT orders_amount_check CHECK (amount > 0);
-- hazard long-lock: builds index orders_customer_idx on public.orders without CONCURRENTLY, blocking writes
CREATE INDEX orders_customer_idx ON public.orders (customer_id);
-- hazard long-lock: checks every row of public.orders against public.customers while blocking writes to both tables
ALTER TABLE public.orders ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES public.customers (id);
