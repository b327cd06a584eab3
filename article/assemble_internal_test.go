package article

import (
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"
)

func TestIsSeparator(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want bool
	}{
		{name: "underscores", in: "___", want: true},
		{name: "stars", in: "* * *", want: true},
		{name: "dashes", in: "— — —", want: true},
		{name: "word", in: "Baghdad", want: false},
		{name: "capital", in: "Zed", want: false},
		{name: "digit", in: "2020", want: false},
		{name: "quoted word", in: "“Yes”", want: false},
		{name: "rule then a letter", in: "*** a", want: false},
		{name: "accented letter", in: "Ça va", want: false},
		{name: "backquote and brace", in: "`{@[", want: true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, isSeparator(tc.in), "isSeparator(%q)", tc.in)
		})
	}
}

// TestIsSeparatorFirstByte checks isSeparator's first-byte test against
// unicode for every ASCII byte: a paragraph it opens is a rule only if
// the byte is neither a letter nor a digit.
func TestIsSeparatorFirstByte(t *testing.T) {
	for c := rune(1); c < 0x80; c++ {
		s := string(c) + "-"
		want := !unicode.IsLetter(c) && !unicode.IsDigit(c)
		assert.Equal(t, want, isSeparator(s), "isSeparator(%q)", s)
	}
}
