package sqlident

// Enclosed reports whether one pair of parentheses encloses all of expr:
// its first character opens a parenthesis whose match is its last.
func Enclosed(expr string) bool {
	return len(expr) >= 2 && expr[0] == '(' && MatchingParen(expr, 0) == len(expr)-1
}

// MatchingParen returns the index of the parenthesis closing the one at
// open in expr, or -1, skipping parentheses inside string constants and
// quoted identifiers.
func MatchingParen(expr string, open int) int {
	depth := 0
	var quote byte // ' or " while inside a quoted token
	for i := open; i < len(expr); i++ {
		c := expr[i]
		if quote != 0 {
			if c == quote {
				quote = 0 // a doubled quote closes and reopens: same result
			}
			continue
		}
		switch c {
		case '\'', '"':
			quote = c
		case '(':
			depth++
		case ')':
			depth--
			if depth == 0 {
				return i
			}
		}
	}
	return -1
}
