ALTER VIEW public.high RENAME TO high_scores;
ALTER MATERIALIZED VIEW public.totals RENAME TO score_totals;
