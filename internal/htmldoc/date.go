package htmldoc

import (
	"strconv"
	"strings"
	"time"

	"github.com/copydesk/copydesk/normalize"
)

// Years outside this range are taken for parsing accidents.
const minYear, maxYear = 1990, 2100

// Layouts of an ISO 8601 instant with a zone, after the date part.
var zonedLayouts = []string{
	"2006-01-02T15:04:05Z07:00", "2006-01-02T15:04:05.999999999Z07:00", "2006-01-02T15:04Z07:00",
	"2006-01-02T15:04:05Z0700", "2006-01-02T15:04:05.999999999Z0700", "2006-01-02T15:04:05 Z07:00",
	"2006-01-02T15:04:05-07", "2006-01-02T15:04:05.999999999-07",
}

// Layouts of written dates; only the day is kept from them.
var textLayouts = []string{
	time.RFC1123Z, time.RFC1123, "Mon, 2 Jan 2006 15:04:05 -0700", "Mon, 2 Jan 2006 15:04:05 MST",
	"January 2, 2006", "Jan 2, 2006", "Jan. 2, 2006", "2 January 2006", "2 Jan 2006",
	"Monday, January 2, 2006", "Mon, January 2, 2006", "January 2 2006", "Jan 2 2006",
	"2006/01/02", "01/02/2006", "20060102",
}

// parseDate reads a date as pages write it in metadata: ISO 8601 with or
// without time and zone, RFC 1123, Unix seconds or milliseconds, and
// common written forms ("December 17, 2023"). An instant with a zone keeps
// its zone (so its day is the local day of publication); a time without a
// zone keeps only the day.
func parseDate(s string) (normalize.Date, bool) {
	s = strings.TrimSpace(s)
	if len(s) < 8 {
		return normalize.Date{}, false
	}
	if isDigits(s) && (len(s) == 10 || len(s) == 13) {
		n, _ := strconv.ParseInt(s, 10, 64)
		if len(s) == 13 {
			n /= 1000
		}
		return checkYear(normalize.Date{Time: time.Unix(n, 0).UTC(), HasTime: true})
	}
	if isISODate(s) {
		s = strings.Replace(s, " ", "T", 1)
		s = strings.Replace(s, "/", "-", 2)
		if len(s) > 10 && s[10] == 'T' {
			for _, l := range zonedLayouts {
				if t, err := time.Parse(l, s); err == nil {
					return checkYear(normalize.Date{Time: t, HasTime: true})
				}
			}
		}
		if t, err := time.Parse(time.DateOnly, s[:10]); err == nil {
			return checkYear(normalize.Date{Time: t})
		}
		return normalize.Date{}, false
	}
	s = strings.Join(strings.Fields(s), " ")
	for _, l := range textLayouts {
		if t, err := time.Parse(l, s); err == nil {
			y, m, d := t.Date()
			return checkYear(normalize.Date{Time: time.Date(y, m, d, 0, 0, 0, 0, time.UTC)})
		}
	}
	// A written date followed by a time ("December 17, 2023 10:04 AM").
	if i := strings.LastIndex(s, ", "); i > 0 {
		for j := i + 2; j < len(s); j++ {
			if s[j] == ' ' {
				return parseDate(s[:j])
			}
		}
	}
	return normalize.Date{}, false
}

func checkYear(d normalize.Date) (normalize.Date, bool) {
	if y := d.Time.Year(); y < minYear || y > maxYear {
		return normalize.Date{}, false
	}
	return d, true
}

