package normalize

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/copydesk/copydesk/internal/anchored"
	"github.com/copydesk/copydesk/internal/space"
)

// maxBylineLen bounds the length of a byline or contributor paragraph.
const maxBylineLen = 300

// Byline reads a byline paragraph and returns its authors. It knows
//
//	By Jane Doe and John Roe
//	By Jane Doe, Reuters
//	Jane Doe | Reuters
//	Qassem Abdul-Zahra and Samya Kullab, The Associated Press
//
// A paragraph without "By" must name an organization, so that a list of
// places or people in ordinary text is not taken for a byline. Each
// author carries the organization named for the group.
func Byline(p string) ([]Author, bool) {
	s := p
	if !space.Trimmed(s) { // most paragraphs: no call
		s = space.Trim(s)
	}
	if s == "" || len(s) > maxBylineLen {
		return nil, false
	}
	by := false
	for _, prefix := range []string{"By ", "by ", "BY ", "By: ", "Written by ", "Words by "} {
		if strings.HasPrefix(s, prefix) {
			s, by = strings.TrimSpace(s[len(prefix):]), true
			break
		}
	}
	s = strings.TrimSuffix(s, ".")
	var org string
	if i := anchored.LastIndex(s, " | ", 1); i >= 0 {
		org, s = strings.TrimSpace(s[i+3:]), strings.TrimSpace(s[:i])
		if !isOrganization(org) && !isPersonName(org) {
			return nil, false
		}
	} else if i := anchored.LastIndex(s, ", ", 0); i >= 0 && isOrganization(strings.TrimSpace(s[i+2:])) {
		org, s = strings.TrimSpace(s[i+2:]), strings.TrimSpace(s[:i])
	}
	if org == "" && !by {
		return nil, false
	}
	if s == "" && org != "" && by {
		return []Author{{Name: org}}, true // "By Reuters"
	}
	names := splitNames(s)
	if len(names) == 0 {
		return nil, false
	}
	authors := make([]Author, 0, len(names))
	for _, n := range names {
		if !isPersonName(n) {
			if by && org == "" && isOrganization(n) {
				authors = append(authors, Author{Name: n})
				continue
			}
			return nil, false
		}
		authors = append(authors, Author{Name: n, Organization: org})
	}
	return authors, true
}

// Contributors reads a contributor line and returns who contributed:
//
//	Associated Press writer Nasser Karimi in Tehran, Iran, contributed to this report.
//	Jane Doe in Paris and John Roe in London contributed reporting.
//	(Reporting by Jane Doe in London; Additional reporting by John Roe; Editing by Ann Poe)
//	Russo reported from New York.
func Contributors(p string) ([]Contributor, bool) {
	s := p
	if !space.Trimmed(s) {
		s = space.Trim(s)
	}
	if s == "" || len(s) > maxBylineLen {
		return nil, false
	}
	if cs, ok := reutersCredits(s); ok {
		return cs, true
	}
	if cs, ok := reportedFrom(s); ok {
		return cs, true
	}
	s = strings.TrimSuffix(strings.TrimPrefix(s, "— "), ".")
	head := ""
	for _, tail := range contributionTails {
		if strings.HasSuffix(s, tail) {
			head = strings.TrimSpace(s[:len(s)-len(tail)])
			break
		}
	}
	if head == "" {
		return nil, false
	}
	var org, role string
	words := strings.Fields(head)
	for i, w := range words {
		if r, ok := contributorRoles[strings.ToLower(w)]; ok && i+1 < len(words) {
			org = strings.Join(words[:i], " ")
			role = r
			if i > 0 && strings.EqualFold(words[i-1], "staff") {
				org, role = strings.Join(words[:i-1], " "), "staff "+r
			}
			head = strings.Join(words[i+1:], " ")
			break
		}
	}
	if org != "" && !isOrganization(org) {
		return nil, false
	}
	cs := contributorList(head, role, org)
	return cs, cs != nil
}

// reportedFrom reads AP's "Russo reported from New York." and "Doe and
// Roe reported from Kyiv, Ukraine." Names may be surnames alone: the line
// refers to the byline.
func reportedFrom(s string) ([]Contributor, bool) {
	if anchored.Index(s, " from ", 1) < 0 {
		return nil, false // every verb below ends in it: one search, not three
	}
	s = strings.TrimSuffix(s, ".")
	for _, verb := range []string{" reported from ", " contributed from ", " reported this story from "} {
		i := strings.Index(s, verb)
		if i <= 0 {
			continue
		}
		loc := strings.TrimSpace(s[i+len(verb):])
		if _, ok := placeWords(strings.Split(loc, ",")[0], true); !ok {
			return nil, false
		}
		var out []Contributor
		for _, name := range splitNames(s[:i]) {
			if !isPersonName(name) && !isSurname(name) {
				return nil, false
			}
			out = append(out, Contributor{Name: name, Role: "reporter", Location: loc})
		}
		return out, out != nil
	}
	return nil, false
}

