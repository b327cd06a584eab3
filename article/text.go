package article

import (
	"strings"
	"unsafe"

	"github.com/copydesk/copydesk/clean"
	"github.com/copydesk/copydesk/normalize"
)

// parseText parses a plain-text dump: an optional "date YYYY-MM-DD"
// header, then paragraphs separated by blank lines.
//
// b is the parser's own buffer, never written again, so the text is read
// in place rather than copied: the article's strings share b's memory.
func (p *Parser) parseText(b []byte) (*Article, error) {
	s, repairs := clean.DecodeString(unsafe.String(unsafe.SliceData(b), len(b)))
	out, more := clean.TextRepairs(s)
	a := &Article{Repairs: append(repairs, more...)}
	if d, rest, ok := normalize.DateHeader(out); ok {
		a.DatePublished, out = d, rest
	}
	if err := p.assemble(a, splitParagraphs(out)); err != nil {
		return nil, err
	}
	return a, nil
}

// splitParagraphs splits text into paragraphs at blank lines; its line
// ends are LF, since clean turned CRLF and CR into LF. The lines of one
// paragraph are joined with a space (hard-wrapped text). A text with no
// blank line at all but several lines has a paragraph per line.
func splitParagraphs(s string) []block {
	blankSeparated := false
	for rest, more := s, true; more && !blankSeparated; {
		var l string
		l, rest, more = strings.Cut(rest, "\n")
		blankSeparated = strings.TrimSpace(l) == ""
	}
	var blocks []block
	var cur []string
	flush := func() {
		if len(cur) > 0 {
			blocks = append(blocks, block{kind: textBlock, text: strings.Join(cur, " ")})
			cur = cur[:0]
		}
	}
	for rest, more := s, true; more; {
		var l string
		l, rest, more = strings.Cut(rest, "\n")
		l = strings.TrimSpace(l)
		switch {
		case l == "":
			flush()
		case !blankSeparated:
			cur = append(cur, l)
			flush()
		default:
			cur = append(cur, l)
		}
	}
	flush()
	return blocks
}
