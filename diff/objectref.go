package diff

// An ObjectRef names any object that can carry a comment.
type ObjectRef struct {
	Kind ObjectKind
	// Schema and Name name the object; for columns, constraints, indexes
	// and triggers Name is the table (or view, or composite type) and Sub
	// the column, constraint, index or trigger; for functions and
	// procedures Sub is the identity argument list; for a domain check,
	// Name is the domain and Sub the check.
	Schema, Name, Sub string
}

// ObjectKind is the kind of object an ObjectRef names.
type ObjectKind uint8

// The object kinds that can carry comments.
const (
	KindSchema ObjectKind = iota + 1
	KindExtension
	KindType
	KindSequence
	KindTable
	KindColumn
	KindConstraint
	KindIndex
	KindDomain
	KindDomainCheck
	KindFunction
	KindProcedure
	KindView
	KindMaterializedView
	KindTrigger
	KindPolicy
	KindAggregate
	KindCollation
	KindTextSearchDictionary
	KindTextSearchConfig
	KindRule // Name is the table or view, Sub the rule
	KindStatistics
)
