package config

import (
	"fmt"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

// layerKeys are the keys of the top level and of an environment, in the
// order errors list them.
var layerKeys = []string{
	"url", "dev_url", "model", "versions", "schemas", "version_table",
	"version_table_schema", "history_table", "file_template",
	"truncate_slug_length", "timezone", "transaction", "user_version",
	"privileges", "online", "lock_timeout", "lock_retries", "statement_timeout",
	"deny_hazards", "allow_hazards", "exclude_tables", "versions_format",
}

// topKeys are the keys of the top level.
var topKeys = append(append([]string(nil), layerKeys...), "environments")

// hints say what to write for each key when its value is wrong.
var hints = map[string]string{
	"url":                  `write a PostgreSQL URL or key=value string, e.g. url: "${DATABASE_URL}"`,
	"dev_url":              `write the URL of a server for scratch databases, e.g. dev_url: "${RETORT_DEV_URL}"`,
	"model":                `write a path (model: schema.sql) or a command (model: {command: "go run ./schema"})`,
	"path":                 `write a .sql file or a directory, e.g. path: schema.sql`,
	"command":              `write a shell command that prints the model's SQL, e.g. command: "go run ./schema"`,
	"versions":             `write a directory (versions: versions) or a list of directories`,
	"schemas":              `write a list (schemas: [public]) or a mapping (schemas: {include: [public], exclude: [tmp]})`,
	"include":              `write a list of schema names, e.g. include: [public]`,
	"exclude_tables":       `write a list of table names, e.g. exclude_tables: [schema_migrations]`,
	"versions_format":      `write retort (the default) or another runner's format: ` + strings.Join(VersionsFormats, ", "),
	"exclude":              `write a list of schema names, e.g. exclude: [scratch]`,
	"version_table":        `write a table name, e.g. version_table: retort_version`,
	"version_table_schema": `write a schema name, e.g. version_table_schema: public`,
	"history_table":        `write a table name, e.g. history_table: retort_version_history, or off to keep no history`,
	"file_template":        `write a template of {rev} {slug} {epoch} {year} {month} {day} {hour} {minute} {second}, e.g. "` + DefaultFileTemplate + `"`,
	"truncate_slug_length": `write a positive number of characters, e.g. truncate_slug_length: 40`,
	"timezone":             `write an IANA time zone name, e.g. timezone: UTC or timezone: Europe/Paris`,
	"transaction":          `write per-revision (a transaction per revision) or per-run (one for the whole run)`,
	"user_version":         `write a string, e.g. user_version: "${GIT_SHA:-}"`,
	"privileges":           `write true to compare owners and privileges too, or false`,
	"online":               `write true to plan lock-light operations (CONCURRENTLY, NOT VALID then VALIDATE), or false`,
	"lock_timeout":         `write a PostgreSQL duration such as 5s, 500ms or 1min (0 turns the limit off)`,
	"lock_retries":         `write how many times upgrade and downgrade try a revision again after a lock timeout, e.g. lock_retries: 2 (0: never)`,
	"statement_timeout":    `write a PostgreSQL duration such as 30min or 1h (0 turns the limit off)`,
	"deny_hazards":         `write true to refuse plans with hazards of kinds allow_hazards does not name, or false`,
	"allow_hazards":        `write a list of hazard kinds, e.g. allow_hazards: [long-lock, table-rewrite]`,
	"environments":         `write a mapping of names to overrides, e.g. environments: {prod: {url: "${PROD_URL}"}}`,
}

// hintFor returns the hint of the last key of a key path.
func hintFor(path string) string {
	if i := strings.LastIndexByte(path, '.'); i >= 0 {
		path = path[i+1:]
	}
	if i := strings.IndexByte(path, '['); i >= 0 {
		path = path[:i]
	}
	return hints[path]
}

// A decoder turns the YAML node tree into layers, reporting positions.
type decoder struct {
	file string
}

func (d *decoder) errAt(n *yaml.Node, key, msg, hint string) error {
	return &Error{File: d.file, Line: n.Line, Column: n.Column, Key: key, Msg: msg, Hint: hint}
}

// wrongType reports a value of the wrong kind.
func (d *decoder) wrongType(v *yaml.Node, key, want string) error {
	return d.errAt(v, key, "want "+want+", got "+describe(v), hintFor(key))
}

// unknown reports an unknown key, suggesting the nearest known one.
func (d *decoder) unknown(k *yaml.Node, key string, known []string) error {
	hint := "known keys: " + strings.Join(known, ", ")
	if s := closest(k.Value, known); s != "" {
		hint = "did you mean " + s + "?"
	}
	return d.errAt(k, key, "unknown key", hint)
}

// describe names what a node is, for "want X, got Y".
func describe(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	}
	switch n.ShortTag() {
	case "!!null":
		return "nothing"
	case "!!bool":
		return "a boolean (" + n.Value + ")"
	case "!!int", "!!float":
		return "a number (" + n.Value + ")"
	case "!!str":
		return strconv.Quote(n.Value)
	}
	return n.ShortTag() + " " + strconv.Quote(n.Value)
}

