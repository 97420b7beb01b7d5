package source

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// IsURL reports whether spec is a postgres:// or postgresql:// URL.
func IsURL(spec string) bool {
	return strings.HasPrefix(spec, "postgres://") || strings.HasPrefix(spec, "postgresql://")
}

// specKind is what a file or directory spec holds.
type specKind int

const (
	kindSQL  specKind = iota // .sql files, applied in order
	kindYAML                 // a YAML model (.yaml/.yml files)
)

// specFiles returns the files a file or directory spec stands for and
// their kind: SQL or YAML. A directory must hold one kind only.
func specFiles(spec string) (specKind, []string, error) {
	fi, err := os.Stat(spec)
	if errors.Is(err, fs.ErrNotExist) {
		return 0, nil, &SpecError{Spec: spec, Reason: "no such file or directory", Kind: ErrNotFound}
	}
	if err != nil {
		return 0, nil, &SpecError{Spec: spec, Reason: oneLine(unwrapPathError(err)), Kind: ErrNotFound}
	}
	if !fi.IsDir() {
		switch strings.ToLower(filepath.Ext(spec)) {
		case ".sql":
			return kindSQL, []string{spec}, nil
		case ".yaml", ".yml":
			return kindYAML, []string{spec}, nil
		}
		return 0, nil, &SpecError{Spec: spec, Reason: "not a .sql or .yaml file", Kind: ErrUnsupported}
	}
	entries, err := os.ReadDir(spec) // sorted by name
	if err != nil {
		return 0, nil, &SpecError{Spec: spec, Reason: oneLine(unwrapPathError(err)), Kind: ErrNotFound}
	}
	var sqls, yamls []string
	for _, e := range entries {
		p := filepath.Join(spec, e.Name())
		if fi, err := os.Stat(p); err != nil || !fi.Mode().IsRegular() {
			continue
		}
		switch strings.ToLower(filepath.Ext(e.Name())) {
		case ".sql":
			sqls = append(sqls, p)
		case ".yaml", ".yml":
			yamls = append(yamls, p)
		}
	}
	switch {
	case len(sqls) > 0 && len(yamls) > 0:
		return 0, nil, &SpecError{Spec: spec, Reason: "directory holds both .sql and .yaml files; keep one kind of model in it", Kind: ErrUnsupported}
	case len(sqls) > 0:
		return kindSQL, sqls, nil
	case len(yamls) > 0:
		return kindYAML, yamls, nil
	}
	return 0, nil, &SpecError{Spec: spec, Reason: "directory holds no .sql or .yaml files", Kind: ErrNoSQLFiles}
}

func unwrapPathError(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}
