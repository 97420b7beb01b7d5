CREATE TABLE public.customers (
    id bigint NOT NULL,
    name text NOT NULL,
    email character varying(200),
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    balance numeric(12,2) DEFAULT 0 NOT NULL,
    CONSTRAINT customers_balance_check CHECK (balance >= (0)::numeric),
    CONSTRAINT customers_email_key UNIQUE (email),
    CONSTRAINT customers_pkey PRIMARY KEY (id)
);
