package sqlident

// Enclosed reports whether the first character of expr is an opening
// parenthesis whose match is the last character, skipping parentheses
// inside string constants and quoted identifiers.
func Enclosed(expr string) bool {
	if len(expr) < 2 || expr[0] != '(' || expr[len(expr)-1] != ')' {
		return false
	}
	depth := 0
	var quote byte // ' or " while inside a quoted token
	for i := 0; i < len(expr); i++ {
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
			if depth == 0 && i != len(expr)-1 {
				return false
			}
		}
	}
	return depth == 0
}
