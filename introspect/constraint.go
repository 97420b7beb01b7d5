package introspect

import (
	"context"
	"fmt"

	"github.com/retortdb/retort/model"
)

type constraintRow struct {
	Table             uint32
	Name              string
	Kind              string
	Columns           []string
	Expression        string
	NoInherit         bool
	NotValid          bool
	NotEnforced       bool
	Deferrable        bool
	InitiallyDeferred bool
	RefSchema         string
	RefTable          string
	RefColumns        []string
	OnUpdate          string
	OnDelete          string
	Match             string
	OnDeleteColumns   []string
	Include           []string
	IndexOptions      []string
	NullsNotDistinct  bool
	Period            bool // conperiod: WITHOUT OVERLAPS or PERIOD, by kind
	Definition        string
	Comment           string
	IndexComment      string
	AttachedTo        string
}

func (r *constraintRow) fields() []any {
	return []any{
		&r.Table, &r.Name, &r.Kind, &r.Columns, &r.Expression, &r.NoInherit, &r.NotValid, &r.NotEnforced,
		&r.Deferrable, &r.InitiallyDeferred, &r.RefSchema, &r.RefTable, &r.RefColumns,
		&r.OnUpdate, &r.OnDelete, &r.Match, &r.OnDeleteColumns, &r.Include, &r.IndexOptions,
		&r.NullsNotDistinct, &r.Period, &r.Definition, &r.Comment, &r.IndexComment, &r.AttachedTo,
	}
}

func readConstraints(ctx context.Context, f *fetcher, sc scope, tables map[uint32]*model.Table) error {
	rows, err := collect[constraintRow](ctx, f, "constraints", sc.schemas, sc.excludeTables)
	if err != nil {
		return fmt.Errorf("introspect constraints: %w", err)
	}
	for _, r := range rows {
		t := tables[r.Table]
		if t == nil {
			continue
		}
		t.Constraints = append(t.Constraints, r.constraint())
	}
	return nil
}

func (r constraintRow) constraint() model.Constraint {
	c := model.Constraint{
		Name:              r.Name,
		Kind:              constraintKinds[r.Kind],
		Columns:           orNil(r.Columns),
		Expression:        r.Expression,
		NoInherit:         r.NoInherit,
		NotValid:          r.NotValid,
		NotEnforced:       r.NotEnforced,
		Deferrable:        r.Deferrable,
		InitiallyDeferred: r.InitiallyDeferred,
		Include:           orNil(r.Include),
		IndexOptions:      sorted(r.IndexOptions),
		NullsNotDistinct:  r.NullsNotDistinct,
		Definition:        r.Definition,
		Comment:           r.Comment,
		IndexComment:      r.IndexComment,
		AttachedTo:        r.AttachedTo,
	}
	if c.Kind == model.Check {
		c.Columns = sorted(c.Columns)
	}
	if c.Kind == model.PrimaryKey || c.Kind == model.Unique {
		c.WithoutOverlaps = r.Period
	}
	if c.Kind == model.ForeignKey {
		c.References = model.QualifiedName{Schema: r.RefSchema, Name: r.RefTable}
		c.RefColumns = orNil(r.RefColumns)
		c.OnUpdate = fkActions[r.OnUpdate]
		c.OnDelete = fkActions[r.OnDelete]
		c.Match = matchTypes[r.Match]
		c.OnDeleteColumns = orNil(r.OnDeleteColumns)
		c.Period = r.Period
	}
	return c
}

// constraintKinds maps pg_constraint.contype.
var constraintKinds = map[string]model.ConstraintKind{
	"p": model.PrimaryKey,
	"u": model.Unique,
	"f": model.ForeignKey,
	"c": model.Check,
	"x": model.Exclusion,
}

// fkActions maps pg_constraint.confupdtype and confdeltype.
var fkActions = map[string]model.FKAction{
	"a": model.NoAction,
	"r": model.Restrict,
	"c": model.Cascade,
	"n": model.SetNull,
	"d": model.SetDefault,
}

// matchTypes maps pg_constraint.confmatchtype.
var matchTypes = map[string]model.MatchType{
	"s": model.MatchSimple,
	"f": model.MatchFull,
	"p": model.MatchPartial,
}
