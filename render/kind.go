package render

import (
	"fmt"

	"github.com/retortdb/retort/diff"
	"github.com/retortdb/retort/model"
)

// kindKeywords are how SQL names each kind of object in DROP, COMMENT ON,
// ALTER ... OWNER TO and GRANT: the one place a kind meets its keyword.
var kindKeywords = map[diff.ObjectKind]string{
	diff.KindSchema:               "SCHEMA",
	diff.KindExtension:            "EXTENSION",
	diff.KindType:                 "TYPE",
	diff.KindSequence:             "SEQUENCE",
	diff.KindTable:                "TABLE",
	diff.KindColumn:               "COLUMN",
	diff.KindConstraint:           "CONSTRAINT",
	diff.KindIndex:                "INDEX",
	diff.KindDomain:               "DOMAIN",
	diff.KindDomainCheck:          "CONSTRAINT",
	diff.KindFunction:             "FUNCTION",
	diff.KindProcedure:            "PROCEDURE",
	diff.KindAggregate:            "AGGREGATE",
	diff.KindView:                 "VIEW",
	diff.KindMaterializedView:     "MATERIALIZED VIEW",
	diff.KindTrigger:              "TRIGGER",
	diff.KindPolicy:               "POLICY",
	diff.KindCollation:            "COLLATION",
	diff.KindTextSearchDictionary: "TEXT SEARCH DICTIONARY",
	diff.KindTextSearchConfig:     "TEXT SEARCH CONFIGURATION",
	diff.KindRule:                 "RULE",
	diff.KindStatistics:           "STATISTICS",
}

// keyword returns the SQL keyword of a kind of object.
func keyword(k diff.ObjectKind) string {
	kw, ok := kindKeywords[k]
	if !ok {
		panic(fmt.Sprintf("render: unknown object kind %d", k))
	}
	return kw
}

// createObject renders the CREATE statements of an object of a simple
// kind (diff.CreateObject): each kind's own file writes them.
func createObject(o diff.SchemaObject) []string {
	switch o := o.(type) {
	case model.Collation:
		return []string{createCollation(o)}
	case model.TextSearchDictionary:
		return []string{createTextSearchDictionary(o)}
	case model.TextSearchConfig:
		return createTextSearchConfig(o)
	case model.Statistics:
		return createStatistics(o)
	}
	panic(fmt.Sprintf("render: cannot create a %T", o))
}

// alterObject renders the ALTER statements that change an object of a
// simple kind in place (diff.AlterObject).
func alterObject(op diff.AlterObject) []string {
	switch to := op.To.(type) {
	case model.TextSearchDictionary:
		return []string{alterTextSearchDictionary(op.From.(model.TextSearchDictionary), to)}
	case model.Statistics:
		return []string{setStatisticsTarget(to)}
	}
	panic(fmt.Sprintf("render: cannot alter a %T", op.To))
}

// dropObject renders DROP for an object of a simple kind.
func dropObject(op diff.DropObject) string {
	return "DROP " + keyword(op.Kind) + " " + QualifiedName(op.Object.QualifiedName())
}

// securableKinds are the object kinds of the kinds of securable.
var securableKinds = map[model.SecurableKind]diff.ObjectKind{
	model.SecurableSchema:           diff.KindSchema,
	model.SecurableTable:            diff.KindTable,
	model.SecurableView:             diff.KindView,
	model.SecurableMaterializedView: diff.KindMaterializedView,
	model.SecurableSequence:         diff.KindSequence,
	model.SecurableFunction:         diff.KindFunction,
	model.SecurableProcedure:        diff.KindProcedure,
	model.SecurableAggregate:        diff.KindAggregate,
	model.SecurableType:             diff.KindType,
}

// securableRef names a securable as an ObjectRef, for objectTarget.
func securableRef(o model.Securable) diff.ObjectRef {
	k, ok := securableKinds[o.Kind]
	if !ok {
		panic(fmt.Sprintf("render: unknown securable kind %d", o.Kind))
	}
	return diff.ObjectRef{Kind: k, Schema: o.Schema, Name: o.Name, Sub: o.Args}
}
