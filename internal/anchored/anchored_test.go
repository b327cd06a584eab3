package anchored

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestIndex(t *testing.T) {
	tests := []struct {
		name, in, sep string
		k             int
		want          int
	}{
		{name: "by", in: "(Reporting by Jane Doe; Editing by John Roe)", sep: " by ", k: 1, want: 10},
		{name: "b without spaces", in: "Mob rule by the sea", sep: " by ", k: 1, want: 8},
		{name: "from", in: "Russo reported from New York.", sep: " from ", k: 1, want: 14},
		{name: "none", in: "Russo reported for New York.", sep: " from ", k: 1, want: -1},
		{name: "anchor at the start", in: "by x", sep: " by ", k: 1, want: -1},
		{name: "placeholder", in: "a MINIFY %MINIFYHTMLab", sep: "MINIFYHTML", k: 5, want: 10},
		{name: "empty", in: "", sep: " by ", k: 1, want: -1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, Index(tc.in, tc.sep, tc.k), "Index(%q, %q, %d)", tc.in, tc.sep, tc.k)
			assert.Equal(t, strings.Index(tc.in, tc.sep), tc.want, "strings.Index(%q, %q)", tc.in, tc.sep)
		})
	}
}

func TestLastIndex(t *testing.T) {
	tests := []struct {
		name, in, sep string
		k             int
		want          int
	}{
		{name: "pipe", in: "Jane Doe | Reuters", sep: " | ", k: 1, want: 8},
		{name: "last of two pipes", in: "A | B | C", sep: " | ", k: 1, want: 5},
		{name: "pipe without spaces", in: "A|B", sep: " | ", k: 1, want: -1},
		{name: "pipe first", in: "| B", sep: " | ", k: 1, want: -1},
		{name: "comma", in: "Jane Doe, Reuters", sep: ", ", k: 0, want: 8},
		{name: "last comma with a space", in: "a, b, c,d", sep: ", ", k: 0, want: 4},
		{name: "comma at the end", in: "a, b,", sep: ", ", k: 0, want: 1},
		{name: "shorter than sep", in: "|", sep: " | ", k: 1, want: -1},
		{name: "empty", in: "", sep: ", ", k: 0, want: -1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, LastIndex(tc.in, tc.sep, tc.k), "LastIndex(%q, %q, %d)", tc.in, tc.sep, tc.k)
			assert.Equal(t, strings.LastIndex(tc.in, tc.sep), tc.want, "strings.LastIndex(%q, %q)", tc.in, tc.sep)
		})
	}
}

// FuzzIndex checks Index and LastIndex against strings.Index and
// strings.LastIndex with every anchor.
func FuzzIndex(f *testing.F) {
	for _, s := range []string{"Reporting by A; Editing by B", "x from y", " by ", "bb", "", "A | B, C", "%MINIFYHTMLx"} {
		f.Add(s, " by ")
		f.Add(s, ", ")
		f.Add(s, "MINIFYHTML")
	}
	f.Fuzz(func(t *testing.T, s, sep string) {
		for k := range min(len(sep), 16) {
			if got, want := Index(s, sep, k), strings.Index(s, sep); got != want {
				t.Errorf("Index(%q, %q, %d) = %d, strings.Index says %d", s, sep, k, got, want)
			}
			if got, want := LastIndex(s, sep, k), strings.LastIndex(s, sep); got != want {
				t.Errorf("LastIndex(%q, %q, %d) = %d, strings.LastIndex says %d", s, sep, k, got, want)
			}
		}
	})
}
