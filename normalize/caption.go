package normalize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// CutCredit reads a photo caption: a paragraph that ends in a photo
// credit, as in
//
//	A soldier watches the protest (Emma Francis / Al Jazeera)
//	Protesters gather in Baghdad. (AP Photo/Hadi Mizban)
//	Protesters gather in Baghdad [Emma Francis/Al Jazeera]
//	Protesters gather in Baghdad. Photo: Jane Doe/Reuters
//
// It returns the caption without the credit and the credit without its
// brackets. A closing parenthesis counts as a credit only when it reads
// as one: "Name / Outlet", or it opens with a photo word ("AP Photo",
// "Photo:", "File"), or it names a picture agency ("Getty Images").
func CutCredit(p string) (caption, credit string, ok bool) {
	end := len(p) // strings.TrimRight(p, " \t.") without building its cutset
	for end > 0 && (p[end-1] == ' ' || p[end-1] == '\t' || p[end-1] == '.') {
		end--
	}
	s := p[:end]
	if s == "" {
		return "", "", false
	}
	var open int
	switch s[len(s)-1] {
	case ')':
		open = strings.LastIndexByte(s, '(')
	case ']':
		open = strings.LastIndexByte(s, '[')
	default:
		// Most paragraphs have no colon, and so no label of a credit
		// without brackets: they are told here, without two calls.
		colon := strings.IndexByte(s, ':')
		if colon < 0 {
			return "", "", false
		}
		return cutPhotoCredit(s, colon)
	}
	if open < 0 {
		return "", "", false
	}
	credit = strings.TrimSpace(s[open+1 : len(s)-1])
	if !isCredit(credit) {
		return "", "", false
	}
	return strings.TrimSpace(s[:open]), credit, true
}

// cutPhotoCredit reads a trailing "Photo: Jane Doe/Reuters" with no
// brackets; s has no colon before from.
func cutPhotoCredit(s string, from int) (caption, credit string, ok bool) {
	last, found := lastCreditLabels(s, from)
	if !found {
		return "", "", false
	}
	for k, label := range creditLabels {
		i := last[k] - 1
		if i < 0 || (i > 0 && s[i-1] != ' ') {
			continue
		}
		credit = strings.TrimSpace(s[i+len(label):])
		if credit == "" || len(strings.Fields(credit)) > 8 {
			return "", "", false
		}
		return strings.TrimSpace(s[:i]), credit, true
	}
	return "", "", false
}

// creditLabels open a credit written without brackets, in the order
// cutPhotoCredit tries them. Each ends in ": ".
var creditLabels = [...]string{"Photo: ", "Photograph: ", "Image: ", "Picture: ", "Credit: ", "Photo credit: "}

// lastCreditLabels returns 1 + where each of creditLabels last occurs in
// s, or 0 where it does not, and whether any does; s has no colon before
// from. Every label ends in
// ": ", so one forward pass over the colons of s (IndexByte, which is
// fast) finds them all: a paragraph without a colon costs one IndexByte,
// a colon after a letter no label ends with one lookup (creditLabelEnds),
// and another colon a byte comparison per label.
func lastCreditLabels(s string, from int) (last [len(creditLabels)]int, found bool) {
	for {
		c := strings.IndexByte(s[from:], ':')
		if c < 0 {
			return last, found
		}
		c += from
		from = c + 1
		if c+1 >= len(s) || s[c+1] != ' ' || c == 0 || !creditLabelEnds[s[c-1]] {
			continue // most colons in text end a word no label ends with ("said: ")
		}
		for k, label := range creditLabels {
			if i := c + 2 - len(label); i >= 0 && s[i] == label[0] && s[i:c+2] == label {
				last[k], found = i+1, true
			}
		}
	}
}

// creditLabelEnds marks the bytes before the ": " of creditLabels.
var creditLabelEnds = func() (t [256]bool) {
	for _, label := range creditLabels {
		t[label[len(label)-len(": ")-1]] = true
	}
	return t
}()

// isCredit reports whether the inside of a closing bracket reads as a
// photo credit.
func isCredit(c string) bool {
	if f, ok := fieldsAtMost(make([]string, 0, 10), c); !ok || len(f) == 0 || len(c) > 80 {
		return false
	}
	lower := strings.ToLower(c)
	for _, w := range photoWords {
		if strings.HasPrefix(lower, w) {
			return true
		}
	}
	for _, a := range pictureAgencies {
		if strings.HasSuffix(c, a) {
			return true
		}
	}
	slash := strings.IndexByte(c, '/')
	if slash <= 0 || slash == len(c)-1 {
		return false
	}
	return isCreditName(c[:slash]) && isCreditName(c[slash+1:])
}

// isCreditName reports whether s is one to six capitalised words.
func isCreditName(s string) bool {
	f, ok := fieldsAtMost(make([]string, 0, 6), s)
	if !ok || len(f) == 0 {
		return false
	}
	for _, w := range f {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !qParticles[w] && !strings.HasPrefix(w, "al-") && w != "via" {
			return false
		}
	}
	return true
}

// photoWords open credits; pictureAgencies close them.
var (
	photoWords = []string{"ap photo", "photo:", "photo by", "photo/", "photo credit",
		"photograph:", "picture:", "image:", "credit:", "file photo", "file/",
		"file:", "photos:", "courtesy"}
	pictureAgencies = []string{"Getty Images", "Shutterstock", "EPA-EFE",
		"Reuters Pictures", "AFP Photo", "Alamy", "Pool", "PA Wire", "PA Images",
		"AP Photo", "Anadolu Agency", "SOPA Images", "NurPhoto"}
)
