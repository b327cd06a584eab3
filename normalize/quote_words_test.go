package normalize

import (
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
)

// TestWordsIn checks that the words of a paragraph read once, sliced by
// wordsIn, are the words qTokenize gives for every range between rune
// starts, including ranges that cut a word or an abbreviation.
func TestWordsIn(t *testing.T) {
	tests := []struct{ name, in string }{
		{name: "plain", in: `"We will win," said Mr. Smith, the U.S. envoy.`},
		{name: "inner apostrophe", in: `He said'Hello' to al-Sadr’s aides (R-Fla.) — “No.”`},
		{name: "dotted", in: `J.F.K. said "Ph.D. holders" in Washington, D.C. on Jan. 5`},
		{name: "non-ASCII", in: `Zürich’s mayor said «Grüezi» ‘twice’ — naïve café`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ctx := &qContext{words: [][]qWord{qTokenize(tc.in, 0, len(tc.in))}}
			for from := 0; from <= len(tc.in); from++ {
				if from < len(tc.in) && !utf8.RuneStart(tc.in[from]) {
					continue
				}
				for to := from; to <= len(tc.in); to++ {
					if to < len(tc.in) && !utf8.RuneStart(tc.in[to]) {
						continue
					}
					want := qTokenize(tc.in, from, to)
					got := ctx.wordsIn(0, tc.in, from, to)
					if len(want) == 0 {
						assert.Empty(t, got, "wordsIn(%d, %d) of %q", from, to, tc.in)
						continue
					}
					assert.Equal(t, want, got, "wordsIn(%d, %d) of %q", from, to, tc.in)
				}
			}
		})
	}
}
