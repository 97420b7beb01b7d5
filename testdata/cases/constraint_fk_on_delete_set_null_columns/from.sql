CREATE TABLE tenants (id integer PRIMARY KEY);
CREATE TABLE users (tenant_id integer, id integer, PRIMARY KEY (tenant_id, id));
CREATE TABLE posts (
    tenant_id integer NOT NULL,
    id integer NOT NULL,
    author_id integer,
    PRIMARY KEY (tenant_id, id)
);
INSERT INTO tenants VALUES (1);
INSERT INTO users VALUES (1, 1);
INSERT INTO posts VALUES (1, 1, 1);
