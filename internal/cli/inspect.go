package cli

import (
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/retortdb/retort/diff"
	"github.com/retortdb/retort/introspect"
	"github.com/retortdb/retort/model"
	"github.com/retortdb/retort/model/yamlmodel"
	"github.com/retortdb/retort/render"
	"github.com/retortdb/retort/source"
)

type inspectOptions struct {
	format   string
	schemas  []string
	tables   []string
	excludes []string
	out      string
	devURL   string
	pkg      string
	// privileges reads owners, privileges and default privileges too.
	privileges bool
}

func newInspectCommand() *cobra.Command {
	var o inspectOptions
	cmd := &cobra.Command{
		Use:   "inspect SRC --format yaml|sql|go",
		Short: "Write the model of a database (or any source) as YAML, SQL or Go",
		Long: `inspect reads a source (a database URL, SQL files, a YAML model) and writes its model:
  yaml  the YAML model (docs/model.md), deterministic and sorted;
  sql   dependency-ordered DDL that loads into an empty database with psql -v ON_ERROR_STOP=1;
  go    a Go file declaring the model with the model package's types.
Objects of kinds retort does not manage yet are listed as warnings (and in a comment).
With -o DIR, the YAML model is split into one file per schema, DIR/<schema>.yaml,
whose name has every byte outside [a-z0-9_] percent-encoded (Sales is
%53ales.yaml, a/b is a%2Fb.yaml), so no schema name writes outside DIR or over
another schema's file; sql and go write DIR/schema.sql and DIR/model.go.`,
		Example: `  retort inspect postgres://localhost/app --format yaml -o model/
  retort inspect schema.sql --format go --package schema -o schema/model.go`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error { return runInspect(cmd, args[0], o) },
	}
	f := cmd.Flags()
	f.StringVar(&o.format, "format", "yaml", "output format: yaml, sql or go")
	f.StringSliceVar(&o.schemas, "schema", nil, "only this schema (repeatable)")
	f.StringSliceVar(&o.tables, "table", nil, "only tables matching this pattern, as table or schema.table with * and ? (repeatable)")
	f.StringSliceVar(&o.excludes, "exclude", nil, "leave out tables matching this pattern (repeatable)")
	f.StringVarP(&o.out, "output", "o", "", "write to this file, or directory (default stdout)")
	f.StringVar(&o.devURL, "dev-url", "", "server for scratch databases (SQL and YAML sources)")
	f.StringVar(&o.pkg, "package", "main", "Go package name (--format go); main makes a program printing the model as YAML")
	f.BoolVar(&o.privileges, "privileges", false, "read owners, privileges and default privileges too")
	return cmd
}

func runInspect(cmd *cobra.Command, src string, o inspectOptions) error {
	switch o.format {
	case "yaml", "sql", "go":
	default:
		return fmt.Errorf("--format %s: use yaml, sql or go", o.format)
	}
	for _, p := range append(append([]string{}, o.tables...), o.excludes...) {
		if _, err := path.Match(p, ""); err != nil {
			return fmt.Errorf("table pattern %q: %v", p, err)
		}
	}
	if err := source.CheckSpec(src); err != nil {
		return err
	}
	live := ""
	if source.IsURL(src) {
		live = src
	}
	l := source.NewLoader(source.Options{DevURL: o.devURL, LiveURL: live,
		Introspect: introspect.Options{Schemas: o.schemas, Privileges: o.privileges}, Stderr: cmd.ErrOrStderr()})
	defer l.Close()
	m, err := l.Load(cmd.Context(), src)
	if err != nil {
		return err
	}
	for _, w := range filterTables(m, o.tables, o.excludes) {
		fmt.Fprintf(cmd.ErrOrStderr(), "retort: warning: %s\n", w)
	}
	for _, w := range diff.CompareWith(m, m, compareOptions(false)).Warnings {
		fmt.Fprintf(cmd.ErrOrStderr(), "retort: warning: %s\n", w)
	}
	wantValidIndexes(cmd.ErrOrStderr(), m)
	dir := ""
	if o.out != "" {
		if fi, err := os.Stat(o.out); (err == nil && fi.IsDir()) || strings.HasSuffix(o.out, "/") {
			dir = o.out
		}
	}
	files, err := inspectFiles(m, o, dir != "")
	if err != nil {
		return err
	}
	switch {
	case o.out == "":
		for _, f := range files {
			if _, err := cmd.OutOrStdout().Write(f.data); err != nil {
				return err
			}
		}
		return nil
	case dir != "":
		return writeInDir(cmd, dir, files, o.format == "yaml")
	}
	if err := os.MkdirAll(filepath.Dir(o.out), 0o755); err != nil {
		return err
	}
	if err := os.WriteFile(o.out, files[0].data, 0o644); err != nil {
		return err
	}
	fmt.Fprintf(cmd.OutOrStdout(), "Wrote %s\n", o.out)
	return nil
}

