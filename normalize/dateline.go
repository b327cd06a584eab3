package normalize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxDatelineLen bounds how far into a paragraph a dateline may reach.
const maxDatelineLen = 120

// CutDateline reads the dateline that opens paragraph p and returns it
// and the rest of the paragraph, like strings.Cut. It knows the forms of
// wire and newspaper copy:
//
//	Baghdad, Iraq –
//	BAGHDAD (AP) —
//	BAGHDAD, Jan 24 (Reuters) -
//	SAN FRANCISCO, Calif. (AP) —
//	BEIJING, Jan. 24 (Xinhua) --
//	NEW DELHI:
//
// d.Text is the dateline exactly as it opens p, separator included, and
// rest is the paragraph after it and the spaces that follow. ok is false when p opens with an ordinary sentence, even one with a
// dash in it: a place in title case needs a second part ("Baghdad,
// Iraq"), an agency or a date to count, one in capitals needs nothing
// more, and the text after the separator must open a sentence.
func CutDateline(p string) (d Dateline, rest string, ok bool) {
	if strings.HasPrefix(p, " ") || strings.HasPrefix(p, "\t") {
		return Dateline{}, p, false // keep the contract d.Text == p[:len(d.Text)]
	}
	start, end, colon := datelineSeparator(p)
	if start <= 0 {
		return Dateline{}, p, false
	}
	rest = p[end:]
	if r, _ := utf8.DecodeRuneInString(rest); !(unicode.IsUpper(r) || unicode.IsDigit(r) || qIsMarkRune(r)) {
		return Dateline{}, p, false
	}
	d, ok = parseDatelinePlace(strings.TrimSpace(p[:start]), false)
	if !ok || (colon && !isAllCaps(d.City)) {
		return Dateline{}, p, false
	}
	d.Text = strings.TrimRight(p[:end], " \t")
	return d, rest, true
}

// ParseDateline reads a dateline that stands alone, as page metadata
// gives it ("BAGHDAD (AP)", "Baghdad, Iraq", "WASHINGTON —"). Since the
// source says it is a dateline, a single place in title case is enough.
// d.Text is s without surrounding space.
func ParseDateline(s string) (d Dateline, ok bool) {
	s = strings.TrimSpace(s)
	place := strings.TrimRight(s, " \t—–-:")
	if place == "" || len(place) > maxDatelineLen {
		return Dateline{}, false
	}
	d, ok = parseDatelinePlace(place, true)
	if !ok {
		return Dateline{}, false
	}
	d.Text = s
	return d, true
}

// datelineSeparator finds the dash (or, for a place in capitals, the
// colon) that ends a dateline: the byte range it covers with the spaces
// around it. start is -1 when there is none within maxDatelineLen.
//
// Only the bytes datelineStops marks can open a character the switch
// below looks at; the others, most of a dateline's letters, are passed
// one at a time without decoding.
func datelineSeparator(p string) (start, end int, colon bool) {
	limit := min(len(p), maxDatelineLen)
	for i := 0; i < limit; {
		for i < limit && !datelineStops[p[i]] {
			i++
		}
		if i == limit {
			break
		}
		r, n := utf8.DecodeRuneInString(p[i:])
		switch {
		case r == '—' || r == '–' || r == '―':
			return i, skipSpaces(p, i+n), false
		case r == '-' && i+1 < len(p) && p[i+1] == '-':
			return i, skipSpaces(p, i+2), false
		case r == '-' && i > 0 && p[i-1] == ' ' && i+1 < len(p) && p[i+1] == ' ':
			return i, skipSpaces(p, i+1), false
		case r == ':' && i+1 < len(p) && p[i+1] == ' ':
			return i, skipSpaces(p, i+1), true
		case r == '"' || r == '“' || r == '\n' || r == '.' && i+1 < len(p) && p[i+1] == ' ' && !abbrevBefore(p, i):
			return -1, -1, false // a sentence or a quote began first
		}
		i += n
	}
	return -1, -1, false
}

// datelineStops marks the bytes that open a character datelineSeparator
// stops at: the ASCII ones it names, and 0xE2, the first byte of the
// dashes and the opening quotation mark it knows (U+2013 to U+201C). A
// byte it does not mark is passed alone, which for a character of
// several bytes is the same as passing it whole: none of its following
// bytes (0x80 to 0xBF) is marked either.
var datelineStops = [256]bool{'-': true, ':': true, '"': true, '\n': true, '.': true, 0xE2: true}

// abbrevBefore reports whether the '.' at p[i] ends an abbreviation a
// dateline may hold ("Calif.", "Jan.", "D.C.", "St.").
func abbrevBefore(p string, i int) bool {
	j := strings.LastIndexAny(p[:i], " ,(") + 1
	w := p[j : i+1]
	switch strings.ToLower(w) {
	case "st.", "ft.", "mt.", "pt.":
		return true
	}
	return usRegions[w] || months[w] || strings.Count(w, ".") > 1
}

func skipSpaces(p string, i int) int {
	for i < len(p) && (p[i] == ' ' || p[i] == '\t') {
		i++
	}
	return i
}