// deref follows an alias to the node it names.
func deref(n *yaml.Node) *yaml.Node {
	for n.Kind == yaml.AliasNode && n.Alias != nil {
		n = n.Alias
	}
	return n
}

func isNull(n *yaml.Node) bool {
	return n.Kind == yaml.ScalarNode && n.ShortTag() == "!!null"
}

func join(prefix, key string) string {
	if prefix == "" {
		return key
	}
	return prefix + "." + key
}

// pairs calls fn for each key and value of a mapping, rejecting keys that
// are not plain names and keys given twice.
func (d *decoder) pairs(m *yaml.Node, prefix string, fn func(k *yaml.Node, path string, v *yaml.Node) error) error {
	first := map[string]int{}
	for i := 0; i+1 < len(m.Content); i += 2 {
		k, v := deref(m.Content[i]), deref(m.Content[i+1])
		if k.Kind != yaml.ScalarNode {
			return d.errAt(k, prefix, "a key must be a name, not "+describe(k), "write name: value")
		}
		path := join(prefix, k.Value)
		if line, ok := first[k.Value]; ok {
			return d.errAt(k, path, fmt.Sprintf("duplicate key (first at line %d)", line), "remove one of them")
		}
		first[k.Value] = k.Line
		if err := fn(k, path, v); err != nil {
			return err
		}
	}
	return nil
}

// document decodes the whole file into f.
func (d *decoder) document(doc *yaml.Node, f *File) error {
	if doc.Kind != yaml.DocumentNode || len(doc.Content) == 0 {
		return nil
	}
	root := deref(doc.Content[0])
	if isNull(root) {
		return nil
	}
	if root.Kind != yaml.MappingNode {
		return d.errAt(root, "", "want a mapping of keys, got "+describe(root), "start from the file retort init writes")
	}
	l, err := d.layer(root, "", f)
	if err != nil {
		return err
	}
	f.top = *l
	return nil
}

// layer decodes the keys of the top level (f set) or of an environment (f
// nil).
func (d *decoder) layer(m *yaml.Node, prefix string, f *File) (*layer, error) {
	l := &layer{}
	known := layerKeys
	if f != nil {
		known = topKeys
	}
	err := d.pairs(m, prefix, func(k *yaml.Node, path string, v *yaml.Node) error {
		var err error
		switch k.Value {
		case "url":
			l.url, err = d.str(v, path)
		case "dev_url":
			l.devURL, err = d.str(v, path)
		case "model":
			l.model, err = d.model(v, path)
		case "versions":
			l.versions, err = d.list(v, path)
		case "schemas":
			l.schemas, err = d.schemas(v, path)
		case "version_table":
			l.versionTable, err = d.str(v, path)
		case "version_table_schema":
			l.versionTableSchema, err = d.str(v, path)
		case "history_table":
			l.historyTable, err = d.historyTable(v, path)
		case "file_template":
			l.fileTemplate, err = d.str(v, path)
		case "truncate_slug_length":
			l.truncateSlugLength, err = d.int(v, path)
		case "timezone":
			l.timezone, err = d.str(v, path)
		case "transaction":
			l.transaction, err = d.str(v, path)
		case "user_version":
			l.userVersion, err = d.str(v, path)
		case "privileges":
			l.privileges, err = d.boolean(v, path)
		case "online":
			l.online, err = d.boolean(v, path)
		case "lock_timeout":
			l.lockTimeout, err = d.str(v, path)
		case "lock_retries":
			l.lockRetries, err = d.count(v, path)
		case "statement_timeout":
			l.statementTimeout, err = d.str(v, path)
		case "deny_hazards":
			l.denyHazards, err = d.boolean(v, path)
		case "allow_hazards":
			l.allowHazards, err = d.list(v, path)
		case "exclude_tables":
			l.excludeTables, err = d.list(v, path)
		case "versions_format":
			l.versionsFormat, err = d.str(v, path)
		case "environments":
			if f == nil {
				return d.errAt(k, path, "environments cannot be nested", "move it to the top level")
			}
			err = d.environments(v, path, f)
		default:
			return d.unknown(k, path, known)
		}
		return err
	})
	return l, err
}

