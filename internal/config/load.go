package config

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strconv"

	"go.yaml.in/yaml/v3"
)

// File is a parsed retort.yaml: its keys decoded and type-checked, its
// environments not yet applied and its ${VAR}s not yet expanded (Resolve
// does both).
type File struct {
	Path string // the file as given to Load; errors name it

	dir      string            // absolute directory of Path: base of relative paths
	top      layer             // the top-level keys
	envs     map[string]*layer // environments by name
	envNames []string          // environment names in file order
}

// Load reads and decodes a config file. Unknown keys, wrong types and bad
// values (those without ${VAR}s) anywhere in the file, in every
// environment, are errors with the file, line and column.
func Load(path string) (*File, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read config: %w", err)
	}
	return Parse(path, data)
}

// Parse decodes the content of a config file as Load does; path names the
// file in errors and its directory is the base of relative paths.
func Parse(path string, data []byte) (*File, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, fmt.Errorf("read config: %w", err)
	}
	f := &File{Path: path, dir: filepath.Dir(abs), envs: map[string]*layer{}}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var doc yaml.Node
	if err := dec.Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			return f, nil // an empty file: every default
		}
		return nil, syntaxError(path, err)
	}
	var extra yaml.Node
	if err := dec.Decode(&extra); !errors.Is(err, io.EOF) {
		if err != nil {
			return nil, syntaxError(path, err)
		}
		return nil, &Error{File: path, Line: extra.Line, Column: extra.Column,
			Msg: "a second YAML document", Hint: "keep one document in the file (remove the ---)"}
	}
	d := &decoder{file: path}
	if err := d.document(&doc, f); err != nil {
		return nil, err
	}
	// Check now what can be checked without the environment variables, so a
	// mistake in an environment shows up whichever one is used.
	for _, name := range append([]string{""}, f.envNames...) {
		l, err := f.layer(name)
		if err != nil {
			return nil, err
		}
		if _, err := f.build(name, l, checkOnly); err != nil {
			return nil, err
		}
	}
	return f, nil
}

// Environments returns the names of the file's environments, in file order.
func (f *File) Environments() []string {
	return append([]string(nil), f.envNames...)
}

var yamlLine = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

// syntaxError turns a YAML parser error into an Error with the line.
func syntaxError(path string, err error) error {
	msg := err.Error()
	if m := yamlLine.FindStringSubmatch(msg); m != nil {
		line, _ := strconv.Atoi(m[1])
		return &Error{File: path, Line: line, Msg: "invalid YAML: " + m[2], Hint: "fix the syntax"}
	}
	return &Error{File: path, Msg: "invalid YAML: " + msg, Hint: "fix the syntax"}
}
