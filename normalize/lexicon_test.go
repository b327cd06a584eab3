package normalize

import (
	"strings"
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

// TestLowLexicon checks that qLowOf agrees with qLowerIn on every list
// word, in every case, and on words in no list.
func TestLowLexicon(t *testing.T) {
	sets := map[qLow]map[string]bool{
		qLowSubordinator: qSubordinators, qLowTrimmable: qTrimmable,
		qLowClauseStopper: qClauseStoppers, qLowRelative: qRelatives,
		qLowDeterminer: qDeterminers, qLowPersonNoun: qPersonNouns,
	}
	words := []string{"Smith", "said", "Ünited", "İstanbul", "ȺB", strings.Repeat("x", 40)}
	for _, set := range sets {
		for w := range set {
			words = append(words, w, strings.ToUpper(w), strings.ToUpper(w[:1])+w[1:])
		}
	}
	for _, w := range words {
		for flag, set := range sets {
			assert.Equal(t, qLowerIn(set, w), flag.in(w), "%q", w)
		}
	}
}
