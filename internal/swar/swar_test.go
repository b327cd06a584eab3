package swar

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// skipLowerBytewise is SkipLower one byte at a time, the reference.
func skipLowerBytewise(s string, i int) int {
	for ; i < len(s); i++ {
		if c := s[i]; c < 'a' || c > 'z' {
			return i
		}
	}
	return len(s)
}

func TestSkipLower(t *testing.T) {
	tests := []struct {
		name string
		in   string
		from int
	}{
		{"empty", "", 0},
		{"short word", "said,", 0},
		{"long word", "administration officials", 0},
		{"upper inside", "mcDonald", 0},
		{"every boundary", "a`z{A@Z[0 \xff\x7f", 0},
		{"from the middle", "reporters said", 3},
		{"all lower", "abcdefghijklmnopqrstuvwxyz", 0},
		{"non-ASCII", "café au lait", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, skipLowerBytewise(tt.in, tt.from), SkipLower(tt.in, tt.from))
		})
	}
}

func TestSkipLowerEveryByte(t *testing.T) {
	for c := 0; c < 256; c++ {
		for pos := 0; pos < 12; pos++ {
			b := []byte("abcdefghijklmnop")
			b[pos] = byte(c)
			s := string(b)
			assert.Equal(t, skipLowerBytewise(s, 0), SkipLower(s, 0), "byte %#x at %d", c, pos)
		}
	}
}

func FuzzSkipLower(f *testing.F) {
	f.Add("the minister said", 0)
	f.Fuzz(func(t *testing.T, s string, i int) {
		if i < 0 || i > len(s) {
			return
		}
		assert.Equal(t, skipLowerBytewise(s, i), SkipLower(s, i))
	})
}

func TestHasByte(t *testing.T) {
	for pos := 0; pos < 8; pos++ {
		b := []byte("abcdefgh")
		b[pos] = '"'
		assert.NotZero(t, HasByte(Load8(string(b), 0), '"'), "at %d", pos)
	}
	assert.Zero(t, HasByte(Load8("abcdefgh", 0), '"'))
}

// TestLowerASCIIEveryByte checks LowerASCII on every byte value at every
// position, among neighbors that could carry into it.
func TestLowerASCIIEveryByte(t *testing.T) {
	for _, fill := range []string{"ABCDEFGH", "\xff\xff\xff\xff\xff\xff\xff\xff", "\x00\x00\x00\x00\x00\x00\x00\x00", "Zz@[`{\x7f\x80"} {
		for c := 0; c < 256; c++ {
			for pos := 0; pos < 8; pos++ {
				b := []byte(fill)
				b[pos] = byte(c)
				want := []byte(fill)
				want[pos] = byte(c)
				for k, d := range want {
					if 'A' <= d && d <= 'Z' {
						want[k] = d + 'a' - 'A'
					}
				}
				assert.Equal(t, Load8(string(want), 0), LowerASCII(Load8(string(b), 0)), "byte %#x at %d in %q", c, pos, fill)
			}
		}
	}
}
