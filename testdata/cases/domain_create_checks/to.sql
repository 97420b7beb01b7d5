CREATE DOMAIN percent AS numeric(5,2) DEFAULT 0 NOT NULL CONSTRAINT percent_range CHECK (VALUE >= 0 AND VALUE <= 100);
CREATE DOMAIN code AS text COLLATE "C" CONSTRAINT code_upper CHECK (VALUE = upper(VALUE));
COMMENT ON DOMAIN percent IS 'a share';
CREATE TABLE t (id int, share percent, c code);
