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

// sqlFiles returns the SQL files a file or directory spec stands for.
func sqlFiles(spec string) ([]string, error) {
	fi, err := os.Stat(spec)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, &SpecError{Spec: spec, Reason: "no such file or directory", Kind: ErrNotFound}
	}
	if err != nil {
		return nil, &SpecError{Spec: spec, Reason: oneLine(unwrapPathError(err)), Kind: ErrNotFound}
	}
	if !fi.IsDir() {
		if !strings.EqualFold(filepath.Ext(spec), ".sql") {
			return nil, &SpecError{Spec: spec, Reason: "not a .sql file", Kind: ErrUnsupported}
		}
		return []string{spec}, nil
	}
	entries, err := os.ReadDir(spec) // sorted by name
	if err != nil {
		return nil, &SpecError{Spec: spec, Reason: oneLine(unwrapPathError(err)), Kind: ErrNotFound}
	}
	var files []string
	for _, e := range entries {
		if !strings.EqualFold(filepath.Ext(e.Name()), ".sql") {
			continue
		}
		p := filepath.Join(spec, e.Name())
		if fi, err := os.Stat(p); err == nil && fi.Mode().IsRegular() {
			files = append(files, p)
		}
	}
	if len(files) == 0 {
		return nil, &SpecError{Spec: spec, Reason: "directory holds no .sql files", Kind: ErrNoSQLFiles}
	}
	return files, nil
}

func unwrapPathError(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}
