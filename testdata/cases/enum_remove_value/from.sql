CREATE TYPE role AS ENUM ('admin', 'editor', 'guest', 'viewer');
CREATE TABLE members (id integer PRIMARY KEY, role role NOT NULL);
INSERT INTO members VALUES (1, 'admin'), (2, 'viewer'), (3, 'editor');
