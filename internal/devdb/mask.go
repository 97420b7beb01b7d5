package devdb

import (
	"net/url"
	"regexp"
	"strings"
)

// masked stands for a password in messages.
const masked = "xxxxx"

// kvPassword is a password (or sslpassword) in a key=value connection
// string: quoted, with backslash escapes, and running to the end when the
// quote is not closed; or unquoted up to unescaped white space.
var kvPassword = regexp.MustCompile(`(?i)((?:^|\s)(?:ssl)?password\s*=\s*)('(?:[^'\\]|\\.)*'?|(?:[^\s\\]|\\.)*\\?)`)

// Mask returns connString with every password replaced by "xxxxx", for
// messages. A URL's password runs from the first ":" of the user
// information to the last "@" before the host (see userinfoEnd), so an
// unencoded "@", "/", "?" or "#" in it cannot leave a part in view; a
// password or sslpassword in the query runs to the next "&key=". When the
// shape is in doubt, more is masked, never less.
func Mask(connString string) string {
	scheme, rest, ok := cutScheme(connString)
	if !ok {
		return kvPassword.ReplaceAllString(connString, "${1}"+masked)
	}
	var b strings.Builder
	b.WriteString(scheme)
	if at := userinfoEnd(rest); at >= 0 {
		user, _, hasPassword := strings.Cut(rest[:at], ":")
		b.WriteString(user)
		if hasPassword {
			b.WriteString(":" + masked)
		}
		b.WriteByte('@')
		rest = rest[at+1:]
	}
	path, query, hasQuery := strings.Cut(rest, "?")
	b.WriteString(path)
	if hasQuery {
		b.WriteByte('?')
		b.WriteString(maskQuery(query))
	}
	return b.String()
}

// MaskText removes from text any password found in connString, as typed
// and percent-decoded, and each part of it between characters that have a
// meaning in a connection string, which a parser may quote alone (an "&"
// in a password leaves its tail as a query key). Parts shorter than three
// bytes are left, so as not to mask ordinary words.
func MaskText(connString, text string) string {
	for _, pw := range passwords(connString) {
		parts := append([]string{pw}, strings.FieldsFunc(pw, func(r rune) bool {
			return strings.ContainsRune(`@:/?#&=%'\ `, r)
		})...)
		for _, p := range parts {
			if len(p) >= 3 {
				text = strings.ReplaceAll(text, p, masked)
			}
		}
	}
	return text
}

// OtherScheme returns the scheme of s when s is a URL ("scheme://...")
// whose scheme is not postgres or postgresql (in any case): a typo such as
// postgress:// or a URL of another database, to be named before anything
// connects. A path ("./x://y") is not a URL.
func OtherScheme(s string) (string, bool) {
	scheme, _, ok := strings.Cut(s, "://")
	if !ok || scheme == "" || strings.ContainsAny(scheme, "/\\.") {
		return "", false
	}
	if _, _, pg := cutScheme(s); pg {
		return "", false
	}
	return scheme, true
}

// cutScheme splits a postgres:// or postgresql:// URL after its scheme.
func cutScheme(s string) (scheme, rest string, ok bool) {
	for _, p := range []string{"postgresql://", "postgres://"} {
		if len(s) >= len(p) && strings.EqualFold(s[:len(p)], p) {
			return s[:len(p)], s[len(p):], true
		}
	}
	return "", s, false
}

// userinfoEnd returns the index in rest (a URL after its scheme) of the
// "@" that ends the user information, or -1 when there is none. libpq takes
// the first "@" before the first "/"; a password with an unencoded "@" then
// spills into the host ("u:p@ss@host" connects to host "ss@host"), and one
// with an unencoded "/" strands its "@" in the path ("u:p/ss@host/db"). So
// this takes the last "@" before the first "/", and, when there is none
// but a ":" that could start a password, an "@" stranded in the path (or in
// the query, if what would be the port is not a number).
func userinfoEnd(rest string) int {
	slash := strings.IndexByte(rest, '/')
	if slash < 0 {
		return strings.LastIndexByte(rest, '@')
	}
	if at := strings.LastIndexByte(rest[:slash], '@'); at >= 0 {
		return at
	}
	return strandedAt(rest, slash)
}

