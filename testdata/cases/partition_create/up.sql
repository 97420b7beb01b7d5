CREATE TABLE public.events (
    id integer NOT NULL,
    at date NOT NULL,
    note text,
    CONSTRAINT events_pkey PRIMARY KEY (id, at)
) PARTITION BY RANGE (at);
CREATE TABLE public.events_2024_01 PARTITION OF public.events FOR VALUES FROM ('2024-01-01') TO ('2024-02-01');
CREATE TABLE public.events_2024_02 PARTITION OF public.events FOR VALUES FROM ('2024-02-01') TO ('2024-03-01');
CREATE TABLE public.events_other PARTITION OF public.events DEFAULT;
