package yamlmodel

import (
	"fmt"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/retortdb/retort/model"
)

var (
	kindKeys   = []string{"primary_key", "unique", "foreign_key", "check", "exclude"}
	kindValues = []model.ConstraintKind{model.PrimaryKey, model.Unique, model.ForeignKey, model.Check, model.Exclusion}
	commonKeys = []string{"deferrable", "initially_deferred", "comment", "renamed_from"}
	// constraintKeys are the keys each kind allows besides the kind key and
	// commonKeys, in canonical order.
	constraintKeys = map[model.ConstraintKind][]string{
		model.PrimaryKey: {"without_overlaps", "include", "with", "index_comment", "attached_to"},
		model.Unique:     {"without_overlaps", "include", "with", "nulls_not_distinct", "index_comment", "attached_to"},
		model.ForeignKey: {"period", "references", "columns", "on_delete", "on_update", "on_delete_columns", "match", "not_valid", "not_enforced"},
		model.Check:      {"no_inherit", "not_valid", "not_enforced"},
		model.Exclusion:  {"index_comment", "attached_to"},
	}
	allConstraintKeys = []string{"primary_key", "unique", "foreign_key", "check", "exclude",
		"without_overlaps", "period", "include", "with", "nulls_not_distinct", "references", "columns", "on_delete", "on_update",
		"on_delete_columns", "match", "no_inherit", "not_valid", "not_enforced", "deferrable", "initially_deferred", "comment", "index_comment", "attached_to", "renamed_from"}

	fkActionNames  = []string{"no action", "restrict", "cascade", "set null", "set default"}
	fkActionValues = []model.FKAction{model.NoAction, model.Restrict, model.Cascade, model.SetNull, model.SetDefault}
	matchNames     = []string{"simple", "full", "partial"}
	matchValues    = []model.MatchType{model.MatchSimple, model.MatchFull, model.MatchPartial}

	indexKeys    = []string{"keys", "unique", "using", "include", "where", "with", "nulls_not_distinct", "comment", "attached_to", "renamed_from"}
	indexKeyKeys = []string{"column", "expression", "collation", "opclass", "desc", "nulls"}
)

// allowedConstraintKeys returns the keys a constraint of kind k may have.
func allowedConstraintKeys(k model.ConstraintKind) []string {
	keys := []string{kindKeys[k-1]}
	keys = append(keys, constraintKeys[k]...)
	return append(keys, commonKeys...)
}

func (d *decoded) constraints(r *reader, f field, t *model.Table) error {
	fields, err := r.mapping(f.value, f.path, "a mapping of constraint names", nil)
	if err != nil {
		return err
	}
	for _, cf := range fields {
		c, fk, err := r.constraint(cf, t)
		if err != nil {
			return err
		}
		if fk != nil {
			d.fks = append(d.fks, *fk)
		}
		t.Constraints = append(t.Constraints, c)
	}
	return nil
}

