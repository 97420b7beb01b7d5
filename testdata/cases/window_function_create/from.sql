CREATE TABLE w (v int);