// isISODate reports whether s starts with YYYY-MM-DD (or YYYY/MM/DD).
func isISODate(s string) bool {
	return len(s) >= 10 && isDigits(s[:4]) && (s[4] == '-' || s[4] == '/') && isDigits(s[5:7]) &&
		s[7] == s[4] && isDigits(s[8:10])
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// dateFromURL finds a /YYYY/MM/DD/ or /YYYY-MM-DD/ path in an article URL;
// the day must not run on into more digits.
func dateFromURL(u string) (normalize.Date, bool) {
	for i := 0; i+11 <= len(u); i++ {
		if u[i] != '/' || !isDigits(u[i+1:i+5]) {
			continue
		}
		sep := u[i+5]
		if (sep != '/' && sep != '-') || !isDigits(u[i+6:i+8]) || u[i+8] != sep || !isDigits(u[i+9:i+11]) {
			continue
		}
		if i+11 < len(u) && u[i+11] >= '0' && u[i+11] <= '9' {
			continue // "/2023/12/231218130031.htm": an id, not a day
		}
		if t, err := time.Parse("2006-01-02", u[i+1:i+5]+"-"+u[i+6:i+8]+"-"+u[i+9:i+11]); err == nil {
			return checkYear(normalize.Date{Time: t})
		}
	}
	return normalize.Date{}, false
}

// findDate finds the first written date in a short visible text such as
// "By Jane Doe | February 28, 2023" or "Published 20 Dec 2023": month
// name, day and year in either order, or an ISO date.
func findDate(s string) (normalize.Date, bool) {
	for i := 0; i+10 <= len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' && (i == 0 || s[i-1] < '0' || s[i-1] > '9') && isISODate(s[i:]) {
			if d, ok := parseDate(s[i : i+10]); ok {
				return d, true
			}
		}
	}
	tok := strings.FieldsFunc(s, func(r rune) bool {
		return !(r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z')
	})
	for i, t := range tok {
		m, ok := months[lower(t)]
		if !ok {
			continue
		}
		switch {
		case i+2 < len(tok) && isDay(tok[i+1]) && isYear(tok[i+2]):
			return makeDate(tok[i+2], m, tok[i+1])
		case i > 0 && i+1 < len(tok) && isDay(tok[i-1]) && isYear(tok[i+1]):
			return makeDate(tok[i+1], m, tok[i-1])
		}
	}
	return normalize.Date{}, false
}

func isDay(s string) bool  { return len(s) <= 2 && isDigits(s) }
func isYear(s string) bool { return len(s) == 4 && isDigits(s) }

func makeDate(year string, m time.Month, day string) (normalize.Date, bool) {
	y, _ := strconv.Atoi(year)
	d, _ := strconv.Atoi(day)
	if d < 1 || d > 31 {
		return normalize.Date{}, false
	}
	t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return normalize.Date{}, false
	}
	return checkYear(normalize.Date{Time: t})
}

// months maps English month names and abbreviations to months.
var months = map[string]time.Month{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
	"may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
	"sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}

// clockWindow is how far before a written clock time its date is looked
// for: "Published Dec. 22, 2023 12:16PM" has it within 25 bytes.
const clockWindow = 25

// writtenClockDay finds in a visible date line a written date followed by
// a clock time ("December 22, 2023 10:00 PM", "Dec. 22, 2023 12:16PM EST")
// that is the instant t on a local clock: the same minutes, within 14
// hours. It returns that local day. Of several dates in the line
// ("Updated ... / Published ..."), the one whose clock matches is taken.
func writtenClockDay(s string, t time.Time) (normalize.Date, bool) {
	for p := 1; p+2 < len(s); p++ {
		if s[p] != ':' || !isDigit(s[p-1]) || !isDigit(s[p+1]) || !isDigit(s[p+2]) || p+3 < len(s) && isDigit(s[p+3]) {
			continue
		}
		start := p - 1
		if start > 0 && isDigit(s[start-1]) {
			start--
		}
		if start > 0 && isDigit(s[start-1]) {
			continue // a longer number
		}
		hour, _ := strconv.Atoi(s[start:p])
		minute, _ := strconv.Atoi(s[p+1 : p+3])
		if hour > 23 || minute != t.Minute() {
			continue
		}
		switch meridiem(s[p+3:]) {
		case "pm":
			if hour < 12 {
				hour += 12
			}
		case "am":
			if hour == 12 {
				hour = 0
			}
		}
		day, ok := findDate(s[max(0, start-clockWindow):start])
		if !ok {
			continue
		}
		y, m, dd := day.Time.Date()
		local := time.Date(y, m, dd, hour, minute, t.Second(), 0, time.UTC)
		if diff := local.Sub(t.UTC().Truncate(time.Second)); diff >= -14*time.Hour && diff <= 14*time.Hour {
			return day, true
		}
	}
	return normalize.Date{}, false
}

// meridiem returns "am" or "pm" when s starts with one (after spaces, with
// or without dots), else "".
func meridiem(s string) string {
	s = strings.TrimLeft(s, " ")
	s = lower(strings.ReplaceAll(s[:min(len(s), 6)], ".", ""))
	switch {
	case strings.HasPrefix(s, "am"):
		return "am"
	case strings.HasPrefix(s, "pm"):
		return "pm"
	}
	return ""
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }
