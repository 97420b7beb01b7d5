package source

import (
	"fmt"
	"sort"
	"strings"

	pg_query "github.com/pganalyze/pg_query_go/v6"

	"github.com/retortdb/retort/internal/sqlsplit"
	"github.com/retortdb/retort/model"
)

// A SQL model carries retort's annotations (model.Schema.Annotated) as
// comments, since the catalog it is read back from has no place for them:
//
//	-- retort:renamed-from old_name
//
// directly above a CREATE SCHEMA, TABLE, INDEX, VIEW, MATERIALIZED VIEW,
// TYPE (enum or composite) or DOMAIN statement, or above a column or
// named constraint line inside CREATE TABLE, or above an ALTER TABLE ...
// ADD CONSTRAINT; and, above a CREATE TYPE ... AS ENUM,
//
//	-- retort:enum-label-renamed blueberry from banana
//	-- retort:enum-label-removed banana to apple
//
// and, above a column line inside CREATE TABLE, the expression that
// converts the column's values when its type changes (model.Column.Using),
// the rest of the line:
//
//	-- retort:using to_timestamp(created)
//
// Names are SQL identifiers (folded to lower case unless double-quoted);
// labels are taken as written, or single-quoted when they hold spaces.

// annotationPrefix starts every annotation comment.
const annotationPrefix = "retort:"

// An annotation is one retort comment and the object it annotates.
type annotation struct {
	line int
	verb string
	args []string
	obj  annotated
}

// annotated names the object a comment annotates: kind is "schema",
// "table", "column", "constraint", "index", "view", "type" or "domain";
// rel is the table (or view) of a column, constraint or index.
type annotated struct {
	kind             string
	schema, rel, sub string
}

func (a annotated) String() string {
	switch a.kind {
	case "schema":
		return "schema " + a.sub
	case "column":
		return "column " + a.schema + "." + a.rel + "." + a.sub
	case "constraint", "index":
		return a.kind + " " + a.sub + " of " + a.schema + "." + a.rel
	}
	return a.kind + " " + a.schema + "." + a.sub
}

// Annotate reads the retort comments of the SQL script sql (named file,
// for errors) and sets the annotations they make on the objects of s, the
// schema the script produced. An annotation that is malformed, is not
// directly above what it can annotate, or names an object s lacks is an
// error naming the file and line.
func Annotate(s *model.Schema, file, sql string) error {
	if !strings.Contains(sql, annotationPrefix) {
		return nil
	}
	anns, err := findAnnotations(file, sql)
	if err != nil {
		return err
	}
	for _, a := range anns {
		if err := apply(s, a); err != nil {
			return &SQLError{File: file, Line: a.line, Message: err.Error()}
		}
	}
	return nil
}

// findAnnotations finds the annotation comments of sql and what each
// annotates.
func findAnnotations(file, sql string) ([]annotation, error) {
	res, err := pg_query.Scan(sql)
	if err != nil {
		return nil, &SQLError{File: file, Line: 1, Message: oneLine(err.Error()), Err: err}
	}
	stmts := pieces(sql)
	var out []annotation
	search := defaultSchema
	si := 0
	for _, tk := range res.Tokens {
		text := sql[tk.Start:tk.End]
		for si < len(stmts) && stmts[si].offset+len(stmts[si].text) <= int(tk.Start) {
			search = searchPath(stmts[si].text, search)
			si++
		}
		if tk.Token != pg_query.Token_SQL_COMMENT {
			continue
		}
		body, ok := strings.CutPrefix(strings.TrimSpace(strings.TrimPrefix(text, "--")), annotationPrefix)
		if !ok {
			continue
		}
		line := lineAt(sql, int(tk.Start))
		fail := func(format string, args ...any) error {
			return &SQLError{File: file, Line: line, Message: fmt.Sprintf(format, args...)}
		}
		verb, args, err := parseAnnotation(body)
		if err != nil {
			return nil, fail("%v", err)
		}
		if lineStart := strings.LastIndexByte(sql[:tk.Start], '\n') + 1; strings.TrimSpace(sql[lineStart:tk.Start]) != "" {
			return nil, fail("retort:%s must be on a line of its own, directly above what it annotates", verb)
		}
		if si == len(stmts) {
			return nil, fail("retort:%s annotates nothing; expected it directly above a CREATE statement", verb)
		}
		obj, err := target(stmts[si], int(tk.End)-stmts[si].offset, search, res.Tokens)
		if err != nil {
			return nil, fail("retort:%s %v", verb, err)
		}
		out = append(out, annotation{line: line, verb: verb, args: args, obj: obj})
	}
	return out, nil
}

