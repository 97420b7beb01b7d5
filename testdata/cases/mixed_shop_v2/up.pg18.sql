ALTER TABLE public.orders DROP CONSTRAINT orders_customer_id_fkey;
-- hazard long-lock: drops index orders_customer_idx without CONCURRENTLY: the ACCESS EXCLUSIVE lock on public.orders waits for running queries and blocks new ones meanwhile
DROP INDEX public.orders_customer_idx;
-- hazard data-loss: drops column public.customers.fax and its values
ALTER TABLE public.customers DROP COLUMN fax;
-- hazard data-loss: drops table public.old_promotions and all its rows
DROP TABLE public.old_promotions;
CREATE SCHEMA shop;
CREATE EXTENSION citext WITH SCHEMA public VERSION '1.8';
CREATE TYPE public.order_status AS ENUM ('new', 'paid', 'shipped');
CREATE TABLE shop.order_lines (
    order_id integer NOT NULL,
    line_no smallint NOT NULL,
    sku text NOT NULL,
    qty integer NOT NULL,
    CONSTRAINT order_lines_pkey PRIMARY KEY (order_id, line_no),
    CONSTRAINT order_lines_qty_check CHECK (qty > 0)
);
-- hazard irreversible: the downgrade converts public.customers.name back from character varying(100) to character varying(50), which fails on (or loses precision of) values written after the upgrade that do not fit
ALTER TABLE public.customers ALTER COLUMN name TYPE character varying(100);
ALTER TABLE public.customers ADD COLUMN email public.citext;
ALTER TABLE public.customers ADD COLUMN vip boolean DEFAULT false NOT NULL;
-- hazard irreversible: the downgrade converts public.orders.total back from numeric(12,2) to numeric(8,2), which fails on (or loses precision of) values written after the upgrade that do not fit
ALTER TABLE public.orders ALTER COLUMN total TYPE numeric(12,2);
-- hazard long-lock: scans table public.orders for NULLs in total while holding an ACCESS EXCLUSIVE lock
ALTER TABLE public.orders ALTER COLUMN total SET NOT NULL;
ALTER TABLE public.orders ALTER COLUMN total SET DEFAULT 0;
ALTER TABLE public.orders ADD COLUMN placed_at timestamp with time zone DEFAULT now() NOT NULL;
-- hazard long-lock: builds the index of customers_email_key on public.customers while blocking writes
ALTER TABLE public.customers ADD CONSTRAINT customers_email_key UNIQUE (email);
-- hazard long-lock: checks every row of public.orders while holding an ACCESS EXCLUSIVE lock
ALTER TABLE public.orders ADD CONSTRAINT orders_total_check CHECK (total >= (0)::numeric);
-- hazard long-lock: builds index orders_customer_idx on public.orders without CONCURRENTLY, blocking writes
CREATE INDEX orders_customer_idx ON public.orders (customer_id, placed_at DESC);
CREATE INDEX order_lines_sku_idx ON shop.order_lines (sku);
-- hazard long-lock: checks every row of public.orders against public.customers while blocking writes to both tables
ALTER TABLE public.orders ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES public.customers (id) ON DELETE CASCADE;
ALTER TABLE shop.order_lines ADD CONSTRAINT order_lines_order_id_fkey FOREIGN KEY (order_id) REFERENCES public.orders (id) ON DELETE CASCADE;
COMMENT ON TABLE public.customers IS 'who buys';
