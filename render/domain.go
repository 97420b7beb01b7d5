package render

import (
	"github.com/retortdb/retort/diff"
	"github.com/retortdb/retort/model"
)

// createDomain renders CREATE DOMAIN with its collation, default, NOT NULL
// and valid checks inline. A NOT VALID check follows as ALTER DOMAIN ...
// NOT VALID: inline, CREATE DOMAIN would have it validated.
func createDomain(d model.Domain) []string {
	name := QualifiedName(d.QualifiedName())
	s := "CREATE DOMAIN " + name + " AS " + d.Type
	if d.Collation != nil {
		s += " COLLATE " + QualifiedName(*d.Collation)
	}
	if d.Default != "" {
		s += " DEFAULT " + d.Default
	}
	if d.NotNull {
		s += " NOT NULL"
	}
	var later []string
	for _, c := range d.Checks {
		if c.NotValid {
			later = append(later, addDomainCheck(d.QualifiedName(), c))
			continue
		}
		s += " CONSTRAINT " + Ident(c.Name) + " " + c.Expression
	}
	return append([]string{s}, later...)
}

func alterDomain(d model.QualifiedName, action string) string {
	return "ALTER DOMAIN " + QualifiedName(d) + " " + action
}

func setDomainDefault(op diff.SetDomainDefault) string {
	if op.Default == "" {
		return alterDomain(op.Domain, "DROP DEFAULT")
	}
	return alterDomain(op.Domain, "SET DEFAULT "+op.Default)
}

func setDomainNotNull(op diff.SetDomainNotNull) string {
	if op.NotNull {
		return alterDomain(op.Domain, "SET NOT NULL")
	}
	return alterDomain(op.Domain, "DROP NOT NULL")
}

func addDomainCheck(d model.QualifiedName, c model.DomainCheck) string {
	s := alterDomain(d, "ADD CONSTRAINT "+Ident(c.Name)+" "+c.Expression)
	if c.NotValid {
		s += " NOT VALID"
	}
	return s
}
