CREATE TABLE a (id int);

\connect other
CREATE TABLE b (id int);
