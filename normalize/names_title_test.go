package normalize

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// qSplitTitleRef is qSplitTitle without its shortcut for one-word runs,
// the reference.
func qSplitTitleRef(p string, words []qWord) (role, name []qWord) {
	cut := 0
	if len(words) > 0 && words[len(words)-1].strippedLex(p)&qLexOrgWord != 0 {
		return nil, words
	}
	for k := 0; k < len(words); k++ {
		w := words[k].text(p)
		lex := words[k].lexOf(p)
		if lex&qLexTitle != 0 {
			cut = k + 1
			continue
		}
		if lex&(qLexDemonym|qLexOrgWord) != 0 || w == "of" || w == "U.S." || w == "US" {
			continue
		}
		break
	}
	if cut == len(words) && len(words) == 1 {
		return nil, words
	}
	return words[:cut], words[cut:]
}

// TestSplitTitle checks qSplitTitle against qSplitTitleRef on the name
// runs of a few sentences and on every single word of them.
func TestSplitTitle(t *testing.T) {
	tests := []struct{ name, in string }{
		{"titles", "Iraqi President Barham Saleh met Secretary of State John Kerry."},
		{"one word", "King says Trump told Iraqi officials, President and Ministry."},
		{"organizations", "The Interior Ministry and the Supreme Court's ruling."},
		{"dotted", "U.S. President Trump and US officials."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkSplitTitle(t, tt.in) })
	}
}

// FuzzSplitTitle checks qSplitTitle against qSplitTitleRef on any text.
func FuzzSplitTitle(f *testing.F) {
	f.Add("Iraqi President Barham Saleh met Secretary of State John Kerry.")
	f.Add("King says Trump told Iraqi officials, President and Ministry.")
	f.Fuzz(func(t *testing.T, p string) {
		if len(p) > 2048 {
			return
		}
		checkSplitTitle(t, p)
	})
}

// checkSplitTitle checks qSplitTitle on the name runs of p and on each of
// its words alone, and qJoinNameIn on each word alone.
func checkSplitTitle(t *testing.T, p string) {
	t.Helper()
	words := qTokenize(p, 0, len(p))
	for _, run := range qNameRuns(p, words) {
		role, name := qSplitTitle(p, words[run.i:run.j])
		wantRole, wantName := qSplitTitleRef(p, words[run.i:run.j])
		assertSameRole(t, p, wantRole, role, qJoin(p, words[run.i:run.j]))
		assert.Equal(t, wantName, name, "name of %q", qJoin(p, words[run.i:run.j]))
	}
	for k := range words {
		// qJoinNameIn's shortcut for a plain word, against its definition.
		assert.Equal(t, qTrimPossessive(p, qJoinIn(p, words[k:k+1]), words[k:k+1]), qJoinNameIn(p, words[k:k+1]), "name %q", words[k].text(p))
		role, name := qSplitTitle(p, words[k:k+1])
		wantRole, wantName := qSplitTitleRef(p, words[k:k+1])
		assertSameRole(t, p, wantRole, role, words[k].text(p))
		assert.Equal(t, wantName, name, "name of %q", words[k].text(p))
	}
}

// assertSameRole checks that role holds the words of want: an empty role
// may be nil or not, which no caller tells apart.
func assertSameRole(t *testing.T, p string, want, role []qWord, run string) {
	t.Helper()
	if len(want) == 0 {
		assert.Empty(t, role, "role of %q", run)
		return
	}
	assert.Equal(t, want, role, "role of %q", run)
}
