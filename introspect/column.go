package introspect

import (
	"context"
	"fmt"

	"github.com/retortdb/retort/model"
)

type columnRow struct {
	Table           uint32
	Name            string
	Type            string
	TypeSchema      string
	TypeName        string
	NotNull         bool
	NotNullName     string
	NotNullNotValid bool
	NotNullNoInh    bool
	Default         string
	Generated       string
	Virtual         bool
	Identity        string
	HasSequence     bool
	SeqSchema       string
	SeqName         string
	SeqType         string
	SeqStart        int64
	SeqIncrement    int64
	SeqMin          int64
	SeqMax          int64
	SeqCache        int64
	SeqCycle        bool
	SeqComment      string
	CollationSchema string
	CollationName   string
	Statistics      int32
	Storage         string
	Comment         string
	// Inherited marks a column an inheritance child inherits without
	// declaring it; the query returns one only when the child's own
	// settings differ from what its parents give it.
	Inherited bool
}

func (r *columnRow) fields() []any {
	return []any{
		&r.Table, &r.Name, &r.Type, &r.TypeSchema, &r.TypeName, &r.NotNull,
		&r.NotNullName, &r.NotNullNotValid, &r.NotNullNoInh, &r.Default,
		&r.Generated, &r.Virtual, &r.Identity, &r.HasSequence, &r.SeqSchema, &r.SeqName, &r.SeqType,
		&r.SeqStart, &r.SeqIncrement, &r.SeqMin, &r.SeqMax, &r.SeqCache, &r.SeqCycle,
		&r.SeqComment, &r.CollationSchema, &r.CollationName, &r.Statistics, &r.Storage,
		&r.Comment, &r.Inherited,
	}
}

func readColumns(ctx context.Context, f *fetcher, sc scope, tables map[uint32]*model.Table) error {
	rows, err := collect[columnRow](ctx, f, "columns", sc.schemas, sc.excludeTables)
	if err != nil {
		return fmt.Errorf("introspect columns: %w", err)
	}
	for _, r := range rows {
		t := tables[r.Table]
		if t == nil {
			continue // a table created after the tables query cannot appear in the same snapshot; defensive
		}
		if r.Inherited {
			t.InheritedColumns = append(t.InheritedColumns, r.inheritedColumn())
			continue
		}
		t.Columns = append(t.Columns, r.column())
	}
	return nil
}

func (r columnRow) column() model.Column {
	c := model.Column{
		Name:             r.Name,
		Type:             r.Type,
		NotNull:          r.NotNull,
		NotNullName:      r.NotNullName,
		NotNullNotValid:  r.NotNullNotValid,
		NotNullNoInherit: r.NotNullNoInh,
		Default:          r.Default,
		Generated:        r.Generated,
		Virtual:          r.Virtual,
		Identity:         identityKinds[r.Identity],
		Storage:          storageModes[r.Storage],
		Comment:          r.Comment,
	}
	if r.TypeName != "" {
		c.TypeRef = model.QualifiedName{Schema: r.TypeSchema, Name: r.TypeName}
	}
	if r.HasSequence {
		c.IdentitySequence = &model.Sequence{
			Schema: r.SeqSchema, Name: r.SeqName, Type: r.SeqType,
			Start: r.SeqStart, Increment: r.SeqIncrement, Min: r.SeqMin, Max: r.SeqMax,
			Cache: r.SeqCache, Cycle: r.SeqCycle, Comment: r.SeqComment,
		}
	}
	if r.CollationName != "" {
		c.Collation = &model.QualifiedName{Schema: r.CollationSchema, Name: r.CollationName}
	}
	if r.Statistics >= 0 {
		n := int(r.Statistics)
		c.Statistics = &n
	}
	return c
}

// inheritedColumn keeps what a child sets on a column it inherits: the
// type, collation and generation expression are its parents'.
func (r columnRow) inheritedColumn() model.Column {
	c := r.column()
	return model.Column{
		Name:       c.Name,
		NotNull:    c.NotNull,
		Default:    c.Default,
		Statistics: c.Statistics,
		Storage:    c.Storage,
		Comment:    c.Comment,
	}
}

// identityKinds maps pg_attribute.attidentity.
var identityKinds = map[string]model.Identity{"a": model.IdentityAlways, "d": model.IdentityByDefault}

// storageModes maps pg_attribute.attstorage.
var storageModes = map[string]model.Storage{
	"p": model.StoragePlain,
	"e": model.StorageExternal,
	"x": model.StorageExtended,
	"m": model.StorageMain,
}
