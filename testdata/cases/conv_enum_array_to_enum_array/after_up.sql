SELECT 1 / (coats = '{red,green}'::paint[])::int FROM walls WHERE id = 1;
