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

// recreateDomain renders RecreateDomain: the old domain is renamed away
// (under the name a re-created enum would take), the new one created, each
// column converted through the new base type (or through text, ViaText),
// and the old one dropped unless KeepOld.
func recreateDomain(op diff.RecreateDomain) []string {
	old := op.From.QualifiedName()
	tmp := enumTempName(old.Name)
	stmts := []string{alterDomain(old, "RENAME TO "+Ident(tmp))}
	if op.From.NotNull && op.To.NotNull {
		// From PostgreSQL 17 a domain's NOT NULL is a constraint named
		// after the domain, and the new one would take another name while
		// the old one holds it.
		stmts = append(stmts, alterDomain(model.QualifiedName{Schema: old.Schema, Name: tmp}, "DROP NOT NULL"))
	}
	stmts = append(stmts, createDomain(op.To)...)
	via := op.To.Type
	if op.ViaText {
		via = "text"
	}
	if op.ViaText && len(op.Mapped) > 0 {
		mapped := sortedKeys(op.Mapped)
		for _, c := range op.Columns {
			if c.DropDefault {
				stmts = append(stmts, alterColumn(c.Table, c.Column, "DROP DEFAULT"))
			}
			stmts = append(stmts, alterColumn(c.Table, c.Column, "TYPE "+enumConversion(c, QualifiedName(op.To.QualifiedName()), mapped, op.Mapped)))
		}
	} else {
		stmts = append(stmts, convertColumns(op.Columns, QualifiedName(op.To.QualifiedName()), via)...)
	}
	if op.KeepOld {
		return stmts
	}
	return append(stmts, "DROP DOMAIN "+QualifiedName(model.QualifiedName{Schema: old.Schema, Name: tmp}))
}

// convertColumns converts each column to typ (typ[] for an array) through
// via (via[]), dropping its default first where it has one.
func convertColumns(cols []diff.EnumColumn, typ, via string) []string {
	var stmts []string
	for _, c := range cols {
		if c.DropDefault {
			stmts = append(stmts, alterColumn(c.Table, c.Column, "DROP DEFAULT"))
		}
		t, v := typ, via
		if c.Array {
			t, v = typ+"[]", via+"[]"
		}
		stmts = append(stmts, alterColumn(c.Table, c.Column,
			"TYPE "+t+" USING "+Ident(c.Column)+"::"+v+"::"+t))
	}
	return stmts
}

// recreateComposite renders RecreateComposite: the old type is renamed
// away, the new one created, each column converted through text, and the
// old one dropped unless KeepOld.
func recreateComposite(op diff.RecreateComposite) []string {
	old := op.From.QualifiedName()
	tmp := enumTempName(old.Name)
	stmts := []string{alterType(old, "RENAME TO "+Ident(tmp)), createComposite(op.To)}
	stmts = append(stmts, convertColumns(op.Columns, QualifiedName(op.To.QualifiedName()), "text")...)
	if op.KeepOld {
		return stmts
	}
	return append(stmts, "DROP TYPE "+QualifiedName(model.QualifiedName{Schema: old.Schema, Name: tmp}))
}
