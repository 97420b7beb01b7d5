CREATE TABLE public.notes (
    id bigint NOT NULL,
    customer_id bigint NOT NULL,
    body text,
    CONSTRAINT notes_body_check CHECK (body <> ''::text),
    CONSTRAINT notes_pkey PRIMARY KEY (id)
);
CREATE INDEX measurements_taken_idx ON ONLY public.measurements (taken);
CREATE INDEX CONCURRENTLY measurements_2024_taken_idx ON public.measurements_2024 (taken);
ALTER INDEX public.measurements_taken_idx ATTACH PARTITION public.measurements_2024_taken_idx;
CREATE INDEX notes_customer_idx ON public.notes (customer_id);
-- hazard long-lock: checks every row of public.measurements against public.customers while blocking writes to both tables
ALTER TABLE public.measurements ADD CONSTRAINT measurements_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES public.customers (id);
ALTER TABLE public.notes ADD CONSTRAINT notes_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES public.customers (id);