func (r *reader) constraint(f field, t *model.Table) (model.Constraint, *pendingFK, error) {
	c := model.Constraint{Name: f.key}
	v, err := r.deref(f.value, f.path)
	if err != nil {
		return c, nil, err
	}
	attrs, err := r.mapping(v, f.path, "a mapping with one of "+strings.Join(kindKeys, ", "), nil)
	if err != nil {
		return c, nil, err
	}
	var kindField *field
	for i, a := range attrs {
		for j, k := range kindKeys {
			if a.key != k {
				continue
			}
			if kindField != nil {
				return c, nil, r.errorf(a.keyN, f.path, "two constraint kinds, %s and %s; expected exactly one of %s",
					kindField.key, a.key, strings.Join(kindKeys, ", "))
			}
			kindField, c.Kind = &attrs[i], kindValues[j]
		}
	}
	allowed := allConstraintKeys
	if kindField != nil {
		allowed = allowedConstraintKeys(c.Kind)
	}
	for _, a := range attrs {
		if !contains(allowed, a.key) {
			if contains(allConstraintKeys, a.key) {
				return c, nil, r.errorf(a.keyN, f.path, "key %q does not apply to a %s constraint; expected one of %s",
					a.key, kindField.key, strings.Join(allowed, ", "))
			}
			return c, nil, r.errorf(a.keyN, f.path, "unknown key %q; expected one of %s", a.key, strings.Join(allowed, ", "))
		}
	}
	if kindField == nil {
		return c, nil, r.errorf(v, f.path, "no constraint kind; expected exactly one of %s", strings.Join(kindKeys, ", "))
	}
	hasColumns := false
	// Keys checked against others once all are read, kept for the position
	// of the error.
	var withoutOverlaps, period, notEnforced *field
	for i, a := range attrs {
		switch a.key {
		case "primary_key", "unique", "foreign_key":
			if c.Columns, err = r.strings(a.value, a.path, "column names"); err == nil && len(c.Columns) == 0 {
				n, _ := r.deref(a.value, a.path)
				err = r.errorf(n, a.path, "got an empty sequence; expected at least one column")
			}
		case "check":
			c.Expression, err = r.name(a.value, a.path)
		case "exclude":
			var s string
			if s, err = r.name(a.value, a.path); err == nil {
				c.Definition = "EXCLUDE " + s
			}
		case "include":
			c.Include, err = r.strings(a.value, a.path, "column names")
		case "with":
			c.IndexOptions, err = r.options(a.value, a.path)
		case "nulls_not_distinct":
			c.NullsNotDistinct, err = r.boolean(a.value, a.path)
		case "without_overlaps":
			withoutOverlaps = &attrs[i]
			c.WithoutOverlaps, err = r.boolean(a.value, a.path)
		case "period":
			period = &attrs[i]
			c.Period, err = r.boolean(a.value, a.path)
		case "references":
			c.References, err = r.qualified(a.value, a.path, t.Schema)
		case "columns":
			hasColumns = true
			c.RefColumns, err = r.strings(a.value, a.path, "column names")
		case "on_delete":
			c.OnDelete, err = enumValue(r, a.value, a.path, fkActionNames, fkActionValues)
		case "on_update":
			c.OnUpdate, err = enumValue(r, a.value, a.path, fkActionNames, fkActionValues)
		case "on_delete_columns":
			c.OnDeleteColumns, err = r.strings(a.value, a.path, "column names")
		case "match":
			c.Match, err = enumValue(r, a.value, a.path, matchNames, matchValues)
		case "no_inherit":
			c.NoInherit, err = r.boolean(a.value, a.path)
		case "not_valid":
			c.NotValid, err = r.boolean(a.value, a.path)
		case "not_enforced":
			notEnforced = &attrs[i]
			c.NotEnforced, err = r.boolean(a.value, a.path)
		case "deferrable":
			c.Deferrable, err = r.boolean(a.value, a.path)
		case "initially_deferred":
			c.InitiallyDeferred, err = r.boolean(a.value, a.path)
		case "comment":
			c.Comment, err = r.str(a.value, a.path)
		case "index_comment":
			c.IndexComment, err = r.str(a.value, a.path)
		case "attached_to":
			c.AttachedTo, err = r.name(a.value, a.path)
		case "renamed_from":
			c.RenamedFrom, err = r.renamedFrom(a.value, a.path)
		}
		if err != nil {
			return c, nil, err
		}
	}
	// PostgreSQL's grammar puts WITHOUT OVERLAPS and PERIOD on the last of
	// at least two columns.
	if c.WithoutOverlaps && len(c.Columns) < 2 {
		return c, nil, r.errorf(withoutOverlaps.keyN, f.path, "without_overlaps on a single column; expected at least two columns, the last the range or multirange one")
	}
	if c.Period && len(c.Columns) < 2 {
		return c, nil, r.errorf(period.keyN, f.path, "period on a single column; expected at least two columns, the last the range or multirange one")
	}
	if c.NotValid && c.NotEnforced {
		return c, nil, r.errorf(notEnforced.keyN, f.path, "not_enforced with not_valid; expected only one of them (a NOT ENFORCED constraint is never validated)")
	}
	if c.Kind != model.ForeignKey {
		return c, nil, nil
	}
	if c.References.Name == "" {
		return c, nil, r.errorf(v, f.path, "missing key \"references\"; expected the referenced table")
	}
	if hasColumns && len(c.RefColumns) != len(c.Columns) {
		return c, nil, r.errorf(v, f.path, "%d columns reference %d columns; expected as many referenced columns as foreign_key columns",
			len(c.Columns), len(c.RefColumns))
	}
	if hasColumns {
		return c, nil, nil
	}
	at := r.errorf(v, f.path, "").(*Error)
	return c, &pendingFK{table: t.QualifiedName(), constraint: c.Name, at: at}, nil
}

