-- text[] becomes an array of an enum: each element through the enum's
-- input function (USING col::type[]).
CREATE TABLE posts (id integer PRIMARY KEY, tags text[]);
INSERT INTO posts VALUES (1, '{news,sport}'), (2, NULL);
