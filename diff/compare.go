package diff

import (
	"fmt"
	"sort"
	"strings"

	"github.com/retortdb/retort/model"
)

// phase orders the steps of a plan. Every step lands in one phase, and the
// phases run in this order; within a phase, steps keep the (sorted) order in
// which the comparison produced them. The order is what makes a plan valid:
// things are dropped before what they depend on is dropped, and created after
// what they depend on exists.
type phase int

const (
	phRename           phase = iota // objects renamed in place (see renames.go), so that every later step uses the new names
	phDropTrigger                   // triggers that go or change
	phDropView                      // views that go or are re-created, dependents first
	phDropInherit                   // inheritance links that go (NO INHERIT), before a parent's columns change
	phDropForeignKey                // foreign keys that go or change, and those of dropped tables
	phDetach                        // partitions detached (a foreign key to their rows is gone by now), before what they had for their parent's is dropped
	phDropConstraint                // other constraints that go or change
	phDropIndex                     // indexes that go or change
	phPreAlter                      // column defaults and identities that go; sequences released from owners that go
	phDropColumn                    // columns that go (or are re-created)
	phDropTable                     // tables that go (or are re-created)
	phDropSequence                  // sequences that go (their users are gone by now)
	phDropRoutineEarly              // functions and range types re-created, once the checks, indexes, defaults, columns and tables using them are gone
	phCreateSchema                  // new schemas
	phDefaultPrivs                  // default privileges (ALTER DEFAULT PRIVILEGES), before objects are created
	phOwner                         // new owners of objects that stay (new objects get theirs right after creation)
	phExtension                     // new and updated extensions
	phCollation                     // new collations; changed ones dropped and created again
	phTextSearch                    // text search dictionaries, then configurations (their dictionaries may come from extensions)
	phEnum                          // new enums, added labels, re-created enums
	phSequence                      // new and altered sequences
	phRoutine                       // domains, composite and range types and functions, dependencies first
	phCreateTable                   // new tables, without foreign keys and indexes
	phAlterTable                    // new and changed columns, table options
	phSequenceOwner                 // OWNED BY, once the owning columns exist
	phAddConstraint                 // new and changed constraints other than foreign keys
	phInherit                       // new inheritance links (INHERIT), once the child has the parent's columns and checks
	phCreateIndex                   // new and changed indexes
	phAddForeignKey                 // foreign keys, once every table and key exists
	phView                          // views (and materialized views' indexes), dependencies first
	phTrigger                       // triggers, once their tables, views and functions exist
	phComment                       // comments
	phPrivileges                    // privileges granted and revoked on objects that stay
	phDropRoutine                   // functions, domains, composite and range types that go, dependents first
	phDropTextSearch                // text search configurations, then dictionaries, that go
	phDropCollation                 // collations that go (columns, domains and range types no longer use them)
	phDropEnum                      // enums that go (columns no longer use them)
	phDropExtension                 // extensions that go
	phDropSchema                    // schemas that go, now empty
	numPhases
)

// Compare returns the plan that turns the schema from into the schema to.
// It is pure: it reads nothing but its arguments and produces no SQL.
func Compare(from, to *model.Schema) *Plan {
	return CompareWith(from, to, Options{})
}

// CompareWith is Compare with options (see Options).
func CompareWith(from, to *model.Schema, opts Options) *Plan {
	r := applyRenames(from, to)
	c := newComparison(r.from, r.to)
	c.opts = opts
	c.steps[phRename] = r.steps
	c.removedLabels = r.removedLabels
	c.usings, c.backUsings = collectUsings(to), collectUsings(from)
	c.namespaces()
	c.extensions()
	c.classifyTables() // which tables and columns go: enums, sequences and keys depend on it
	c.enums()
	c.markRecreatedTypes() // after enums, before ranges: domains and composite types over re-created types
	c.keyChanged = c.keysChanged()
	compareKind(c, collations)
	c.textSearch()
	c.ranges()   // before routines: a re-created range type re-creates the functions using it
	c.routines() // before views: a re-created function re-creates the views using it
	c.columnsOverRecreated()
	c.sequences()
	c.tables()
	c.views()
	c.rules() // after views: a rule is re-created with what it depends on
	// after tables, which say which columns go
	compareKind(c, statistics)
	c.renameHints()
	// Last: what the plan creates gets its owner and privileges right
	// after its creation.
	c.privileges()
	return c.plan()
}

