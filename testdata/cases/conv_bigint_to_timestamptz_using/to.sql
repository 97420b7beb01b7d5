CREATE TABLE events (
    id integer PRIMARY KEY,
    -- retort:using to_timestamp(created)
    created timestamp with time zone NOT NULL
);
