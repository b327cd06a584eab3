package normalize

import (
	"strings"
	"time"
)

// DateHeader reads the "date YYYY-MM-DD" header that opens a plain-text
// article dump. It returns the date and the text after the header, which
// may be the first paragraph (the header can share its line with it).
// Leading white space before the header is allowed. ok is false when s
// does not open with such a header or its date does not exist (2020-02-30),
// in which case rest is s.
func DateHeader(s string) (d Date, rest string, ok bool) {
	t := strings.TrimLeft(s, " \t\r\n\ufeff")
	const word = "date"
	if len(t) < len(word)+1+len(time.DateOnly) || !strings.EqualFold(t[:len(word)], word) {
		return Date{}, s, false
	}
	t = t[len(word):]
	sp := len(t) - len(strings.TrimLeft(t, " \t:"))
	if sp == 0 || len(t) < sp+len(time.DateOnly) {
		return Date{}, s, false
	}
	t = t[sp:]
	v := t[:len(time.DateOnly)]
	if len(t) > len(v) && !isSpaceByte(t[len(v)]) {
		return Date{}, s, false // "date 2020-01-245" or "2020-01-24T..." is not this header
	}
	tm, err := time.Parse(time.DateOnly, v)
	if err != nil {
		return Date{}, s, false
	}
	return Date{Time: tm}, strings.TrimLeft(t[len(v):], " \t\r\n"), true
}

func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r'
}
