package clean

// blankRunEdits collapses runs of blank lines (lines empty or holding only
// spaces and tabs) between paragraphs to one blank line. Blank lines at
// the start and end of the text are the caller's layout and stay.
func blankRunEdits(s string) []edit {
	var edits []edit
	for i := 0; i < len(s); i++ {
		if s[i] != '\n' {
			continue
		}
		// s[i] ends a line; count the blank lines that follow.
		j, n, last := i+1, 1, i
		for j < len(s) {
			c := s[j]
			if c == '\n' {
				n++
				last = j
			} else if !isBlank(c) {
				break
			}
			j++
		}
		if j == len(s) {
			break
		}
		if n >= 3 || n == 2 && last-i > 1 {
			e := edit{i, last + 1, "\n\n", Whitespace}
			if n == 1 {
				e.repl = "\n"
			}
			edits = append(edits, e)
		}
		i = last
	}
	return edits
}
