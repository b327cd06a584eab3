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
	t := trimHeaderSpace(s)
	const word = "date"
	if len(t) < len(word)+1+len(time.DateOnly) || !strings.EqualFold(t[:len(word)], word) {
		return Date{}, s, false
	}
	t = t[len(word):]
	sp := len(t) - len(trimLeftASCII(t, " \t:"))
	if sp == 0 || len(t) < sp+len(time.DateOnly) {
		return Date{}, s, false
	}
	t = t[sp:]
	v := t[:len(time.DateOnly)]
	if len(t) > len(v) && !isSpaceByte(t[len(v)]) {
		return Date{}, s, false // "date 2020-01-245" or "2020-01-24T..." is not this header
	}
	tm, err := parseDateOnly(v)
	if err != nil {
		return Date{}, s, false
	}
	return Date{Time: tm}, trimLeftASCII(t[len(v):], " \t\r\n"), true
}

// byteOrderMark is U+FEFF, which DateHeader passes over before its header.
const byteOrderMark = "\ufeff"

// trimHeaderSpace is strings.TrimLeft(s, " \t\r\n\ufeff"), which
// builds no set of ASCII bytes for a cutset with U+FEFF in it and so
// decodes every byte it looks at.
func trimHeaderSpace(s string) string {
	for {
		s = trimLeftASCII(s, " \t\r\n")
		if !strings.HasPrefix(s, byteOrderMark) {
			return s
		}
		s = s[len(byteOrderMark):]
	}
}

// trimLeftASCII is strings.TrimLeft(s, cutset) for a short cutset of
// ASCII bytes, without the set strings.TrimLeft builds at each call: the
// header has one or two bytes to trim, or none.
func trimLeftASCII(s, cutset string) string {
	for len(s) > 0 && strings.IndexByte(cutset, s[0]) >= 0 {
		s = s[1:]
	}
	return s
}

// parseDateOnly is time.Parse(time.DateOnly, v), which every text dump's
// header costs, with the common case read here: four, two and two digits
// between dashes that make a date in the calendar. Anything else, an
// error included, is left to time.Parse. FuzzParseDateOnly checks the
// two agree.
func parseDateOnly(v string) (time.Time, error) {
	if len(v) == len(time.DateOnly) && v[4] == '-' && v[7] == '-' {
		y, okY := atoiDigits(v[:4])
		m, okM := atoiDigits(v[5:7])
		d, okD := atoiDigits(v[8:])
		if okY && okM && okD && m >= 1 && m <= 12 && d >= 1 {
			// time.Date rolls a day past the month's end into the next
			// month, with a smaller day number: then it was no date.
			if t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC); t.Day() == d {
				return t, nil
			}
		}
	}
	return time.Parse(time.DateOnly, v)
}

// atoiDigits reads s, ASCII digits only, as a number.
func atoiDigits(s string) (n int, ok bool) {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, s != ""
}

func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r'
}
