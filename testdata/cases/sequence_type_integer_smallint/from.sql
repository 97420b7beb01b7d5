CREATE SEQUENCE small_seq AS integer;
