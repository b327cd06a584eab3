// Package swar reads strings eight bytes at a time in a uint64 ("SIMD
// within a register"), for the byte scans that dominate copydesk's time on
// ordinary text: finding the end of a run of plain bytes without a branch
// per byte.
package swar

import "math/bits"

const (
	// Lows has the low bit of every byte set.
	Lows = 0x0101010101010101
	// Highs has the high bit of every byte set.
	Highs = 0x8080808080808080
)

// Load8 reads s[i:i+8] as a little-endian word (the compiler makes this
// one load, with one bounds check for the slice). It panics unless
// i+8 <= len(s).
func Load8(s string, i int) uint64 {
	b := s[i : i+8]
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

// HasByte is non-zero when one of the eight bytes of w is b. It may report
// a false positive only next to a true one (borrows run upward), which
// callers that then check byte by byte do not mind.
func HasByte(w uint64, b byte) uint64 {
	d := w ^ uint64(b)*Lows
	return (d - Lows) &^ d & Highs
}

// FirstFlagged returns the index of the lowest byte whose high bit is set
// in flags (not zero), as HasByte sets them: its false positives lie above
// a true one, so the lowest is true.
func FirstFlagged(flags uint64) int { return bits.TrailingZeros64(flags) >> 3 }

// NotLower sets the high bit of each byte of w that is not an ASCII
// lower-case letter, and clears every other bit: a byte is outside 'a'..'z'
// when it has its high bit set, when adding 5 sets it (above 'z' = 0x7A),
// or when subtracting 'a' from it with its high bit forced clears that bit
// (below 'a'). No step carries or borrows across bytes, so the flags are
// exact. It is small enough to be inlined in a caller's own loop.
func NotLower(w uint64) uint64 {
	return (w | (w + 5*Lows) | ^((w | Highs) - 'a'*Lows)) & Highs
}

// SkipLower returns the index of the first byte at or after i that is not
// an ASCII lower-case letter, or len(s).
func SkipLower(s string, i int) int {
	for ; i+8 <= len(s); i += 8 {
		if stop := NotLower(Load8(s, i)); stop != 0 {
			return i + FirstFlagged(stop)
		}
	}
	for ; i < len(s); i++ {
		if c := s[i]; c < 'a' || c > 'z' {
			return i
		}
	}
	return len(s)
}

// LowerASCII lower-cases the ASCII upper-case letters among the eight
// bytes of w and leaves every other byte as it is: a byte is 'A'..'Z' when
// its low seven bits plus 0x80-'A' reach the high bit, plus 0x80-'Z'-1 do
// not, and its own high bit is clear; each such byte gains 0x20. The low
// seven bits of a byte plus at most 0x3F stay below 0x100, so no step
// carries across bytes.
func LowerASCII(w uint64) uint64 {
	x := w &^ Highs
	upper := (x + (0x80-'A')*Lows) &^ (x + (0x80-'Z'-1)*Lows) &^ w & Highs
	return w | upper>>2
}
