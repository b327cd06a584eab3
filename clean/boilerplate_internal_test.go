package clean

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestLabelPrefilter checks the first-bytes and last-bytes filters
// against the whole table: every label, in any ASCII case and with a
// final mark, still passes the first, every one whose key is in the table
// the second, and is still found.
func TestLabelPrefilter(t *testing.T) {
	for lang, lines := range boilerplateLines {
		for _, l := range lines {
			for _, v := range []string{l, l + ":", "  " + l + " »", upperASCII(l)} {
				assert.True(t, mayBeLabel(trimBlanks(v)), "%s: %q", lang, v)
				var buf [maxBoilerplateLine]byte
				if k, ok := boilerplateKey(v, &buf); ok && boilerplateSet[string(k)] {
					assert.True(t, mayEndLabel(labelCore(v)), "%s: %q", lang, v)
				}
			}
			for _, v := range []string{l, upperASCII(l)} {
				if len(v) <= maxBoilerplateLine {
					assert.True(t, isBoilerplate(v), "%s: %q", lang, v)
				}
			}
		}
	}
	assert.False(t, mayBeLabel("xq is not a label"))
	assert.False(t, mayEndLabel(labelCore("a label does not end in qx:")))
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

// FuzzLabelFilters checks that the first-bytes and last-bytes filters
// let through every line whose key is in the table, so that isBoilerplate
// finds what looking its key up alone would.
func FuzzLabelFilters(f *testing.F) {
	for _, s := range []string{"Read more:", "  ADVERTISEMENT  ", "Loading...", "x", "", "Share this »"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, line string) {
		var buf [maxBoilerplateLine]byte
		k, ok := boilerplateKey(line, &buf)
		if !ok || !boilerplateSet[string(k)] || trimBlanks(line) == "" {
			return
		}
		if !mayBeLabel(trimBlanks(line)) || !mayEndLabel(labelCore(line)) {
			t.Errorf("%q has key %q in the table but a filter turns it away", line, k)
		}
	})
}
