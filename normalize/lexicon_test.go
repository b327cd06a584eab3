package normalize

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestLexicon checks that qLexOf answers for every word of the lists
// behind qLex, as the lists do, and 0 for words in none.
func TestLexicon(t *testing.T) {
	lists := map[qLex]map[string]bool{
		qLexNotName: qNotNames, qLexTitle: qTitles, qLexDemonym: qDemonyms,
		qLexOrgWord: qOrgWords, qLexParticle: qParticles,
	}
	words := []string{"", "Smith", "Baghdad", "said", "Qassem", "Abdul-Zahra", "Kullab", "the", "protesters", "Sadr", "Ünal"}
	for _, set := range lists {
		for w := range set {
			words = append(words, w, w+"s", strings.ToUpper(w))
		}
	}
	for w := range qPersonPronouns {
		words = append(words, w)
	}
	for _, w := range words {
		var want qLex
		for flag, set := range lists {
			if set[w] {
				want |= flag
			}
		}
		if qPersonPronouns[w] || qGroupPronouns[w] {
			want |= qLexNotName
		}
		assert.Equal(t, want, qLexOf(w), "%q", w)
	}
}

// TestLowLexicon checks that qLowOf agrees with qLowerIn on every list
// word, in every case, and on words in no list.
func TestLowLexicon(t *testing.T) {
	sets := map[qLow]map[string]bool{
		qLowSubordinator: qSubordinators, qLowTrimmable: qTrimmable,
		qLowClauseStopper: qClauseStoppers, qLowRelative: qRelatives,
		qLowDeterminer: qDeterminers, qLowPersonNoun: qPersonNouns,
		qLowOrgNoun: qOrgNouns, qLowAdverb: qAdverbs,
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

// TestFilterHashLower checks that qFilterHash folds case: a word hashes
// as the word lower-cased does.
func TestFilterHashLower(t *testing.T) {
	for _, w := range []string{"a", "A", "Said", "SAID", "said", "Told", "x9", "McCain", "aB", "Ab"} {
		assert.Equal(t, qFilterHash(strings.ToLower(w)), qFilterHash(w), w)
	}
}

// TestLowInWord checks that inWord, which rules plain words out by their
// bucket, agrees with in.
func TestLowInWord(t *testing.T) {
	text := "As Clinton told who, But the Official which SAID whose WHO Which a An spokesman's"
	for _, w := range qTokenize(text, 0, len(text)) {
		for _, flags := range []qLow{qLowSubordinator | qLowTrimmable, qLowClauseStopper | qLowRelative, qLowDeterminer | qLowPersonNoun} {
			assert.Equal(t, flags.in(w.text(text)), flags.inWord(text, &w), "%q", w.text(text))
		}
	}
}
