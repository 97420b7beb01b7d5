CREATE TYPE status AS ENUM ('open', 'pending', 'closed');
CREATE TABLE tickets (id integer PRIMARY KEY, hits bigint, title varchar(200), status status);