// indexes reads the indexes of a table or a materialized view.
func (r *reader) indexes(f field) ([]model.Index, error) {
	fields, err := r.mapping(f.value, f.path, "a mapping of index names", nil)
	if err != nil {
		return nil, err
	}
	var out []model.Index
	for _, xf := range fields {
		ix := model.Index{Name: xf.key, Method: "btree"}
		v, err := r.deref(xf.value, xf.path)
		if err != nil {
			return nil, err
		}
		attrs, err := r.mapping(v, xf.path, "a mapping", indexKeys)
		if err != nil {
			return nil, err
		}
		for _, a := range attrs {
			switch a.key {
			case "renamed_from":
				ix.RenamedFrom, err = r.renamedFrom(a.value, a.path)
			case "keys":
				ix.Keys, err = r.indexKeyList(a.value, a.path)
			case "unique":
				ix.Unique, err = r.boolean(a.value, a.path)
			case "using":
				ix.Method, err = r.name(a.value, a.path)
			case "include":
				ix.Include, err = r.strings(a.value, a.path, "column names")
			case "where":
				ix.Predicate, err = r.name(a.value, a.path)
			case "with":
				ix.Options, err = r.options(a.value, a.path)
			case "nulls_not_distinct":
				ix.NullsNotDistinct, err = r.boolean(a.value, a.path)
			case "comment":
				ix.Comment, err = r.str(a.value, a.path)
			case "attached_to":
				ix.AttachedTo, err = r.name(a.value, a.path)
			}
			if err != nil {
				return nil, err
			}
		}
		if len(ix.Keys) == 0 {
			return nil, r.errorf(v, xf.path, "an index needs keys; expected e.g. keys: [email]")
		}
		out = append(out, ix)
	}
	return out, nil
}

func (r *reader) indexKeyList(n *yaml.Node, path string) ([]model.IndexKey, error) {
	n, err := r.deref(n, path)
	if err != nil {
		return nil, err
	}
	if n.Kind != yaml.SequenceNode {
		return nil, r.errorf(n, path, "got %s; expected a sequence of keys (column names or mappings)", describe(n))
	}
	var keys []model.IndexKey
	for i, item := range n.Content {
		k, err := r.indexKey(item, fmt.Sprintf("%s[%d]", path, i))
		if err != nil {
			return nil, err
		}
		keys = append(keys, k)
	}
	return keys, nil
}

func (r *reader) indexKey(n *yaml.Node, path string) (model.IndexKey, error) {
	var k model.IndexKey
	n, err := r.deref(n, path)
	if err != nil {
		return k, err
	}
	if n.Kind == yaml.ScalarNode && !isNull(n) {
		k.Column, err = r.name(n, path)
		return k, err
	}
	attrs, err := r.mapping(n, path, "a column name or a mapping", indexKeyKeys)
	if err != nil {
		return k, err
	}
	nulls := ""
	for _, a := range attrs {
		switch a.key {
		case "column":
			k.Column, err = r.name(a.value, a.path)
		case "expression":
			var s string
			if s, err = r.name(a.value, a.path); err == nil {
				k.Expression = indexExpression(s)
			}
		case "collation":
			var q model.QualifiedName
			if q, err = r.qualified(a.value, a.path, "pg_catalog"); err == nil {
				k.Collation = &q
			}
		case "opclass":
			var q model.QualifiedName
			if q, err = r.qualified(a.value, a.path, "pg_catalog"); err == nil {
				k.Opclass = &q
			}
		case "desc":
			k.Descending, err = r.boolean(a.value, a.path)
		case "nulls":
			nulls, err = enumValue(r, a.value, a.path, []string{"first", "last"}, []string{"first", "last"})
		}
		if err != nil {
			return k, err
		}
	}
	if (k.Column == "") == (k.Expression == "") {
		return k, r.errorf(n, path, "an index key needs exactly one of column, expression")
	}
	k.NullsFirst = k.Descending
	if nulls != "" {
		k.NullsFirst = nulls == "first"
	}
	return k, nil
}
