package migrate

import (
	"regexp"
	"strings"

	"github.com/retortdb/retort/internal/sqlsplit"
)

// A Hazard is a risk of running a step: one that revision --autogenerate
// wrote into the file as a "-- hazard KIND: MESSAGE" comment, or, in a
// section without such comments, one found in its statements (Detected).
type Hazard struct {
	Kind     string // e.g. "data-loss"
	Message  string
	Line     int  // file line of the comment or statement
	Detected bool // found in the statements, not written in the file
}

// hazardComment matches a hazard line that render.Plan writes above a
// step's statements.
var hazardComment = regexp.MustCompile(`^--\s*hazard\s+([a-z][a-z-]*):\s*(.*?)\s*$`)

// Hazards returns the hazards of the step's section: its hazard comments;
// when it has none (a revision written by hand, or generated without
// hazards), the statements that drop or delete data, found by their first
// key words (DROP TABLE / SCHEMA / SEQUENCE / ... CASCADE, ALTER TABLE ...
// DROP COLUMN, TRUNCATE, DELETE).
func (s Step) Hazards() []Hazard {
	sql, line := s.SQL()
	var out []Hazard
	for i, l := range strings.Split(sql, "\n") {
		if m := hazardComment.FindStringSubmatch(strings.TrimSpace(l)); m != nil {
			out = append(out, Hazard{Kind: m[1], Message: m[2], Line: line + i})
		}
	}
	if len(out) > 0 {
		return out
	}
	for _, st := range splitStatements(sql) {
		if what := dataLoss(st.text); what != "" {
			out = append(out, Hazard{Kind: "data-loss", Message: what + ": " + head(st.text), Line: line + st.line, Detected: true})
		}
	}
	return out
}

// dataLoss says what a statement destroys ("" when nothing, as far as its
// key words tell).
func dataLoss(stmt string) string {
	w := sqlsplit.Tokens(stmt, 0)
	if len(w) < 2 {
		if len(w) == 1 && w[0].Is("truncate") {
			return "empties tables"
		}
		return ""
	}
	switch {
	case w[0].Is("drop"):
		kind := w[1].Text
		if (w[1].Is("materialized") || w[1].Is("foreign")) && len(w) > 2 {
			kind += " " + w[2].Text
		}
		switch kind {
		case "table", "schema", "sequence", "materialized view", "foreign table", "extension", "database", "owned":
			return "drops " + kind + " and its data"
		}
		if w[len(w)-1].Is("cascade") {
			return "drops " + kind + " with CASCADE, and whatever depends on it"
		}
	case w[0].Is("truncate"):
		return "empties tables"
	case w[0].Is("delete"):
		return "deletes rows"
	case w[0].Is("alter") && w[1].Is("table"):
		for i := 2; i+1 < len(w); i++ {
			if !w[i].Is("drop") {
				continue
			}
			switch next := w[i+1]; {
			case next.Is("column"):
				return "drops a column and its values"
			case next.Is("constraint"), next.Is("default"), next.Is("not"), next.Is("identity"), next.Is("expression"):
			default:
				return "drops a column and its values"
			}
		}
	}
	return ""
}

// head is the start of a statement, on one line, for a message.
func head(stmt string) string {
	s := []rune(strings.Join(strings.Fields(stmt), " "))
	if len(s) > 80 {
		return string(s[:77]) + "..."
	}
	return string(s)
}