// scalar decodes a string (numbers are taken as written).
func (d *decoder) scalar(v *yaml.Node, path string) (str, error) {
	if v.Kind == yaml.ScalarNode {
		switch v.ShortTag() {
		case "!!str", "!!int", "!!float":
			return str{val: v.Value, line: v.Line, col: v.Column, key: path}, nil
		}
	}
	return str{}, d.wrongType(v, path, "a string")
}

func (d *decoder) str(v *yaml.Node, path string) (setting[str], error) {
	if isNull(v) {
		return setting[str]{set: true, null: true}, nil
	}
	s, err := d.scalar(v, path)
	return setting[str]{set: true, val: s}, err
}

// historyTable is a string, or false for off.
func (d *decoder) historyTable(v *yaml.Node, path string) (setting[str], error) {
	if v.Kind == yaml.ScalarNode && v.ShortTag() == "!!bool" {
		if b, err := strconv.ParseBool(strings.ToLower(v.Value)); err == nil && !b {
			return setting[str]{set: true, val: str{val: "off", line: v.Line, col: v.Column, key: path}}, nil
		}
	}
	return d.str(v, path)
}

// strings decodes one string or a list of strings.
func (d *decoder) strings(v *yaml.Node, path string) ([]str, error) {
	switch {
	case isNull(v):
		return nil, nil
	case v.Kind == yaml.SequenceNode:
		out := make([]str, 0, len(v.Content))
		for i, e := range v.Content {
			s, err := d.scalar(deref(e), fmt.Sprintf("%s[%d]", path, i))
			if err != nil {
				return nil, err
			}
			out = append(out, s)
		}
		return out, nil
	}
	s, err := d.scalar(v, path)
	if err != nil {
		return nil, d.wrongType(v, path, "a string or a list of strings")
	}
	return []str{s}, nil
}

func (d *decoder) list(v *yaml.Node, path string) (setting[[]str], error) {
	if isNull(v) {
		return setting[[]str]{set: true, null: true}, nil
	}
	l, err := d.strings(v, path)
	return setting[[]str]{set: true, val: l}, err
}

func (d *decoder) int(v *yaml.Node, path string) (setting[intValue], error) {
	if isNull(v) {
		return setting[intValue]{set: true, null: true}, nil
	}
	if v.Kind != yaml.ScalarNode || v.ShortTag() != "!!int" {
		return setting[intValue]{}, d.wrongType(v, path, "a whole number")
	}
	n, err := strconv.ParseInt(v.Value, 0, 32)
	if err != nil || n < 1 {
		return setting[intValue]{}, d.errAt(v, path, "want a positive number, got "+v.Value, hintFor(path))
	}
	return setting[intValue]{set: true, val: intValue{val: int(n), line: v.Line, col: v.Column, key: path}}, nil
}

// count decodes a whole number, 0 or more.
func (d *decoder) count(v *yaml.Node, path string) (setting[intValue], error) {
	if isNull(v) {
		return setting[intValue]{set: true, null: true}, nil
	}
	if v.Kind != yaml.ScalarNode || v.ShortTag() != "!!int" {
		return setting[intValue]{}, d.wrongType(v, path, "a whole number")
	}
	n, err := strconv.ParseInt(v.Value, 0, 32)
	if err != nil || n < 0 {
		return setting[intValue]{}, d.errAt(v, path, "want 0 or more, got "+v.Value, hintFor(path))
	}
	return setting[intValue]{set: true, val: intValue{val: int(n), line: v.Line, col: v.Column, key: path}}, nil
}

