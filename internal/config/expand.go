package config

import (
	"errors"
	"fmt"
	"strings"
)

// expandError is a problem with a ${...} reference.
type expandError struct {
	msg  string
	hint string
}

func (e *expandError) Error() string { return e.msg }

// expandHint returns what to do about an expansion error.
func expandHint(err error) string {
	var e *expandError
	if errors.As(err, &e) {
		return e.hint
	}
	return ""
}

// expand replaces ${VAR} and ${VAR:-default} with the variable's value (the
// default when it is empty or unset; defaults are literal text). $${ is a
// literal ${. A $ not followed by { is left alone, so passwords keep their
// dollars.
func expand(s string, getenv func(string) string) (string, error) {
	if !strings.Contains(s, "${") {
		return s, nil
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		rest := s[i:]
		switch {
		case strings.HasPrefix(rest, "$${"):
			b.WriteString("${")
			i += 3
			continue
		case !strings.HasPrefix(rest, "${"):
			b.WriteByte(s[i])
			i++
			continue
		}
		end := strings.IndexByte(rest, '}')
		if end < 0 {
			return "", &expandError{msg: "unterminated ${ (no closing })", hint: "close it, or write $${ for a literal ${"}
		}
		ref := rest[2:end]
		name, def, hasDef := strings.Cut(ref, ":-")
		if !isVarName(name) {
			return "", &expandError{msg: fmt.Sprintf("bad variable name %q in ${%s}", name, ref),
				hint: "write ${NAME} or ${NAME:-default}, NAME of letters, digits and _"}
		}
		v := getenv(name)
		if v == "" {
			if !hasDef {
				return "", &expandError{msg: "environment variable " + name + " is not set",
					hint: "set it, or give a default: ${" + name + ":-default}"}
			}
			v = def
		}
		b.WriteString(v)
		i += end + 1
	}
	return b.String(), nil
}

func isVarName(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		switch {
		case r == '_', r >= 'A' && r <= 'Z', r >= 'a' && r <= 'z':
		case r >= '0' && r <= '9' && i > 0:
		default:
			return false
		}
	}
	return true
}
