CREATE TABLE profiles (
    id integer PRIMARY KEY,
    tags text[] NOT NULL DEFAULT '{}',
    scores integer[],
    settings jsonb NOT NULL DEFAULT '{}'::jsonb,
    birthday date,
    ip inet,
    uid uuid DEFAULT gen_random_uuid(),
    span tstzrange,
    bits bit varying(8),
    at time with time zone,
    money_amount numeric(10,2) NOT NULL DEFAULT 0.00,
    initials char(3) COLLATE "C"
);
