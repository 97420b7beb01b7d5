package render

import (
	"strings"

	"github.com/retortdb/retort/diff"
	"github.com/retortdb/retort/model"
)

// createTextSearchDictionary renders CREATE TEXT SEARCH DICTIONARY; the
// options are dictinitoption as PostgreSQL keeps it ("name = 'value', ..."),
// which the statement takes as written.
func createTextSearchDictionary(d model.TextSearchDictionary) string {
	s := "CREATE TEXT SEARCH DICTIONARY " + QualifiedName(d.QualifiedName()) + " (template = " + d.Template
	if d.Options != "" {
		s += ", " + d.Options
	}
	return s + ")"
}

// alterTextSearchDictionary renders ALTER TEXT SEARCH DICTIONARY: options
// of From that To lacks are named without a value (which removes them),
// then every option of To is set. PostgreSQL removes each option it is
// given and appends those with a value, so the result keeps To's order, as
// a dictionary created from To would.
func alterTextSearchDictionary(from, to model.TextSearchDictionary) string {
	keep := map[string]bool{}
	for _, o := range splitOptions(to.Options) {
		keep[dictOptionName(o)] = true
	}
	var items []string
	for _, o := range splitOptions(from.Options) {
		if name := dictOptionName(o); !keep[name] {
			items = append(items, name)
		}
	}
	items = append(items, splitOptions(to.Options)...)
	return "ALTER TEXT SEARCH DICTIONARY " + QualifiedName(to.QualifiedName()) + " (" + strings.Join(items, ", ") + ")"
}

// splitOptions splits an option list at the commas outside quotes (string
// constants and quoted names).
func splitOptions(opts string) []string {
	var out []string
	var quote byte
	start := 0
	for i := 0; i < len(opts); i++ {
		ch := opts[i]
		switch {
		case quote != 0:
			if ch == quote {
				quote = 0 // a doubled quote closes and reopens: same result
			} else if ch == '\\' && quote == '\'' {
				i++ // E'...' escapes
			}
		case ch == '\'' || ch == '"':
			quote = ch
		case ch == ',':
			out = append(out, strings.TrimSpace(opts[start:i]))
			start = i + 1
		}
	}
	if rest := strings.TrimSpace(opts[start:]); rest != "" {
		out = append(out, rest)
	}
	return out
}

// dictOptionName returns the name of one "name = value" option, as written.
func dictOptionName(opt string) string {
	name, _, _ := strings.Cut(opt, " = ")
	return strings.TrimSpace(name)
}

// createTextSearchConfig renders CREATE TEXT SEARCH CONFIGURATION with the
// parser, then one ADD MAPPING per list of dictionaries, naming every token
// type mapped to it (in the model's order).
func createTextSearchConfig(c model.TextSearchConfig) []string {
	q := c.QualifiedName()
	out := []string{"CREATE TEXT SEARCH CONFIGURATION " + QualifiedName(q) + " (parser = " + c.Parser + ")"}
	var lists []string
	tokens := map[string][]string{}
	for _, m := range c.Mappings {
		key := strings.Join(m.Dictionaries, ", ")
		if _, ok := tokens[key]; !ok {
			lists = append(lists, key)
		}
		tokens[key] = append(tokens[key], Ident(m.TokenType))
	}
	for _, list := range lists {
		out = append(out, alterTextSearchConfig(q, "ADD MAPPING FOR "+strings.Join(tokens[list], ", ")+" WITH "+list))
	}
	return out
}

// alterTextSearchMapping renders ADD, ALTER or DROP MAPPING for one token
// type.
func alterTextSearchMapping(op diff.AlterTextSearchMapping) string {
	switch {
	case op.To == nil:
		return alterTextSearchConfig(op.Config, "DROP MAPPING FOR "+Ident(op.From.TokenType))
	case op.From == nil:
		return alterTextSearchConfig(op.Config, "ADD MAPPING FOR "+Ident(op.To.TokenType)+" WITH "+strings.Join(op.To.Dictionaries, ", "))
	}
	return alterTextSearchConfig(op.Config, "ALTER MAPPING FOR "+Ident(op.To.TokenType)+" WITH "+strings.Join(op.To.Dictionaries, ", "))
}

func alterTextSearchConfig(q model.QualifiedName, action string) string {
	return "ALTER TEXT SEARCH CONFIGURATION " + QualifiedName(q) + " " + action
}
