ALTER SCHEMA app OWNER TO retort_t_owner;
ALTER SEQUENCE app.counter OWNER TO retort_t_owner;
ALTER MATERIALIZED VIEW app.counts OWNER TO retort_t_admin;
ALTER FUNCTION app.f() OWNER TO retort_t_owner;
ALTER TYPE app.mood OWNER TO retort_t_owner;
ALTER TABLE app.orders OWNER TO retort_t_owner;
ALTER PROCEDURE app.p() OWNER TO retort_t_owner;
ALTER TYPE app.posint OWNER TO retort_t_owner;
ALTER VIEW app.recent OWNER TO retort_t_owner;
ALTER AGGREGATE app.total(integer) OWNER TO retort_t_owner;
CREATE TABLE app.extra (
    id integer
);
ALTER TABLE app.extra OWNER TO retort_t_owner;
GRANT SELECT ON TABLE app.orders TO postgres;
