CREATE TABLE emails (id integer PRIMARY KEY, address text NOT NULL CONSTRAINT emails_address_key UNIQUE);
