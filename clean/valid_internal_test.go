package clean

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
)

// TestValidUTF8 compares validUTF8 with utf8.ValidString on text where
// the two differ in how they read: ASCII runs longer and shorter than a
// word between non-ASCII characters, and every kind of invalid sequence.
func TestValidUTF8(t *testing.T) {
	tests := []struct{ name, in string }{
		{name: "empty", in: ""},
		{name: "ASCII", in: strings.Repeat("plain text ", 9)},
		{name: "dense non-ASCII", in: strings.Repeat("Itâ€™s café ", 9)},
		{name: "non-ASCII only", in: strings.Repeat("日本語", 9)},
		{name: "four bytes", in: "a 😀 b 😀"},
		{name: "U+FFFD itself", in: "a \uFFFD b"},
		{name: "stray continuation late", in: strings.Repeat("café ", 9) + "\x80"},
		{name: "truncated at the end", in: strings.Repeat("x", 20) + "\xE2\x80"},
		{name: "surrogate", in: "ab\xED\xA0\x80cd"},
		{name: "overlong", in: "ab\xC0\xAFcd"},
		{name: "beyond Unicode", in: "ab\xF4\x90\x80\x80cd"},
		{name: "lone lead before ASCII", in: strings.Repeat("é", 9) + "\xC3" + strings.Repeat("a", 20)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, utf8.ValidString(tc.in), validUTF8(tc.in), "validUTF8(%q)", tc.in)
		})
	}
}

// FuzzValidUTF8 checks that validUTF8 agrees with utf8.ValidString.
func FuzzValidUTF8(f *testing.F) {
	f.Add("Itâ€™s café \xED\xA0\x80 😀")
	f.Add(strings.Repeat("a", 17) + "\xE2\x80")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := validUTF8(s), utf8.ValidString(s); got != want {
			t.Fatalf("validUTF8(%q) = %v, utf8.ValidString %v", s, got, want)
		}
	})
}
