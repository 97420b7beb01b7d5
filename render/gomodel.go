package render

import (
	"bytes"
	"fmt"
	"go/format"
	"math"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/retortdb/retort/model"
)

// GoModel returns the Go form of s: a gofmt'ed source file of package pkg
// declaring
//
//	func Schema() *model.Schema
//
// which returns s written as plain struct literals of the model types. Zero
// fields are left out, enum fields use the model's constants
// (model.PrimaryKey, model.Cascade, ...), and SQL text is a raw string
// where that reads better than a quoted one. Slices are written in the
// order s holds them; a schema read by introspect is already sorted, so the
// output is deterministic.
//
// Objects of kinds retort does not manage (s.Unmanaged) are not part of
// the literal; they are listed in Schema's doc comment.
//
// When pkg is "main", the file also declares a main function that prints
// the model as YAML, so it is a program that can be named as a model
// command in the config (model: {command: "go run ./schema"}).
//
// pkg must be a Go identifier; if it is not, the result does not compile
// and is returned as written, without gofmt.
func GoModel(s *model.Schema, pkg string) []byte {
	src := goModelSource(s, pkg)
	formatted, err := format.Source(src)
	if err != nil {
		return src
	}
	return formatted
}

// goModelSource writes the file without formatting it: gofmt takes care
// of indentation and alignment.
func goModelSource(s *model.Schema, pkg string) []byte {
	managed := s.Portable()
	managed.Unmanaged = nil
	managed.Major = 0 // where the schema was read; a model does not say
	g := &goLiteral{}
	body := g.literal(reflect.ValueOf(managed), false)

	var b bytes.Buffer
	b.WriteString("// This file is the Go form of a retort schema model, written by retort.\n")
	b.WriteString("// It is the desired schema: edit it, and let retort compare it with a database.\n\n")
	fmt.Fprintf(&b, "package %s\n\n", pkg)

	b.WriteString("import (\n")
	if pkg == "main" {
		b.WriteString("\"fmt\"\n")
	}
	if g.usesMath {
		b.WriteString("\"math\"\n")
	}
	if pkg == "main" {
		b.WriteString("\"os\"\n")
	}
	b.WriteString("\n\"github.com/retortdb/retort/model\"\n")
	if pkg == "main" {
		b.WriteString("\"github.com/retortdb/retort/model/yamlmodel\"\n")
	}
	b.WriteString(")\n\n")

	b.WriteString("// Schema returns the model: the schema as it should be.\n")
	if len(s.Unmanaged) > 0 {
		b.WriteString("//\n// The source also holds these objects, of kinds retort does not manage\n")
		b.WriteString("// yet; they are not part of the model:\n//\n")
		for _, u := range s.Unmanaged {
			fmt.Fprintf(&b, "//\t%s %s\n", commentSafe(u.Kind), commentSafe(u.Name))
		}
	}
	fmt.Fprintf(&b, "func Schema() *model.Schema {\nreturn %s\n}\n", body)

	if g.usesPtr {
		b.WriteString("\n// ptr returns a pointer to a copy of v, for the model's optional fields.\n")
		b.WriteString("func ptr[T any](v T) *T { return &v }\n")
	}
	if pkg == "main" {
		b.WriteString("\n// main prints the model as YAML, for retort's model command.\n")
		b.WriteString("func main() {\nif err := yamlmodel.Write(os.Stdout, Schema()); err != nil {\n")
		b.WriteString("fmt.Fprintln(os.Stderr, err)\nos.Exit(1)\n}\n}\n")
	}
	return b.Bytes()
}

// commentSafe keeps a catalog name on one comment line.
func commentSafe(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return ' '
		}
		return r
	}, s)
}

// lineWidth is how long a struct literal may be to stay on one line.
const lineWidth = 100

// goLiteral writes Go composite literals of model values, by reflection, so
// that a field added to a model type is written without a change here.
type goLiteral struct {
	usesPtr  bool // the literal calls ptr
	usesMath bool // the literal names math constants
}

