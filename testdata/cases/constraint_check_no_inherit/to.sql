CREATE TABLE readings (id integer PRIMARY KEY, v integer, CONSTRAINT readings_v_check CHECK (v >= 0) NO INHERIT);
