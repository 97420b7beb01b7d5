package config

import (
	"strings"
	"unicode"
)

// Slug turns a revision message into the slug of its file name: lower
// case, each run of characters other than letters and digits one _, no _
// at either end. Longer than max characters (max > 0), it is cut at the
// last word boundary within max, as Alembic's truncate_slug_length does
// (without Alembic's trailing _); a first word longer than max is cut at
// max.
func Slug(message string, max int) string {
	words := strings.FieldsFunc(message, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	slug := []rune(strings.ToLower(strings.Join(words, "_")))
	if max <= 0 || len(slug) <= max {
		return string(slug)
	}
	if slug[max] == '_' {
		return string(slug[:max])
	}
	cut := string(slug[:max])
	if i := strings.LastIndexByte(cut, '_'); i > 0 {
		return cut[:i]
	}
	return cut
}
