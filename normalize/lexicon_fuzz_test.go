package normalize

import (
	"strings"
	"testing"
)

// FuzzLowLexicon checks qLowOf, which compares ASCII words with the
// lexicon's in lower case without copying them, against the lookup of the
// word lower-cased, for any string.
func FuzzLowLexicon(f *testing.F) {
	for _, w := range []string{"said", "SAID", "Who", "İstanbul", "ȺB", "x9", ""} {
		f.Add(w)
	}
	f.Fuzz(func(t *testing.T, w string) {
		if got, want := qLowOf(w), qLow(qLowLexicon.get(strings.ToLower(w))); got != want {
			t.Errorf("qLowOf(%q) = %08b, want %08b", w, got, want)
		}
	})
}

// FuzzFilterHashLower checks that an ASCII word hashes as its lower case
// does, which lookups of unlowered words rely on (qFilterHash).
func FuzzFilterHashLower(f *testing.F) {
	for _, w := range []string{"Said", "SAID", "x9", "McCain", "@[`{"} {
		f.Add(w)
	}
	f.Fuzz(func(t *testing.T, w string) {
		if w == "" || !qIsASCII(w) {
			return
		}
		if got, want := qFilterHash(w), qFilterHash(strings.ToLower(w)); got != want {
			t.Errorf("qFilterHash(%q) = %#x, want %#x, its lower case's", w, got, want)
		}
	})
}
