CREATE TABLE public.p (
    foo text NOT NULL,
    id integer NOT NULL,
    note text,
    CONSTRAINT p_pkey PRIMARY KEY (foo, id)
) PARTITION BY LIST (foo);
CREATE TABLE public.p1 PARTITION OF public.p FOR VALUES IN ('a') PARTITION BY RANGE (id);
CREATE TABLE public.p11 PARTITION OF public.p1 FOR VALUES FROM (0) TO (10);
CREATE INDEX p_note_idx ON ONLY public.p (note);
CREATE INDEX p1_notes ON ONLY public.p1 (note);
CREATE INDEX p11_note_idx ON public.p11 (note);
ALTER INDEX public.p1_notes ATTACH PARTITION public.p11_note_idx;
ALTER INDEX public.p_note_idx ATTACH PARTITION public.p1_notes;
ALTER INDEX public.p11_pkey RENAME TO p11_key;
