package golden

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestDiff(t *testing.T) {
	tests := []struct {
		name, want, got, diff string
	}{
		{"equal", "a\nb\n", "a\nb\n", ""},
		{"changed line", "a\nb\nc", "a\nB\nc", "   2 -b\n   3 +B\n"},
		{"added line", "a\nc", "a\nb\nc", "   2 +b\n"},
		{"removed line", "a\nb\nc", "a\nc", "   2 -b\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.diff, Diff(tc.want, tc.got), "Diff(%q, %q)", tc.want, tc.got)
		})
	}
}
