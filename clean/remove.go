package clean

import (
	"slices"
	"strings"
)

// A span is a stretch of junk found by a pass: cur[start:end] is replaced
// by repl (usually nothing).
type span struct {
	start, end int
	repl       string
}

// removals turns the junk spans of one pass (sorted, not overlapping) into
// edits that also tidy the space they leave:
//   - a line that holds nothing but junk and spaces disappears with its
//     line break, keeping the wider of the two breaks around it, so that
//     paragraphs are neither joined nor left with an empty one between;
//     runs of such lines go as one edit;
//   - junk inside a line takes one neighbouring run of spaces with it, so
//     that no double space, space before punctuation or space at a line
//     end is left.
//
// The edits are appended to edits, which is first given room for one per
// span, the most there can be.
func removals(edits []edit, s string, spans []span, kind RepairKind) []edit {
	edits = slices.Grow(edits, len(spans))
	at, atLine := 0, 0 // a position already passed and the start of its line
	for i := 0; i < len(spans); {
		if st := spans[i].start; st > 0 && s[st-1] != '\n' && !isBlank(s[st-1]) {
			// Something stands before the span on its line (text, or
			// an earlier span of a line already found to hold text):
			// not a junk line, so the span goes inline, as the line's
			// other spans will. No need to find the line.
			edits = append(edits, inlineRemoval(s, spans[i], kind))
			i++
			continue
		}
		ls := lineStartAfter(s, at, atLine, spans[i].start)
		at, atLine = spans[i].start, ls
		le := lineEnd(s, spans[i].start)
		j := i
		for j < len(spans) && spans[j].start < le {
			j++
		}
		if lineIsJunk(s, ls, le, spans[i:j]) {
			// Gather the run of junk (or blank) lines that follows.
			last := le
			k := j
			for {
				nls := nextContentLine(s, last)
				if nls < 0 || k >= len(spans) {
					break
				}
				nle := lineEnd(s, nls)
				m := k
				for m < len(spans) && spans[m].start < nle {
					m++
				}
				if spans[k].start >= nle || !lineIsJunk(s, nls, nle, spans[k:m]) {
					break
				}
				last, k = nle, m
			}
			edits = append(edits, lineRemoval(s, ls, last, kind))
			i = k
			continue
		}
		for _, sp := range spans[i:j] {
			edits = append(edits, inlineRemoval(s, sp, kind))
		}
		i = j
	}
	return edits
}

// lineRemoval removes the lines s[ls:le] and one of the line breaks around
// them: the narrower one, so the wider (a paragraph break) stays.
func lineRemoval(s string, ls, le int, kind RepairKind) edit {
	pe := prevContentEnd(s, ls) // end of the line holding the previous content, or -1
	ns := nextContentLine(s, le)
	switch {
	case pe < 0 && ns < 0:
		return edit{0, len(s), "", kind}
	case pe < 0:
		return edit{ls, ns, "", kind}
	case ns < 0:
		return edit{pe, le, "", kind}
	}
	before := countNewlines(s[pe:ls])
	after := countNewlines(s[le:ns])
	if before >= after {
		return edit{ls, ns, "", kind}
	}
	return edit{pe, le, "", kind}
}

// inlineRemoval removes junk inside a line of text with one run of spaces
// beside it.
func inlineRemoval(s string, sp span, kind RepairKind) edit {
	start, end := sp.start, sp.end
	if sp.repl != "" {
		return edit{start, end, sp.repl, kind}
	}
	sb := start
	for sb > 0 && isBlank(s[sb-1]) {
		sb--
	}
	se := end
	for se < len(s) && isBlank(s[se]) {
		se++
	}
	atLineStart := sb == 0 || s[sb-1] == '\n'
	atLineEnd := se == len(s) || s[se] == '\n'
	switch {
	case atLineStart && se > end:
		end = se // "JUNK word", "  JUNK word" (the indent stays)
	case sb < start && (atLineEnd || se > end || closesBefore(s, se)):
		start = sb // "word JUNK word", "word JUNK", "word JUNK."
	case se > end && opensAfter(s, sb):
		end = se // "(JUNK word"
	}
	return edit{start, end, "", kind}
}

// closesBefore reports whether s[i] is punctuation that sticks to the word
// before it, so that a space before it is wrong.
func closesBefore(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	switch s[i] {
	case ',', '.', ';', ':', '!', '?', ')', ']', '}':
		return true
	}
	return false
}

// opensAfter reports whether s[i-1] is punctuation that sticks to the word
// after it.
func opensAfter(s string, i int) bool {
	if i == 0 {
		return false
	}
	switch s[i-1] {
	case '(', '[', '{':
		return true
	}
	return false
}

// lineIsJunk reports whether s[ls:le] holds nothing but the spans and
// blanks.
func lineIsJunk(s string, ls, le int, spans []span) bool {
	at := ls
	for _, sp := range spans {
		if sp.repl != "" && !isBlankString(sp.repl) {
			return false
		}
		if !isBlankString(s[at:sp.start]) {
			return false
		}
		at = sp.end
	}
	return at <= le && isBlankString(s[at:le])
}

func isBlank(c byte) bool { return c == ' ' || c == '\t' }

func isBlankString(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isBlank(s[i]) {
			return false
		}
	}
	return true
}

// lineStart returns the start of the line holding s[i].
func lineStart(s string, i int) int {
	return strings.LastIndexByte(s[:i], '\n') + 1
}

// lineStartAfter returns the start of the line holding s[i], given the
// start ls of the line holding an earlier position p: it reads forwards
// from p, a word at a time, where lineStart reads back byte by byte (it
// does so itself when p is far behind, where reading forwards would
// cross many lines).
func lineStartAfter(s string, p, ls, i int) int {
	if p > i || i-p > 128 {
		return lineStart(s, i) // far apart: read back from i
	}
	for {
		k := strings.IndexByte(s[p:i], '\n')
		if k < 0 {
			return ls
		}
		p += k + 1
		ls = p
	}
}

// lineEnd returns the end of the line holding s[i] (its line break, or
// len(s)).
func lineEnd(s string, i int) int {
	if j := strings.IndexByte(s[i:], '\n'); j >= 0 {
		return i + j
	}
	return len(s)
}

// prevContentEnd returns the end of the last line before ls that is not
// blank (the index of its line break), or -1.
func prevContentEnd(s string, ls int) int {
	i := ls
	for i > 0 {
		c := s[i-1]
		if c != '\n' && !isBlank(c) {
			return lineEnd(s, i-1)
		}
		i--
	}
	return -1
}

// nextContentLine returns the start of the first line after the line break
// at le that is not blank, or -1.
func nextContentLine(s string, le int) int {
	for i := le; i < len(s); i++ {
		c := s[i]
		if c != '\n' && !isBlank(c) {
			return lineStart(s, i)
		}
	}
	return -1
}

func countNewlines(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' {
			n++
		}
	}
	return n
}
