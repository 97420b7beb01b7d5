CREATE TABLE profiles (id integer PRIMARY KEY);
INSERT INTO profiles VALUES (1);