// model decodes `model: path` or `model: {path: ..., command: ...}`.
func (d *decoder) model(v *yaml.Node, path string) (setting[modelValue], error) {
	if isNull(v) {
		return setting[modelValue]{set: true, null: true}, nil
	}
	var m modelValue
	if v.Kind != yaml.MappingNode {
		s, err := d.scalar(v, path)
		if err != nil {
			return setting[modelValue]{}, d.wrongType(v, path, "a path or a mapping")
		}
		m.path = s
		return setting[modelValue]{set: true, val: m}, nil
	}
	err := d.pairs(v, path, func(k *yaml.Node, p string, e *yaml.Node) error {
		var err error
		switch k.Value {
		case "path":
			m.path, err = d.scalar(e, p)
		case "command":
			m.command, err = d.scalar(e, p)
		default:
			return d.unknown(k, p, []string{"path", "command"})
		}
		return err
	})
	if err != nil {
		return setting[modelValue]{}, err
	}
	if m.path.key != "" && m.command.key != "" {
		return setting[modelValue]{}, d.errAt(v, path, "both path and command", "keep one of them")
	}
	if m.path.key == "" && m.command.key == "" {
		return setting[modelValue]{}, d.errAt(v, path, "neither path nor command", hintFor(path))
	}
	return setting[modelValue]{set: true, val: m}, nil
}

// schemas decodes `schemas: [a, b]` or `schemas: {include: [...], exclude: [...]}`.
func (d *decoder) schemas(v *yaml.Node, path string) (setting[schemasValue], error) {
	if isNull(v) {
		return setting[schemasValue]{set: true, null: true}, nil
	}
	var s schemasValue
	if v.Kind != yaml.MappingNode {
		l, err := d.strings(v, path)
		if err != nil {
			return setting[schemasValue]{}, d.wrongType(v, path, "a list or a mapping")
		}
		s.include = l
		return setting[schemasValue]{set: true, val: s}, nil
	}
	err := d.pairs(v, path, func(k *yaml.Node, p string, e *yaml.Node) error {
		var err error
		switch k.Value {
		case "include":
			s.include, err = d.strings(e, p)
		case "exclude":
			s.exclude, err = d.strings(e, p)
		default:
			return d.unknown(k, p, []string{"include", "exclude"})
		}
		return err
	})
	return setting[schemasValue]{set: true, val: s}, err
}

// environments decodes the named overrides into f.
func (d *decoder) environments(v *yaml.Node, path string, f *File) error {
	if isNull(v) {
		return nil
	}
	if v.Kind != yaml.MappingNode {
		return d.wrongType(v, path, "a mapping")
	}
	return d.pairs(v, path, func(k *yaml.Node, p string, e *yaml.Node) error {
		if k.Value == "" {
			return d.errAt(k, p, "an environment needs a name", "name it, e.g. prod:")
		}
		l := &layer{}
		switch {
		case isNull(e):
		case e.Kind == yaml.MappingNode:
			var err error
			if l, err = d.layer(e, p, nil); err != nil {
				return err
			}
		default:
			return d.errAt(e, p, "want a mapping of overrides, got "+describe(e), hints["environments"])
		}
		f.envs[k.Value] = l
		f.envNames = append(f.envNames, k.Value)
		return nil
	})
}

// closest returns the known key nearest to a misspelt one, or "".
func closest(key string, known []string) string {
	best, bestDist := "", 3
	for _, k := range known {
		if dist := distance(key, k); dist < bestDist {
			best, bestDist = k, dist
		}
	}
	return best
}

// distance is the Levenshtein distance between two strings.
func distance(a, b string) int {
	prev := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur := make([]int, len(b)+1)
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev = cur
	}
	return prev[len(b)]
}

// boolean decodes true or false.
func (d *decoder) boolean(v *yaml.Node, path string) (setting[bool], error) {
	if isNull(v) {
		return setting[bool]{set: true, null: true}, nil
	}
	if v.Kind == yaml.ScalarNode && v.ShortTag() == "!!bool" {
		if b, err := strconv.ParseBool(strings.ToLower(v.Value)); err == nil {
			return setting[bool]{set: true, val: b}, nil
		}
	}
	return setting[bool]{}, d.wrongType(v, path, "true or false")
}
