CREATE TABLE readings (
    id integer PRIMARY KEY,
    -- retort:using nullif(trim(value), '')::integer
    value integer
);
