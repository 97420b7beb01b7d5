package yamlmodel

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/retortdb/retort/model"
)

// An Error is an error in a YAML model: where it is (file, line and
// column, 1-based), the key path of the value at fault (e.g.
// "schemas.public.tables.orders.columns.total") and what is wrong.
type Error struct {
	File         string
	Line, Column int
	Path         string
	Message      string
}

// Error returns "file:line:col: key.path: message". The key path is left
// out for an error at the top level, and the column (or line) when the YAML
// parser did not say.
func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString(e.File)
	if e.Line > 0 {
		b.WriteString(":" + strconv.Itoa(e.Line))
		if e.Column > 0 {
			b.WriteString(":" + strconv.Itoa(e.Column))
		}
	}
	b.WriteString(": ")
	if e.Path != "" {
		b.WriteString(e.Path + ": ")
	}
	b.WriteString(e.Message)
	return b.String()
}

// Decode parses one YAML model document; name is used in error
// messages. The result is complete (defaults filled in, see docs/model.md)
// and sorted.
func Decode(name string, data []byte) (*model.Schema, error) {
	part, err := decodeFile(name, data)
	if err != nil {
		return nil, err
	}
	return part.finish()
}

// Load reads a .yaml/.yml file, or every *.yaml/*.yml file of a
// directory (in lexical order, not recursively), and merges them. The same
// object defined in two files is an error naming both places.
func Load(path string) (*model.Schema, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("load yaml model: %w", err)
	}
	files := []string{path}
	if info.IsDir() {
		entries, err := os.ReadDir(path)
		if err != nil {
			return nil, fmt.Errorf("load yaml model: %w", err)
		}
		files = files[:0]
		for _, e := range entries {
			ext := strings.ToLower(filepath.Ext(e.Name()))
			if !e.IsDir() && (ext == ".yaml" || ext == ".yml") {
				files = append(files, filepath.Join(path, e.Name()))
			}
		}
		sort.Strings(files)
		if len(files) == 0 {
			return nil, fmt.Errorf("load yaml model: no *.yaml or *.yml file in %s", path)
		}
	}
	var all *decoded
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			return nil, fmt.Errorf("load yaml model: %w", err)
		}
		part, err := decodeFile(f, data)
		if err != nil {
			return nil, err
		}
		if all == nil {
			all = part
			continue
		}
		if err := all.merge(part); err != nil {
			return nil, err
		}
	}
	return all.finish()
}

// Encode returns s as a canonical YAML model: keys in a fixed order,
// objects sorted by name, columns in model order, short forms wherever they
// hold everything, and values equal to the decoder's defaults left out.
// Unmanaged objects are not part of the YAML; a leading comment lists them.
func Encode(s *model.Schema) ([]byte, error) {
	var b strings.Builder
	if err := Write(&b, s); err != nil {
		return nil, err
	}
	return []byte(b.String()), nil
}

// Write writes Encode's output to w, e.g. from a Go program that
// prints its model for a model command.
func Write(w io.Writer, s *model.Schema) error {
	root := encodeSchema(s)
	if len(s.Unmanaged) > 0 {
		if _, err := io.WriteString(w, unmanagedComment(s.Unmanaged)); err != nil {
			return fmt.Errorf("write yaml model: %w", err)
		}
	}
	enc := yaml.NewEncoder(w)
	enc.SetIndent(2)
	if err := enc.Encode(root); err != nil {
		return fmt.Errorf("write yaml model: %w", err)
	}
	if err := enc.Close(); err != nil {
		return fmt.Errorf("write yaml model: %w", err)
	}
	return nil
}

// unmanagedComment lists the objects the YAML leaves out, wrapped at about
// 100 columns.
func unmanagedComment(objects []model.Unmanaged) string {
	sorted := append([]model.Unmanaged(nil), objects...)
	sort.Slice(sorted, func(i, j int) bool {
		if sorted[i].Kind != sorted[j].Kind {
			return sorted[i].Kind < sorted[j].Kind
		}
		return sorted[i].Name < sorted[j].Name
	})
	var b strings.Builder
	line := "# not managed yet, left out:"
	for i, u := range sorted {
		item := " " + strings.ReplaceAll(u.Kind+" "+u.Name, "\n", " ")
		if i < len(sorted)-1 {
			item += ","
		}
		if len(line)+len(item) > 100 && line != "#" {
			b.WriteString(line + "\n")
			line = "#"
		}
		line += item
	}
	b.WriteString(line + "\n")
	return b.String()
}
