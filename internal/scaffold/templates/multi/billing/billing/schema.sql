-- The model of database billing, schema billing: the schema you want, as plain SQL.
-- Edit it, then run
--   retort -e billing revision --autogenerate -m "what changed"

CREATE SCHEMA billing;

-- An example table (remove the comment markers to use it):
--
-- CREATE TABLE billing.invoice (
--     id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
--     account_id  bigint NOT NULL,
--     amount      numeric(12, 2) NOT NULL CHECK (amount >= 0),
--     issued_at   timestamptz NOT NULL DEFAULT now()
-- );
