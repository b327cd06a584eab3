package htmldoc

import (
	"strings"
	"unicode"

	"github.com/copydesk/copydesk/normalize"
)

// An author is a name taken from the page, before it becomes a
// normalize.Author.
type author struct {
	name        string
	org         bool   // the name is an organization's
	affiliation string // a person's organization, when the byline gives it
}

// maxAuthorWords is the most words a name may have; longer segments are
// prose, not bylines.
const maxAuthorWords = 6

// splitAuthors splits a byline or an author field into names: "By",
// roles, e-mail addresses, handles and URLs are dropped; names are split
// at commas, semicolons, bars, slashes and "and"; a known organization
// after a person ("Jane Doe, Reuters") becomes the person's affiliation.
func splitAuthors(s string) []author {
	s = collapse(unescape(s))
	if s == "" {
		return nil
	}
	if isURL(s) {
		if name := nameFromURL(s); name != "" {
			return []author{{name: name}}
		}
		return nil
	}
	var out []author
	for _, seg := range splitNames(s) {
		seg = trimName(seg)
		if seg == "" {
			continue
		}
		if isRole(seg) || isCredential(seg) {
			continue
		}
		seg = trimRole(seg)
		if name, org, ok := cutOrganization(seg); ok {
			out = append(out, author{name: name, affiliation: org})
			continue
		}
		if isOrganization(seg) {
			if !isOrgName(seg) {
				continue
			}
			if n := len(out); n > 0 && !out[n-1].org {
				for i := n - 1; i >= 0 && !out[i].org && out[i].affiliation == ""; i-- {
					out[i].affiliation = seg
				}
				continue
			}
			out = append(out, author{name: seg, org: true})
			continue
		}
		if !isName(seg) {
			continue
		}
		out = append(out, author{name: seg})
	}
	return out
}

// splitNames cuts s at the separators of a list of names.
func splitNames(s string) []string {
	s = strings.NewReplacer(" and ", ",", " AND ", ",", " And ", ",", " & ", ",", " | ", ",",
		" / ", ",", ";", ",", " · ", ",", " • ", ",", "\u00a0", " ", " with ", ",").Replace(s)
	return strings.Split(s, ",")
}

// trimName removes "By", a trailing role, e-mails and handles from a
// single name.
func trimName(s string) string {
	s = strings.TrimSpace(s)
	for {
		l := lower(s)
		cut := false
		for _, p := range bylinePrefixes {
			if strings.HasPrefix(l, p) {
				s = strings.TrimSpace(s[len(p):])
				cut = true
				break
			}
		}
		if !cut {
			break
		}
	}
	if strings.ContainsAny(s, "@") {
		f := strings.Fields(s)
		kept := f[:0]
		for _, w := range f {
			if !strings.Contains(w, "@") {
				kept = append(kept, w)
			}
		}
		s = strings.Join(kept, " ")
	}
	s = strings.TrimFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || unicode.IsPunct(r) && r != '.' && r != '\'' && r != ')' || r == '|'
	})
	return s
}

