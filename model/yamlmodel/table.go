package yamlmodel

import (
	"sort"

	"go.yaml.in/yaml/v3"

	"github.com/retortdb/retort/model"
)

var (
	tableKeys  = []string{"comment", "unlogged", "partition_by", "partition_of", "bound", "inherits", "options", "columns", "inherited_columns", "constraints", "indexes", "triggers", "row_security", "force_row_security", "policies", "rules", "renamed_from"}
	policyKeys = []string{"command", "permissive", "roles", "using", "with_check", "comment"}
	columnKeys = []string{"type", "not_null", "not_null_name", "not_null_not_valid", "not_null_no_inherit", "default", "collation", "comment", "statistics", "storage", "identity", "sequence", "generated", "virtual", "renamed_from", "using"}

	identityNames       = []string{"always", "by default"}
	identityValues      = []model.Identity{model.IdentityAlways, model.IdentityByDefault}
	storageNames        = []string{"plain", "external", "extended", "main"}
	storageValues       = []model.Storage{model.StoragePlain, model.StorageExternal, model.StorageExtended, model.StorageMain}
	policyCommandNames  = []string{"all", "select", "insert", "update", "delete"}
	policyCommandValues = []string{"ALL", "SELECT", "INSERT", "UPDATE", "DELETE"}
)

func (d *decoded) tables(r *reader, schema string, f field) error {
	fields, err := r.mapping(f.value, f.path, "a mapping of table names", nil)
	if err != nil {
		return err
	}
	for _, tf := range fields {
		t := model.Table{Schema: schema, Name: tf.key}
		attrs, err := r.mapping(tf.value, tf.path, "a mapping", tableKeys)
		if err != nil {
			return err
		}
		for _, a := range attrs {
			switch a.key {
			case "renamed_from":
				t.RenamedFrom, err = r.renamedFrom(a.value, a.path)
			case "comment":
				t.Comment, err = r.str(a.value, a.path)
			case "unlogged":
				t.Unlogged, err = r.boolean(a.value, a.path)
			case "partition_by":
				t.PartitionKey, err = r.name(a.value, a.path)
			case "partition_of":
				var q model.QualifiedName
				q, err = r.qualified(a.value, a.path, schema)
				t.PartitionOf = &q
			case "bound":
				t.PartitionBound, err = r.str(a.value, a.path)
			case "inherits":
				t.Inherits, err = r.inherits(a, schema)
			case "inherited_columns":
				t.InheritedColumns, err = r.inheritedColumns(a)
			case "rules":
				t.Rules, err = r.rules(a, tableRuleKeys)
			case "options":
				t.Options, err = r.options(a.value, a.path)
			case "columns":
				err = r.columns(a, &t)
			case "constraints":
				err = d.constraints(r, a, &t)
			case "indexes":
				t.Indexes, err = r.indexes(a)
			case "triggers":
				t.Triggers, err = r.triggers(a)
			case "row_security":
				t.RowSecurity, err = r.boolean(a.value, a.path)
			case "force_row_security":
				t.ForceRowSecurity, err = r.boolean(a.value, a.path)
			case "policies":
				t.Policies, err = r.policies(a)
			}
			if err != nil {
				return err
			}
		}
		if err := r.checkInheritance(&t, attrs, tf); err != nil {
			return err
		}
		name := t.QualifiedName().String()
		if err := d.define(r, "table "+name, tf.keyN, tf.path, "table "+name); err != nil {
			return err
		}
		d.s.Tables = append(d.s.Tables, t)
	}
	return nil
}

// policies reads a mapping of policy names to their attributes: command
// (default all), permissive (default true), roles (default [public]),
// using, with_check and comment.
func (r *reader) policies(f field) ([]model.Policy, error) {
	fields, err := r.mapping(f.value, f.path, "a mapping of policy names", nil)
	if err != nil {
		return nil, err
	}
	var out []model.Policy
	for _, pf := range fields {
		p := model.Policy{Name: pf.key, Command: "ALL", Permissive: true}
		attrs, err := r.mapping(pf.value, pf.path, "a mapping", policyKeys)
		if err != nil {
			return nil, err
		}
		for _, a := range attrs {
			switch a.key {
			case "command":
				p.Command, err = enumValue(r, a.value, a.path, policyCommandNames, policyCommandValues)
			case "permissive":
				p.Permissive, err = r.boolean(a.value, a.path)
			case "roles":
				p.Roles, err = r.strings(a.value, a.path, "role names")
			case "using":
				p.Using, err = r.name(a.value, a.path)
			case "with_check":
				p.WithCheck, err = r.name(a.value, a.path)
			case "comment":
				p.Comment, err = r.str(a.value, a.path)
			}
			if err != nil {
				return nil, err
			}
		}
		if len(p.Roles) == 0 {
			p.Roles = []string{"public"}
		}
		sort.Strings(p.Roles)
		out = append(out, p)
	}
	return out, nil
}

