CREATE TABLE events (
    id integer,
    at date NOT NULL,
    -- retort:renamed-from kind
    event_kind text
) PARTITION BY RANGE (at);
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
