CREATE TYPE role AS ENUM ('admin', 'editor', 'viewer');
CREATE TABLE members (id integer PRIMARY KEY, role role NOT NULL);
