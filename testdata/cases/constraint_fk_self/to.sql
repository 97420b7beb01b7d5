CREATE TABLE categories (id integer PRIMARY KEY, parent_id integer REFERENCES categories (id) ON DELETE CASCADE);
CREATE TABLE tree (id integer PRIMARY KEY, up integer REFERENCES tree (id));
