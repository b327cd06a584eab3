package normalize

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
)

func TestCutCredit(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		caption string
		credit  string
		reason  string
	}{
		{name: "name slash outlet", in: "A soldier is in a building (Emma Francis / Al Jazeera)", caption: "A soldier is in a building", credit: "Emma Francis / Al Jazeera"},
		{name: "quote before credit", in: `He called it "unacceptable" (Emma Francis / Al Jazeera)`, caption: `He called it "unacceptable"`, credit: "Emma Francis / Al Jazeera"},
		{name: "AP photo", in: "Protesters gather. (AP Photo/Hadi Mizban)", caption: "Protesters gather.", credit: "AP Photo/Hadi Mizban"},
		{name: "square brackets", in: "Protesters gather [Emma Francis/Al Jazeera]", caption: "Protesters gather", credit: "Emma Francis/Al Jazeera"},
		{name: "getty", in: "The rally on Friday. (Ahmad Al-Rubaye/AFP via Getty Images)", caption: "The rally on Friday.", credit: "Ahmad Al-Rubaye/AFP via Getty Images"},
		{name: "photo label", in: "The rally on Friday. Photo: Jane Doe/Reuters", caption: "The rally on Friday.", credit: "Jane Doe/Reuters"},
		{name: "aside", in: "The vote was close (51 to 49).", reason: "a parenthesis in a sentence"},
		{name: "abbreviation", in: "The fighters joined the Popular Mobilization Forces (PMF).", reason: "an abbreviation is not a credit"},
		{name: "lower slash", in: "He spoke about prices (up/down).", reason: "lower-case words are not names"},
		{name: "plain", in: "Nothing here."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			caption, credit, ok := CutCredit(tc.in)
			assert.Equal(t, tc.credit != "", ok, "CutCredit(%q): %s", tc.in, tc.reason)
			assert.Equal(t, tc.caption, caption, "caption of CutCredit(%q)", tc.in)
			assert.Equal(t, tc.credit, credit, "credit of CutCredit(%q)", tc.in)
		})
	}
}

func TestIsSubheading(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want bool
	}{
		{"plain heading", "Range of protest movements", true},
		{"quoted heading", "'Get rid of American forces'", true},
		{"curly quoted heading", "‘Get rid of American forces’", true},
		{"heading with abbreviation", "What the U.S. wants", true},
		{"quote paragraph", `"We want to recover our sovereignty."`, false},
		{"sentence", "The talks ended.", false},
		{"label", "Plus:", false},
		{"lower case", "and then some", false},
		{"long", "One two three four five six seven eight nine ten eleven twelve thirteen", false},
		{"two sentences", "He left. She stayed", false},
		{"empty", "", false},
		{"double-quoted heading", `"Get rid of them"`, true},
		{"heading ending in a quote", "Why they left 'home'", true},
		{"one mark", `"`, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, IsSubheading(tc.in), "IsSubheading(%q)", tc.in)
		})
	}
}

// TestLastCreditLabels checks the one-pass label search against
// strings.LastIndex for each label.
func TestLastCreditLabels(t *testing.T) {
	tests := []struct{ name, in string }{
		{name: "no colon", in: "Protesters gather in Baghdad"},
		{name: "one label", in: "Protesters gather. Photo: Jane Doe/Reuters"},
		{name: "nested labels", in: "Rally. Photo credit: Jane Doe. Credit: AP"},
		{name: "label twice", in: "Photo: one. Photo: two. Image: x: y"},
		{name: "colon at start", in: ": Photo: "},
		{name: "labels glued", in: "Photograph: Photo: Picture:Image: "},
		{name: "colon without a label", in: "He said: no. She said: yes"},
		{name: "colon at the end", in: "Photo:"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkLastCreditLabels(t, tc.in)
		})
	}
}

// checkLastCreditLabels checks lastCreditLabels(s) against
// strings.LastIndex for each label.
func checkLastCreditLabels(t *testing.T, s string) {
	t.Helper()
	got, found := lastCreditLabels(s, 0)
	if colon := strings.IndexByte(s, ':'); colon >= 0 {
		fromColon, foundFromColon := lastCreditLabels(s, colon)
		assert.Equal(t, got, fromColon, "lastCreditLabels(%q) from its first colon", s)
		assert.Equal(t, found, foundFromColon, "lastCreditLabels(%q) from its first colon", s)
	}
	anyLabel := false
	for k, label := range creditLabels {
		want := strings.LastIndex(s, label)
		assert.Equal(t, want, got[k]-1, "label %q in %q", label, s)
		anyLabel = anyLabel || want >= 0
	}
	assert.Equal(t, anyLabel, found, "found in %q", s)
}

// FuzzLastCreditLabels checks the one-pass label search against
// strings.LastIndex for each label.
func FuzzLastCreditLabels(f *testing.F) {
	for _, s := range []string{"", "Photo: x", "a: Image: Credit: b", "Photo credit: Photo: "} {
		f.Add(s)
	}
	f.Fuzz(checkLastCreditLabels)
}

// TestASCIINotMark checks asciiNotMark against qIsMarkRune for every
// byte: true only for an ASCII character that is no mark.
func TestASCIINotMark(t *testing.T) {
	for c := range 256 {
		want := c < utf8.RuneSelf && !qIsMarkRune(rune(c))
		assert.Equal(t, want, asciiNotMark(byte(c)), "asciiNotMark(%#x)", c)
	}
}