// isSurname reports whether s is one capitalised word of letters.
func isSurname(s string) bool {
	if strings.ContainsAny(s, " \t") || notPlaceWords[s] {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(r) {
		return false
	}
	for _, c := range s {
		if !(unicode.IsLetter(c) || c == '-' || c == '\'' || c == '’') {
			return false
		}
	}
	return true
}

// reutersCredits reads "(Reporting by A in X; Editing by B)".
func reutersCredits(s string) ([]Contributor, bool) {
	if anchored.Index(s, " by ", 1) < 0 {
		return nil, false // every segment needs one: spare splitting the line
	}
	s = strings.TrimSpace(strings.TrimSuffix(strings.TrimPrefix(s, "("), ")"))
	var out []Contributor
	for _, seg := range splitCredits(s) {
		seg = strings.TrimSpace(seg)
		i := strings.Index(seg, " by ")
		if i <= 0 {
			return nil, false
		}
		role := strings.ToLower(seg[:i])
		if !creditRoles[role] {
			return nil, false
		}
		cs := contributorList(seg[i+4:], role, "")
		if cs == nil {
			return nil, false
		}
		out = append(out, cs...)
	}
	return out, out != nil
}

// splitCredits splits a credit line into its segments, at semicolons and
// at ", " or ". " before a capitalised credit label ("..., Editing by").
func splitCredits(s string) []string {
	var segs []string
	last := 0
	for i := 0; i < len(s); i++ {
		switch {
		case s[i] == ';':
			segs = append(segs, s[last:i])
			last = i + 1
		case (s[i] == ',' || s[i] == '.') && strings.HasPrefix(s[i+1:], " ") && opensCredit(s[i+2:]):
			segs = append(segs, s[last:i])
			last = i + 2
		}
	}
	return append(segs, s[last:])
}

// opensCredit reports whether s opens with a capitalised credit label.
func opensCredit(s string) bool {
	i := strings.Index(s, " by ")
	if i <= 0 || i > 30 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) && creditRoles[strings.ToLower(s[:i])]
}

var creditRoles = setOf("reporting", "additional reporting", "editing",
	"writing", "compiled", "compiling", "graphics", "photos", "research",
	"additional editing", "production", "translation", "video")

// contributorList splits "A in X, and B in Y, Z" into contributors.
func contributorList(s, role, org string) []Contributor {
	var out []Contributor
	for _, part := range splitOn(s, ", and ", " and ", " & ") {
		part = strings.Trim(strings.TrimSpace(part), ",")
		loc := ""
		if i := strings.Index(part, " in "); i > 0 {
			part, loc = part[:i], strings.Trim(strings.TrimSpace(part[i+4:]), ",")
		}
		for _, name := range strings.Split(part, ",") {
			name = strings.TrimSpace(name)
			if !isPersonName(name) {
				return nil
			}
			out = append(out, Contributor{Name: name, Role: role, Location: loc, Organization: org})
		}
	}
	return out
}

// splitNames splits "A, B and C" into names.
func splitNames(s string) []string {
	var out []string
	for _, part := range splitOn(s, ", and ", " and ", " & ", ", ") {
		if part = strings.TrimSpace(part); part != "" {
			out = append(out, part)
		}
	}
	return out
}

// splitOn splits s at every occurrence of any of seps, trying them in
// order at each position.
func splitOn(s string, seps ...string) []string {
	var out []string
	last := 0
	for i := 0; i < len(s); i++ {
		for _, sep := range seps {
			if strings.HasPrefix(s[i:], sep) {
				out = append(out, s[last:i])
				i += len(sep) - 1
				last = i + 1
				break
			}
		}
	}
	return append(out, s[last:])
}

// isOrganization reports whether s names a news organization: a known
// one, or a title-case name ending in an outlet word ("The Jakarta Post").
func isOrganization(s string) bool {
	if newsOrganizations[s] {
		return true
	}
	f, ok := fieldsAtMost(make([]string, 0, 6), s)
	if !ok || len(f) < 2 {
		return false
	}
	for _, w := range f {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) && !unicode.IsDigit(r) && w != "of" && w != "and" && w != "the" {
			return false
		}
	}
	return organizationWords[f[len(f)-1]]
}

// isPersonName reports whether s reads as a person's name: two to five
// capitalised words (particles such as "al-", "bin", "van" allowed), no
// digits, not an organization.
func isPersonName(s string) bool {
	f, ok := fieldsAtMost(make([]string, 0, 5), s)
	if !ok || len(f) < 2 || len(s) > 60 || isOrganization(s) {
		return false
	}
	for i, w := range f {
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case unicode.IsUpper(r):
		case i > 0 && qParticles[w]:
		case strings.HasPrefix(w, "al-") || strings.HasPrefix(w, "el-"):
		default:
			return false
		}
		for _, c := range w {
			if !(unicode.IsLetter(c) || c == '-' || c == '\'' || c == '’' || c == '.') {
				return false
			}
		}
	}
	return !notPlaceWords[f[0]]
}
