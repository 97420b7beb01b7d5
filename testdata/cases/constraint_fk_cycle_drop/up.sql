ALTER TABLE public.departments DROP CONSTRAINT departments_head_id_fkey;
ALTER TABLE public.staff DROP CONSTRAINT staff_department_id_fkey;
-- hazard data-loss: drops table public.departments and all its rows
DROP TABLE public.departments;
-- hazard data-loss: drops table public.staff and all its rows
DROP TABLE public.staff;