// since reports whether the server the plan runs on is PostgreSQL major m
// or later, so that the plan may use what m added. An unknown server
// (major 0) has only what every supported major has.
func (c *comparison) since(m int) bool { return c.major >= m }

// comparison holds the state of one Compare call.
type comparison struct {
	from, to *model.Schema
	opts     Options
	// major is the PostgreSQL major the plan is written for: that of the
	// server from was read from, which the plan runs on; 0 when unknown,
	// which plans as for the oldest major (see since).
	major int
	steps [numPhases][]Step
	// nodes are the steps of the phases ordered by dependencies (views,
	// routines): plan() sorts them topologically.
	nodes    [numPhases][]node
	warnings []string
	// errors are changes the plan refuses to make (see Plan.Errors); add
	// them with refuse.
	errors []PlanError

	fromTables, toTables map[model.QualifiedName]*model.Table
	// droppedTables are tables of from that a DROP TABLE removes (because
	// they go, or to re-create them); droppedColumns likewise for columns,
	// keyed by table and column name.
	droppedTables  map[model.QualifiedName]bool
	droppedColumns map[model.ColumnRef]bool
	// newTables are the tables the plan creates (new or re-created).
	newTables map[model.QualifiedName]bool
	// droppedDefaults are columns whose default an earlier step removed
	// although to keeps one: the default must be set again.
	droppedDefaults map[model.ColumnRef]bool
	// touchedColumns are columns whose type is converted by a re-created
	// enum: indexes and checks with expressions over them are re-created.
	touchedColumns map[model.ColumnRef]bool
	// keyChanged are tables whose primary key, unique constraint or unique
	// index is dropped; foreign keys pointing at them are re-created.
	keyChanged map[model.QualifiedName]bool
	// shapeChanged are tables whose columns a view may depend on change:
	// dropped, re-created or given another type.
	shapeChanged map[model.QualifiedName]bool
	// recreated are the keys (refKey) of functions, views and types
	// dropped and created again: what depends on them is re-created too.
	recreated map[string]bool
	// recreatedNames caches the names in recreated (exprUsesRecreated).
	recreatedNames recreatedNames
	// removedLabels are the to side's enum annotations (Enum.RemovedLabels):
	// the label that rows holding a removed label take.
	removedLabels map[model.QualifiedName]map[string]string
	// usings are the to side's conversion expressions (Column.Using), by
	// column; backUsings the from side's, which mark a downgrade's
	// conversion as the way back from one the model gave (convert.go).
	usings, backUsings map[model.ColumnRef]string
	// labelMaps are the removed labels a re-created enum maps to others
	// (RecreateEnum.Mapped), by enum and by the domains over it, whose
	// columns take the same mapping.
	labelMaps map[model.QualifiedName]map[string]string
	// inh is what the plan knows about plain inheritance (inherit.go).
	inh *inheritance
	// part holds the partitions' attached indexes and keys (partindex.go).
	part *partitions
}

func newComparison(from, to *model.Schema) *comparison {
	c := &comparison{
		from:            from,
		to:              to,
		major:           from.Major,
		fromTables:      map[model.QualifiedName]*model.Table{},
		toTables:        map[model.QualifiedName]*model.Table{},
		droppedTables:   map[model.QualifiedName]bool{},
		droppedColumns:  map[model.ColumnRef]bool{},
		newTables:       map[model.QualifiedName]bool{},
		droppedDefaults: map[model.ColumnRef]bool{},
		touchedColumns:  map[model.ColumnRef]bool{},
		shapeChanged:    map[model.QualifiedName]bool{},
		recreated:       map[string]bool{},
		labelMaps:       map[model.QualifiedName]map[string]string{},
	}
	for i := range from.Tables {
		c.fromTables[from.Tables[i].QualifiedName()] = &from.Tables[i]
	}
	for i := range to.Tables {
		c.toTables[to.Tables[i].QualifiedName()] = &to.Tables[i]
	}
	return c
}

