package normalize

import (
	"fmt"
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
