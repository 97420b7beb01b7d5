CREATE TABLE samples (v int);
