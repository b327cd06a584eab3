package normalize

import (
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"
)

// TestPunctRunes checks qIsPunctRune's shortcut against the Unicode tables
// it stands in for.
func TestPunctRunes(t *testing.T) {
	for r := rune(0x2010); r <= 0x2027; r++ {
		assert.True(t, qIsPunctRune(r))
		assert.False(t, unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || unicode.IsSpace(r), "%U", r)
	}
	assert.False(t, qIsPunctRune(0x200F))
	assert.False(t, qIsPunctRune(0x2028), "a line separator is a space")
}
