CREATE TABLE metrics (id bigint PRIMARY KEY, v double precision)
    WITH (fillfactor = 90, autovacuum_vacuum_scale_factor = 0.2);
