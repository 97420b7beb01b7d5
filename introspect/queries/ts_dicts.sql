-- Text search dictionaries in the schemas in scope ($1) that no extension
-- owns. The template is written qualified and quoted, ready for SQL; the
-- options are dictinitoption as PostgreSQL keeps it ("name = 'value', ...",
-- every value quoted), which CREATE and ALTER take back as written.
SELECT n.nspname,
       dict.dictname,
       quote_ident(tn.nspname) || '.' || quote_ident(tmpl.tmplname) AS template,
       coalesce(dict.dictinitoption, '') AS options,
       coalesce(d.description, '') AS comment
FROM pg_ts_dict dict
JOIN pg_namespace n ON n.oid = dict.dictnamespace
JOIN pg_ts_template tmpl ON tmpl.oid = dict.dicttemplate
JOIN pg_namespace tn ON tn.oid = tmpl.tmplnamespace
LEFT JOIN pg_description d
       ON d.objoid = dict.oid AND d.classoid = 'pg_ts_dict'::regclass AND d.objsubid = 0
WHERE n.nspname = ANY($1)
  AND NOT EXISTS (
        SELECT FROM pg_depend x
        WHERE x.classid = 'pg_ts_dict'::regclass AND x.objid = dict.oid AND x.deptype = 'e')
