CREATE TABLE reservations (
    id integer PRIMARY KEY,
    during daterange NOT NULL,
    EXCLUDE USING gist (during WITH &&) WHERE (id > 0)
);
