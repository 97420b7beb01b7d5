CREATE TABLE docs (id int PRIMARY KEY, owner text, public boolean);
