CREATE TABLE logs (id bigint PRIMARY KEY, line text)
    WITH (fillfactor = 50, toast_tuple_target = 256, parallel_workers = 2);