// An outFile is one file inspect writes: name is its name in the output
// directory (one path element), or empty when it goes to -o FILE or stdout.
type outFile struct {
	name string
	data []byte
}

// inspectFiles renders the model in the chosen format, as one file or, for
// YAML into a directory (split), one file per schema.
func inspectFiles(m *model.Schema, o inspectOptions, split bool) ([]outFile, error) {
	switch o.format {
	case "sql":
		script, err := modelSQL(m)
		if err != nil {
			return nil, err
		}
		return []outFile{{"schema.sql", []byte(script)}}, nil
	case "go":
		return []outFile{{"model.go", render.GoModel(m, o.pkg)}}, nil
	}
	if !split {
		data, err := yamlmodel.Encode(m)
		return []outFile{{"", data}}, err
	}
	var out []outFile
	for _, part := range splitBySchema(m) {
		data, err := yamlmodel.Encode(part.s)
		if err != nil {
			return nil, err
		}
		out = append(out, outFile{schemaFileName(part.name), data})
	}
	return out, nil
}

// writeInDir writes files into dir, creating it, through an os.Root: no
// name, and no symbolic link already in dir, can place a file outside it.
// For a split YAML model, YAML files already in dir that this run did not
// write are named in a warning: the loader reads every YAML file of the
// directory.
func writeInDir(cmd *cobra.Command, dir string, files []outFile, splitYAML bool) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	root, err := os.OpenRoot(dir)
	if err != nil {
		return err
	}
	defer root.Close()
	written := map[string]bool{}
	for _, f := range files {
		if err := root.WriteFile(f.name, f.data, 0o644); err != nil {
			return fmt.Errorf("write %s: %w", filepath.Join(dir, f.name), err)
		}
		written[f.name] = true
		fmt.Fprintf(cmd.OutOrStdout(), "Wrote %s\n", filepath.Join(dir, f.name))
	}
	if !splitYAML {
		return nil
	}
	entries, err := fs.ReadDir(root.FS(), ".")
	if err != nil {
		return err
	}
	for _, e := range entries {
		ext := strings.ToLower(filepath.Ext(e.Name()))
		if !e.IsDir() && (ext == ".yaml" || ext == ".yml") && !written[e.Name()] {
			fmt.Fprintf(cmd.ErrOrStderr(), "retort: warning: %s is not a schema of this inspect, yet every YAML file of the directory is read as the model: remove it if its schema is gone\n",
				filepath.Join(dir, e.Name()))
		}
	}
	return nil
}

// schemaFileName returns the name of the YAML file of a schema in a split
// model: the schema's name with every byte outside [a-z0-9_] written as %XX
// (upper-case hex), and .yaml. So a name cannot leave the directory ("../x"
// is %2E%2E%2Fx.yaml), cannot open a subdirectory, and two schemas never
// share a file, not even on a case-insensitive file system: "Sales" is
// %53ales.yaml, "sales" sales.yaml. Names Windows reserves for devices
// (con, nul, com1, ...) have their first letter encoded too. The loader
// reads a model directory by content (each file names its schemas), so
// the names need no decoding; url.PathUnescape would give them back.
func schemaFileName(schema string) string {
	var b strings.Builder
	for i := 0; i < len(schema); i++ {
		c := schema[i]
		plain := c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_'
		if plain && (i > 0 || !windowsDevice(schema)) {
			b.WriteByte(c)
		} else {
			fmt.Fprintf(&b, "%%%02X", c)
		}
	}
	return b.String() + ".yaml"
}

// windowsDevice reports whether name is a device name Windows reserves in
// every directory, with or without an extension.
func windowsDevice(name string) bool {
	switch name {
	case "con", "prn", "aux", "nul":
		return true
	}
	return len(name) == 4 && (strings.HasPrefix(name, "com") || strings.HasPrefix(name, "lpt")) && name[3] >= '1' && name[3] <= '9'
}

