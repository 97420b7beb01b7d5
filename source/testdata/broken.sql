CREATE TABLE a (id int);

CREATE TABLE b (
    id   int,
    a_id int REFERENCES nosuch (id)
);
