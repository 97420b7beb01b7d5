-- Text search configurations in the schemas in scope ($1) that no extension
-- owns, with their parser and mappings. A mapping is one token type (by the
-- parser's alias for it) and its dictionaries in the order they are
-- consulted; the mappings come as one JSON array per configuration, sorted
-- by token type. Parser and dictionaries are written qualified and quoted,
-- ready for SQL.
WITH cfg AS (
    SELECT c.oid, n.nspname, c.cfgname, c.cfgparser
    FROM pg_ts_config c
    JOIN pg_namespace n ON n.oid = c.cfgnamespace
    WHERE n.nspname = ANY($1)
      AND NOT EXISTS (
            SELECT FROM pg_depend x
            WHERE x.classid = 'pg_ts_config'::regclass AND x.objid = c.oid AND x.deptype = 'e')
), token AS (
    SELECT cfg.oid AS cfg, tt.alias,
           array_agg(quote_ident(dn.nspname) || '.' || quote_ident(dict.dictname) ORDER BY m.mapseqno) AS dictionaries
    FROM cfg
    JOIN pg_ts_config_map m ON m.mapcfg = cfg.oid
    JOIN LATERAL ts_token_type(cfg.cfgparser) tt ON tt.tokid = m.maptokentype
    JOIN pg_ts_dict dict ON dict.oid = m.mapdict
    JOIN pg_namespace dn ON dn.oid = dict.dictnamespace
    GROUP BY cfg.oid, tt.alias
), maps AS (
    SELECT token.cfg,
           json_agg(json_build_object('token_type', token.alias, 'dictionaries', token.dictionaries)
                    ORDER BY token.alias COLLATE "C") AS mappings
    FROM token
    GROUP BY token.cfg
)
SELECT cfg.nspname,
       cfg.cfgname,
       quote_ident(pn.nspname) || '.' || quote_ident(prs.prsname) AS parser,
       coalesce(maps.mappings, '[]') AS mappings,
       coalesce(d.description, '') AS comment
FROM cfg
JOIN pg_ts_parser prs ON prs.oid = cfg.cfgparser
JOIN pg_namespace pn ON pn.oid = prs.prsnamespace
LEFT JOIN maps ON maps.cfg = cfg.oid
LEFT JOIN pg_description d
       ON d.objoid = cfg.oid AND d.classoid = 'pg_ts_config'::regclass AND d.objsubid = 0
