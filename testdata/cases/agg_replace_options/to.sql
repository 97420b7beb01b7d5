CREATE AGGREGATE concat_all(text) (SFUNC = textcat, STYPE = text, INITCOND = '>', PARALLEL = SAFE);
CREATE TABLE words (w text);
CREATE VIEW joined AS SELECT concat_all(w) AS s FROM words;
