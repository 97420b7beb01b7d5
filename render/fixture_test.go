package render

import (
	"slices"

	"github.com/retortdb/retort/diff"
	"github.com/retortdb/retort/model"
)

// fixtureNames are the names a fixture script uses; the same script runs
// with plain names and with names that need quoting.
type fixtureNames struct {
	schema, table, ref, col, enum, seq, index, constraint string
}

var fixtureNameSets = []fixtureNames{
	{"app", "orders", "customers", "status", "mood", "counter", "orders_status_idx", "amount_check"},
	{"Sales Data", "order", `Cust"omer`, "user", "Mood", "select", "bıgınt", "check"},
	{"select", "Table", "from", "Col Name", "enum", "Seq-1", "Index", "1st"},
}

// fixtureMajor is a major whose fixture script holds every kind of
// operation.
const fixtureMajor = 17

// since returns op when major is m or later, else nil, which fixtureOps
// drops.
func since(major, m int, op diff.Op) diff.Op {
	if major >= m {
		return op
	}
	return nil
}

// fixtureOps returns every kind of operation a server of the given major
// has, in an order it accepts when run statement by statement on an empty
// database (fixtureMajor covers every kind). SQL fragments (types,
// defaults, expressions) are built the way PostgreSQL prints them, quoting
// included.
func fixtureOps(n fixtureNames, major int) []diff.Op {
	s := n.schema
	qn := func(name string) model.QualifiedName { return model.QualifiedName{Schema: s, Name: name} }
	tbl, ref := qn(n.table), qn(n.ref)
	logTbl, tmpTbl, emptyTbl := qn(n.table+"_log"), qn(n.table+"_tmp"), qn(n.table+"_empty")
	collC := &model.QualifiedName{Schema: "pg_catalog", Name: "C"}
	citext := QualifiedName(qn("citext"))
	col := Ident(n.col)

	enum := model.Enum{Schema: s, Name: n.enum, Labels: []string{"sad", "it's", `back\slash`, "ok"}}
	enumAfter := model.Enum{Schema: s, Name: n.enum, Labels: []string{"meh", "sad", "it's", `back\slash`, "ok", "happy", "angry"}}
	enumNew := model.Enum{Schema: s, Name: n.enum, Labels: []string{"ok", "sad", "happy", "it's", `back\slash`}}
	enumType := QualifiedName(enum.QualifiedName())
	okDefault := Literal("ok") + "::" + enumType

	seq := model.Sequence{Schema: s, Name: n.seq, Type: "integer", Start: 100, Increment: 5, Min: 10, Max: 100000, Cache: 10, Cycle: true}
	seq2 := model.Sequence{Schema: s, Name: n.seq, Type: "bigint", Start: 5, Increment: 1, Min: 1, Max: 1000000000, Cache: 1}
	down := model.Sequence{Schema: s, Name: n.seq + "_down", Type: "smallint", Start: -1, Increment: -1, Min: -32768, Max: -1, Cache: 1}
	nSeq := model.Sequence{Schema: s, Name: n.table + "_n_seq", Type: "integer", Start: 1, Increment: 1, Min: 1, Max: 2147483647, Cache: 1}
	nSeq2 := nSeq
	nSeq2.Name, nSeq2.Increment, nSeq2.Max, nSeq2.Cycle = n.table+"_n_seq2", 3, 5000, true

	ext := model.Extension{Name: "citext", Schema: s, Version: "1.5"}
	fk := model.Constraint{
		Name: n.table + "_customer_fkey", Kind: model.ForeignKey, Columns: []string{"customer"},
		References: ref, RefColumns: []string{"id"}, Match: model.MatchFull, OnUpdate: model.Cascade,
		OnDelete: model.SetNull, OnDeleteColumns: []string{"customer"}, Deferrable: true, NotValid: true,
	}
	check := model.Constraint{Name: n.constraint, Kind: model.Check, Expression: "(amount >= (0)::numeric)"}
	index := model.Index{
		Name: n.index, Unique: true, Method: "btree",
		Keys: []model.IndexKey{
			{Column: n.col, Descending: true},
			{Column: "id", NullsFirst: true},
			{Expression: "lower(note)", Collation: collC, Opclass: &model.QualifiedName{Schema: "pg_catalog", Name: "text_pattern_ops"}},
			{Expression: "(amount + (1)::numeric)"},
		},
		Include: []string{"customer"}, NullsNotDistinct: true, Options: []string{"fillfactor=80"}, Predicate: "(amount > (0)::numeric)",
	}
	ginIndex := model.Index{Name: n.table + "_history_idx", Method: "gin", Keys: []model.IndexKey{{Column: "history"}}}
	hashIndex := model.Index{Name: n.table + "_code_idx", Method: "hash", Keys: []model.IndexKey{{Column: "code"}}}
	twice := model.Column{Name: "twice", Type: "integer", Generated: "(id * 2)"}
	extra := model.Column{Name: "extra", Type: "character varying(20)", Default: "'x'::character varying", NotNull: true}
	comment := func(kind diff.ObjectKind, name, sub, text string) diff.Op {
		return diff.SetComment{Target: diff.ObjectRef{Kind: kind, Schema: s, Name: name, Sub: sub}, Comment: text}
	}
	refTable := model.Table{Schema: s, Name: n.ref, Columns: []model.Column{
		{Name: "id", Type: "bigint", NotNull: true, Identity: model.IdentityAlways, IdentitySequence: &model.Sequence{
			Schema: s, Name: n.ref + "_id_seq", Type: "bigint", Start: 1, Increment: 1, Min: 1, Max: 9223372036854775807, Cache: 1}},
		{Name: n.col, Type: citext},
		{Name: "name", Type: "text", Collation: collC},
		{Name: "n", Type: "integer", NotNull: true},
	}, Constraints: []model.Constraint{
		{Name: n.ref + "_pkey", Kind: model.PrimaryKey, Columns: []string{"id"}, Include: []string{"name"}, IndexOptions: []string{"fillfactor=90"}},
		{Name: n.ref + "_key", Kind: model.Unique, Columns: []string{n.col, "n"}, NullsNotDistinct: true},
	}}
	mainTable := model.Table{Schema: s, Name: n.table, Options: []string{"autovacuum_enabled=false", "fillfactor=70"}, Columns: []model.Column{
		{Name: "id", Type: "integer", NotNull: true, Identity: model.IdentityByDefault, IdentitySequence: &model.Sequence{
			Schema: s, Name: n.table + "_id_seq", Type: "integer", Start: 10, Increment: 2, Min: 1, Max: 1000, Cache: 5, Cycle: true}},
		{Name: n.col, Type: enumType, NotNull: true, Default: okDefault},
		{Name: "history", Type: enumType + "[]"},
		{Name: "amount", Type: "numeric(10,2)", Default: "0", NotNull: true},
		{Name: "total", Type: "numeric", Generated: "(amount * (2)::numeric)"},
		{Name: "during", Type: "tstzrange"},
		{Name: "customer", Type: "bigint"},
		{Name: "code", Type: "text"},
		{Name: "n", Type: "integer"},
		{Name: "note", Type: "text", Collation: collC},
	}, Constraints: []model.Constraint{
		{Name: n.table + "_pkey", Kind: model.PrimaryKey, Columns: []string{"id"}},
		check,
		{Name: n.table + "_during_excl", Kind: model.Exclusion, Definition: "EXCLUDE USING gist (during WITH &&)"},
		{Name: n.table + "_key", Kind: model.Unique, Columns: []string{n.col, "id"}, Deferrable: true, InitiallyDeferred: true},
	}}
	logTable := model.Table{Schema: s, Name: logTbl.Name, PartitionKey: "LIST (" + col + ")", Columns: []model.Column{
		{Name: "at", Type: "timestamp with time zone", NotNull: true},
		{Name: n.col, Type: "text"},
	}}
	logPart := model.Table{Schema: s, Name: logTbl.Name + "_a", PartitionOf: &logTbl, PartitionBound: "FOR VALUES IN ('a')",
		Constraints: []model.Constraint{{Name: logTbl.Name + "_a_at", Kind: model.Check, Expression: "(at IS NOT NULL)"}}}
	tmpTable := model.Table{Schema: s, Name: tmpTbl.Name, Unlogged: true, Columns: []model.Column{{Name: "x", Type: "integer"}}}
	emptyTable := model.Table{Schema: s, Name: emptyTbl.Name}

	ops := []diff.Op{
		diff.CreateSchema{Schema: model.Namespace{Name: s}},
		diff.CreateExtension{Extension: ext},
		diff.AlterExtensionVersion{Name: "citext", From: "1.5", To: "1.6"},
		diff.CreateEnum{Enum: enum},
		diff.AddEnumValue{Enum: enum.QualifiedName(), Label: "happy", After: "ok"},
		diff.AddEnumValue{Enum: enum.QualifiedName(), Label: "meh", Before: "sad"},
		diff.AddEnumValue{Enum: enum.QualifiedName(), Label: "angry"},
		diff.CreateSequence{Sequence: seq},
		diff.CreateSequence{Sequence: down},
		diff.CreateTable{Table: refTable},
		diff.CreateTable{Table: mainTable},
		diff.CreateTable{Table: logTable},
		diff.CreateTable{Table: logPart},
		diff.DetachPartition{Parent: logTbl, Partition: logPart.QualifiedName()},
		diff.AttachPartition{Parent: logTbl, Partition: logPart.QualifiedName(), Bound: "DEFAULT"},
		diff.CreateIndex{Table: logTbl, Index: model.Index{Name: logTbl.Name + "_at_idx", Method: "btree", Keys: []model.IndexKey{{Column: "at"}}}, Only: true},
		diff.CreateIndex{Table: logPart.QualifiedName(), Index: model.Index{Name: logTbl.Name + "_a_at_idx", Method: "btree", Keys: []model.IndexKey{{Column: "at"}}}},
		diff.AttachIndex{Parent: model.QualifiedName{Schema: s, Name: logTbl.Name + "_at_idx"}, Index: model.QualifiedName{Schema: s, Name: logTbl.Name + "_a_at_idx"}},
		diff.RenameAttachedIndex{Partition: logPart.QualifiedName(), Parent: logTbl, ParentIndex: logTbl.Name + "_at_idx", To: logTbl.Name + "_a_at"},
		diff.CreateTable{Table: tmpTable},
		diff.CreateTable{Table: emptyTable},
		diff.SetSequenceOwner{Sequence: seq.QualifiedName(), Owner: &model.ColumnRef{Table: tbl, Column: "n"}},
		diff.SyncSequence{Sequence: seq, Column: model.ColumnRef{Table: tbl, Column: "n"}},
		diff.SetSequenceOwner{Sequence: seq.QualifiedName(), From: &model.ColumnRef{Table: tbl, Column: "n"}},
		diff.AddConstraint{Table: tbl, Constraint: fk},
		diff.ValidateConstraint{Table: tbl, Name: fk.Name},
		diff.CreateIndex{Table: tbl, Index: index},
		diff.CreateIndex{Table: tbl, Index: ginIndex},
		diff.CreateIndex{Table: tbl, Index: hashIndex},
		comment(diff.KindSchema, s, "", "schema's comment"),
		diff.SetComment{Target: diff.ObjectRef{Kind: diff.KindExtension, Name: "citext"}, Comment: `case\insensitive`},
		comment(diff.KindType, n.enum, "", "feelings"),
		comment(diff.KindSequence, n.seq, "", "counts"),
		comment(diff.KindTable, n.table, "", "orders"),
		comment(diff.KindColumn, n.table, n.col, "status"),
		comment(diff.KindConstraint, n.table, n.constraint, "non-negative"),
		comment(diff.KindIndex, n.table, n.index, "lookup"),
		comment(diff.KindIndex, n.table, n.index, ""),
		diff.AlterSequence{From: seq, To: seq2},
		diff.SetTableOptions{Table: tbl, Set: []string{"fillfactor=60", "toast.autovacuum_enabled=off"}, Reset: []string{"autovacuum_enabled"}},
		diff.SetTableLogged{Table: tmpTbl},
		diff.SetTableLogged{Table: tmpTbl, Unlogged: true},
		diff.AddColumn{Table: tbl, Column: extra},
		diff.AddColumn{Table: tbl, Column: twice},
		diff.AlterColumnType{Table: tbl, Column: "code", From: "text", To: "integer", Cast: diff.CastExplicit},
		diff.AlterColumnType{Table: tbl, Column: "note", From: "text", To: "text", Collation: &model.QualifiedName{Schema: "pg_catalog", Name: "POSIX"}},
		diff.SetColumnDefault{Table: tbl, Column: "amount", Default: "1"},
		diff.DropColumnDefault{Table: tbl, Column: "amount", From: "1"},
		diff.SetColumnNotNull{Table: tbl, Column: "customer", NotNull: true},
		diff.SetColumnNotNull{Table: tbl, Column: "customer"},
		diff.SetColumnNotNull{Table: tbl, Column: "n", NotNull: true},
		diff.AddIdentity{Table: tbl, Column: "n", Identity: model.IdentityAlways, Sequence: &nSeq},
		diff.AlterIdentity{Table: tbl, Column: "n",
			From: model.Column{Name: "n", Identity: model.IdentityAlways, IdentitySequence: &nSeq},
			To:   model.Column{Name: "n", Identity: model.IdentityByDefault, IdentitySequence: &nSeq2}},
		diff.DropIdentity{Table: tbl, Column: "n", Identity: model.IdentityByDefault, Sequence: &nSeq2},
		since(major, 17, diff.SetColumnExpression{Table: tbl, Column: "twice", From: twice.Generated, To: "(id * 3)"}),
		diff.DropColumnExpression{Table: tbl, Column: "twice", From: twice.Generated},
		diff.SetColumnStatistics{Table: tbl, Column: "amount", Statistics: ptr(500)},
		diff.SetColumnStatistics{Table: tbl, Column: "amount"},
		diff.SetColumnStorage{Table: tbl, Column: "note", Storage: model.StorageExternal, Type: "text"},
		diff.SetColumnStorage{Table: tbl, Column: "note", Type: "text"},
		diff.SetColumnStorage{Table: tbl, Column: "amount", Type: "numeric(10,2)"},
		diff.SetColumnStorage{Table: tbl, Column: "id", Type: "integer"},
		diff.SetColumnStorage{Table: ref, Column: n.col, Type: citext},
		diff.RecreateEnum{From: enumAfter, To: enumNew, Columns: []diff.EnumColumn{
			{Table: tbl, Column: n.col, DropDefault: true},
			{Table: tbl, Column: "history", Array: true},
		}},
		diff.SetColumnDefault{Table: tbl, Column: n.col, Default: okDefault},
	}
	ops = append(ops, fixtureRenameOps(n)...)
	ops = append(ops, fixtureTypeOps(n)...)
	ops = append(ops, fixtureObjectOps(n)...)
	ops = append(ops, fixtureInheritOps(n)...)
	ops = append(ops, fixturePrivilegeOps(n)...)
	ops = append(ops,
		diff.DropIndex{Table: tbl, Index: index},
		diff.DropConstraint{Table: tbl, Constraint: fk},
		diff.DropConstraint{Table: tbl, Constraint: check},
		diff.DropColumn{Table: tbl, Column: extra},
		diff.DropTable{Table: mainTable},
		diff.DropTable{Table: refTable},
		diff.DropTable{Table: logPart},
		diff.DropTable{Table: logTable},
		diff.DropTable{Table: tmpTable},
		diff.DropTable{Table: emptyTable},
		diff.DropSequence{Sequence: seq2},
		diff.DropSequence{Sequence: down},
		diff.DropEnum{Enum: enumNew},
		diff.DropExtension{Extension: ext},
		diff.DropSchema{Schema: model.Namespace{Name: s}},
	)
	return slices.DeleteFunc(ops, func(op diff.Op) bool { return op == nil })
}
