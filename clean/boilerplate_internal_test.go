package clean

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestLabelPrefilter checks the first-bytes filter against the whole
// table: every label, in any ASCII case and with a final mark, still
// passes it, and is still found.
func TestLabelPrefilter(t *testing.T) {
	for lang, lines := range boilerplateLines {
		for _, l := range lines {
			for _, v := range []string{l, l + ":", "  " + l + " »", upperASCII(l)} {
				assert.True(t, mayBeLabel(trimBlanks(v)), "%s: %q", lang, v)
			}
			for _, v := range []string{l, upperASCII(l)} {
				if len(v) <= maxBoilerplateLine {
					assert.True(t, isBoilerplate(v), "%s: %q", lang, v)
				}
			}
		}
	}
	assert.False(t, mayBeLabel("xq is not a label"))
}

func upperASCII(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'a' && c <= 'z' {
			b[i] = c - 'a' + 'A'
		}
	}
	return string(b)
}
