CREATE TABLE booking (id integer PRIMARY KEY, room integer NOT NULL);
INSERT INTO booking VALUES (1, 101), (2, 102);
