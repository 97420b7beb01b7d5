CREATE TABLE item (
    id integer NOT NULL,
    label text,
    code text,
    weight integer
);
INSERT INTO item VALUES (1, NULL, 'c1'), (2, 'b', 'c2');
ALTER TABLE item ADD CONSTRAINT item_label_nn NOT NULL label NOT VALID;
ALTER TABLE item ADD CONSTRAINT item_code_nn NOT NULL code;
ALTER TABLE item ADD CONSTRAINT item_weight_nn NOT NULL weight NOT VALID;
CREATE TABLE tag (name text);
ALTER TABLE tag ADD NOT NULL name NOT VALID;
