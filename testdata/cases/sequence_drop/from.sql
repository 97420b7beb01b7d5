CREATE SEQUENCE ticket_seq START 1000;
SELECT nextval('ticket_seq');
