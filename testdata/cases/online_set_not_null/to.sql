CREATE TABLE users (id integer PRIMARY KEY, email text NOT NULL, "Display Name" text NOT NULL);