// modelSQL renders a model as DDL for an empty database: the plan from the
// state of a new database of the model's major to the model. From
// PostgreSQL 15 on its public schema is owned by pg_database_owner and
// usable by PUBLIC; before, it is owned by the bootstrap superuser (whose
// name the model does not tell, so the plan sets the model's owner) and
// PUBLIC may also create in it.
func modelSQL(m *model.Schema) (string, error) {
	fresh := &model.Schema{Major: m.Major, Namespaces: []model.Namespace{{Name: "public", Comment: "standard public schema"}}}
	if m.Privileges != nil {
		public := model.Securable{Kind: model.SecurableSchema, Name: "public"}
		fresh.Privileges = &model.Privileges{
			Owners: []model.Owner{{Object: public, Role: "pg_database_owner"}},
			Grants: []model.Grant{{Object: public, Grantee: "public", Privileges: []string{model.PrivUsage}}},
		}
		if m.Major > 0 && m.Major < 15 {
			fresh.Privileges.Owners = nil
			fresh.Privileges.Grants[0].Privileges = []string{model.PrivCreate, model.PrivUsage}
		}
	}
	plan := diff.CompareWith(fresh, m.Portable(), compareOptions(false))
	if err := planned("the model's DDL", plan); err != nil {
		return "", err
	}
	return render.Plan(plan), nil
}

type schemaPart struct {
	name string
	s    *model.Schema
}

// splitBySchema splits a model into one model per schema (unmanaged
// objects go with the first). Every kind of object must be handed out
// here: TestSplitBySchemaKeepsEverything checks that none is lost.
func splitBySchema(m *model.Schema) []schemaPart {
	var parts []schemaPart
	for i, n := range m.Namespaces {
		s := m.InSchema(n.Name)
		s.Major, s.Namespaces = m.Major, []model.Namespace{n}
		if i == 0 {
			s.Unmanaged = m.Unmanaged
		}
		s.Privileges = m.Privileges.InSchema(n.Name, i == 0)
		parts = append(parts, schemaPart{n.Name, s})
	}
	return parts
}

// filterTables keeps the tables that match an include pattern (all when
// there is none) and no exclude pattern, with what goes with them
// (Schema.KeepTables); foreign keys to tables left out are dropped, each
// named in a warning.
func filterTables(m *model.Schema, include, exclude []string) []string {
	if len(include) == 0 && len(exclude) == 0 {
		return nil
	}
	matches := func(patterns []string, t model.QualifiedName) bool {
		for _, p := range patterns {
			if ok, _ := path.Match(p, t.Name); ok {
				return true
			}
			if ok, _ := path.Match(p, t.Schema+"."+t.Name); ok {
				return true
			}
		}
		return false
	}
	var warnings []string
	for _, l := range m.KeepTables(func(q model.QualifiedName) bool {
		return (len(include) == 0 || matches(include, q)) && !matches(exclude, q)
	}) {
		warnings = append(warnings, fmt.Sprintf("foreign key %s of %s left out: it references %s, which is not inspected", l.Constraint.Name, l.Table, l.Constraint.References))
	}
	keepPrivilegesOfModel(m)
	return warnings
}

// keepPrivilegesOfModel drops the owners and privileges of objects that
// are no longer in m.
func keepPrivilegesOfModel(m *model.Schema) {
	p := m.Privileges
	if p == nil {
		return
	}
	in := map[model.Securable]bool{}
	for _, o := range m.SecurableObjects() {
		in[o.Securable] = true
	}
	p.Owners = slices.DeleteFunc(p.Owners, func(o model.Owner) bool { return !in[o.Object] })
	p.Grants = slices.DeleteFunc(p.Grants, func(g model.Grant) bool { return !in[g.Object] })
	p.Revokes = slices.DeleteFunc(p.Revokes, func(r model.Revoke) bool { return !in[r.Object] })
}

// wantValidIndexes clears the invalid mark of the indexes a model read from
// a database holds (a failed concurrent build): the model wants them built,
// and says so on w.
func wantValidIndexes(w io.Writer, m *model.Schema) {
	for i := range m.Tables {
		t := &m.Tables[i]
		for j := range t.Indexes {
			if t.Indexes[j].Invalid {
				fmt.Fprintf(w, "retort: warning: index %s.%s of %s is invalid in the database; the model asks for it valid\n", t.Schema, t.Indexes[j].Name, t.QualifiedName())
				t.Indexes[j].Invalid = false
			}
		}
	}
}
