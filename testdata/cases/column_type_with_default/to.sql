CREATE TABLE tasks (
    id integer PRIMARY KEY,
    status text NOT NULL DEFAULT 'new',
    points bigint DEFAULT 0
);
