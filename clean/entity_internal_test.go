package clean

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestIndexFold(t *testing.T) {
	tests := []struct {
		name, s, needle string
		want            int
	}{
		{"lower", "a quot; b", "quot;", 2},
		{"upper", "a QUOT; b", "quot;", 2},
		{"mixed", "a qUoT; b", "quot;", 2},
		{"later than a false start", "q Q quo QUOT;", "quot;", 8},
		{"none", "quota", "quot;", -1},
		{"needle longer", "quo", "quot;", -1},
		{"empty", "", "quot;", -1},
		{"non-letter first", "x </SCRIPT>", "</script>", 2},
		{"at end", "xxQuot;", "quot;", 2},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, indexFold(tc.s, tc.needle), "indexFold(%q, %q)", tc.s, tc.needle)
			assert.Equal(t, strings.Index(strings.ToLower(tc.s), tc.needle), indexFold(tc.s, tc.needle), "agrees with Index over ToLower")
		})
	}
}

// TestRepeatsStayLinear runs inputs that made searches quadratic: many
// unclosed "<script>" tags, and many lower-case candidates for an entity
// name with its upper-case form far away. A quadratic scan would not
// finish in the test's time; the outcome is checked, not the time.
func TestRepeatsStayLinear(t *testing.T) {
	tags := strings.Repeat("<script type=\"x\">a ", 50_000)
	assert.NotPanics(t, func() { Text(tags) })
	entities := strings.Repeat("&quot;a,quot; ", 100_000)
	assert.NotPanics(t, func() { Text(entities) })
	qs := strings.Repeat("q a,", 200_000) + "QUOT;"
	assert.Equal(t, len(qs)-5, indexFold(qs, "quot;"))
}