// strandedAt returns the index of an "@" stranded after the first "/" of
// rest by an unencoded "/" in the password, or -1.
func strandedAt(rest string, slash int) int {
	_, port, hasColon := strings.Cut(rest[:slash], ":")
	if !hasColon {
		return -1
	}
	path, _, _ := strings.Cut(rest[slash:], "?")
	if at := strings.LastIndexByte(path, '@'); at >= 0 {
		return slash + at
	}
	if strings.Trim(port, "0123456789") != "" {
		return strings.LastIndexByte(rest, '@')
	}
	return -1
}

// ambiguousUserinfo says why libpq would read the user information of a
// URL otherwise than Mask does, or "": then a part of the password could
// show as the host, port or database in a message, and the URL could not
// connect as meant anyway.
func ambiguousUserinfo(connString string) string {
	_, rest, ok := cutScheme(connString)
	if !ok {
		return ""
	}
	authority, _, hasSlash := strings.Cut(rest, "/")
	switch {
	case strings.Count(authority, "@") > 1:
		return `the user or password holds an unencoded "@": write it as %40`
	case hasSlash && !strings.Contains(authority, "@") && strandedAt(rest, len(authority)) >= 0:
		return `the password holds an unencoded "/" (write it as %2F), or the database name an "@" (write it as %40)`
	}
	return ""
}

// maskQuery masks the values of password and sslpassword in a URL query.
// A value runs over any "&" not followed by "key=", since an unencoded "&"
// in a password leaves its tail as a key of its own.
func maskQuery(query string) string {
	pairs := strings.Split(query, "&")
	out := pairs[:0]
	inPassword := false
	for _, p := range pairs {
		key, _, hasValue := strings.Cut(p, "=")
		if inPassword && !hasValue {
			continue // the tail of the password
		}
		inPassword = hasValue && isPasswordKey(key)
		if inPassword {
			p = key + "=" + masked
		}
		out = append(out, p)
	}
	return strings.Join(out, "&")
}

func isPasswordKey(key string) bool {
	if k, err := url.QueryUnescape(key); err == nil {
		key = k
	}
	key = strings.ToLower(strings.TrimSpace(key))
	return key == "password" || key == "sslpassword"
}

// passwords returns every password connString may hold, as typed and
// decoded, whichever way its user information is read.
func passwords(connString string) []string {
	var raw []string
	if _, rest, ok := cutScheme(connString); ok {
		ends := []int{userinfoEnd(rest), strings.IndexByte(rest, '@')}
		for _, at := range ends {
			if at < 0 {
				continue
			}
			if _, pw, ok := strings.Cut(rest[:at], ":"); ok {
				raw = append(raw, pw)
			}
		}
		if _, query, ok := strings.Cut(rest, "?"); ok {
			raw = append(raw, queryPasswords(query)...)
		}
	} else {
		for _, m := range kvPassword.FindAllStringSubmatch(connString, -1) {
			v := m[2]
			raw = append(raw, v, unquoteKV(v))
		}
	}
	var pws []string
	for _, pw := range raw {
		pws = append(pws, pw)
		if d, err := url.PathUnescape(pw); err == nil && d != pw {
			pws = append(pws, d)
		}
	}
	return pws
}

func queryPasswords(query string) []string {
	var pws []string
	pairs := strings.Split(query, "&")
	for i := 0; i < len(pairs); i++ {
		key, value, hasValue := strings.Cut(pairs[i], "=")
		if !hasValue || !isPasswordKey(key) {
			continue
		}
		for i+1 < len(pairs) && !strings.Contains(pairs[i+1], "=") {
			i++
			value += "&" + pairs[i]
		}
		pws = append(pws, value)
	}
	return pws
}

// unquoteKV removes the quotes and backslash escapes of a key=value value.
func unquoteKV(v string) string {
	v = strings.TrimPrefix(v, "'")
	if strings.HasSuffix(v, "'") && !strings.HasSuffix(v, `\'`) {
		v = v[:len(v)-1]
	}
	var b strings.Builder
	for i := 0; i < len(v); i++ {
		if v[i] == '\\' && i+1 < len(v) {
			i++
		}
		b.WriteByte(v[i])
	}
	return b.String()
}
