CREATE TYPE tag AS ENUM ('red', 'green', 'blue');
CREATE TABLE items (
    id integer PRIMARY KEY,
    tags tag[] NOT NULL DEFAULT '{}',
    main tag
);