// isOrgName reports whether s can be an organization's name: no digits,
// not a sentence.
func isOrgName(s string) bool {
	if len(s) > 80 || len(strings.Fields(s)) > maxAuthorWords+2 {
		return false
	}
	for _, r := range s {
		if unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// isName reports whether s looks like a person's name.
func isName(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > maxAuthorWords || len(s) > 60 {
		return false
	}
	letters := 0
	for _, r := range s {
		if unicode.IsDigit(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	if letters < 2 {
		return false
	}
	if strings.ContainsAny(s, "()[]{}<>=/\\:?!") {
		return false
	}
	for _, w := range words {
		first, _ := firstRune(w)
		if unicode.IsLower(first) && !nameParticles[w] || notNames[lower(w)] {
			return false
		}
	}
	return true
}

func firstRune(s string) (rune, bool) {
	for _, r := range s {
		return r, true
	}
	return 0, false
}

// isRole reports whether s is a job title rather than a name.
func isRole(s string) bool {
	l := lower(s)
	if roleNames[l] {
		return true
	}
	// A short phrase opening or closing with a title word is a title
	// ("Crimson Staff Writer"); a longer one is a name with a title after
	// it, which trimRole shortens.
	if f := strings.Fields(l); len(f) > 1 && (roleHeads[f[0]] || len(f) <= 3 && roleTails[f[len(f)-1]]) {
		return true
	}
	for _, w := range strings.Fields(l) {
		if !roleWords[strings.Trim(w, ".")] {
			return false
		}
	}
	return true
}

// isCredential reports whether s is a degree or certification after a
// name ("Ph.D.", "RDN", "NSCA-CPT").
func isCredential(s string) bool {
	if credentials[lower(s)] {
		return true
	}
	if len(s) > 10 || strings.ContainsRune(s, ' ') || orgNames[lower(s)] {
		return false
	}
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// trimRole removes job-title words after a name ("Jane Doe Senior
// Writer"), keeping at least two words.
func trimRole(s string) string {
	f := strings.Fields(s)
	n := len(f)
	for n > 2 && roleWords[lower(strings.Trim(f[n-1], ".,"))] && lower(f[n-1]) != "the" {
		n--
	}
	if n == len(f) {
		return s
	}
	return strings.Join(f[:n], " ")
}

// cutOrganization splits a known organization off the end of a name
// ("John O'Connor The Associated Press").
func cutOrganization(s string) (name, org string, ok bool) {
	f := strings.Fields(s)
	for k := min(len(f)-2, 4); k >= 1; k-- {
		tail := strings.Join(f[len(f)-k:], " ")
		if orgNames[lower(tail)] {
			head := strings.Join(f[:len(f)-k], " ")
			if isName(head) {
				return head, tail, true
			}
		}
	}
	return "", "", false
}

// isOrganization reports whether s names an organization.
func isOrganization(s string) bool {
	l := lower(s)
	if orgNames[l] {
		return true
	}
	for _, w := range strings.Fields(l) {
		if orgWords[w] || strings.HasSuffix(w, ".com") || strings.HasSuffix(w, ".org") || strings.HasSuffix(w, ".net") || strings.HasSuffix(w, ".co.uk") {
			return true
		}
	}
	return false
}

func isURL(s string) bool {
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://") || strings.HasPrefix(s, "//")
}

// nameFromURL makes a name of an author page's slug
// (".../author/jane-doe/" is "Jane Doe").
func nameFromURL(u string) string {
	u = strings.TrimRight(u, "/")
	i := strings.LastIndexByte(u, '/')
	if i < 0 {
		return ""
	}
	parent := u[:i]
	if !strings.HasSuffix(parent, "/author") && !strings.HasSuffix(parent, "/authors") &&
		!strings.HasSuffix(parent, "/people") && !strings.HasSuffix(parent, "/by") {
		return ""
	}
	slug := u[i+1:]
	if strings.ContainsAny(slug, "?#.=0123456789") {
		return ""
	}
	words := strings.FieldsFunc(slug, func(r rune) bool { return r == '-' || r == '_' })
	if len(words) < 2 || len(words) > 4 {
		return ""
	}
	for i, w := range words {
		words[i] = strings.ToUpper(w[:1]) + w[1:]
	}
	return strings.Join(words, " ")
}

// dedupe returns the authors with repeats (ignoring case) removed, people
// first; organizations are kept only when no person is named, and never
// when they are the site itself (sites) rather than a byline.
func dedupe(in []author, sites []string) []normalize.Author {
	seen := map[string]bool{}
	var people, orgs []normalize.Author
	for _, a := range in {
		k := lower(a.name)
		if a.name == "" || seen[k] || a.org && matchesSite(a.name, sites) {
			continue
		}
		seen[k] = true
		if a.org {
			orgs = append(orgs, normalize.Author{Name: a.name, Organization: a.name})
		} else {
			people = append(people, normalize.Author{Name: a.name, Organization: a.affiliation})
		}
	}
	if len(people) > 0 {
		return people
	}
	return orgs
}

// hasPerson reports whether in names at least one person.
func hasPerson(in []author) bool {
	for _, a := range in {
		if !a.org && a.name != "" {
			return true
		}
	}
	return false
}