func (c *comparison) add(ph phase, op Op, hazards ...Hazard) {
	c.steps[ph] = append(c.steps[ph], Step{Op: op, Hazards: hazards})
}

// addNode adds steps about one object to a dependency-ordered phase.
func (c *comparison) addNode(ph phase, key string, deps []string, steps ...Step) {
	c.nodes[ph] = append(c.nodes[ph], node{key: key, deps: deps, steps: steps})
}

// comment adds a SetComment step when the comment changes.
func (c *comparison) comment(ref ObjectRef, from, to string) {
	if from != to {
		c.add(phComment, SetComment{Target: ref, Comment: to, From: from})
	}
}

// goneColumn reports whether a DROP TABLE or DROP COLUMN of the plan
// removes the column (and so everything that belongs to it).
func (c *comparison) goneColumn(ref model.ColumnRef) bool {
	return c.droppedTables[ref.Table] || c.droppedColumns[ref]
}

// keptColumn reports whether the column exists in from and survives the
// plan with its values (its table and itself are not dropped or re-created).
func (c *comparison) keptColumn(ref model.ColumnRef) bool {
	t := c.fromTables[ref.Table]
	return t != nil && t.Column(ref.Column) != nil && !c.goneColumn(ref)
}

func (c *comparison) plan() *Plan {
	p := &Plan{}
	for ph, steps := range c.steps {
		p.Steps = append(p.Steps, steps...)
		if len(c.nodes[ph]) == 0 {
			continue
		}
		drop := phase(ph) == phDropView || phase(ph) == phDropRoutine || phase(ph) == phDropRoutineEarly ||
			phase(ph) == phDropExtension
		sorted, cycle := topoSort(c.nodes[ph], drop)
		if len(cycle) > 0 {
			p.Errors = append(p.Errors, PlanError{ErrCycle, "dependency cycle: " + strings.Join(cycle, " -> ") +
				" (each depends on the next); break the cycle in the schema, e.g. by creating one of them without the dependency and adding it later"})
		}
		for _, n := range sorted {
			p.Steps = append(p.Steps, n.steps...)
		}
	}
	p.Warnings = append(unmanagedWarnings(c.from, c.to), c.warnings...)
	p.Errors = append(p.Errors, c.errors...)
	return p
}

// maxNamed is how many objects of one kind a warning names before it
// summarizes the rest as a count.
const maxNamed = 20

// unmanagedWarnings names the objects of kinds retort does not manage yet,
// on either side, one warning per kind.
func unmanagedWarnings(from, to *model.Schema) []string {
	byKind := map[string]map[string]bool{}
	for _, s := range []*model.Schema{from, to} {
		for _, u := range s.Unmanaged {
			if byKind[u.Kind] == nil {
				byKind[u.Kind] = map[string]bool{}
			}
			byKind[u.Kind][u.Name] = true
		}
	}
	kinds := make([]string, 0, len(byKind))
	for k := range byKind {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	var out []string
	for _, k := range kinds {
		names := make([]string, 0, len(byKind[k]))
		for n := range byKind[k] {
			names = append(names, n)
		}
		sort.Strings(names)
		more := ""
		if len(names) > maxNamed {
			more = fmt.Sprintf(" and %d more", len(names)-maxNamed)
			names = names[:maxNamed]
		}
		out = append(out, fmt.Sprintf("%d %s object(s) not managed yet, left out of the comparison: %s%s",
			len(byKind[k]), k, strings.Join(names, ", "), more))
	}
	return out
}

// byName indexes objects by their qualified name.
func byName[T interface{ QualifiedName() model.QualifiedName }](list []T) map[model.QualifiedName]T {
	m := make(map[model.QualifiedName]T, len(list))
	for _, x := range list {
		m[x.QualifiedName()] = x
	}
	return m
}

// find returns the first element of list for which match holds, or nil.
func find[T any](list []T, match func(*T) bool) *T {
	for i := range list {
		if match(&list[i]) {
			return &list[i]
		}
	}
	return nil
}

// refuse records a change the plan cannot make, of the given kind.
func (c *comparison) refuse(kind PlanErrorKind, format string, args ...any) {
	c.errors = append(c.errors, PlanError{kind, fmt.Sprintf(format, args...)})
}
