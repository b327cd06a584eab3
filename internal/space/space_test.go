package space

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
)

func TestTrim(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{name: "empty", in: "", want: ""},
		{name: "plain", in: "Protesters gather.", want: "Protesters gather."},
		{name: "ASCII spaces", in: " \t a b \r\n", want: "a b"},
		{name: "curly quotes", in: "“We stay,” he said", want: "“We stay,” he said"},
		{name: "quote to quote", in: "“We stay.”", want: "“We stay.”"},
		{name: "no-break spaces", in: "\u00a0a\u00a0", want: "a"},
		{name: "em space and ideographic space", in: "\u2003a\u3000", want: "a"},
		{name: "line separator", in: "a\u2028", want: "a"},
		{name: "em dash ends", in: "— a —", want: "— a —"},
		{name: "control not trimmed", in: "\x01a\x01", want: "\x01a\x01"},
		{name: "invalid lead byte", in: "\xe2a", want: "\xe2a"},
		{name: "cut space at the end", in: "a\xe2\x80", want: "a\xe2\x80"},
		{name: "only spaces", in: " \u00a0\u2009 ", want: ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, Trim(tc.in), "Trim(%q)", tc.in)
			assert.Equal(t, strings.TrimSpace(tc.in), tc.want, "strings.TrimSpace(%q)", tc.in)
			checkTrimmed(t, tc.in)
		})
	}
}

// TestTrimEveryRune checks Trim against strings.TrimSpace with every
// character at both ends.
func TestTrimEveryRune(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if !utf8.ValidRune(r) {
			continue
		}
		c := string(r)
		for _, s := range []string{c + "x" + c} {
			if got, want := Trim(s), strings.TrimSpace(s); got != want {
				t.Fatalf("Trim(%q) = %q, strings.TrimSpace says %q", s, got, want)
			}
		}
	}
}

// TestTrimmed checks Trimmed with every byte at both ends: true only
// where strings.TrimSpace has nothing to trim, and for every printable
// ASCII byte.
func TestTrimmed(t *testing.T) {
	for c := range 256 {
		for _, s := range []string{string(rune(c)), string([]byte{byte(c)}), string([]byte{byte(c), 'x', byte(c)}), "x" + string([]byte{byte(c)}), string([]byte{byte(c)}) + "x"} {
			checkTrimmed(t, s)
		}
		assert.Equal(t, c > ' ' && c < utf8.RuneSelf, Trimmed(string([]byte{byte(c), 'x', byte(c)})), "Trimmed of %#x at both ends", c)
	}
}

// checkTrimmed checks that Trimmed(s) holds only where Trim(s) == s.
func checkTrimmed(t *testing.T, s string) {
	t.Helper()
	if Trimmed(s) && strings.TrimSpace(s) != s {
		t.Fatalf("Trimmed(%q) holds, but strings.TrimSpace trims it", s)
	}
}

func FuzzTrim(f *testing.F) {
	for _, s := range []string{"", " a ", "“a”", "\u00a0a", "a\u3000", "\xe2\x80", "\xc2\x85x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := Trim(s), strings.TrimSpace(s); got != want {
			t.Errorf("Trim(%q) = %q, strings.TrimSpace says %q", s, got, want)
		}
		checkTrimmed(t, s)
	})
}