func (r *reader) columns(f field, t *model.Table) error {
	fields, err := r.mapping(f.value, f.path, "a mapping of column names, in column order", nil)
	if err != nil {
		return err
	}
	for _, cf := range fields {
		c, err := r.column(cf, t)
		if err != nil {
			return err
		}
		t.Columns = append(t.Columns, c)
	}
	return nil
}

func (r *reader) column(f field, t *model.Table) (model.Column, error) {
	c := model.Column{Name: f.key}
	v, err := r.deref(f.value, f.path)
	if err != nil {
		return c, err
	}
	if v.Kind == yaml.ScalarNode && !isNull(v) {
		c.Type, err = r.name(v, f.path)
		return c, err
	}
	attrs, err := r.mapping(v, f.path, "a type or a mapping", columnKeys)
	if err != nil {
		return c, err
	}
	var seqField *field
	for i, a := range attrs {
		switch a.key {
		case "renamed_from":
			c.RenamedFrom, err = r.renamedFrom(a.value, a.path)
		case "using":
			c.Using, err = r.using(a.value, a.path)
		case "type":
			c.Type, err = r.name(a.value, a.path)
		case "not_null":
			c.NotNull, err = r.boolean(a.value, a.path)
		case "not_null_name":
			c.NotNullName, err = r.name(a.value, a.path)
		case "not_null_not_valid":
			c.NotNullNotValid, err = r.boolean(a.value, a.path)
		case "not_null_no_inherit":
			c.NotNullNoInherit, err = r.boolean(a.value, a.path)
		case "default":
			c.Default, err = r.name(a.value, a.path)
		case "collation":
			var q model.QualifiedName
			if q, err = r.qualified(a.value, a.path, "pg_catalog"); err == nil {
				c.Collation = &q
			}
		case "comment":
			c.Comment, err = r.str(a.value, a.path)
		case "statistics":
			c.Statistics, err = r.statistics(a.value, a.path)
		case "storage":
			c.Storage, err = enumValue(r, a.value, a.path, storageNames, storageValues)
		case "identity":
			c.Identity, err = enumValue(r, a.value, a.path, identityNames, identityValues)
		case "sequence":
			seqField = &attrs[i]
		case "generated":
			c.Generated, err = r.name(a.value, a.path)
		case "virtual":
			c.Virtual, err = r.boolean(a.value, a.path)
		}
		if err != nil {
			return c, err
		}
	}
	if c.Type == "" {
		return c, r.errorf(v, f.path, "missing key \"type\"; expected the column's type")
	}
	if c.Identity != model.IdentityNone {
		if c.Default != "" || c.Generated != "" {
			return c, r.errorf(v, f.path, "an identity column has no default or generated expression; expected only one of them")
		}
		typ := integerTypes[c.Type]
		if typ == "" {
			return c, r.errorf(v, f.path, "identity column of type %q; expected smallint, integer or bigint", c.Type)
		}
		seq := model.Sequence{Schema: t.Schema, Name: t.Name + "_" + c.Name + "_seq", Type: typ}
		var n *yaml.Node
		path := f.path + ".sequence"
		if seqField != nil {
			n = seqField.value
		} else {
			n = &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!null"}
		}
		if err := r.sequence(n, path, &seq, identSeqKeys); err != nil {
			return c, err
		}
		c.IdentitySequence = &seq
	} else if seqField != nil {
		return c, r.errorf(seqField.keyN, f.path, "key \"sequence\" without identity; expected identity: always or by default first")
	}
	if c.Default != "" && c.Generated != "" {
		return c, r.errorf(v, f.path, "a generated column has no default; expected only one of default, generated")
	}
	if c.Virtual && c.Generated == "" {
		return c, r.errorf(v, f.path, "virtual without generated; expected generated: EXPRESSION beside virtual: true")
	}
	if !c.NotNull && (c.NotNullName != "" || c.NotNullNotValid || c.NotNullNoInherit) {
		return c, r.errorf(v, f.path, "not_null_name, not_null_not_valid or not_null_no_inherit without not_null; expected not_null: true beside them")
	}
	return c, nil
}
