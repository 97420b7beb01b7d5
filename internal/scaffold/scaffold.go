package scaffold

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
)

// templates holds one directory per template; "all:" keeps the .keep files
// that make empty versions directories.
//
//go:embed all:templates
var templates embed.FS

// Templates returns the names of the project templates: "single" (one
// database) and "multi" (several databases and schemas as environments).
func Templates() []string {
	entries, _ := templates.ReadDir("templates")
	var names []string
	for _, e := range entries {
		if e.IsDir() {
			names = append(names, e.Name())
		}
	}
	sort.Strings(names)
	return names
}

// Write creates dir (it may exist) with the template's files and returns
// the files written, as paths relative to dir, sorted. It overwrites
// nothing: if any of the files exists already, it writes none and the error
// names it.
func Write(dir, template string) ([]string, error) {
	files, err := list(template)
	if err != nil {
		return nil, err
	}
	if info, err := os.Stat(dir); err == nil && !info.IsDir() {
		return nil, fmt.Errorf("init: %s is a file, not a directory; choose another directory", dir)
	}
	for _, f := range files {
		target := filepath.Join(dir, filepath.FromSlash(f))
		if _, err := os.Lstat(target); err == nil {
			return nil, fmt.Errorf("init: %s exists already; retort init never overwrites a file: move it away or choose another directory", target)
		} else if !errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("init: %w", err)
		}
	}
	written := make([]string, 0, len(files))
	for _, f := range files {
		if err := writeFile(dir, template, f); err != nil {
			return written, err
		}
		written = append(written, filepath.FromSlash(f))
	}
	return written, nil
}

// list returns a template's files, slash-separated and sorted.
func list(template string) ([]string, error) {
	root := path.Join("templates", template)
	if template == "" || strings.ContainsAny(template, `/\.`) {
		return nil, unknownTemplate(template)
	}
	if _, err := fs.Stat(templates, root); err != nil {
		return nil, unknownTemplate(template)
	}
	var files []string
	err := fs.WalkDir(templates, root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() {
			files = append(files, strings.TrimPrefix(p, root+"/"))
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("init: read template %s: %w", template, err)
	}
	sort.Strings(files)
	return files, nil
}

func unknownTemplate(name string) error {
	return fmt.Errorf("init: unknown template %q; use one of: %s", name, strings.Join(Templates(), ", "))
}

// writeFile copies one template file into dir, failing if it exists.
func writeFile(dir, template, name string) error {
	data, err := templates.ReadFile(path.Join("templates", template, name))
	if err != nil {
		return fmt.Errorf("init: %w", err)
	}
	target := filepath.Join(dir, filepath.FromSlash(name))
	if err := os.MkdirAll(filepath.Dir(target), 0o755); err != nil {
		return fmt.Errorf("init: %w", err)
	}
	f, err := os.OpenFile(target, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return fmt.Errorf("init: %w", err)
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		return fmt.Errorf("init: write %s: %w", target, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("init: write %s: %w", target, err)
	}
	return nil
}
