package diff

import (
	"errors"
	"strings"
)

// A Plan is the ordered list of steps that turns one schema into another.
// Executing the steps in order is always valid: dependency order is the
// plan's job, not the caller's.
type Plan struct {
	Steps []Step
	// Warnings are things the caller must tell the user: objects of kinds
	// not managed yet, and choices the plan made that deserve a look.
	Warnings []string
	// Errors are reasons the plan cannot make the change: a dependency
	// cycle, or a change it refuses (re-creating a collation, range type or
	// text search object that columns or expressions still use). A plan
	// with errors must not be applied (see Err).
	Errors []string
}

// Err returns an error naming the plan's errors, or nil.
func (p *Plan) Err() error {
	if len(p.Errors) == 0 {
		return nil
	}
	return errors.New(strings.Join(p.Errors, "; "))
}

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
