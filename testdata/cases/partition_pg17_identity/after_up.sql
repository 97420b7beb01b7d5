INSERT INTO metric (at, v) VALUES ('2027-02-01', 2);
INSERT INTO log (kind, msg) VALUES ('error', 'x');
