CREATE TABLE events (id bigint NOT NULL, code text, seq integer NOT NULL);
ALTER TABLE events ADD CONSTRAINT events_pkey PRIMARY KEY (id) INCLUDE (seq);
ALTER TABLE events ADD CONSTRAINT events_code_key UNIQUE (code) DEFERRABLE;
COMMENT ON INDEX events_pkey IS 'the key';
