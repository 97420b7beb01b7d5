CREATE TABLE tasks (
    id integer PRIMARY KEY,
    status varchar(20) NOT NULL DEFAULT 'new',
    points integer DEFAULT 0
);
INSERT INTO tasks VALUES (1, 'done', 3), (2, DEFAULT, DEFAULT);
