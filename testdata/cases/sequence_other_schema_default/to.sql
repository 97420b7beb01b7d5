CREATE SCHEMA seqs;
CREATE SEQUENCE seqs.receipt_no START 500;
CREATE TABLE receipts (id integer PRIMARY KEY, no bigint NOT NULL DEFAULT nextval('seqs.receipt_no'));
