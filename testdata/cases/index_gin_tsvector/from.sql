CREATE TABLE docs (
    id integer PRIMARY KEY,
    title text NOT NULL,
    email text,
    tags text[],
    body jsonb,
    tsv tsvector,
    during tstzrange,
    loc point,
    created_at timestamptz NOT NULL DEFAULT now(),
    deleted_at timestamptz,
    score integer
);
INSERT INTO docs (id, title, email, tags, body, tsv, during, loc, score)
VALUES (1, 'Intro', 'A@x.org', '{a,b}', '{"k": 1}', to_tsvector('simple', 'hello world'), '[2024-01-01,2024-02-01)', '(1,2)', 5),
       (2, 'Guide', NULL, '{}', NULL, NULL, NULL, NULL, NULL);
