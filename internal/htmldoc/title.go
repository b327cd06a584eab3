package htmldoc

import (
	"strings"
	"unicode"
)

// titleSeparators split a page title into headline and site name.
var titleSeparators = []string{" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " » ", " ― "}

// cleanTitle removes a site-name prefix or suffix from a page title. A
// part is taken for the site name when it matches one of sites, or, after
// a bar, when it is short.
func cleanTitle(t string, sites []string) string {
	t = collapse(t)
	for range 3 {
		cut := false
		for _, sep := range titleSeparators {
			i := strings.Index(t, sep)
			if i <= 0 {
				continue
			}
			if matchesSite(t[:i], sites) {
				t, cut = strings.TrimSpace(t[i+len(sep):]), true
				break
			}
			// The site name, and any tagline after it, ends the title.
			for j := i; j > 0; {
				head, tail := t[:j], t[j+len(sep):]
				next := strings.Index(tail, sep)
				seg := tail
				if next >= 0 {
					seg = tail[:next]
				}
				if matchesSite(seg, sites) || next < 0 && sep == " | " && len(strings.Fields(seg)) <= 4 && len(strings.Fields(head)) >= 3 {
					t, cut = strings.TrimSpace(head), true
					break
				}
				if next < 0 {
					break
				}
				j += len(sep) + next
			}
			if cut {
				break
			}
		}
		if !cut {
			break
		}
	}
	return t
}

// matchesSite reports whether s names one of the sites, ignoring case,
// spaces and punctuation ("BBC News" matches "bbc.co.uk"'s "bbc").
func matchesSite(s string, sites []string) bool {
	k := squash(s)
	if k == "" {
		return false
	}
	for _, site := range sites {
		v := squash(site)
		if v == "" {
			continue
		}
		if k == v || len(v) >= 3 && strings.HasPrefix(k, v) && len(k) <= len(v)+8 || len(k) >= 3 && strings.HasPrefix(v, k) {
			return true
		}
	}
	return false
}

// squash lower-cases s and drops everything but letters and digits.
func squash(s string) string {
	var b strings.Builder
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return strings.TrimPrefix(b.String(), "the")
}

// hostName returns the name part of a URL's host ("www.bbc.co.uk" is "bbc").
func hostName(u string) string {
	if i := strings.Index(u, "//"); i >= 0 {
		u = u[i+2:]
	}
	if i := strings.IndexAny(u, "/?#:"); i >= 0 {
		u = u[:i]
	}
	parts := strings.Split(u, ".")
	for len(parts) > 0 && (parts[0] == "www" || parts[0] == "m" || parts[0] == "edition" || parts[0] == "amp") {
		parts = parts[1:]
	}
	if len(parts) == 0 {
		return ""
	}
	return parts[0]
}

// sameTitle reports whether two titles are the same words, ignoring case,
// spaces and punctuation.
func sameTitle(a, b string) bool {
	x, y := squash(a), squash(b)
	return x != "" && x == y
}

// trimKickers removes a one- or two-word section label before or after a
// bar in a headline ("Politics | Gov. Hochul vetoes ...", "... | Editorial").
func trimKickers(t string) string {
	if i := strings.Index(t, " | "); i > 0 && len(strings.Fields(t[:i])) <= 2 && len(strings.Fields(t[i+3:])) >= 3 {
		t = t[i+3:]
	}
	if i := strings.LastIndex(t, " | "); i > 0 && len(strings.Fields(t[i+3:])) <= 2 && len(strings.Fields(t[:i])) >= 3 {
		t = t[:i]
	}
	return t
}

// dropMediaTag removes a bracketed media label at the end of a headline
// ("... [Watch]", "... (video)").
func dropMediaTag(t string) string {
	t = strings.TrimSpace(t)
	if n := len(t); n > 2 && (t[n-1] == ')' || t[n-1] == ']') {
		open := strings.LastIndexAny(t, "([")
		if open > 0 && mediaTags[lower(t[open+1:n-1])] {
			return strings.TrimSpace(t[:open])
		}
	}
	return t
}
