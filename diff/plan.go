package diff

import "strings"

// A Plan is the ordered list of steps that turns one schema into another.
// Executing the steps in order is always valid: dependency order is the
// plan's job, not the caller's.
type Plan struct {
	Steps []Step
	// Warnings are things the caller must tell the user: objects of kinds
	// not managed yet, and choices the plan made that deserve a look.
	Warnings []string
	// Errors are reasons the plan cannot make the change, each of a kind
	// callers can tell apart: a dependency cycle, a conversion PostgreSQL
	// has no cast for, or a change retort refuses as it stands. A plan with
	// errors must not be applied (see Err).
	Errors []PlanError
}

// A PlanErrorKind says why a plan cannot make a change.
type PlanErrorKind uint8

// The kinds of plan errors.
const (
	// ErrCycle: the objects to create or drop depend on each other in a
	// loop.
	ErrCycle PlanErrorKind = iota + 1
	// ErrNoCast: a column (or a domain's columns) would change to a type
	// PostgreSQL has no cast to, and the model gives no expression.
	ErrNoCast
	// ErrRefused: a change retort does not make as it stands (an object
	// re-created while others use it, a partition key column converted, an
	// enum label mapped to no label).
	ErrRefused
)

// A PlanError is one reason a plan cannot make the change, with a
// one-line message that says what to do.
type PlanError struct {
	Kind    PlanErrorKind
	Message string
}

func (e PlanError) Error() string { return e.Message }

// Messages returns the messages of the plan's errors, in order (nil when
// there are none).
func (p *Plan) Messages() []string {
	var out []string
	for _, e := range p.Errors {
		out = append(out, e.Message)
	}
	return out
}

// Err returns an error naming the plan's errors, or nil. errors.As finds
// each PlanError in it.
func (p *Plan) Err() error {
	if len(p.Errors) == 0 {
		return nil
	}
	errs := make([]error, len(p.Errors))
	for i, e := range p.Errors {
		errs[i] = e
	}
	return planErrors(errs)
}

// planErrors joins plan errors with "; " on one line (errors.Join would
// put each on its own line), and unwraps to them.
type planErrors []error

func (e planErrors) Error() string {
	msgs := make([]string, len(e))
	for i, err := range e {
		msgs[i] = err.Error()
	}
	return strings.Join(msgs, "; ")
}

func (e planErrors) Unwrap() []error { return e }

// A Step is one operation with the hazards of running it.
type Step struct {
	Op      Op
	Hazards []Hazard
}

// Empty reports whether the plan changes nothing.
func (p *Plan) Empty() bool { return len(p.Steps) == 0 }

// A Hazard is a risk of running an operation, with a one-line explanation.
type Hazard struct {
	Kind    HazardKind
	Message string
}

// HazardKind classifies hazards.
type HazardKind uint8

// The hazard kinds.
const (
	// DataLoss: the operation destroys data (a table, a column, values that
	// do not survive a conversion).
	DataLoss HazardKind = iota + 1
	// TableRewrite: the operation rewrites the whole table under an ACCESS
	// EXCLUSIVE lock.
	TableRewrite
	// LongLock: the operation scans the table or builds an index while
	// holding a lock that blocks writes.
	LongLock
	// Irreversible: the downgrade cannot bring back what the operation
	// changes, though the upgrade itself loses nothing (a widened type
	// narrowed back, an enum label removed while rows may hold it).
	Irreversible
	// ExtensionVersion: the operation updates an extension, which changes
	// the objects the extension owns; going back needs a downgrade script
	// the extension may not ship.
	ExtensionVersion
	// InUse: the operation drops an object that something outside the
	// plan may still use (applications, objects in schemas out of scope).
	InUse
)

// hazardKinds are the kinds in order, for HazardKinds and ParseHazardKind.
var hazardKinds = []HazardKind{DataLoss, TableRewrite, LongLock, Irreversible, ExtensionVersion, InUse}

func (k HazardKind) String() string {
	switch k {
	case DataLoss:
		return "data-loss"
	case TableRewrite:
		return "table-rewrite"
	case LongLock:
		return "long-lock"
	case Irreversible:
		return "irreversible"
	case ExtensionVersion:
		return "extension-version"
	case InUse:
		return "in-use"
	}
	return "?"
}

// HazardKindNames returns the names of every hazard kind, in a fixed order.
func HazardKindNames() []string {
	out := make([]string, len(hazardKinds))
	for i, k := range hazardKinds {
		out[i] = k.String()
	}
	return out
}

// ParseHazardKind returns the kind a name (as String prints it) names.
func ParseHazardKind(name string) (HazardKind, bool) {
	for _, k := range hazardKinds {
		if k.String() == name {
			return k, true
		}
	}
	return 0, false
}
