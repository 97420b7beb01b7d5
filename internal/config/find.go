package config

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// DefaultName is the config file looked for in the working directory.
const DefaultName = "retort.yaml"

// Find returns the config path: the flag value if set, else
// $RETORT_CONFIG, else ./retort.yaml if it exists. It returns "" and no
// error when there is none; commands that need a config then say "no
// retort.yaml found; run retort init or pass -c". A flag or variable that
// names a directory means the retort.yaml inside it; one that names nothing
// is an error.
func Find(flag string) (string, error) {
	if flag != "" {
		return explicit(flag, "-c/--config")
	}
	if env := os.Getenv("RETORT_CONFIG"); env != "" {
		return explicit(env, "RETORT_CONFIG")
	}
	_, err := os.Stat(DefaultName)
	switch {
	case err == nil:
		return DefaultName, nil
	case errors.Is(err, fs.ErrNotExist):
		return "", nil
	}
	return "", fmt.Errorf("find config: %w", err)
}

// explicit checks a path the user named, by a flag or a variable.
func explicit(path, from string) (string, error) {
	info, err := os.Stat(path)
	if errors.Is(err, fs.ErrNotExist) {
		return "", fmt.Errorf("config file %s (from %s) does not exist; check the path, or run retort init", path, from)
	}
	if err != nil {
		return "", fmt.Errorf("find config: %w", err)
	}
	if info.IsDir() {
		return explicit(filepath.Join(path, DefaultName), from)
	}
	return path, nil
}
