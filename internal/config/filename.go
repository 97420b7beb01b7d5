package config

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// FileVars are the values of a file template's tokens.
type FileVars struct {
	Rev  string    // revision id
	Slug string    // from Slug(message, TruncateSlugLength)
	Time time.Time // creation time, in the configured time zone
}

// templateTokens are the tokens a file template may use.
var templateTokens = []string{"rev", "slug", "epoch", "year", "month", "day", "hour", "minute", "second"}

// templateError is a bad file template.
type templateError struct {
	msg  string
	hint string
}

func (e *templateError) Error() string { return "file template: " + e.msg + "; " + e.hint }

// FileName renders a revision file name from a template of tokens {rev}
// {slug} {epoch} {year} {month} {day} {hour} {minute} {second}. Number
// tokens take a Python-style width, zero-padded with a leading 0:
// {month:02} is 04. {{ and }} are literal braces. Trailing _ - . left by
// an empty slug are trimmed, and .sql is appended unless the template ends
// with it. An unknown token is an error.
func FileName(template string, vars FileVars) (string, error) {
	var b strings.Builder
	for i := 0; i < len(template); {
		rest := template[i:]
		switch {
		case strings.HasPrefix(rest, "{{"):
			b.WriteByte('{')
			i += 2
		case strings.HasPrefix(rest, "}}"):
			b.WriteByte('}')
			i += 2
		case rest[0] == '}':
			return "", &templateError{msg: `unmatched "}"`, hint: "write }} for a literal }"}
		case rest[0] == '{':
			end := strings.IndexByte(rest, '}')
			if end < 0 {
				return "", &templateError{msg: `unmatched "{"`, hint: "close the token with }, or write {{ for a literal {"}
			}
			s, err := token(rest[1:end], vars)
			if err != nil {
				return "", err
			}
			b.WriteString(s)
			i += end + 1
		default:
			b.WriteByte(rest[0])
			i++
		}
	}
	name := strings.TrimRight(b.String(), "_-. ")
	switch {
	case name == "":
		return "", &templateError{msg: "the file name is empty", hint: "use {rev} in the template"}
	case strings.ContainsAny(name, `/\`):
		return "", &templateError{msg: fmt.Sprintf("file name %q contains a path separator", name), hint: "keep the template to a file name"}
	}
	if !strings.HasSuffix(name, ".sql") {
		name += ".sql"
	}
	return name, nil
}

// token renders one {name} or {name:spec}.
func token(tok string, v FileVars) (string, error) {
	name, spec, hasSpec := strings.Cut(tok, ":")
	var n int64
	switch name {
	case "rev", "slug":
		if hasSpec {
			return "", &templateError{msg: fmt.Sprintf("{%s} takes no format", tok), hint: "widths apply to number tokens only"}
		}
		if name == "rev" {
			return v.Rev, nil
		}
		return v.Slug, nil
	case "epoch":
		n = v.Time.Unix()
	case "year":
		n = int64(v.Time.Year())
	case "month":
		n = int64(v.Time.Month())
	case "day":
		n = int64(v.Time.Day())
	case "hour":
		n = int64(v.Time.Hour())
	case "minute":
		n = int64(v.Time.Minute())
	case "second":
		n = int64(v.Time.Second())
	default:
		return "", &templateError{msg: fmt.Sprintf("unknown token {%s}", name), hint: "use {" + strings.Join(templateTokens, "} {") + "}"}
	}
	s := strconv.FormatInt(n, 10)
	if !hasSpec {
		return s, nil
	}
	width, err := strconv.Atoi(strings.TrimSuffix(spec, "d"))
	if err != nil || width < 0 || width > 20 {
		return "", &templateError{msg: fmt.Sprintf("bad format %q in {%s}", spec, tok), hint: "write a width such as {month:02}"}
	}
	pad := " "
	if strings.HasPrefix(spec, "0") {
		pad = "0"
	}
	if len(s) < width {
		s = strings.Repeat(pad, width-len(s)) + s
	}
	return s, nil
}
