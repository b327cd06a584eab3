package normalize

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/copydesk/copydesk/internal/space"
)

// maxSubheadingWords bounds the length of a subheading in plain text.
const maxSubheadingWords = 12

// IsSubheading reports whether paragraph p of a plain-text article reads
// as a subheading: one to twelve words, capitalised, with no sentence
// punctuation at the end (a quoted heading such as "'Get rid of American
// forces'" counts; "\"We want our sovereignty.\"" is a quote, not a
// heading). Whether p stands between two body paragraphs is for the
// caller to check: HTML marks headings, and text dumps only show them by
// shape and place.
func IsSubheading(p string) bool {
	s := p
	if !space.Trimmed(s) { // most paragraphs: no call
		s = space.Trim(s)
	}
	if s == "" || len(s) > 100 || strings.IndexByte(s, '\n') >= 0 {
		return false
	}
	inner := s
	if !asciiNotMark(s[0]) || !asciiNotMark(s[len(s)-1]) {
		inner = strings.TrimFunc(s, qIsMarkRune) // most headings have no mark around them
	}
	if inner == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(inner)
	if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(inner)
	if unicode.IsPunct(last) && last != ')' && last != '%' {
		return false
	}
	f, ok := fieldsAtMost(make([]string, 0, maxSubheadingWords), inner)
	if !ok {
		return false
	}
	for _, w := range f[:len(f)-1] {
		if strings.HasSuffix(w, ".") && !abbrevWord(w) {
			return false // two sentences
		}
	}
	return true
}

// asciiNotMark reports whether c, at an end of a text, is a whole ASCII
// character and no quotation mark (qIsMarkRune), so that
// strings.TrimFunc(s, qIsMarkRune) has nothing to trim at that end.
func asciiNotMark(c byte) bool { return c < utf8.RuneSelf && c != '"' && c != '\'' }

// abbrevWord reports whether w is an abbreviation such as "U.S." or "Dr.".
func abbrevWord(w string) bool {
	switch w {
	case "St.", "Jr.", "Sr.":
		return true
	}
	return strings.Count(w, ".") > 1 || qTitles[w] || months[w]
}
