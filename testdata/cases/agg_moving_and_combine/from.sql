CREATE TABLE m (v int);