// defaultSchema is where unqualified names go when the script sets no
// search_path.
const defaultSchema = "public"

// searchPath returns the schema unqualified names go to after stmt: the
// first schema of a SET search_path other than "$user", or current.
func searchPath(stmt, current string) string {
	if !strings.Contains(strings.ToLower(stmt), "search_path") {
		return current
	}
	tree, err := pg_query.Parse(stmt)
	if err != nil || len(tree.Stmts) != 1 {
		return current
	}
	set := tree.Stmts[0].Stmt.GetVariableSetStmt()
	if set == nil || set.Name != "search_path" {
		return current
	}
	for _, arg := range set.Args {
		if c := arg.GetAConst(); c != nil && c.GetSval() != nil && c.GetSval().Sval != "$user" {
			return c.GetSval().Sval
		}
	}
	return current
}

// parseAnnotation splits an annotation's text (after "retort:") into its
// verb and arguments, checking their number.
func parseAnnotation(body string) (string, []string, error) {
	verb, rest, _ := strings.Cut(body, " ")
	if verb == "using" {
		// The expression is SQL, taken as written to the end of the line.
		expr := strings.TrimSpace(rest)
		if expr == "" {
			return verb, nil, fmt.Errorf("retort:using takes the conversion's expression; expected e.g. -- retort:using to_timestamp(created)")
		}
		if strings.Contains(expr, "--") {
			return verb, nil, fmt.Errorf("retort:using takes the rest of the line as the expression, which here holds --; put a note on a line of its own")
		}
		return verb, []string{expr}, nil
	}
	words, err := annotationWords(rest)
	if err != nil {
		return verb, nil, err
	}
	switch verb {
	case "renamed-from":
		if len(words) != 1 {
			return verb, nil, fmt.Errorf("retort:renamed-from takes one name; expected e.g. -- retort:renamed-from old_name")
		}
		return verb, []string{foldIdent(words[0])}, nil
	case "enum-label-renamed", "enum-label-removed":
		sep := map[string]string{"enum-label-renamed": "from", "enum-label-removed": "to"}[verb]
		if len(words) != 3 || words[1] != sep {
			return verb, nil, fmt.Errorf("expected -- retort:%s <label> %s <label>", verb, sep)
		}
		return verb, []string{unquoteLabel(words[0]), unquoteLabel(words[2])}, nil
	}
	return verb, nil, fmt.Errorf("unknown annotation retort:%s; expected retort:renamed-from, retort:using, retort:enum-label-renamed or retort:enum-label-removed", verb)
}

// annotationWords splits s at spaces outside double and single quotes.
func annotationWords(s string) ([]string, error) {
	var words []string
	var cur strings.Builder
	var quote rune
	for _, r := range s + " " {
		switch {
		case quote != 0:
			cur.WriteRune(r)
			if r == quote {
				quote = 0
			}
		case r == '"' || r == '\'':
			quote = r
			cur.WriteRune(r)
		case r == ' ' || r == '\t':
			if cur.Len() > 0 {
				words = append(words, cur.String())
				cur.Reset()
			}
		default:
			cur.WriteRune(r)
		}
	}
	if quote != 0 {
		return nil, fmt.Errorf("unterminated quote in annotation")
	}
	return words, nil
}

// foldIdent reads an identifier as PostgreSQL does: lower case unless it
// is double-quoted.
func foldIdent(w string) string {
	if len(w) >= 2 && w[0] == '"' && w[len(w)-1] == '"' {
		return strings.ReplaceAll(w[1:len(w)-1], `""`, `"`)
	}
	return strings.ToLower(w)
}

// unquoteLabel reads an enum label: as written, or single-quoted.
func unquoteLabel(w string) string {
	if len(w) >= 2 && w[0] == '\'' && w[len(w)-1] == '\'' {
		return strings.ReplaceAll(w[1:len(w)-1], "''", "'")
	}
	return w
}

// target returns what a comment ending at byte offset end of stmt (which
// contains it) annotates: the statement's object when the comment is among
// its leading comments, else the CREATE TABLE element that comes next.
// Only comments and white space may come between.
func target(stmt statement, end int, search string, toks []*pg_query.ScanToken) (annotated, error) {
	tree, err := pg_query.Parse(stmt.text)
	if err != nil || len(tree.Stmts) != 1 {
		return annotated{}, fmt.Errorf("annotates a statement that does not parse")
	}
	node := tree.Stmts[0].Stmt
	if end <= sqlsplit.FirstToken(stmt.text) {
		return statementObject(node, search)
	}
	ct := node.GetCreateStmt()
	if ct == nil {
		return annotated{}, fmt.Errorf("inside a statement annotates nothing; expected it above the statement, or above a column or constraint line of CREATE TABLE")
	}
	schema, table := relName(ct.Relation, search)
	for _, el := range ct.TableElts {
		obj, loc := tableElement(el)
		if loc < end {
			continue
		}
		if !onlyComments(toks, stmt.offset+end, stmt.offset+loc) {
			break
		}
		if obj.sub == "" {
			return annotated{}, fmt.Errorf("annotates a constraint without a name; name it (CONSTRAINT name ...)")
		}
		obj.schema, obj.rel = schema, table
		return obj, nil
	}
	return annotated{}, fmt.Errorf("is not directly above a column or constraint line of CREATE TABLE %s.%s", schema, table)
}

