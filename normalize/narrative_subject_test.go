package normalize

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// qIsSubjectRef is qIsSubject as first written, the reference: leading
// conjunctions passed over in one loop, then the words up to the run
// checked in another.
func qIsSubjectRef(p string, words []qWord, sentence int, run qName) bool {
	if qIsPossessive(words[run.j-1].text(p)) {
		return false
	}
	if run.i-sentence > 8 {
		return false
	}
	for sentence < run.i && !words[sentence].punct() && (qLowSubordinator | qLowTrimmable).in(words[sentence].text(p)) {
		sentence++
	}
	for k := sentence; k < run.i; k++ {
		if words[k].punct() || (qLowClauseStopper | qLowRelative).in(words[k].text(p)) {
			return false
		}
	}
	if run.j < len(words) {
		next := words[run.j]
		t := next.text(p)
		if next.punct() {
			return t == "," || t == "(" || t == "—" || t == "–"
		}
		switch t {
		case "and", "or", "of", "nor":
			return false
		}
	}
	return true
}

// TestIsSubject checks qIsSubject against qIsSubjectRef for every name run
// of a few sentences, from every possible sentence start.
func TestIsSubject(t *testing.T) {
	tests := []struct{ name, in string }{
		{"plain subject", "Smith said it."},
		{"leading conjunctions", "But as Clinton told reporters, and when Trump said so."},
		{"conjunction that is also a stopper", "And which Smith said? So that Jones left; because who Brown knows."},
		{"punctuation before", "Then, Smith said it: Jones (the mayor) left."},
		{"possessive", "Trump's aides and Smith’s said."},
		{"far in", "One two three four five six seven eight nine Smith said."},
		{"non-ASCII words", "Según Gómez, während Müller sagte."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkIsSubject(t, tt.in) })
	}
}

// FuzzIsSubject checks qIsSubject against qIsSubjectRef on any text.
func FuzzIsSubject(f *testing.F) {
	f.Add("But as Clinton told reporters, and when Trump said so.")
	f.Add("And which Smith said? So that Jones left; because who Brown knows.")
	f.Fuzz(func(t *testing.T, p string) {
		if len(p) > 2048 {
			return
		}
		checkIsSubject(t, p)
	})
}

// checkIsSubject checks qIsSubject on every name run of p, from every
// sentence start within nine words before it.
func checkIsSubject(t *testing.T, p string) {
	t.Helper()
	words := qTokenize(p, 0, len(p))
	for _, run := range qNameRuns(p, words) {
		for sentence := max(0, run.i-9); sentence <= run.i; sentence++ {
			assert.Equal(t, qIsSubjectRef(p, words, sentence, run), qIsSubject(p, words, sentence, run), "%q from %d, run %v", p, sentence, run)
		}
	}
}
