CREATE SCHEMA hr;
CREATE SCHEMA payroll;
CREATE TABLE hr.employees (id integer PRIMARY KEY);
CREATE TABLE payroll.slips (id integer PRIMARY KEY, employee_id integer REFERENCES hr.employees (id) ON DELETE CASCADE);
CREATE TABLE payroll.bonuses (id integer PRIMARY KEY, employee_id integer NOT NULL REFERENCES hr.employees (id));
