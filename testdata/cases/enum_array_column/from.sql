CREATE TYPE tag AS ENUM ('red', 'obsolete', 'green', 'blue');
CREATE TABLE items (
    id integer PRIMARY KEY,
    tags tag[] NOT NULL DEFAULT '{}',
    main tag
);
INSERT INTO items VALUES (1, '{red,blue}', 'red'), (2, '{}', NULL), (3, '{green}', 'blue');
