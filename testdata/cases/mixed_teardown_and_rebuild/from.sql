CREATE SCHEMA legacy;
CREATE TYPE legacy.kind AS ENUM ('a', 'b');
CREATE SEQUENCE legacy.ids;
CREATE TABLE legacy.things (
    id bigint PRIMARY KEY DEFAULT nextval('legacy.ids'),
    kind legacy.kind NOT NULL
);
CREATE TABLE legacy.thing_parts (
    thing_id bigint REFERENCES legacy.things (id),
    part text
);
CREATE TABLE public.keepers (id integer PRIMARY KEY, legacy_ref bigint, note varchar(10));
INSERT INTO legacy.things (kind) VALUES ('a'), ('b');
INSERT INTO legacy.thing_parts VALUES (1, 'wheel');
INSERT INTO public.keepers VALUES (1, 1, 'hi');
