CREATE TABLE public.orders_other PARTITION OF public.orders DEFAULT;
CREATE TABLE public.orders_us PARTITION OF public.orders FOR VALUES IN ('us') PARTITION BY RANGE (placed);
CREATE TABLE public.orders_us_2024 PARTITION OF public.orders_us FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE public.orders_us_rest PARTITION OF public.orders_us DEFAULT;
