CREATE TABLE folders (id integer PRIMARY KEY);
CREATE TABLE files (id integer PRIMARY KEY, folder_id integer
    CONSTRAINT files_folder_id_fkey REFERENCES folders (id));
INSERT INTO folders VALUES (1);
INSERT INTO files VALUES (1, 1);
