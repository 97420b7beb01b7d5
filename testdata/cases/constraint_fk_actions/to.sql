CREATE TABLE folders (id integer PRIMARY KEY);
CREATE TABLE files (id integer PRIMARY KEY, folder_id integer
    CONSTRAINT files_folder_id_fkey REFERENCES folders (id) ON UPDATE CASCADE ON DELETE RESTRICT);
