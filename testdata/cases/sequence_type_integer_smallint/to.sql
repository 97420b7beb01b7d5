CREATE SEQUENCE small_seq AS smallint;
