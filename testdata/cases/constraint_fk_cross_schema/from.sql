CREATE SCHEMA hr;
CREATE SCHEMA payroll;
CREATE TABLE hr.employees (id integer PRIMARY KEY);
CREATE TABLE payroll.slips (id integer PRIMARY KEY, employee_id integer);
INSERT INTO hr.employees VALUES (7);
INSERT INTO payroll.slips VALUES (1, 7);
