CREATE TABLE public.events_b PARTITION OF public.events (
    id CONSTRAINT events_b_id_not_null NOT NULL,
    kind CONSTRAINT events_b_kind_not_null NOT NULL,
    at CONSTRAINT events_b_at_not_null NOT NULL
) FOR VALUES IN ('b');
