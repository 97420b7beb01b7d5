package introspect

import (
	"context"
	"fmt"

	"github.com/retortdb/retort/model"
)

type privilegeRow struct {
	What      string // owner, grant, revoke, default grant, default revoke
	Kind      string // a securable kind, or pg_default_acl.defaclobjtype
	Schema    string
	Name      string
	Args      string
	Column    string
	Role      string // the owner, or the FOR ROLE of default privileges
	Grantee   string
	Privilege string
	Grantable bool
}

func (r *privilegeRow) fields() []any {
	return []any{
		&r.What, &r.Kind, &r.Schema, &r.Name, &r.Args, &r.Column, &r.Role, &r.Grantee,
		&r.Privilege, &r.Grantable,
	}
}

var (
	securableKinds = map[string]model.SecurableKind{
		"schema": model.SecurableSchema, "table": model.SecurableTable, "view": model.SecurableView,
		"materialized view": model.SecurableMaterializedView, "sequence": model.SecurableSequence,
		"function": model.SecurableFunction, "procedure": model.SecurableProcedure,
		"aggregate": model.SecurableAggregate, "type": model.SecurableType,
	}
	defaultKinds = map[string]model.DefaultKind{
		"r": model.DefaultTables, "S": model.DefaultSequences, "f": model.DefaultFunctions,
		"T": model.DefaultTypes, "n": model.DefaultSchemas,
	}
)

// readPrivileges reads the owners and privileges of the objects of s (read
// already) and the default privileges, with one query.
func readPrivileges(ctx context.Context, f *fetcher, sc scope, s *model.Schema) (*model.Privileges, error) {
	rows, err := collect[privilegeRow](ctx, f, "privileges", sc.schemas, sc.excludeTables)
	if err != nil {
		return nil, fmt.Errorf("introspect privileges: %w", err)
	}
	// The query reads every object of the schemas in scope; only those of
	// the model count (not inheritance children when they are not
	// managed, for instance).
	inModel := map[model.Securable]bool{}
	for _, o := range s.SecurableObjects() {
		inModel[o.Securable] = true
	}
	p := &model.Privileges{}
	type grantKey struct {
		object    model.Securable
		column    string
		grantee   string
		grantable bool
	}
	type defaultKey struct {
		role, schema string
		on           model.DefaultKind
		grantee      string
		grantable    bool
	}
	grants := map[grantKey]int{} // index in p.Grants
	revokes := map[grantKey]int{}
	defaultGrants := map[defaultKey]int{}
	defaultRevokes := map[defaultKey]int{}
	for _, r := range rows {
		if on, ok := defaultKinds[r.Kind]; ok && (r.What == "default grant" || r.What == "default revoke") {
			k := defaultKey{r.Role, r.Schema, on, r.Grantee, r.Grantable}
			if r.What == "default grant" {
				if i, ok := defaultGrants[k]; ok {
					p.DefaultGrants[i].Privileges = append(p.DefaultGrants[i].Privileges, r.Privilege)
					continue
				}
				defaultGrants[k] = len(p.DefaultGrants)
				p.DefaultGrants = append(p.DefaultGrants, model.DefaultGrant{Role: r.Role, Schema: r.Schema, On: on,
					Grantee: r.Grantee, Privileges: []string{r.Privilege}, Grantable: r.Grantable})
				continue
			}
			if i, ok := defaultRevokes[k]; ok {
				p.DefaultRevokes[i].Privileges = append(p.DefaultRevokes[i].Privileges, r.Privilege)
				continue
			}
			defaultRevokes[k] = len(p.DefaultRevokes)
			p.DefaultRevokes = append(p.DefaultRevokes, model.DefaultRevoke{Role: r.Role, On: on,
				Grantee: r.Grantee, Privileges: []string{r.Privilege}})
			continue
		}
		kind, ok := securableKinds[r.Kind]
		if !ok {
			continue
		}
		o := model.Securable{Kind: kind, Schema: r.Schema, Name: r.Name, Args: r.Args}
		if !inModel[o] {
			continue
		}
		k := grantKey{o, r.Column, r.Grantee, r.Grantable}
		switch r.What {
		case "owner":
			p.Owners = append(p.Owners, model.Owner{Object: o, Role: r.Role})
		case "grant":
			if i, ok := grants[k]; ok {
				p.Grants[i].Privileges = append(p.Grants[i].Privileges, r.Privilege)
				continue
			}
			grants[k] = len(p.Grants)
			p.Grants = append(p.Grants, model.Grant{Object: o, Column: r.Column, Grantee: r.Grantee,
				Privileges: []string{r.Privilege}, Grantable: r.Grantable})
		case "revoke":
			if i, ok := revokes[k]; ok {
				p.Revokes[i].Privileges = append(p.Revokes[i].Privileges, r.Privilege)
				continue
			}
			revokes[k] = len(p.Revokes)
			p.Revokes = append(p.Revokes, model.Revoke{Object: o, Grantee: r.Grantee, Privileges: []string{r.Privilege}})
		}
	}
	p.Sort()
	return p, nil
}