// onlyComments reports whether the tokens between byte offsets from and
// to are all comments.
func onlyComments(toks []*pg_query.ScanToken, from, to int) bool {
	for _, tk := range toks {
		if int(tk.Start) >= from && int(tk.Start) < to &&
			tk.Token != pg_query.Token_SQL_COMMENT && tk.Token != pg_query.Token_C_COMMENT {
			return false
		}
	}
	return true
}

// tableElement returns the column or constraint a CREATE TABLE element
// defines, and its position in the statement.
func tableElement(n *pg_query.Node) (annotated, int) {
	if col := n.GetColumnDef(); col != nil {
		return annotated{kind: "column", sub: col.Colname}, int(col.Location)
	}
	if k := n.GetConstraint(); k != nil {
		return annotated{kind: "constraint", sub: k.Conname}, int(k.Location)
	}
	return annotated{kind: "other"}, -1
}

// statementObject returns the object a statement creates, for the kinds
// that can be renamed.
func statementObject(n *pg_query.Node, search string) (annotated, error) {
	obj := annotated{}
	switch {
	case n.GetCreateSchemaStmt() != nil:
		obj.kind, obj.sub = "schema", n.GetCreateSchemaStmt().Schemaname
	case n.GetCreateStmt() != nil:
		obj.kind = "table"
		obj.schema, obj.sub = relName(n.GetCreateStmt().Relation, search)
	case n.GetIndexStmt() != nil:
		ix := n.GetIndexStmt()
		obj.kind, obj.sub = "index", ix.Idxname
		obj.schema, obj.rel = relName(ix.Relation, search)
	case n.GetViewStmt() != nil:
		obj.kind = "view"
		obj.schema, obj.sub = relName(n.GetViewStmt().View, search)
	case n.GetCreateTableAsStmt() != nil && n.GetCreateTableAsStmt().Objtype == pg_query.ObjectType_OBJECT_MATVIEW:
		obj.kind = "view"
		obj.schema, obj.sub = relName(n.GetCreateTableAsStmt().Into.Rel, search)
	case n.GetCreateEnumStmt() != nil:
		obj.kind = "type"
		obj.schema, obj.sub = typeName(n.GetCreateEnumStmt().TypeName, search)
	case n.GetCompositeTypeStmt() != nil:
		obj.kind = "type"
		obj.schema, obj.sub = relName(n.GetCompositeTypeStmt().Typevar, search)
	case n.GetCreateDomainStmt() != nil:
		obj.kind = "domain"
		obj.schema, obj.sub = typeName(n.GetCreateDomainStmt().Domainname, search)
	case n.GetAlterTableStmt() != nil:
		return addedConstraint(n.GetAlterTableStmt(), search)
	default:
		return obj, fmt.Errorf("annotates a statement that creates nothing it can rename; expected it above CREATE SCHEMA, TABLE, INDEX, VIEW, MATERIALIZED VIEW, TYPE or DOMAIN, or ALTER TABLE ... ADD CONSTRAINT")
	}
	if obj.sub == "" {
		return obj, fmt.Errorf("annotates an object without a name; name it")
	}
	return obj, nil
}

// addedConstraint returns the constraint an ALTER TABLE ... ADD
// CONSTRAINT adds.
func addedConstraint(at *pg_query.AlterTableStmt, search string) (annotated, error) {
	if len(at.Cmds) == 1 {
		if cmd := at.Cmds[0].GetAlterTableCmd(); cmd != nil && cmd.Subtype == pg_query.AlterTableType_AT_AddConstraint {
			if k := cmd.Def.GetConstraint(); k != nil && k.Conname != "" {
				schema, table := relName(at.Relation, search)
				return annotated{kind: "constraint", schema: schema, rel: table, sub: k.Conname}, nil
			}
		}
	}
	return annotated{}, fmt.Errorf("annotates an ALTER TABLE other than one ADD CONSTRAINT name ...")
}

