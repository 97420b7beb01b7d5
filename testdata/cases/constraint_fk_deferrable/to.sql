CREATE TABLE nodes (id integer PRIMARY KEY);
CREATE TABLE edges (id integer PRIMARY KEY, src integer
    CONSTRAINT edges_src_fkey REFERENCES nodes (id) DEFERRABLE INITIALLY DEFERRED);
