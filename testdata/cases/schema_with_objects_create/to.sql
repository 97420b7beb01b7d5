CREATE TABLE public.users (id integer PRIMARY KEY);
CREATE SCHEMA audit;
CREATE TYPE audit.action AS ENUM ('insert', 'update', 'delete');
CREATE SEQUENCE audit.entry_seq;
CREATE TABLE audit.entries (
    id bigint PRIMARY KEY DEFAULT nextval('audit.entry_seq'),
    user_id integer NOT NULL REFERENCES public.users (id),
    action audit.action NOT NULL
);
CREATE INDEX entries_user_id_idx ON audit.entries (user_id);
