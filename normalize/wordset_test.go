package normalize

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestWordSet checks the set against a map through growth and resets.
func TestWordSet(t *testing.T) {
	var s qWordSet
	want := map[string]bool{}
	assert.False(t, s.has("Smith"), "empty set")
	for round := 0; round < 2; round++ {
		for k := 0; k < 1000; k++ {
			w := fmt.Sprintf("W%d", k*7%500) // repeats
			s.add(w)
			want[w] = true
		}
		s.add("")
		for k := 0; k < 1200; k++ {
			w := fmt.Sprintf("W%d", k)
			assert.Equal(t, want[w], s.has(w), w)
		}
		assert.False(t, s.has(""))
		assert.Equal(t, len(want), s.n)
		s.reset(256) // grown past 256 slots: dropped
		want = map[string]bool{}
		assert.False(t, s.has("W1"))
	}
}

// FuzzWordSet checks the set against a map for any words: the words of the
// input, split at spaces, are added in turn, and every one of them and of
// their prefixes is then asked about.
func FuzzWordSet(f *testing.F) {
	f.Add("Smith Jones Smith O'Neill al-Sadr Washington Washingtonian")
	f.Add("a ab abc abcd abcde abcdefgh abcdefghi abcdefghijklmnopq abcdefghijklmnopqr")
	f.Fuzz(func(t *testing.T, in string) {
		var s qWordSet
		want := map[string]bool{}
		words := strings.Split(in, " ")
		for _, w := range words {
			s.add(w)
			want[w] = w != ""
		}
		for _, w := range words {
			for k := 0; k <= len(w); k++ {
				if s.has(w[:k]) != want[w[:k]] {
					t.Fatalf("has(%q) = %v after adding %q", w[:k], !want[w[:k]], words)
				}
			}
		}
	})
}
