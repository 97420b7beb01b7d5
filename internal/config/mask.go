package config

import (
	"regexp"
	"strings"
)

// masked replaces every password retort would otherwise print.
const masked = "xxxxx"

// MaskURL returns a connection string with its password replaced by xxxxx:
// the password of a URL (postgres://user:secret@host/db, URL-encoded or
// not), a password parameter of its query (?password=secret), and a
// password in key=value form (password=secret, password='a b'). A string
// without a password is returned unchanged.
func MaskURL(s string) string {
	return MaskText(s)
}

// MaskText masks every password inside a longer message, as MaskURL does
// for one connection string: each URL's user-info password, each query
// parameter password=, each key=value password= (also sslpassword= and
// PGPASSWORD=).
func MaskText(s string) string {
	s = maskUserInfo(s)
	s = maskQueryPasswords(s)
	return kvPassword.ReplaceAllString(s, "${1}${2}"+masked)
}

var (
	// queryPassword starts a password parameter in a URL's query.
	queryPassword = regexp.MustCompile(`(?i)[?&](?:ssl)?password=`)
	// kvPassword is a password in libpq's key=value form: the value runs to
	// the next space unless quoted.
	kvPassword = regexp.MustCompile(`(?i)(^|[^a-z0-9_?&])((?:ssl|pg)?password\s*=\s*)(?:'(?:[^'\\]|\\.)*'|[^\s'"]+)`)
)

// maskUserInfo masks the password of each scheme://user:password@ in s.
// The user info runs from :// to the last @ before any / (libpq takes the
// first, so that an unencoded @ in a password leaves its tail as the host;
// the last one masks all of it, as devdb.Mask does).
func maskUserInfo(s string) string {
	var b strings.Builder
	for {
		i := strings.Index(s, "://")
		if i < 0 {
			b.WriteString(s)
			return b.String()
		}
		start := i + 3
		authority := start
		for authority < len(s) && !strings.ContainsRune("/ \t\n\"'<>", rune(s[authority])) {
			authority++
		}
		end := authority
		if at := strings.LastIndexByte(s[start:authority], '@'); at >= 0 {
			end = start + at
		}
		b.WriteString(s[:start])
		if end < len(s) && s[end] == '@' {
			info := s[start:end]
			if c := strings.IndexByte(info, ':'); c >= 0 && c < len(info)-1 {
				info = info[:c+1] + masked
			}
			b.WriteString(info)
			s = s[end:]
			continue
		}
		s = s[start:]
	}
}

// maskQueryPasswords masks the value of each password parameter of a URL's
// query in s. The value runs to white space, a quote, a "#", or an "&"
// that starts another key=value: an unencoded "&" in a password, which a
// parser would read as the start of a key, is masked with the rest, as
// devdb.Mask does.
func maskQueryPasswords(s string) string {
	var b strings.Builder
	for {
		loc := queryPassword.FindStringIndex(s)
		if loc == nil {
			b.WriteString(s)
			return b.String()
		}
		start := loc[1]
		end := start
		for end < len(s) && !strings.ContainsRune(" \t\n'\"#", rune(s[end])) && !startsKey(s[end:]) {
			end++
		}
		b.WriteString(s[:start])
		if end > start {
			b.WriteString(masked)
		}
		s = s[end:]
	}
}

// startsKey reports whether s starts with "&key=".
func startsKey(s string) bool {
	if s == "" || s[0] != '&' {
		return false
	}
	i := 1
	for i < len(s) && !strings.ContainsRune("&=#'\" \t\n", rune(s[i])) {
		i++
	}
	return i > 1 && i < len(s) && s[i] == '='
}
