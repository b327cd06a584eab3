package normalize

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestFieldsAtMost(t *testing.T) {
	tests := []struct {
		name string
		in   string
		max  int
		ok   bool
	}{
		{"empty", "", 3, true},
		{"spaces only", " \t\n ", 3, true},
		{"fewer", "Reuters photo", 3, true},
		{"exactly", " a  b\tc ", 3, true},
		{"more", "a b c d", 3, false},
		{"more at the end", "a b c d ", 3, false},
		{"none allowed", "a", 0, false},
		{"unicode spaces", "a\u00a0b\u2003c\u3000", 3, true},
		{"no-break space too many", "a\u00a0b\u2003c\u3000d", 3, false},
		{"quotes and dashes", "“Get out” — now", 4, true},
		{"invalid UTF-8", "a\xffb \xe2\x80 c", 3, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := fieldsAtMost(make([]string, 0, tt.max), tt.in)
			assert.Equal(t, tt.ok, ok)
			if ok {
				assert.Equal(t, len(strings.Fields(tt.in)), len(got))
				if len(got) > 0 {
					assert.Equal(t, strings.Fields(tt.in), got)
				}
			}
		})
	}
}

// checkFieldsAtMost checks fieldsAtMost against strings.Fields, its
// single source of truth, with room for n fields.
func checkFieldsAtMost(t *testing.T, s string, n int) {
	t.Helper()
	want := strings.Fields(s)
	got, ok := fieldsAtMost(make([]string, 0, n), s)
	if ok != (len(want) <= n) {
		t.Fatalf("fieldsAtMost(%q, %d) ok = %v, strings.Fields has %d", s, n, ok, len(want))
	}
	if ok && len(want) > 0 {
		assert.Equal(t, want, got, "fieldsAtMost(%q, %d)", s, n)
	}
}

func TestFieldsAtMostMatchesFields(t *testing.T) {
	for _, s := range []string{
		"", " ", "a", " a ", "a\u0085b", "\u1680x\u2028y\u2029z\u202f", "x\u205f y", "\xc2", "\xe2\x80\x8b",
		"Protesters gather in Baghdad. (AP Photo/Hadi Mizban)",
	} {
		for n := 0; n < 8; n++ {
			checkFieldsAtMost(t, s, n)
		}
	}
}

func FuzzFieldsAtMost(f *testing.F) {
	for _, s := range []string{"", " a b ", "a\u00a0b", "\xe2\x80\x80x", "x\xff y"} {
		f.Add(s, uint8(2))
	}
	f.Fuzz(func(t *testing.T, s string, n uint8) {
		checkFieldsAtMost(t, s, int(n%16))
	})
}
