CREATE TABLE customers (id bigint PRIMARY KEY);
CREATE TABLE measurements (id bigint NOT NULL, customer_id bigint REFERENCES customers, taken date NOT NULL) PARTITION BY RANGE (taken);
CREATE TABLE measurements_2024 PARTITION OF measurements FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE INDEX measurements_taken_idx ON measurements (taken);
CREATE TABLE notes (id bigint PRIMARY KEY, customer_id bigint NOT NULL REFERENCES customers, body text CHECK (body <> ''));
CREATE INDEX notes_customer_idx ON notes (customer_id);
