package article

import (
	"strings"
	"unsafe"

	"github.com/copydesk/copydesk/clean"
	"github.com/copydesk/copydesk/internal/space"
	"github.com/copydesk/copydesk/normalize"
)

// parseText parses a plain-text dump: an optional "date YYYY-MM-DD"
// header, then paragraphs separated by blank lines.
//
// b is the parser's own buffer, never written again, so the text is read
// in place rather than copied: the article's strings share b's memory.
func (p *Parser) parseText(b []byte) (*Article, error) {
	out, repairs := clean.DecodeTextRepairs(unsafe.String(unsafe.SliceData(b), len(b)))
	a := &Article{Repairs: repairs}
	if d, rest, ok := normalize.DateHeader(out); ok {
		a.DatePublished, out = d, rest
	}
	if err := p.assemble(a, textBlocks(splitParagraphs(out))); err != nil {
		return nil, err
	}
	return a, nil
}

// splitParagraphs splits text into paragraphs at blank lines; its line
// ends are LF, since clean turned CRLF and CR into LF. The lines of one
// paragraph are joined with a space (hard-wrapped text). A text with no
// blank line at all but several lines has a paragraph per line.
//
// The paragraphs are gathered in an array on the stack (it grows onto
// the heap past maxStackParagraphs) and come in one slice of the size
// they need, so the lines need not be counted first; the lines of a
// paragraph are not collected: a paragraph of one line is a slice of s,
// one of several is joined by joinLines from its stretch.
func splitParagraphs(s string) []string {
	blankSeparated := false
	for rest, more := s, true; more && !blankSeparated; {
		var l string
		l, rest, more = strings.Cut(rest, "\n")
		blankSeparated = strings.TrimSpace(l) == ""
	}
	var gathered [maxStackParagraphs]string
	paragraphs := gathered[:0]
	var first string // the paragraph being read: its first line, trimmed,
	from, to := 0, 0 // its stretch of s, from the first line's start to the last line's end,
	n := 0           // and how many lines it has
	for at := 0; at <= len(s); {
		if at < len(s) && s[at] == '\n' {
			// An empty line, every other line of a dump, ends the
			// paragraph being read; it needs no search and no trim.
			paragraphs = appendParagraph(paragraphs, first, s[from:to], n)
			n = 0
			at++
			continue
		}
		end := len(s) // where the line ends, at its line feed or the end of s
		if i := strings.IndexByte(s[at:], '\n'); i >= 0 {
			end = at + i
		}
		l := s[at:end]
		if !space.Trimmed(l) { // most lines: no call
			l = space.Trim(l)
		}
		if l != "" {
			if n == 0 {
				first, from = l, at
			}
			to = end
			n++
		}
		if l == "" || !blankSeparated {
			paragraphs = appendParagraph(paragraphs, first, s[from:to], n)
			n = 0
		}
		at = end + 1
	}
	paragraphs = appendParagraph(paragraphs, first, s[from:to], n)
	out := make([]string, len(paragraphs))
	copy(out, paragraphs)
	return out
}

// maxStackParagraphs is how many paragraphs splitParagraphs gathers on
// the stack: more than nine texts in ten of the NAEB corpus have.
const maxStackParagraphs = 128

// appendParagraph appends the paragraph of n lines (none: nothing) that
// starts with the line first and stands in stretch.
func appendParagraph(paragraphs []string, first, stretch string, n int) []string {
	switch n {
	case 0:
		return paragraphs
	case 1:
		return append(paragraphs, first)
	}
	return append(paragraphs, joinLines(stretch))
}

// joinLines joins the lines of s, each trimmed of white space, with a
// space: s holds no blank line.
func joinLines(s string) string {
	var b strings.Builder
	b.Grow(len(s)) // each line end, with the white space around it, becomes one space
	for rest, more := s, true; more; {
		var l string
		l, rest, more = strings.Cut(rest, "\n")
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		if !space.Trimmed(l) {
			l = space.Trim(l)
		}
		b.WriteString(l)
	}
	return b.String()
}
