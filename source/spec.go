package source

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/retortdb/retort/internal/devdb"
)

// IsURL reports whether spec is a postgres:// or postgresql:// URL.
func IsURL(spec string) bool {
	return strings.HasPrefix(spec, "postgres://") || strings.HasPrefix(spec, "postgresql://")
}

// CheckSpec reports, without connecting or starting anything, what is
// wrong with a spec that cannot load: a URL whose scheme is not postgres
// or postgresql (a typo), a URL that does not parse (a *devdb.URLError),
// or a path that does not exist or holds no model. Callers check every
// spec before a load starts a scratch cluster, so a typo fails at once.
func CheckSpec(spec string) error {
	if IsURL(spec) {
		_, err := devdb.ParseConfig(spec)
		return err
	}
	if err := otherScheme(spec); err != nil {
		return err
	}
	_, _, err := specFiles(spec)
	return err
}

// otherScheme reports a spec that is a URL of another scheme
// ("postgress://", "mysql://"), which would otherwise be taken for a path.
func otherScheme(spec string) error {
	scheme, ok := devdb.OtherScheme(spec)
	if !ok {
		return nil
	}
	// Masked as the postgres URL it was probably meant to be.
	rest := strings.TrimPrefix(spec, scheme+"://")
	shown := scheme + "://" + strings.TrimPrefix(devdb.Mask("postgres://"+rest), "postgres://")
	return &SpecError{Spec: shown, Reason: fmt.Sprintf("scheme %q is not postgres or postgresql", scheme), Kind: ErrUnsupported}
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
