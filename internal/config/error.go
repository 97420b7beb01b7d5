package config

import (
	"fmt"
	"strings"
)

// An Error is a problem in a config file: where it is, which key, what is
// wrong and what to do. Its message never contains a password.
type Error struct {
	File   string // the config file as given to Load
	Line   int    // 1-based; 0 when the problem has no position
	Column int    // 1-based; 0 when unknown
	Key    string // key path, e.g. environments.prod.versions; may be empty
	Msg    string // what is wrong
	Hint   string // what to do; may be empty
}

// Error formats the error as FILE:LINE:COL: KEY: MSG; HINT, with every
// password masked.
func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString(e.File)
	if e.Line > 0 {
		fmt.Fprintf(&b, ":%d", e.Line)
		if e.Column > 0 {
			fmt.Fprintf(&b, ":%d", e.Column)
		}
	}
	b.WriteString(": ")
	if e.Key != "" {
		b.WriteString(e.Key)
		b.WriteString(": ")
	}
	b.WriteString(e.Msg)
	if e.Hint != "" {
		b.WriteString("; ")
		b.WriteString(e.Hint)
	}
	return MaskText(b.String())
}
