CREATE TABLE account (
    id integer CONSTRAINT account_id_required NOT NULL,
    email text NOT NULL,
    nick text CONSTRAINT nick_required NOT NULL,
    plan text CONSTRAINT plan_required NOT NULL DEFAULT 'free'
);
CREATE TABLE session (
    id integer CONSTRAINT session_key NOT NULL,
    account integer NOT NULL
);
INSERT INTO account VALUES (1, 'a@example.com', 'a');
