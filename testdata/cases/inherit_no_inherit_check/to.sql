-- a NO INHERIT check stays on the parent; an inheritable one reaches the
-- child, and the child's own check with the same name merges with it
CREATE TABLE accounts (
    id integer NOT NULL,
    balance numeric NOT NULL,
    kind text,
    CONSTRAINT accounts_only CHECK (kind IS NULL) NO INHERIT,
    CONSTRAINT balance_positive CHECK (balance >= 0),
    CONSTRAINT id_positive CHECK (id > 0)
);
CREATE TABLE savings (rate numeric, CONSTRAINT id_positive CHECK (id > 0)) INHERITS (accounts);
INSERT INTO savings VALUES (1, 10, 'save', 0.1);
