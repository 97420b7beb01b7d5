package introspect

import (
	"cmp"
	"slices"

	"github.com/retortdb/retort/model"
)

// refs builds the dependency list of one object from the parallel arrays a
// query returns (dep_kinds, dep_schemas, dep_names, dep_args): sorted by
// kind, schema, name and arguments, without duplicates (pg_depend records
// one entry per column used), nil when empty.
func refs(kinds []int32, schemas, names, args []string) []model.Ref {
	if len(kinds) == 0 {
		return nil
	}
	out := make([]model.Ref, len(kinds))
	for i := range kinds {
		out[i] = model.Ref{Kind: model.RefKind(kinds[i]), Schema: schemas[i], Name: names[i], Args: args[i]}
	}
	slices.SortFunc(out, compareRefs)
	return slices.Compact(out)
}

func compareRefs(a, b model.Ref) int {
	return cmp.Or(
		cmp.Compare(a.Kind, b.Kind),
		cmp.Compare(a.Schema, b.Schema),
		cmp.Compare(a.Name, b.Name),
		cmp.Compare(a.Args, b.Args),
	)
}

// collation returns the collation named by schema and name, or nil when
// name is empty (the type's default collation).
func collation(schema, name string) *model.QualifiedName {
	if name == "" {
		return nil
	}
	return &model.QualifiedName{Schema: schema, Name: name}
}
