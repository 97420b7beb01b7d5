CREATE TABLE logs (id bigint PRIMARY KEY, line text)
    WITH (parallel_workers = 2);
