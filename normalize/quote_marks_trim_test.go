package normalize

import (
	"strings"
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"
)

// TestQTrimRightSpace checks qTrimRightSpace against
// strings.TrimRightFunc(s, unicode.IsSpace), which it stands for.
func TestQTrimRightSpace(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"empty", "", ""},
		{"only spaces", " \t\n\v\f\r", ""},
		{"one space", "said ", "said"},
		{"no space", "said", "said"},
		{"colon", "said: ", "said:"},
		{"no-break space", "said\u00a0 ", "said"},
		{"ideographic space then ASCII", "said\u3000\t", "said"},
		{"curly mark", "said “ ", "said “"},
		{"invalid byte", "said\xff ", "said\xff"},
		{"next line", "said\u0085", "said"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, qTrimRightSpace(tc.in), "qTrimRightSpace(%q)", tc.in)
			assert.Equal(t, strings.TrimRightFunc(tc.in, unicode.IsSpace), qTrimRightSpace(tc.in), "reference, %q", tc.in)
		})
	}
}

// FuzzQTrimRightSpace checks that qTrimRightSpace is
// strings.TrimRightFunc(s, unicode.IsSpace) on any input.
func FuzzQTrimRightSpace(f *testing.F) {
	for _, s := range []string{"", " ", "a \t", "a\u00a0 ", "\xe2\x80", "x\u2003\r\n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := qTrimRightSpace(s), strings.TrimRightFunc(s, unicode.IsSpace); got != want {
			t.Errorf("qTrimRightSpace(%q) = %q, want %q", s, got, want)
		}
	})
}
