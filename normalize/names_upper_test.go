package normalize

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestIsUpper checks qIsUpper's shortcut against qIsUpperRunes.
func TestIsUpper(t *testing.T) {
	for _, w := range []string{"", "A", "a", "NATO", "Trump", "TRUMP", "ÜNAL", "Ünal", "ÉTÉ", "x9", "9x", "A\xffb", "Ab", "AB", "Éa"} {
		assert.Equal(t, qIsUpperRunes(w), qIsUpper(w), "%q", w)
	}
}

// FuzzIsUpper checks qIsUpper's shortcut against qIsUpperRunes on any
// bytes.
func FuzzIsUpper(f *testing.F) {
	f.Add("NATO")
	f.Add("Éa")
	f.Fuzz(func(t *testing.T, w string) {
		if got, want := qIsUpper(w), qIsUpperRunes(w); got != want {
			t.Errorf("qIsUpper(%q) = %v, want %v", w, got, want)
		}
	})
}
