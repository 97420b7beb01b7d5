package introspect

import (
	"context"
	"fmt"

	"github.com/retortdb/retort/model"
)

// rangeRow is one range type; the Dep* fields are its dependencies.
type rangeRow struct {
	Schema          string
	Name            string
	Subtype         string
	SubtypeOpClass  string
	CollationSchema string
	CollationName   string
	Canonical       string
	SubtypeDiff     string
	Multirange      string
	Comment         string
	DepKinds        []int32
	DepSchemas      []string
	DepNames        []string
	DepArgs         []string
}

func (r *rangeRow) fields() []any {
	return []any{
		&r.Schema, &r.Name, &r.Subtype, &r.SubtypeOpClass, &r.CollationSchema, &r.CollationName,
		&r.Canonical, &r.SubtypeDiff, &r.Multirange, &r.Comment, &r.DepKinds, &r.DepSchemas,
		&r.DepNames, &r.DepArgs,
	}
}

func readRanges(ctx context.Context, f *fetcher, sc scope) ([]model.RangeType, error) {
	rows, err := collect[rangeRow](ctx, f, "ranges", sc.schemas, sc.excludeTables)
	if err != nil {
		return nil, fmt.Errorf("introspect range types: %w", err)
	}
	var out []model.RangeType
	for _, r := range rows {
		rt := model.RangeType{
			Schema:         r.Schema,
			Name:           r.Name,
			Subtype:        r.Subtype,
			SubtypeOpClass: r.SubtypeOpClass,
			Collation:      collation(r.CollationSchema, r.CollationName),
			Canonical:      r.Canonical,
			SubtypeDiff:    r.SubtypeDiff,
			Comment:        r.Comment,
			Depends:        refs(r.DepKinds, r.DepSchemas, r.DepNames, r.DepArgs),
		}
		if r.Multirange != model.DefaultMultirangeName(r.Name) {
			rt.Multirange = r.Multirange
		}
		out = append(out, rt)
	}
	return out, nil
}
