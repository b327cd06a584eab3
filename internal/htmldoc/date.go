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

// dateFromURL finds a /YYYY/MM/DD/ or /YYYY-MM-DD/ path in an article URL.
func dateFromURL(u string) (normalize.Date, bool) {
	for i := 0; i+11 <= len(u); i++ {
		if u[i] != '/' || !isDigits(u[i+1:i+5]) {
			continue
		}
		sep := u[i+5]
		if (sep != '/' && sep != '-') || !isDigits(u[i+6:i+8]) || u[i+8] != sep || !isDigits(u[i+9:i+11]) {
			continue
		}
		if t, err := time.Parse("2006-01-02", u[i+1:i+5]+"-"+u[i+6:i+8]+"-"+u[i+9:i+11]); err == nil {
			return checkYear(normalize.Date{Time: t})
		}
	}
	return normalize.Date{}, false
}
