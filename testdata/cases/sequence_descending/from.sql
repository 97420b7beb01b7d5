CREATE SEQUENCE countdown_seq;
