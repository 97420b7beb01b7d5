-- floatrange gains a subtype_diff function (ALTER TYPE cannot add one: the
-- type is dropped and created again, after the function); textrange gets
-- another collation and operator class.
CREATE TYPE floatrange AS RANGE (subtype = float8, subtype_diff = float8mi);
CREATE FUNCTION text_diff(a text, b text) RETURNS float8 LANGUAGE sql IMMUTABLE
    AS 'SELECT (ascii(a) - ascii(b))::float8';
CREATE TYPE textrange AS RANGE (subtype = text, collation = "C", subtype_opclass = text_pattern_ops, subtype_diff = text_diff);