func relName(rv *pg_query.RangeVar, search string) (string, string) {
	if rv == nil {
		return "", ""
	}
	if rv.Schemaname != "" {
		return rv.Schemaname, rv.Relname
	}
	return search, rv.Relname
}

func typeName(names []*pg_query.Node, search string) (string, string) {
	var parts []string
	for _, n := range names {
		parts = append(parts, n.GetString_().Sval)
	}
	switch len(parts) {
	case 1:
		return search, parts[0]
	case 2:
		return parts[0], parts[1]
	}
	return "", ""
}

// apply sets the annotation a on its object in s.
func apply(s *model.Schema, a annotation) error {
	switch a.verb {
	case "enum-label-renamed", "enum-label-removed":
		e := findEnum(s, a.obj)
		if e == nil {
			return fmt.Errorf("retort:%s is not above a CREATE TYPE ... AS ENUM; it annotates %s", a.verb, a.obj)
		}
		if a.verb == "enum-label-renamed" {
			e.LabelRenames = append(e.LabelRenames, model.LabelRename{Label: a.args[0], From: a.args[1]})
			sort.Slice(e.LabelRenames, func(i, j int) bool { return e.LabelRenames[i].Label < e.LabelRenames[j].Label })
		} else {
			e.RemovedLabels = append(e.RemovedLabels, model.RemovedLabel{Label: a.args[0], To: a.args[1]})
			sort.Slice(e.RemovedLabels, func(i, j int) bool { return e.RemovedLabels[i].Label < e.RemovedLabels[j].Label })
		}
		return nil
	case "using":
		if a.obj.kind != "column" {
			return fmt.Errorf("retort:using gives a column's conversion, but it annotates %s; put it on the line above the column in CREATE TABLE", a.obj)
		}
		field := tableElementField(s, a.obj)
		if field == nil {
			return fmt.Errorf("retort:using annotates %s, which the model read back from the script does not have", a.obj)
		}
		s.Table(model.QualifiedName{Schema: a.obj.schema, Name: a.obj.rel}).Column(a.obj.sub).Using = a.args[0]
		return nil
	}
	field := renamedField(s, a.obj)
	if field == nil {
		return fmt.Errorf("retort:renamed-from annotates %s, which the model read back from the script does not have", a.obj)
	}
	*field = a.args[0]
	return nil
}

func findEnum(s *model.Schema, obj annotated) *model.Enum {
	if obj.kind != "type" {
		return nil
	}
	for i := range s.Enums {
		if s.Enums[i].Schema == obj.schema && s.Enums[i].Name == obj.sub {
			return &s.Enums[i]
		}
	}
	return nil
}

// renamedField returns the RenamedFrom field of the object obj names in
// s, or nil.
func renamedField(s *model.Schema, obj annotated) *string {
	q := model.QualifiedName{Schema: obj.schema, Name: obj.sub}
	switch obj.kind {
	case "schema":
		for i := range s.Namespaces {
			if s.Namespaces[i].Name == obj.sub {
				return &s.Namespaces[i].RenamedFrom
			}
		}
	case "table":
		if t := s.Table(q); t != nil {
			return &t.RenamedFrom
		}
	case "column", "constraint", "index":
		return tableElementField(s, obj)
	case "view":
		for i := range s.Views {
			if s.Views[i].QualifiedName() == q {
				return &s.Views[i].RenamedFrom
			}
		}
	case "type":
		if e := findEnum(s, obj); e != nil {
			return &e.RenamedFrom
		}
		for i := range s.Composites {
			if s.Composites[i].QualifiedName() == q {
				return &s.Composites[i].RenamedFrom
			}
		}
	case "domain":
		for i := range s.Domains {
			if s.Domains[i].QualifiedName() == q {
				return &s.Domains[i].RenamedFrom
			}
		}
	}
	return nil
}

// tableElementField returns the RenamedFrom field of a column, constraint
// or index, or nil.
func tableElementField(s *model.Schema, obj annotated) *string {
	rel := model.QualifiedName{Schema: obj.schema, Name: obj.rel}
	var indexes []model.Index
	if t := s.Table(rel); t != nil {
		switch obj.kind {
		case "column":
			if c := t.Column(obj.sub); c != nil {
				return &c.RenamedFrom
			}
		case "constraint":
			for i := range t.Constraints {
				if t.Constraints[i].Name == obj.sub {
					return &t.Constraints[i].RenamedFrom
				}
			}
		}
		indexes = t.Indexes
	}
	for i := range s.Views {
		if s.Views[i].QualifiedName() == rel {
			indexes = s.Views[i].Indexes
		}
	}
	for i := range indexes {
		if obj.kind == "index" && indexes[i].Name == obj.sub {
			return &indexes[i].RenamedFrom
		}
	}
	return nil
}