// literal returns the Go expression for v. elide leaves out the type of a
// composite literal (or its &), as Go allows for the elements of a slice.
func (g *goLiteral) literal(v reflect.Value, elide bool) string {
	t := v.Type()
	if names, ok := goConstants[t]; ok {
		return constantName(v, names)
	}
	switch t.Kind() {
	case reflect.String:
		return goString(v.String())
	case reflect.Bool:
		return strconv.FormatBool(v.Bool())
	case reflect.Int64:
		return g.int64Literal(v.Int())
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32:
		return strconv.FormatInt(v.Int(), 10)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return strconv.FormatUint(v.Uint(), 10)
	case reflect.Float32, reflect.Float64:
		return strconv.FormatFloat(v.Float(), 'g', -1, t.Bits())
	case reflect.Pointer:
		if v.IsNil() {
			return "nil"
		}
		if t.Elem().Kind() == reflect.Struct {
			if elide {
				return g.structLiteral(v.Elem(), true)
			}
			return "&" + g.structLiteral(v.Elem(), false)
		}
		g.usesPtr = true
		switch t.Elem() {
		case reflect.TypeFor[int](), reflect.TypeFor[string](), reflect.TypeFor[bool]():
			// The type an untyped constant defaults to: ptr infers it.
			return "ptr(" + g.literal(v.Elem(), false) + ")"
		}
		return "ptr[" + t.Elem().String() + "](" + g.literal(v.Elem(), false) + ")"
	case reflect.Struct:
		return g.structLiteral(v, elide)
	case reflect.Slice, reflect.Array:
		if t.Kind() == reflect.Slice && v.IsNil() {
			return "nil"
		}
		return g.sliceLiteral(v)
	case reflect.Map:
		return g.mapLiteral(v)
	case reflect.Interface:
		if v.IsNil() {
			return "nil"
		}
		return g.literal(v.Elem(), false)
	}
	return fmt.Sprintf("nil /* %s: not supported by GoModel */", t)
}

// int64Literal names the limits a sequence's bounds usually are.
func (g *goLiteral) int64Literal(n int64) string {
	name := map[int64]string{
		math.MaxInt64: "math.MaxInt64", math.MinInt64: "math.MinInt64",
		math.MaxInt32: "math.MaxInt32", math.MinInt32: "math.MinInt32",
		math.MaxInt16: "math.MaxInt16", math.MinInt16: "math.MinInt16",
	}[n]
	if name == "" {
		return strconv.FormatInt(n, 10)
	}
	g.usesMath = true
	return name
}

// multiline are the types always written one field a line.
var multiline = map[reflect.Type]bool{
	reflect.TypeFor[model.Schema](): true,
	reflect.TypeFor[model.Table]():  true,
}

func (g *goLiteral) structLiteral(v reflect.Value, elide bool) string {
	t := v.Type()
	typ := t.String()
	if elide {
		typ = ""
	}
	var fields []string
	for i := range t.NumField() {
		f := v.Field(i)
		if !t.Field(i).IsExported() || f.IsZero() {
			continue
		}
		fields = append(fields, t.Field(i).Name+": "+g.literal(f, false))
	}
	oneLine := typ + "{" + strings.Join(fields, ", ") + "}"
	if len(fields) == 0 || !multiline[t] && len(oneLine) <= lineWidth && !strings.Contains(oneLine, "\n") {
		return oneLine
	}
	return typ + "{\n" + strings.Join(fields, ",\n") + ",\n}"
}

