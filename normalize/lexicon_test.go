package normalize

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestLexFilter checks that the filter rules out no word of the lexicon
// and most other words.
func TestLexFilter(t *testing.T) {
	for w, lex := range qLexicon {
		assert.Equal(t, lex, qLexOf(w), w)
	}
	words := []string{"Smith", "Baghdad", "said", "Qassem", "Abdul-Zahra", "Kullab", "Iraqi", "the", "protesters", "Sadr"}
	passed := 0
	for _, w := range words {
		if qLexFilter.has(w) {
			passed++
		}
	}
	assert.Less(t, passed, len(words)/2, "the filter lets most words through")
}