// parseDatelinePlace reads "CITY[, Region][, Country][, Date] [(Agency)]".
// standalone says the text is known to be a dateline (metadata), so a
// single place in title case is enough.
func parseDatelinePlace(pre string, standalone bool) (Dateline, bool) {
	var d Dateline
	if strings.HasSuffix(pre, ")") {
		open := strings.LastIndexByte(pre, '(')
		if open < 0 || !isAgency(pre[open+1:len(pre)-1]) {
			return d, false
		}
		d.Agency = strings.TrimSpace(pre[open+1 : len(pre)-1])
		pre = strings.TrimRight(strings.TrimSpace(pre[:open]), ",")
	} else if i := strings.LastIndexByte(pre, ' '); i > 0 && bareAgencies[pre[i+1:]] {
		// "Hong Kong CNN —": the parentheses were lost in scraping.
		d.Agency, pre = pre[i+1:], strings.TrimSpace(pre[:i])
	}
	parts := strings.Split(pre, ",")
	for i := range parts {
		parts[i] = strings.TrimSpace(parts[i])
	}
	// A date closes the place: "Jan. 24" or "Jan. 24, 2020".
	if n := len(parts); n >= 2 && isYear(parts[n-1]) && isMonthDay(parts[n-2]) {
		d.Date = parts[n-2] + ", " + parts[n-1]
		parts = parts[:n-2]
	} else if isMonthDay(parts[n-1]) {
		d.Date = parts[n-1]
		parts = parts[:n-1]
	}
	if len(parts) == 0 || len(parts) > 3 {
		return Dateline{}, false
	}
	words := 0
	for i, part := range parts {
		n, ok := placeWords(part, i == 0)
		if !ok {
			return Dateline{}, false
		}
		words += n
	}
	if words > 7 {
		return Dateline{}, false
	}
	d.City = parts[0]
	if notPlaceCaps[strings.ToUpper(d.City)] {
		return Dateline{}, false
	}
	if !standalone && d.Agency == "" && d.Date == "" && len(parts) == 1 && !isAllCaps(d.City) {
		return Dateline{}, false
	}
	switch len(parts) {
	case 2:
		if usRegions[parts[1]] {
			d.Region = parts[1]
		} else {
			d.Country = parts[1]
		}
	case 3:
		d.Region, d.Country = parts[1], parts[2]
	}
	return d, true
}

// bareAgencies are the wire names taken as an agency even without the
// parentheses around them, where scraping dropped them.
var bareAgencies = setOf("CNN", "AP", "AFP", "Reuters", "Xinhua", "UPI")

// notPlaceCaps are capitalised labels that open a paragraph like a
// dateline does but are not places ("UPDATE:", "BREAKING —").
var notPlaceCaps = setOf("UPDATE", "UPDATED", "BREAKING", "BREAKING NEWS",
	"EXCLUSIVE", "WATCH", "LIVE", "ANALYSIS", "OPINION", "EDITOR'S NOTE",
	"EDITOR’S NOTE", "NOTE", "CORRECTION", "CLARIFICATION", "WARNING", "PHOTOS",
	"VIDEO", "READ MORE", "ALSO READ", "RELATED", "FILE", "FILE PHOTO", "Q", "A")

// placeWords checks that part reads as a place name: one to four words,
// each capitalised or a lower-case particle ("de", "al-"), and counts them.
func placeWords(part string, first bool) (int, bool) {
	fields := strings.Fields(part)
	if len(fields) == 0 || len(fields) > 4 {
		return 0, false
	}
	for i, w := range fields {
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case unicode.IsUpper(r):
			if i == 0 && first && notPlaceWords[w] {
				return 0, false
			}
		case i > 0 && placeParticles[strings.ToLower(w)]:
		case strings.HasPrefix(w, "al-") || strings.HasPrefix(w, "el-") || strings.HasPrefix(w, "ad-"):
		default:
			return 0, false
		}
		for _, c := range w {
			if !(unicode.IsLetter(c) || c == '.' || c == '-' || c == '\'' || c == '’') {
				return 0, false
			}
		}
	}
	return len(fields), true
}

var placeParticles = setOf("de", "del", "della", "da", "do", "dos", "la",
	"le", "les", "of", "upon", "on", "am", "an", "im", "sur", "y", "al", "el")

// isAgency reports whether s reads as a news agency's name in a dateline:
// one to four words of letters ("AP", "Reuters", "The Conversation").
func isAgency(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 40 {
		return false
	}
	fields := strings.Fields(s)
	if len(fields) > 4 {
		return false
	}
	for _, w := range fields {
		for _, c := range w {
			if !(unicode.IsLetter(c) || c == '.' || c == '&' || c == '-' || c == '/') {
				return false
			}
		}
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || strings.EqualFold(s, "dpa")
}

func isMonthDay(s string) bool {
	f := strings.Fields(s)
	if len(f) != 2 || !months[f[0]] {
		return false
	}
	return len(f[1]) <= 2 && allDigits(f[1])
}

func isYear(s string) bool { return len(s) == 4 && allDigits(s) }

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// isAllCaps reports whether s has letters and no lower-case ones.
func isAllCaps(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2
}