// sliceLiteral writes scalars on one line when they fit, and composite
// elements one a line (a single short one stays on the line).
func (g *goLiteral) sliceLiteral(v reflect.Value) string {
	elem := v.Type().Elem()
	composite := elem.Kind() == reflect.Struct || elem.Kind() == reflect.Pointer && elem.Elem().Kind() == reflect.Struct
	items := make([]string, v.Len())
	for i := range items {
		items[i] = g.literal(v.Index(i), composite)
	}
	typ := v.Type().String()
	oneLine := typ + "{" + strings.Join(items, ", ") + "}"
	fits := len(oneLine) <= lineWidth && !strings.Contains(oneLine, "\n")
	if len(items) == 0 || fits && (!composite || len(items) == 1) {
		return oneLine
	}
	return typ + "{\n" + strings.Join(items, ",\n") + ",\n}"
}

func (g *goLiteral) mapLiteral(v reflect.Value) string {
	if v.IsNil() {
		return "nil"
	}
	type entry struct{ key, value string }
	var entries []entry
	for it := v.MapRange(); it.Next(); {
		entries = append(entries, entry{g.literal(it.Key(), false), g.literal(it.Value(), false)})
	}
	sort.Slice(entries, func(i, j int) bool { return entries[i].key < entries[j].key })
	var b strings.Builder
	b.WriteString(v.Type().String() + "{\n")
	for _, e := range entries {
		b.WriteString(e.key + ": " + e.value + ",\n")
	}
	b.WriteString("}")
	return b.String()
}

// goConstants names the constants of the model's enum types, by value.
var goConstants = map[reflect.Type][]string{
	reflect.TypeFor[model.Identity]():       {"IdentityNone", "IdentityAlways", "IdentityByDefault"},
	reflect.TypeFor[model.Storage]():        {"StorageDefault", "StoragePlain", "StorageExternal", "StorageExtended", "StorageMain"},
	reflect.TypeFor[model.ConstraintKind](): {"", "PrimaryKey", "Unique", "ForeignKey", "Check", "Exclusion"},
	reflect.TypeFor[model.FKAction]():       {"NoAction", "Restrict", "Cascade", "SetNull", "SetDefault"},
	reflect.TypeFor[model.MatchType]():      {"MatchSimple", "MatchFull", "MatchPartial"},
	reflect.TypeFor[model.RefKind]():        {"", "RefRelation", "RefType", "RefFunction"},
	reflect.TypeFor[model.FunctionKind]():   {"PlainFunction", "Procedure", "Aggregate", "WindowFunction"},
	reflect.TypeFor[model.TriggerEnabled](): {"TriggerOrigin", "TriggerDisabled", "TriggerReplica", "TriggerAlways"},
	reflect.TypeFor[model.SecurableKind]():  {"", "SecurableSchema", "SecurableTable", "SecurableView", "SecurableMaterializedView", "SecurableSequence", "SecurableFunction", "SecurableProcedure", "SecurableAggregate", "SecurableType"},
	reflect.TypeFor[model.DefaultKind]():    {"", "DefaultTables", "DefaultSequences", "DefaultFunctions", "DefaultTypes", "DefaultSchemas"},
}

// constantName returns model.Name for an enum value, or a conversion for a
// value with no constant.
func constantName(v reflect.Value, names []string) string {
	if n := v.Uint(); n < uint64(len(names)) && names[n] != "" {
		return "model." + names[n]
	}
	return fmt.Sprintf("%s(%d)", v.Type(), v.Uint())
}

// goString returns s as a Go string literal: quoted when quoting escapes
// nothing, raw when quoting would escape quotes, backslashes or line breaks
// and a raw string can hold s exactly.
func goString(s string) string {
	if strings.ContainsAny(s, "\"\\\n") && rawStringCanHold(s) {
		return "`" + s + "`"
	}
	return strconv.Quote(s)
}

// rawStringCanHold reports whether s reads back unchanged from a raw
// string literal: no backquote, no carriage return (the compiler drops
// them), and only printable runes, tabs and newlines.
func rawStringCanHold(s string) bool {
	if !utf8.ValidString(s) {
		return false
	}
	for _, r := range s {
		if r == '`' || r != '\n' && r != '\t' && !strconv.IsPrint(r) {
			return false
		}
	}
	return true
}
