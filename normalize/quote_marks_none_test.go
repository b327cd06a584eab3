package normalize

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestMarkLeadsNone checks that qMarkLeads.none, on which qScanInto passes
// a paragraph without asking for a mark, says so exactly when nextMark
// finds no mark from the start: no lead byte means no mark.
func TestMarkLeadsNone(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want bool
	}{
		{"empty", "", true},
		{"plain", "The minister said nothing.", true},
		{"straight mark", `He said "no".`, false},
		{"apostrophe in a word", "It's late.", false},
		{"curly mark", "He said “no”.", false},
		{"guillemet", "Il a dit «non».", false},
		{"no-break space, a C2 but no mark", "10\u00a0km", false},
		{"em dash, an E2 but no mark", "late — very", false},
		{"other non-ASCII", "Zürich", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			leads := qMarkLeadsIn(tc.in)
			assert.Equal(t, tc.want, leads.none(), "qMarkLeadsIn(%q).none()", tc.in)
		})
	}
}

// FuzzMarkLeadsNone checks that a paragraph qMarkLeads.none passes holds
// no mark that nextMark would find.
func FuzzMarkLeadsNone(f *testing.F) {
	for _, s := range []string{"", "plain", `"q"`, "it's", "“q”", "«q»", "\u00a0", "—"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, p string) {
		leads := qMarkLeadsIn(p)
		if !leads.none() {
			return
		}
		if at, _, _ := leads.nextMark(0); at != len(p) {
			t.Errorf("qMarkLeadsIn(%q).none(), but nextMark finds a mark at %d", p, at)
		}
	})
}
